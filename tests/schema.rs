//! Keeps `www/story.schema.json` and the Rust parser from drifting apart: every property the
//! published schema describes is exercised against the parser, which must agree on what is
//! required, on each property's type, and on the allowed status values.

use journey_story::json::{ParseError, parse_story};
use journey_story::model::{Status, StoryErrorKind};
use serde_json::{Value, json};

const SCHEMA: &str = include_str!("../www/story.schema.json");

fn valid_story() -> Value {
    json!({
        "version": 1,
        "title": "T",
        "author": { "name": "A", "url": "https://a.example" },
        "summary": "S",
        "lang": "en",
        "sections": [{
            "title": "S", "body": "B", "id": "s", "status": "done", "period": "2022",
            "highlights": ["h"], "skills": ["k"]
        }]
    })
}

/// The object schemas to walk: (JSON pointer into a story, schema node, path prefix in errors).
fn objects(schema: &Value) -> Vec<(&'static str, &Value, &'static str)> {
    vec![
        ("", schema, ""),
        ("/author", &schema["properties"]["author"], "author."),
        (
            "/sections/0",
            &schema["properties"]["sections"]["items"],
            "sections[0].",
        ),
    ]
}

/// A value of a JSON type other than `ty`.
fn other_than(ty: &str) -> Value {
    match ty {
        "string" => json!(42),
        _ => json!("text"),
    }
}

fn parse(doc: &Value) -> Result<(), ParseError> {
    parse_story(&doc.to_string()).map(|_| ())
}

fn error_path(doc: &Value) -> String {
    match parse(doc) {
        Err(ParseError::Story(e)) => e.path.to_string(),
        other => panic!("expected a story error for {doc}, got {other:?}"),
    }
}

#[test]
fn the_schema_is_valid_json_and_the_full_example_parses() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
    assert_eq!(schema["properties"]["version"]["const"], json!(1));
    parse(&valid_story()).expect("a story using every property parses");
}

#[test]
fn required_properties_agree() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema");
    for (pointer, node, prefix) in objects(&schema) {
        let required: Vec<&str> = node["required"]
            .as_array()
            .expect("required list")
            .iter()
            .map(|v| v.as_str().expect("name"))
            .collect();
        for (name, _) in node["properties"].as_object().expect("properties") {
            let mut doc = valid_story();
            doc.pointer_mut(pointer)
                .and_then(Value::as_object_mut)
                .expect("object")
                .remove(name);
            let result = parse(&doc);
            if required.contains(&name.as_str()) {
                match result {
                    Err(ParseError::Story(e)) => {
                        assert_eq!(e.path.to_string(), format!("{prefix}{name}"));
                        assert!(matches!(e.kind, StoryErrorKind::Missing { .. }));
                    }
                    other => panic!("{prefix}{name} is required by the schema: {other:?}"),
                }
            } else {
                assert!(
                    result.is_ok(),
                    "{prefix}{name} is optional in the schema: {result:?}"
                );
            }
        }
    }
}

#[test]
fn property_types_agree() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema");
    for (pointer, node, prefix) in objects(&schema) {
        for (name, property) in node["properties"].as_object().expect("properties") {
            let ty = property["type"]
                .as_str()
                .expect("every property has a type");
            let mut doc = valid_story();
            doc.pointer_mut(pointer).expect("object")[name.as_str()] = other_than(ty);
            if name == "url" {
                // An unusable author URL is dropped rather than rejected; a wrong type is not.
                assert_eq!(error_path(&doc), format!("{prefix}{name}"));
                continue;
            }
            assert_eq!(
                error_path(&doc),
                format!("{prefix}{name}"),
                "{prefix}{name}: {ty}"
            );
            if ty == "array" {
                let items = property["items"]["type"].as_str().expect("item type");
                doc.pointer_mut(pointer).expect("object")[name.as_str()] =
                    json!([other_than(items)]);
                assert_eq!(error_path(&doc), format!("{prefix}{name}[0]"));
            }
        }
    }
}

#[test]
fn status_values_agree() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema");
    let allowed = schema["properties"]["sections"]["items"]["properties"]["status"]["enum"]
        .as_array()
        .expect("enum");
    let words: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        *allowed, words,
        "the schema lists exactly model::Status's words, in order"
    );
    for status in allowed {
        let mut doc = valid_story();
        doc["sections"][0]["status"] = status.clone();
        parse(&doc).expect("every status the schema allows parses");
    }
    let mut doc = valid_story();
    doc["sections"][0]["status"] = json!("finished");
    assert_eq!(error_path(&doc), "sections[0].status");
}

#[test]
fn unknown_properties_are_ignored_as_the_schema_allows() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema");
    assert!(schema.get("additionalProperties").is_none());
    let mut doc = valid_story();
    doc["x-extra"] = json!({ "anything": [1, 2] });
    doc["sections"][0]["x-extra"] = json!(true);
    parse(&doc).expect("unknown properties are ignored");
}
