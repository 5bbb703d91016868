//! Property-based fuzzing of everything that reads untrusted input: the JSON-tree validator (and
//! `check`, which collects by the same rules), the body text format, its link scanner and the
//! link check. A panic in the wasm would take down every widget on
//! the page, so none of these may panic on any input, and their outputs keep their invariants.
//!
//! The test command runs a bounded number of cases; `FUZZ_CASES=200000 cargo test --release
//! --test fuzz -- --nocapture` runs a longer campaign (see the README).

use journey_story::json::parse_value;
use journey_story::model::{
    Block, SafeHref, Story, Value, limits, links, parse_body, parse_inline,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000)
}

fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    runner
        .run(&strategy, test)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("fuzz {name}: {} cases, 0 failures", cases());
}

/// Text biased towards the characters the formatter treats specially, plus hostile Unicode.
fn markup_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("*".to_owned()),
        Just("**".to_owned()),
        Just("[".to_owned()),
        Just("](".to_owned()),
        Just(")".to_owned()),
        // The storms of the growth tests (tests/growth.rs), in pieces.
        Just("[]](".to_owned()),
        Just("***".to_owned()),
        Just("**a *b ".to_owned()),
        Just("- - - ".to_owned()),
        Just("\\".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("- ".to_owned()),
        Just(" ".to_owned()),
        Just("https://x.example".to_owned()),
        Just("javascript:".to_owned()),
        Just("\u{200b}\u{202e}\u{301}é🎓ع".to_owned()),
        "[a-z]{1,5}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Arbitrary JSON trees, biased towards story-shaped objects so validation goes deep.
fn json_tree() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("version"),
        Just("title"),
        Just("author"),
        Just("name"),
        Just("url"),
        Just("summary"),
        Just("lang"),
        Just("sections"),
        Just("body"),
        Just("id"),
        Just("status"),
        Just("period"),
        Just("highlights"),
        Just("skills"),
        Just("other"),
    ]
    .prop_map(str::to_owned);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![Just(1.0), any::<f64>()].prop_map(Value::Number),
        prop_oneof![
            Just("done".to_owned()),
            Just("current".to_owned()),
            Just("".to_owned()),
            markup_text()
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

#[test]
fn validator_never_panics_and_valid_stories_keep_their_invariants() {
    run("Story::from_value", json_tree(), |doc| {
        if let Ok(story) = Story::from_value(&doc) {
            prop_assert!(!story.title.is_empty() && !story.sections.is_empty());
            let mut ids = std::collections::HashSet::new();
            for s in &story.sections {
                prop_assert!(!s.id.is_empty() && ids.insert(s.id.clone()));
            }
            let p = story.progress();
            prop_assert!(p.done <= p.total && p.total <= story.sections.len());
            prop_assert!(p.percent() <= 100);
        }
        Ok(())
    });
}

/// `check` collects by the same rules: the story exactly when there is no error, the first
/// error is `from_value`'s, and every warning's offset is a character of its string.
#[test]
fn check_agrees_with_from_value_and_never_panics() {
    run("Story::check", json_tree(), |doc| {
        let report = Story::check(&doc);
        let first = Story::from_value(&doc);
        prop_assert_eq!(first.as_ref().err(), report.errors.first());
        prop_assert_eq!(first.ok(), report.story);
        for w in &report.warnings {
            let _ = w.to_string();
        }
        Ok(())
    });
}

/// The links a body shows (clickable ones: the parser keeps their URL) are among those
/// `links` finds, which are slices of the body starting at their `[`.
#[test]
fn links_are_the_parsers_links() {
    run("links", markup_text(), |text| {
        let found = links(&text);
        for link in &found {
            prop_assert!(text[link.offset..].starts_with('['));
        }
        let safe: Vec<String> = found
            .iter()
            .filter_map(|l| SafeHref::parse(l.url))
            .map(|h| h.as_str().to_owned())
            .collect();
        let shown: Vec<String> = parse_body(&text)
            .into_iter()
            .flat_map(|b| match b {
                Block::Paragraph(runs) => runs,
                Block::List(items) => items.into_iter().flatten().collect(),
            })
            .filter_map(|run| run.href.map(|h| h.as_str().to_owned()))
            .collect();
        prop_assert_eq!(safe, shown);
        Ok(())
    });
}

#[test]
fn body_format_never_panics_and_keeps_links_safe() {
    run("parse_body", markup_text(), |text| {
        for block in parse_body(&text) {
            let runs: Vec<_> = match block {
                Block::Paragraph(runs) => runs,
                Block::List(items) => items.into_iter().flatten().collect(),
            };
            for run in runs {
                prop_assert!(!run.text.is_empty() || run.href.is_some());
                if let Some(href) = &run.href {
                    prop_assert!(SafeHref::parse(href.as_str()).is_some());
                }
            }
        }
        Ok(())
    });
}

#[test]
fn inline_format_never_adds_text() {
    run("parse_inline", markup_text(), |text| {
        let shown: usize = parse_inline(&text).iter().map(|r| r.text.len()).sum();
        prop_assert!(shown <= text.len());
        Ok(())
    });
}

#[test]
fn link_check_only_admits_allowed_schemes() {
    run("SafeHref::parse", markup_text(), |url| {
        if let Some(href) = SafeHref::parse(&url) {
            let lower = href.as_str().to_ascii_lowercase();
            prop_assert!(
                lower.starts_with("http://")
                    || lower.starts_with("https://")
                    || lower.starts_with("mailto:")
            );
        }
        Ok(())
    });
}

/// Any mix of arrays and objects, nested to any depth: conversion never overflows, and refuses
/// exactly the documents deeper than the limit, naming a path as deep as the limit.
#[test]
fn nesting_of_any_depth_is_converted_or_refused_at_the_limit() {
    let wrappers = prop::collection::vec(any::<bool>(), 0..300);
    run("nesting", wrappers, |objects| {
        let mut text = "1".to_owned();
        for &object in objects.iter().rev() {
            text = if object {
                format!(r#"{{"k":{text}}}"#)
            } else {
                format!("[{text}]")
            };
        }
        match parse_value(&text) {
            Ok(_) => prop_assert!(objects.len() <= limits::MAX_DEPTH),
            Err(e) => {
                prop_assert!(objects.len() > limits::MAX_DEPTH);
                prop_assert!(e.to_string().contains("nested deeper than 64 levels"));
            }
        }
        Ok(())
    });
}
