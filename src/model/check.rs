//! `Story::check`: everything wrong with a story document, for tools. Every error (the rules of
//! [`Story::from_value`], all of them collected) and every warning: what the widget accepts but
//! is probably a mistake. Warnings are only computed here, so the widget, which calls
//! `from_value` alone, never links them.

use std::collections::HashMap;

use super::error::{Path, StoryError};
use super::ids::slug;
use super::mojibake;
use super::story::{Section, Story, validate};
use super::text::{SafeHref, links, parse_body, plain_text};
use super::value::Value;

/// A section longer than this many words is hard to read in a collapsible panel.
pub const LONG_SECTION_WORDS: usize = 600;

/// What [`Story::check`] found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The story, when the document has no error.
    pub story: Option<Story>,
    /// Every error, in the order an author meets them reading the file; the first is what
    /// [`Story::from_value`] returns.
    pub errors: Vec<StoryError>,
    /// Every warning: mis-decoded text first (in document order), then the author's URL, then
    /// each section's.
    pub warnings: Vec<Warning>,
}

/// Something the widget accepts but that is probably a mistake. Its words are in `crate::i18n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: Path,
    pub kind: WarningKind,
    /// The byte offset inside the string at `path` the warning points to (a mis-decoded run, a
    /// link), when it points inside one.
    pub offset: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    /// UTF-8 read as Windows-1252 (`â€“`); `fixed` is what it meant (`–`).
    Mojibake { found: String, fixed: String },
    /// `author.url` is given but is not a URL the widget links to.
    UnlinkedAuthorUrl { url: String },
    /// A section with no body, highlights or skills shows as a bare heading. `title`: the
    /// section's, when it has one.
    NoText { title: Option<String> },
    /// A body of more than [`LONG_SECTION_WORDS`] words.
    LongSection { title: Option<String>, words: usize },
    /// A body link the widget shows as plain words (not http, https or mailto). Label and URL
    /// are on one line, whitespace runs shown as one space.
    UnclickableLink { label: String, url: String },
    /// A section over the page budget, whose last parts show as plain text (see `budget`).
    Cut { title: String },
    /// A derived id that had to take a suffix because another section has the plain one; links
    /// to it change when sections are added.
    IdTaken { id: String, wanted: String },
}

impl Story {
    /// Every error and every warning in a document, with typed paths. The story is built when
    /// there is no error, by exactly the rules of [`Story::from_value`]. Warnings are found in
    /// invalid documents too, as far as they can be read.
    pub fn check(doc: &Value) -> Report {
        let (story, errors) = validate(doc);
        let warnings = warnings(doc, story.as_ref());
        Report {
            story,
            errors,
            warnings,
        }
    }
}

fn warnings(doc: &Value, story: Option<&Story>) -> Vec<Warning> {
    let mut out = Vec::new();
    mis_decoded(doc, Path::root(), &mut out);
    if let Some(Value::String(url)) = doc.get("author").and_then(|a| a.get("url"))
        && !url.trim().is_empty()
        && SafeHref::parse(url).is_none()
    {
        out.push(Warning {
            path: Path::root().key("author").key("url"),
            kind: WarningKind::UnlinkedAuthorUrl { url: url.clone() },
            offset: None,
        });
    }
    if let Some(Value::Array(items)) = doc.get("sections") {
        let sections = story.map(|s| s.sections.as_slice());
        let path = Path::root().key("sections");
        for (i, item) in items.iter().enumerate() {
            let section = sections.and_then(|s| s.get(i));
            section_warnings(item, section, i, &path.index(i), &mut out);
        }
    }
    out
}

/// Mis-decoded runs in every string of the tree, ignored fields included, in document order.
/// Of keys written twice, only the value that counts (the last) is read.
fn mis_decoded(value: &Value, path: Path, out: &mut Vec<Warning>) {
    match value {
        Value::String(s) => out.extend(mojibake::find(s).into_iter().map(|r| Warning {
            path: path.clone(),
            kind: WarningKind::Mojibake {
                found: r.found,
                fixed: r.fixed,
            },
            offset: Some(r.offset),
        })),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                mis_decoded(item, path.index(i), out);
            }
        }
        Value::Object(entries) => {
            let last: HashMap<&str, usize> = entries
                .iter()
                .enumerate()
                .map(|(i, (key, _))| (key.as_str(), i))
                .collect();
            for (i, (key, item)) in entries.iter().enumerate() {
                if last.get(key.as_str()) == Some(&i) {
                    mis_decoded(item, path.field(key.clone()), out);
                }
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// A section's warnings, from its JSON (so found even when the story has errors) and, when the
/// story is valid, from the section it became.
fn section_warnings(
    item: &Value,
    section: Option<&Section>,
    index: usize,
    path: &Path,
    out: &mut Vec<Warning>,
) {
    let mut warn = |key: &'static str, kind: WarningKind, offset: Option<usize>| {
        out.push(Warning {
            path: path.key(key),
            kind,
            offset,
        });
    };
    let title = match item.get("title") {
        Some(Value::String(t)) if !t.trim().is_empty() => Some(t.trim().to_owned()),
        _ => None,
    };
    if let Some(Value::String(body)) = item.get("body") {
        if body.trim().is_empty() && !has_items(item, "highlights") && !has_items(item, "skills") {
            let title = title.clone();
            warn("body", WarningKind::NoText { title }, None);
        }
        let words = plain_text(&parse_body(body)).split_whitespace().count();
        if words > LONG_SECTION_WORDS {
            let title = title.clone();
            warn("body", WarningKind::LongSection { title, words }, None);
        }
        for link in links(body) {
            if SafeHref::parse(link.url).is_none() {
                let kind = WarningKind::UnclickableLink {
                    label: one_line(link.label),
                    url: one_line(link.url),
                };
                warn("body", kind, Some(link.offset));
            }
        }
    }
    let Some(section) = section else { return };
    if section.cut {
        let title = section.title.clone();
        warn("body", WarningKind::Cut { title }, None);
    }
    let explicit = matches!(item.get("id"), Some(Value::String(s)) if !s.trim().is_empty());
    let wanted = slug(&section.title, index);
    if !explicit && section.id != wanted {
        let id = section.id.clone();
        warn("title", WarningKind::IdTaken { id, wanted }, None);
    }
}

/// Text as a reader sees it in one line: a label wrapped over two lines in the body is shown
/// with a space, and a warning quoting it stays on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a list field holds at least one non-blank text.
fn has_items(section: &Value, key: &str) -> bool {
    matches!(section.get(key), Some(Value::Array(items))
        if items.iter().any(|i| matches!(i, Value::String(s) if !s.trim().is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StoryErrorKind;

    fn doc(json: &str) -> Value {
        serde_json::from_str(json).expect("json")
    }

    fn paths(errors: &[StoryError]) -> Vec<String> {
        errors.iter().map(|e| e.path.to_string()).collect()
    }

    #[test]
    fn every_error_is_collected_in_reading_order_with_its_path() {
        let d = doc(
            r#"{"version": 2, "title": 3, "author": {"name": "", "url": 7},
               "summary": [], "sections": [{"title": "ok", "body": ""}, {"body": ""},
                 {"id": "a b", "title": "x", "body": 1, "skills": [2, "s", false]},
                 4, {"id": "p", "title": "p", "body": ""}, {"id": "p", "status": "won"}]}"#,
        );
        let report = Story::check(&d);
        assert_eq!(
            paths(&report.errors),
            [
                "version",
                "title",
                "author.name",
                "author.url",
                "summary",
                "sections[1].title",
                "sections[2].id",
                "sections[2].body",
                "sections[2].skills[0]",
                "sections[2].skills[2]",
                "sections[3]",
                "sections[5].id",
                "sections[5].title",
                "sections[5].status",
                "sections[5].body",
            ]
        );
        assert_eq!(
            report.errors[11].kind,
            StoryErrorKind::DuplicateId {
                id: "p".into(),
                first: 4
            }
        );
        assert_eq!(
            report.errors[11].path,
            Path::root().key("sections").index(5).key("id")
        );
        assert!(report.story.is_none());
    }

    #[test]
    fn from_value_returns_the_first_of_checks_errors() {
        for json in [
            r#"[]"#,
            r#"{"title": 1}"#,
            r#"{"version": 1, "title": "T", "author": {"name": "A"}, "sections": [
                {"title": "a", "body": 1, "id": "x y"}, {"title": 2}]}"#,
            r#"{"version": 1, "title": "T", "author": {"name": "A"}, "sections": [
                {"id": "a", "title": "a", "body": ""}, {"id": "a", "body": ""}]}"#,
        ] {
            let d = doc(json);
            let report = Story::check(&d);
            assert_eq!(Story::from_value(&d).err().as_ref(), report.errors.first());
            assert!(
                !report.errors.is_empty() && report.story.is_none(),
                "{json}"
            );
        }
        let valid = doc(r#"{"version": 1, "title": "T", "author": {"name": "A"},
                "sections": [{"title": "a", "body": "b"}]}"#);
        let report = Story::check(&valid);
        assert!(report.errors.is_empty());
        assert_eq!(report.story, Story::from_value(&valid).ok());
    }

    #[test]
    fn warnings_point_inside_strings() {
        let d = doc(
            r#"{"version": 1, "title": "Itâ€™s", "author": {"name": "A", "url": "x.org"},
               "x-note": "caf\u00c3\u00a9",
               "sections": [{"title": "Notes", "body": "See [a](https://a.b)\nand [b](/b)\n\n- [c](ftp://c)"},
                            {"title": "Notes", "body": ""}]}"#,
        );
        let report = Story::check(&d);
        let found: Vec<(String, Option<usize>, &WarningKind)> = report
            .warnings
            .iter()
            .map(|w| (w.path.to_string(), w.offset, &w.kind))
            .collect();
        let mojibake = |found: &str, fixed: &str| WarningKind::Mojibake {
            found: found.into(),
            fixed: fixed.into(),
        };
        let link = |label: &str, url: &str| WarningKind::UnclickableLink {
            label: label.into(),
            url: url.into(),
        };
        assert_eq!(
            found,
            [
                ("title".into(), Some(2), &mojibake("â€™", "’")),
                ("x-note".into(), Some(3), &mojibake("Ã©", "é")),
                (
                    "author.url".into(),
                    None,
                    &WarningKind::UnlinkedAuthorUrl {
                        url: "x.org".into()
                    }
                ),
                ("sections[0].body".into(), Some(25), &link("b", "/b")),
                ("sections[0].body".into(), Some(36), &link("c", "ftp://c")),
                (
                    "sections[1].body".into(),
                    None,
                    &WarningKind::NoText {
                        title: Some("Notes".into())
                    }
                ),
                (
                    "sections[1].title".into(),
                    None,
                    &WarningKind::IdTaken {
                        id: "notes-2".into(),
                        wanted: "notes".into()
                    }
                ),
            ]
        );
        assert!(report.errors.is_empty());
    }

    #[test]
    fn warnings_are_found_in_invalid_stories_too() {
        let d = doc(r#"{"version": 1, "sections": [{"body": "[x](javascript:y)"}]}"#);
        let report = Story::check(&d);
        assert_eq!(
            paths(&report.errors),
            ["title", "author", "sections[0].title"]
        );
        assert_eq!(report.warnings.len(), 1);
        assert_eq!(report.warnings[0].offset, Some(0));
    }
}
