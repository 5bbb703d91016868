//! The studio's components rendered natively (Yew SSR) in the states the UI contract names:
//! labels, legends, problems beside their fields, and every language's strings.

#![cfg(feature = "studio")]

use std::rc::Rc;

use journey_story::i18n::Lang;
use journey_story::studio::draft::Draft;
use journey_story::studio::problems::Analysis;
use journey_story::studio::state::{Action, State, reduce};
use journey_story::studio::view::{Studio, StudioProps};
use yew::{Callback, LocalServerRenderer};

const SEED: &str = include_str!("../www/stories/alx-backend-journey.json");

fn render(state: State) -> String {
    let analysis = Rc::new(Analysis::of(&state.draft));
    let props = StudioProps {
        state: Rc::new(state),
        analysis,
        base: "https://example.org/w/".into(),
        no_js: None,
        on_action: Callback::noop(),
        on_open: Callback::noop(),
    };
    let renderer = LocalServerRenderer::<Studio>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// The opening tag of the element with the given id.
fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no id {id}"));
    let start = html[..at].rfind('<').expect("tag start");
    let end = at + html[at..].find('>').expect("tag end");
    &html[start..=end]
}

#[test]
fn the_seed_renders_every_section_with_its_labelled_fields() {
    let state = State::new(Draft::from_json(SEED, 0).expect("seed"), Lang::En, None);
    let html = render(state);
    for text in [
        "<h1>Story studio</h1>",
        ">Paste your post</label>",
        ">Import</button>",
        ">Example: ALX Backend journey</option>",
        ">Open story.json</label>",
        "accept=\".json,application/json\"",
        "<legend>Section 1: Introduction</legend>",
        "<legend>Section 9: Conclusion</legend>",
        ">Highlights (one per line)</label>",
        ">Ready to publish, 1 warning</p>",
        "id=\"preview\"",
        ">Download story.json</button>",
        ">No-JavaScript HTML</option>",
        ">Copy embed code</button>",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    // The first section cannot move up, the last cannot move down.
    assert!(tag_with_id(&html, "s0-up").contains("disabled"));
    assert!(!tag_with_id(&html, "s0-down").contains("disabled"));
    assert!(tag_with_id(&html, "s8-down").contains("disabled"));
    // The body's help is read with it.
    assert!(tag_with_id(&html, "s0-body").contains("aria-describedby=\"s0-body-help\""));
    // The script tag is the default embed code, from the base.
    assert!(html.contains("&lt;script type=\"module\" src=\"https://example.org/w/embed.js\"&gt;"));
}

#[test]
fn errors_are_shown_beside_their_fields() {
    let state = reduce(State::default(), Action::AddSection);
    let html = render(state);
    let title = tag_with_id(&html, "story-title");
    assert!(title.contains("aria-invalid=\"true\""), "{title}");
    assert!(
        title.contains("aria-describedby=\"story-title-problem\""),
        "{title}"
    );
    assert!(html.contains(
        "<div id=\"story-title-problem\" class=\"field-problem\"><p>error: title: must not be empty</p>"
    ));
    assert!(tag_with_id(&html, "s0-title").contains("aria-invalid=\"true\""));
    assert!(!tag_with_id(&html, "story-summary").contains("aria-invalid"));
    // Three errors (title, author, section title) and the empty section's warning.
    assert!(html.contains(">4 problems</p>"), "{html}");
}

#[test]
fn every_language_translates_the_studio() {
    let english = render(State::default());
    for lang in [Lang::Fr, Lang::Ar, Lang::Sw] {
        let html = render(reduce(State::default(), Action::SetLang(lang)));
        for text in [
            "Story studio",
            ">Paste your post<",
            ">Add section<",
            ">Dark preview<",
        ] {
            assert!(english.contains(text));
            assert!(!html.contains(text), "{lang:?} still says {text}");
        }
    }
}
