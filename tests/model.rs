//! Native tests of the story model: parsing, validation with exact error paths, progress math.

use journey_story::json::{ParseError, parse_story};
use journey_story::model::{Block, Status, Story, StoryErrorKind, plain_text};
use serde_json::{Value as Json, json};

mod common;

use common::{SEED, SEED_TITLES};

fn minimal() -> Json {
    json!({
        "version": 1,
        "title": "T",
        "author": { "name": "A" },
        "sections": [ { "title": "S", "body": "B" } ]
    })
}

/// Parses a JSON document and returns the error message, failing the test if it parsed.
fn error_of(doc: Json) -> String {
    match parse_story(&doc.to_string()) {
        Ok(_) => panic!("expected an error for {doc}"),
        Err(e) => e.to_string(),
    }
}

fn story(doc: Json) -> Story {
    parse_story(&doc.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn seed_story_has_nine_sections_and_tells_the_journey() {
    let story = parse_story(SEED).expect("seed story is valid");
    let titles: Vec<&str> = story.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, SEED_TITLES);
    assert_eq!(story.author.name, "Ademola Adebowale");
    assert_eq!(story.progress().done, 5);
    assert_eq!(story.progress().total, 6);
    let current: Vec<&str> = story
        .sections
        .iter()
        .filter(|s| s.status == Some(Status::Current))
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(current, ["Certification and Future Prospects"]);
    // The mis-decoded dash is repaired, and nothing else is mis-decoded.
    assert!(SEED.contains("behind the scenes – the server-side magic!"));
    assert!(!SEED.contains('â'));
    // The Conclusion heading has no text: kept, and shown as a heading only.
    let conclusion = story.sections.last().expect("sections");
    assert!(conclusion.body.is_empty());
    assert!(!conclusion.has_content());
}

#[test]
fn ids_are_derived_from_titles_and_made_unique() {
    let s = story(json!({
        "version": 1, "title": "T", "author": { "name": "A" },
        "sections": [
            { "title": "Why I Chose the Backend!", "body": "" },
            { "title": "Notes", "body": "" },
            { "title": "Notes", "body": "" },
            { "title": "***", "body": "" },
            { "title": "Été à Nairobi", "body": "" },
            { "title": "x", "id": "notes-2", "body": "" }
        ]
    }));
    let ids: Vec<&str> = s.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "why-i-chose-the-backend",
            "notes",
            "notes-3",
            "section-4",
            "été-à-nairobi",
            "notes-2"
        ]
    );
}

#[test]
fn unknown_fields_are_ignored_and_blank_optionals_are_absent() {
    let mut doc = minimal();
    doc["theme"] = json!("neon");
    doc["summary"] = json!("   ");
    doc["sections"][0]["mood"] = json!(3);
    doc["sections"][0]["highlights"] = json!(["  won  ", ""]);
    let s = story(doc);
    assert_eq!(s.summary, None);
    assert_eq!(s.sections[0].highlights, ["won"]);
}

#[test]
fn each_kind_of_bad_story_names_its_path() {
    let cases: Vec<(Json, &str)> = vec![
        (json!([]), "(story): expected an object, found an array"),
        (
            json!({ "title": "T", "author": { "name": "A" }, "sections": [] }),
            "version: missing; expected a number",
        ),
        (
            json!({ "version": "1" }),
            "version: expected a number, found a string",
        ),
        (
            json!({ "version": 2 }),
            "version: version 2 is not supported; this widget reads version 1",
        ),
        (
            json!({ "version": 1.5 }),
            "version: expected a whole version number; this widget reads version 1",
        ),
        (json!({ "version": 1 }), "title: missing; expected a string"),
        (
            json!({ "version": 1, "title": " " }),
            "title: must not be empty",
        ),
        (
            json!({ "version": 1, "title": "T" }),
            "author: missing; expected an object",
        ),
        (
            json!({ "version": 1, "title": "T", "author": "Ann" }),
            "author: expected an object, found a string",
        ),
        (
            json!({ "version": 1, "title": "T", "author": { "name": 7 } }),
            "author.name: expected a string, found a number",
        ),
        (
            json!({ "version": 1, "title": "T", "author": { "name": "A" }, "summary": [] }),
            "summary: expected a string, found an array",
        ),
        (
            json!({ "version": 1, "title": "T", "author": { "name": "A" } }),
            "sections: missing; expected an array",
        ),
        (
            json!({ "version": 1, "title": "T", "author": { "name": "A" }, "sections": {} }),
            "sections: expected an array, found an object",
        ),
        (
            json!({ "version": 1, "title": "T", "author": { "name": "A" }, "sections": [] }),
            "sections: expected at least one section",
        ),
    ];
    for (doc, expected) in cases {
        assert_eq!(error_of(doc), expected);
    }
}

#[test]
fn section_errors_name_the_section_index() {
    let with_section = |i: usize, section: Json| {
        let mut doc = minimal();
        let mut list = vec![json!({ "title": "ok", "body": "" }); i];
        list.push(section);
        doc["sections"] = Json::Array(list);
        error_of(doc)
    };
    assert_eq!(
        with_section(3, json!({ "title": 5, "body": "" })),
        "sections[3].title: expected a string, found a number"
    );
    assert_eq!(
        with_section(0, json!({ "body": "" })),
        "sections[0].title: missing; expected a string"
    );
    assert_eq!(
        with_section(1, json!({ "title": "x" })),
        "sections[1].body: missing; expected a string"
    );
    assert_eq!(
        with_section(2, json!("Background")),
        "sections[2]: expected an object, found a string"
    );
    assert_eq!(
        with_section(1, json!({ "title": "x", "body": "", "status": "finished" })),
        "sections[1].status: expected \"done\", \"current\" or \"upcoming\", found \"finished\""
    );
    assert_eq!(
        with_section(1, json!({ "title": "x", "body": "", "highlights": "won" })),
        "sections[1].highlights: expected an array of strings, found a string"
    );
    assert_eq!(
        with_section(
            1,
            json!({ "title": "x", "body": "", "skills": ["a", false] })
        ),
        "sections[1].skills[1]: expected a string, found a boolean"
    );
    assert_eq!(
        with_section(1, json!({ "title": "x", "body": "", "id": "a b" })),
        "sections[1].id: use only letters, digits, \"-\" and \"_\" in an id"
    );
}

#[test]
fn duplicate_explicit_ids_are_typed_errors() {
    let mut doc = minimal();
    doc["sections"] = json!([
        { "id": "a", "title": "x", "body": "" },
        { "id": "a", "title": "y", "body": "" }
    ]);
    match parse_story(&doc.to_string()) {
        Err(ParseError::Story(e)) => assert_eq!(
            e.kind,
            StoryErrorKind::DuplicateId {
                id: "a".into(),
                first: 0
            }
        ),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn json_syntax_errors_report_line_and_column() {
    let err = parse_story("{\n  \"version\": 1,\n  \"title\": \n}").expect_err("invalid");
    match err {
        ParseError::Syntax { line, column, .. } => assert_eq!((line, column), (4, 1)),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn progress_counts_done_out_of_sections_with_a_status() {
    let mut doc = minimal();
    doc["sections"] = json!([
        { "title": "a", "body": "", "status": "done" },
        { "title": "b", "body": "", "status": "current" },
        { "title": "c", "body": "", "status": "upcoming" },
        { "title": "d", "body": "" },
        { "title": "e", "body": "", "status": "done" }
    ]);
    let p = story(doc).progress();
    assert_eq!((p.done, p.total, p.percent()), (2, 4, 50));
    let p = story(minimal()).progress();
    assert_eq!((p.done, p.total, p.percent()), (0, 0, 0));
}

#[test]
fn unsafe_author_urls_are_dropped_not_linked() {
    for (url, linked) in [
        ("https://ademola.dev", true),
        ("mailto:me@example.org", true),
        ("javascript:alert(1)", false),
        ("JaVaScRiPt:alert(1)", false),
        ("data:text/html,x", false),
        ("//evil.example", false),
        ("java\tscript:alert(1)", false),
    ] {
        let mut doc = minimal();
        doc["author"]["url"] = json!(url);
        assert_eq!(story(doc).author.url.is_some(), linked, "{url}");
    }
}

#[test]
fn extremes_parse_and_keep_their_text() {
    // 10,000 sections: all kept, ids unique.
    let sections: Vec<Json> = (0..10_000)
        .map(|i| json!({ "title": format!("Step {}", i % 100), "body": "Text", "status": "done" }))
        .collect();
    let mut doc = minimal();
    doc["sections"] = Json::Array(sections);
    let s = story(doc);
    assert_eq!(s.sections.len(), 10_000);
    let ids: std::collections::HashSet<&str> = s.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), 10_000);
    assert_eq!(s.progress().done, 10_000);

    // A 1 MB body of many paragraphs: past the page budget (see `budget`), the text is kept as
    // one plain paragraph.
    let body = "A paragraph with **bold** and [a link](https://example.org).\n\n".repeat(17_000);
    assert!(body.len() > 1_000_000);
    let mut doc = minimal();
    doc["sections"][0]["body"] = json!(body);
    let section = &story(doc).sections[0];
    assert!(section.cut && section.body.len() < 300);
    assert_eq!(
        plain_text(&section.body).matches("A paragraph").count(),
        17_000
    );

    // Right-to-left text, emoji, combining marks and zero-width characters survive unchanged.
    for title in [
        "رحلتي في تطوير الواجهات الخلفية",
        "🎓 Graduation 👩🏽‍💻",
        "Cafe\u{301} and n\u{303}",
        "\u{200b}\u{200d}",
        "\u{202e}txet desrever",
    ] {
        let mut doc = minimal();
        doc["title"] = json!(title);
        doc["sections"][0]["title"] = json!(title);
        let s = story(doc);
        assert_eq!(s.title, title);
        assert_eq!(s.sections[0].title, title);
        assert!(!s.sections[0].id.is_empty());
    }
}

#[test]
fn empty_strings_are_errors_where_required_and_absent_where_optional() {
    let mut doc = minimal();
    doc["sections"][0]["title"] = json!("");
    assert_eq!(error_of(doc), "sections[0].title: must not be empty");
    let mut doc = minimal();
    doc["author"]["name"] = json!("");
    assert_eq!(error_of(doc), "author.name: must not be empty");
    let mut doc = minimal();
    doc["sections"][0]["body"] = json!("");
    doc["sections"][0]["id"] = json!("");
    doc["sections"][0]["period"] = json!("");
    doc["sections"][0]["status"] = json!("");
    doc["sections"][0]["skills"] = json!(["", " "]);
    let s = story(doc);
    let section = &s.sections[0];
    assert_eq!(
        (
            section.id.as_str(),
            section.period.as_deref(),
            section.status
        ),
        ("s", None, None)
    );
    assert!(section.skills.is_empty() && !section.has_content());
}

#[test]
fn a_section_over_the_page_budget_keeps_its_text_as_plain_text() {
    use journey_story::model::budget::{PARTS_PER_SECTION, PARTS_PER_STORY};
    let body = "- item *x*\n".repeat(100_000);
    let skills: Vec<String> = (0..5_000).map(|i| format!("\"s{i}\"")).collect();
    let doc = format!(
        r#"{{"version":1,"title":"T","author":{{"name":"A"}},"sections":[{{"title":"L","body":{},"skills":[{}]}},{{"title":"Next","body":"**b**","skills":["c"]}}]}}"#,
        serde_json::to_string(&body).unwrap(),
        skills.join(",")
    );
    let story = journey_story::json::parse_story(&doc).unwrap();
    let (cut, next) = (&story.sections[0], &story.sections[1]);
    assert!(cut.cut && !next.cut);
    let parts = |s: &journey_story::model::Section| {
        s.body
            .iter()
            .map(|b| match b {
                Block::Paragraph(runs) => 1 + runs.len(),
                Block::List(items) => 1 + items.iter().map(|r| 1 + r.len()).sum::<usize>(),
            })
            .sum::<usize>()
            + s.highlights.len()
            + s.skills.len()
    };
    assert!(parts(cut) <= PARTS_PER_SECTION + 2, "{}", parts(cut));
    // Every item's words are still there, the last ones as one plain paragraph.
    let text = plain_text(&cut.body);
    assert_eq!(text.matches("item").count(), 100_000);
    assert_eq!(cut.skills.len(), 1);
    assert!(cut.skills[0].starts_with("s0, s1") && cut.skills[0].ends_with("s4999"));
    assert_eq!(parts(next), 3);
    // A story of 10,000 ordinary sections renders as written.
    let section = r#"{"title":"S","body":"A **b** [c](https://e.org)\n\n- d\n- e","highlights":["h","i"],"skills":["s","t","u"]}"#;
    let doc = format!(
        r#"{{"version":1,"title":"T","author":{{"name":"A"}},"sections":[{}]}}"#,
        vec![section; 10_000].join(",")
    );
    let story = journey_story::json::parse_story(&doc).unwrap();
    assert!(story.sections.iter().all(|s| !s.cut));
    assert!(story.sections.iter().map(parts).sum::<usize>() <= PARTS_PER_STORY);
}
