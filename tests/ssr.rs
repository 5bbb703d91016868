//! Server-rendered HTML of the view components (Yew SSR), checked as a reader's browser gets it.

use std::rc::Rc;

use journey_story::json::parse_story;
use journey_story::model::{Found, LoadError, Path, StoryError, StoryErrorKind, Want};
use journey_story::render::{render_session, render_story};
use journey_story::session::{Event, Session};
use journey_story::view::{OpenPolicy, Theme};

mod common;

use common::{SEED, SEED_TITLES};

fn seed_html(open: OpenPolicy) -> String {
    render_story(parse_story(SEED).expect("seed"), open, Theme::Auto)
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
fn seed_renders_header_progress_and_all_sections() {
    let html = seed_html(OpenPolicy::First);
    assert!(html.contains(
        r#"<h2 part="title" class="story-title">My ALX Backend Development Specialization Journey</h2>"#
    ));
    assert!(html.contains("by Ademola Adebowale"));
    assert!(html.contains(r#"max="6""#) && html.contains(r#"value="5""#));
    assert!(html.contains("5 of 6 milestones done"));
    for title in SEED_TITLES {
        assert!(
            html.contains(&format!(r#"<span class="section-title">{title}</span>"#)),
            "{title}"
        );
    }
    assert!(html.contains("behind the scenes – the server-side magic!"));
}

#[test]
fn headers_are_buttons_that_control_labelled_panels() {
    let html = seed_html(OpenPolicy::First);
    let first = tag_with_id(&html, "h-introduction");
    assert!(first.starts_with("<button"));
    assert!(first.contains(r#"aria-expanded="true""#));
    assert!(first.contains(r#"aria-controls="p-introduction""#));
    let panel = tag_with_id(&html, "p-introduction");
    assert!(
        panel.contains(r#"role="region""#) && panel.contains(r#"aria-labelledby="h-introduction""#)
    );
    assert!(!panel.contains("hidden"));
    let second = tag_with_id(&html, "h-my-background");
    assert!(second.contains(r#"aria-expanded="false""#));
    assert!(tag_with_id(&html, "p-my-background").contains("hidden"));
}

#[test]
fn open_policy_sets_which_sections_start_expanded() {
    let count = |html: &str, s: &str| html.matches(s).count();
    // Eight sections have text; the Conclusion has no button at all.
    let all = seed_html(OpenPolicy::All);
    assert_eq!(count(&all, r#"aria-expanded="true""#), 8);
    let none = seed_html(OpenPolicy::None);
    assert_eq!(count(&none, r#"aria-expanded="false""#), 8);
    let first = seed_html(OpenPolicy::First);
    assert_eq!(count(&first, r#"aria-expanded="true""#), 1);
}

#[test]
fn a_section_without_text_is_a_plain_heading() {
    let html = seed_html(OpenPolicy::All);
    let conclusion = tag_with_id(&html, "h-conclusion");
    assert!(conclusion.starts_with("<span"), "{conclusion}");
    assert!(!html.contains("p-conclusion"));
}

#[test]
fn statuses_are_marked_in_words_and_current_is_flagged() {
    let html = seed_html(OpenPolicy::First);
    assert_eq!(
        html.matches(r#"<span part="status" class="status-label">Done</span>"#)
            .count(),
        5
    );
    assert_eq!(
        html.matches(r#"<span part="status" class="status-label">Current</span>"#)
            .count(),
        1
    );
    assert_eq!(html.matches(r#"data-status="current""#).count(), 1);
}

#[test]
fn highlights_skills_period_links_and_emphasis_render_as_nodes() {
    let story = parse_story(
        r#"{"version":1,"title":"T","author":{"name":"Ann","url":"https://ann.dev"},
            "summary":"S","sections":[{"title":"Bootcamp","period":"Mar–Dec 2022","status":"done",
            "body":"I **built** *APIs* with [Node](https://nodejs.org).\n\n- one\n- two",
            "highlights":["Shipped a REST API"],"skills":["SQL","Node.js"]}]}"#,
    )
    .expect("valid");
    let html = render_story(story, OpenPolicy::All, Theme::Dark);
    assert!(html.contains(r#"data-theme="dark""#));
    assert!(html.contains(
        r#"<a href="https://ann.dev" rel="noopener noreferrer" target="_blank">Ann</a>"#
    ));
    assert!(html.contains(r#"<span part="period" class="period">Mar–Dec 2022</span>"#));
    assert!(html.contains("<strong>built</strong>") && html.contains("<em>APIs</em>"));
    assert!(html.contains(
        r#"<a href="https://nodejs.org" rel="noopener noreferrer" target="_blank">Node</a>"#
    ));
    assert!(html.contains("<ul><li>one</li><li>two</li></ul>"));
    assert!(html.contains(
        r#"aria-label="Highlights" class="highlights"><li part="highlight">Shipped a REST API</li></ul>"#
    ));
    assert!(
        html.contains(
            r#"aria-label="Skills" class="skills"><li part="skill">SQL</li><li part="skill">Node.js</li></ul>"#
        )
    );
}

#[test]
fn markup_in_story_text_is_shown_as_text() {
    let story = parse_story(
        r#"{"version":1,"title":"<script>alert(1)</script>","author":{"name":"<img src=x onerror=alert(1)>"},
            "sections":[{"title":"</style><svg onload=alert(1)>","body":"[x](javascript:alert(1)) <b>hi</b>"}]}"#,
    )
    .expect("valid");
    let html = render_story(story, OpenPolicy::All, Theme::Auto);
    assert!(
        !html.contains("<script>")
            && !html.contains("<img")
            && !html.contains("<svg")
            && !html.contains("<b>")
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("javascript:"));
}

#[test]
fn states_render_a_status_or_an_alert_and_keep_fallback_content() {
    let loading = render_session(
        Session::new(OpenPolicy::First, Default::default()),
        Theme::Auto,
    );
    assert!(loading.contains(r#"role="status""#) && loading.contains("<slot></slot>"));
    let error = LoadError::Invalid {
        url: "/s.json".into(),
        error: StoryError {
            path: Path::root().key("sections").index(3).key("title"),
            kind: StoryErrorKind::WrongType {
                expected: Want::String,
                found: Found::Number,
            },
        },
    };
    let mut failed = Session::new(OpenPolicy::First, Default::default());
    failed.apply(Event::Failed(Rc::new(error)));
    let html = render_session(failed, Theme::Auto);
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains(
        "/s.json is not a valid journey story: sections[3].title: expected a string, found a number"
    ));
    assert!(html.contains("<slot></slot>"));
}

/// The DOM contract (`view::dom`, `model::ids`): what `embed.js` and the glue rely on is in the
/// rendered HTML, and `embed.js` asks for exactly that, not for styling classes.
#[test]
fn embed_js_and_the_rendered_dom_agree_on_the_contract() {
    use journey_story::model::ids::{heading_id, panel_id};
    use journey_story::view::dom::{TOGGLE, TOGGLE_SELECTOR};
    let story = parse_story(SEED).expect("seed");
    let html = seed_html(OpenPolicy::First);
    let with_text: Vec<_> = story.sections.iter().filter(|s| s.has_content()).collect();
    assert_eq!(
        html.matches(&format!("{TOGGLE}=\"\"")).count(),
        with_text.len()
    );
    for section in &with_text {
        let header = tag_with_id(&html, &heading_id(&section.id));
        assert!(
            header.starts_with("<button") && header.contains(TOGGLE),
            "{header}"
        );
        assert!(header.contains(&format!(r#"aria-controls="{}""#, panel_id(&section.id))));
        let panel = tag_with_id(&html, &panel_id(&section.id));
        assert!(panel.contains(&format!(r#"aria-labelledby="{}""#, heading_id(&section.id))));
    }
    let embed = include_str!("../www/embed.js");
    assert!(embed.contains(&format!("'{TOGGLE_SELECTOR}'")));
    // Only the contract: no selector of a styling class.
    for class in [".toggle'", "button.toggle", ".section'", ".panel'"] {
        assert!(
            !embed.contains(class),
            "embed.js relies on the class in {class}"
        );
    }
}
