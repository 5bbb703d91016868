//! Every error of an invalid story, not just the first. The model stops at the first problem;
//! to find the others without a second set of rules, each top-level field and each section is
//! checked on its own by `Story::from_value`, inside a small story that is otherwise valid.
//! The widget's verdict stays the model's: probes only run once it has said "invalid".

use journey_story::model::{Story, StoryError, Value};

/// An error with the path it is about, and the message without the path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Found {
    pub path: String,
    pub message: String,
}

/// Top-level fields in the order the model checks them.
const FIELDS: [&str; 6] = ["version", "title", "author", "summary", "lang", "sections"];
/// Section fields; `id` last, as the model checks ids after every section has parsed.
const SECTION_FIELDS: [&str; 7] = [
    "status",
    "body",
    "title",
    "period",
    "highlights",
    "skills",
    "id",
];

/// The model's first error, then every other error the probes find (without repeats).
pub fn all_errors(doc: &Value, first: &StoryError) -> Vec<Found> {
    let mut found = vec![split(first)];
    // A set beside the list keeps de-duplication linear in the number of errors.
    let mut seen: std::collections::HashSet<Found> = found.iter().cloned().collect();
    let mut add = |f: Found| {
        if seen.insert(f.clone()) {
            found.push(f);
        }
    };
    if !matches!(doc, Value::Object(_)) {
        return found;
    }
    for key in FIELDS {
        let value = doc.get(key).cloned();
        // A non-empty section list is probed section by section below.
        if key == "sections" && matches!(&value, Some(Value::Array(items)) if !items.is_empty()) {
            continue;
        }
        // An author object is probed field by field, like a section.
        let values = match value {
            Some(author @ Value::Object(_)) if key == "author" => ["name", "url"]
                .iter()
                .map(|field| {
                    let mut probe_author = baseline_author();
                    set(&mut probe_author, field, author.get(field).cloned());
                    Some(probe_author)
                })
                .collect(),
            other => vec![other],
        };
        for value in values {
            let mut probe = baseline();
            set(&mut probe, key, value);
            if let Err(e) = Story::from_value(&probe) {
                add(split(&e));
            }
        }
    }
    let Some(Value::Array(items)) = doc.get("sections") else {
        return found;
    };
    for (i, item) in items.iter().enumerate() {
        // A section that is not an object is one error; an object is probed field by field.
        let probes: Vec<Value> = match item {
            Value::Object(_) => SECTION_FIELDS
                .iter()
                .map(|key| {
                    let mut section = baseline_section();
                    set(&mut section, key, item.get(key).cloned());
                    section
                })
                .collect(),
            other => vec![other.clone()],
        };
        for section in probes {
            let mut probe = baseline();
            set(&mut probe, "sections", Some(Value::Array(vec![section])));
            if let Err(e) = Story::from_value(&probe) {
                let f = split(&e);
                // The probe's only section is sections[0]; it stands for sections[i].
                let path = match f.path.strip_prefix("sections[0]") {
                    Some(rest) => format!("sections[{i}]{rest}"),
                    None => f.path,
                };
                add(Found {
                    path,
                    message: f.message,
                });
            }
        }
    }
    found
}

/// The smallest valid story.
fn baseline() -> Value {
    let text = |s: &str| Value::String(s.to_owned());
    let object = |entries: Vec<(&str, Value)>| {
        Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    };
    object(vec![
        (
            "version",
            Value::Number(f64::from(journey_story::model::FORMAT_VERSION)),
        ),
        ("title", text("t")),
        ("author", baseline_author()),
        ("sections", Value::Array(vec![baseline_section()])),
    ])
}

fn baseline_author() -> Value {
    Value::Object(vec![("name".to_owned(), Value::String("a".to_owned()))])
}

/// The smallest valid section.
fn baseline_section() -> Value {
    let text = |s: &str| Value::String(s.to_owned());
    Value::Object(vec![
        ("title".to_owned(), text("t")),
        ("body".to_owned(), text("")),
    ])
}

/// Replaces (or, for `None`, removes) a field of an object.
fn set(doc: &mut Value, key: &str, value: Option<Value>) {
    if let Value::Object(entries) = doc {
        entries.retain(|(k, _)| k != key);
        if let Some(v) = value {
            entries.push((key.to_owned(), v));
        }
    }
}

fn split(e: &StoryError) -> Found {
    let path = e.path.to_string();
    let full = e.to_string();
    let message = full
        .strip_prefix(&format!("{path}: "))
        .unwrap_or(&full)
        .to_owned();
    Found { path, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_errors_in_several_fields_and_sections() {
        let doc: Value = serde_json::from_str(
            r#"{"version": 2, "title": 3, "author": {"name": "A"},
               "sections": [{"title": "ok", "body": ""}, {"body": ""},
                            {"title": "x", "body": 1, "skills": [2]}, 4]}"#,
        )
        .expect("json");
        let first = Story::from_value(&doc).expect_err("invalid");
        let paths: Vec<_> = all_errors(&doc, &first)
            .into_iter()
            .map(|f| f.path)
            .collect();
        assert_eq!(
            paths,
            [
                "version",
                "title",
                "sections[1].title",
                "sections[2].body",
                "sections[2].skills[0]",
                "sections[3]"
            ]
        );
    }
}
