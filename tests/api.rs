//! The element API as the code has it and as it is published: `part` names in server-rendered
//! HTML (`view::parts`), the manifest's `cssParts` (`www/custom-elements.json`) and the error
//! codes in the TypeScript declarations (`www/journey-story.d.ts`). The browser side (observed
//! attributes, events, custom properties) is `tests/e2e/manifest.test.mjs`.

use std::collections::BTreeSet;
use std::rc::Rc;

use journey_story::json::parse_story;
use journey_story::model::{Found, LoadError, Path, StoryError, StoryErrorKind, Want};
use journey_story::render::{render_session, render_story};
use journey_story::session::{Event, Session};
use journey_story::view::parts;
use journey_story::view::{OpenPolicy, Theme};

mod common;

const CAREER: &str = include_str!("../www/stories/career-change.json");
const MANIFEST: &str = include_str!("../www/custom-elements.json");
const TYPES: &str = include_str!("../www/journey-story.d.ts");
const EMBED: &str = include_str!("../www/embed.js");

/// Every name in every `part="…"` attribute of `html`.
fn part_names(html: &str) -> BTreeSet<String> {
    html.split(" part=\"")
        .skip(1)
        .flat_map(|rest| rest[..rest.find('"').expect("closing quote")].split(' '))
        .map(str::to_owned)
        .collect()
}

fn failed(error: LoadError) -> String {
    let mut session = Session::new(OpenPolicy::First, Default::default());
    session.apply(Event::Failed(Rc::new(error)));
    render_session(session, Theme::Auto)
}

fn invalid(path: Path) -> LoadError {
    LoadError::Invalid {
        url: "/s.json".into(),
        error: StoryError {
            path,
            kind: StoryErrorKind::WrongType {
                expected: Want::String,
                found: Found::Number,
            },
        },
    }
}

#[test]
fn sections_carry_their_status_and_state_as_part_names() {
    let career = parse_story(CAREER).expect("example story");
    let html = render_story(career, OpenPolicy::First, Theme::Auto);
    for (part, count) in [
        ("section done open", 1),
        ("section done", 1),
        ("section current", 1),
        ("section upcoming", 1),
        ("header", 1),
        ("title", 1),
        ("summary", 1),
        ("section-header", 4),
        ("toggle", 4),
        ("panel", 4),
    ] {
        let found = html.matches(&format!(" part=\"{part}\"")).count();
        assert_eq!(found, count, "part=\"{part}\"");
    }
    // A section without a status is just `section`; an empty one has no panel and is never open.
    let seed = parse_story(common::SEED).expect("seed");
    let html = render_story(seed, OpenPolicy::All, Theme::Auto);
    assert!(html.contains(r#"<li part="section open" class="section">"#));
    assert!(html.contains(r#"<li part="section" class="section empty">"#));
    assert_eq!(
        html.matches(" part=\"section").count() - html.matches(" part=\"section-header").count(),
        common::SEED_TITLES.len()
    );
}

#[test]
fn every_part_rendered_is_published_and_every_published_part_is_rendered() {
    let career = parse_story(CAREER).expect("example story");
    let seed = parse_story(common::SEED).expect("seed");
    let loading = render_session(
        Session::new(OpenPolicy::First, Default::default()),
        Theme::Auto,
    );
    let rendered: BTreeSet<String> = [
        render_story(career, OpenPolicy::First, Theme::Auto),
        render_story(seed, OpenPolicy::All, Theme::Auto),
        loading,
        failed(LoadError::NoSource),
    ]
    .iter()
    .flat_map(|html| part_names(html))
    .collect();
    let all: BTreeSet<String> = parts::ALL.iter().map(|p| p.to_string()).collect();
    // Retry needs a reader to click it: server rendering has none (the browser test sees it).
    let mut expected = all.clone();
    expected.remove(parts::RETRY);
    assert_eq!(rendered, expected);

    let manifest: serde_json::Value = serde_json::from_str(MANIFEST).expect("manifest is JSON");
    let element = &manifest["modules"][0]["declarations"][0];
    assert_eq!(element["tagName"], "journey-story");
    let published: BTreeSet<String> = (element["cssParts"].as_array().expect("cssParts"))
        .iter()
        .map(|p| p["name"].as_str().expect("name").to_owned())
        .collect();
    assert_eq!(published, all);
    // The box embed.js writes when the wasm cannot run has the wasm's own parts.
    assert!(EMBED.contains(&format!("'part', '{}'", parts::message(true))));
}

#[test]
fn error_codes_are_distinct_typed_and_carry_the_path_of_an_invalid_story() {
    let url = || "https://example.org/s.json".to_owned();
    let errors = [
        LoadError::NoSource,
        LoadError::Network { url: url() },
        LoadError::Cors { url: url() },
        LoadError::Timeout {
            url: url(),
            seconds: 10,
        },
        LoadError::Http {
            url: url(),
            status: 404,
        },
        LoadError::Http {
            url: url(),
            status: 500,
        },
        LoadError::HtmlPage { url: url() },
        LoadError::TooLarge {
            url: url(),
            limit: 1,
        },
        LoadError::Empty { url: url() },
        LoadError::NotUtf8 { url: url() },
        LoadError::NotJson {
            url: url(),
            detail: String::new(),
        },
        invalid(Path::root().key("sections").index(0).key("title")),
    ];
    let codes: Vec<&str> = errors.iter().map(LoadError::code).collect();
    let distinct: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(distinct.len(), codes.len(), "{codes:?}");
    assert_eq!(
        LoadError::Http {
            url: url(),
            status: 410
        }
        .code(),
        "not-found"
    );
    // The type of `code` in the declarations: exactly these, and the three embed.js reports.
    let union = &TYPES[TYPES
        .find("type JourneyStoryErrorCode =")
        .expect("code type")..];
    let union: BTreeSet<&str> = union[..union.find(';').expect("end")]
        .split('\'')
        .skip(1)
        .step_by(2)
        .collect();
    let mut expected = distinct.clone();
    for code in ["wasm", "csp", "stopped"] {
        assert!(EMBED.contains(&format!("'{code}'")), "{code}");
        expected.insert(code);
    }
    assert_eq!(union, expected);

    let path = errors.last().and_then(LoadError::path).map(Path::to_string);
    assert_eq!(path.as_deref(), Some("sections[0].title"));
    assert_eq!(invalid(Path::root()).path(), None);
    assert_eq!(LoadError::NoSource.path(), None);
}
