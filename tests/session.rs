//! Native tests of the widget's state: every session event, reading progress and deep links.

use std::rc::Rc;

use journey_story::json::parse_story;
use journey_story::model::{LoadError, ReadSet, Story};
use journey_story::options::OpenPolicy;
use journey_story::session::{Event, LoadState, Notice, Request, Session};

mod common;

use common::{SEED, SEED_TITLES};

fn seed() -> Rc<Story> {
    Rc::new(parse_story(SEED).expect("seed story is valid"))
}

fn loaded(open: OpenPolicy) -> Session {
    let mut s = Session::new(open, ReadSet::default());
    s.apply(Event::Loaded(seed()));
    s
}

fn read_ids(s: &Session) -> String {
    s.read.to_stored().replace('\n', " ")
}

fn opened(s: &Session) -> Vec<usize> {
    (0..s.expanded.len())
        .filter(|&i| s.is_expanded(i))
        .collect()
}

#[test]
fn a_new_session_is_loading_with_the_saved_progress() {
    let s = Session::new(
        OpenPolicy::First,
        ReadSet::from_stored("introduction\ngratitude"),
    );
    assert_eq!(s.load, LoadState::Loading);
    assert_eq!((s.attempt, s.read_changes, s.bodies), (0, 0, false));
    assert!(s.expanded.is_empty() && s.story().is_none());
    assert_eq!(read_ids(&s), "gratitude introduction");
}

#[test]
fn loading_opens_sections_by_the_policy_and_paints_headers_first() {
    assert_eq!(opened(&loaded(OpenPolicy::First)), [0]);
    assert_eq!(opened(&loaded(OpenPolicy::All)).len(), SEED_TITLES.len());
    assert!(opened(&loaded(OpenPolicy::None)).is_empty());
    let mut s = loaded(OpenPolicy::First);
    // Sections open from the start were not opened by the reader.
    assert!(s.read.is_empty() && s.read_changes == 0);
    assert!(!s.bodies);
    s.apply(Event::Painted);
    assert!(s.bodies);
    // A paint that lands before any story changes nothing.
    let mut early = Session::new(OpenPolicy::First, ReadSet::default());
    early.apply(Event::Painted);
    assert!(!early.bodies);
}

#[test]
fn only_a_retryable_failure_is_retried_and_each_retry_is_a_new_attempt() {
    let mut s = Session::new(OpenPolicy::First, ReadSet::default());
    s.apply(Event::Failed(Rc::new(LoadError::Network {
        url: "u".into(),
    })));
    assert!(matches!(s.load, LoadState::Failed(_)));
    s.apply(Event::Retried);
    assert_eq!((s.load.clone(), s.attempt), (LoadState::Loading, 1));
    s.apply(Event::Failed(Rc::new(LoadError::Timeout {
        url: "u".into(),
        seconds: 10,
    })));
    s.apply(Event::Retried);
    assert_eq!(s.attempt, 2);
    let broken = Rc::new(LoadError::NotJson {
        url: "u".into(),
        detail: "d".into(),
    });
    s.apply(Event::Failed(broken.clone()));
    s.apply(Event::Retried);
    assert_eq!((s.load.clone(), s.attempt), (LoadState::Failed(broken), 2));
    // A retry while loading is not a second attempt.
    let mut loading = Session::new(OpenPolicy::First, ReadSet::default());
    loading.apply(Event::Retried);
    assert_eq!(loading.attempt, 0);
}

#[test]
fn opening_a_section_reads_it_once_and_closing_it_does_not() {
    let mut s = loaded(OpenPolicy::First);
    s.apply(Event::Toggled(2));
    assert_eq!(opened(&s), [0, 2]);
    assert_eq!(
        (read_ids(&s).as_str(), s.read_changes),
        ("why-i-chose-the-backend-specialization", 1)
    );
    s.apply(Event::Toggled(2));
    assert_eq!(opened(&s), [0]);
    s.apply(Event::Toggled(2));
    assert_eq!(s.read_changes, 1, "re-reading is not news");
    // The first section was open from the start: closing and opening it is reading it.
    s.apply(Event::Toggled(0));
    s.apply(Event::Toggled(0));
    assert!(s.read.contains("introduction") && s.read_changes == 2);
    // Out of range, or before the story: nothing.
    let before = s.clone();
    s.apply(Event::Toggled(9));
    assert_eq!(s, before);
    let mut loading = Session::new(OpenPolicy::First, ReadSet::default());
    loading.apply(Event::Toggled(0));
    assert!(loading.expanded.is_empty());
}

#[test]
fn a_section_with_nothing_to_read_is_never_counted_as_read() {
    let mut s = loaded(OpenPolicy::None);
    s.apply(Event::Toggled(8)); // Conclusion: a heading with no text.
    assert!(s.read.is_empty() && s.read_changes == 0);
}

#[test]
fn expand_all_reads_every_section_it_opens_in_one_change() {
    let mut s = loaded(OpenPolicy::First);
    s.apply(Event::ExpandedAll(true));
    assert_eq!(opened(&s).len(), 9);
    assert_eq!(s.read.progress(s.story().expect("story")), (7, 8));
    assert!(!s.read.contains("introduction"), "it was open already");
    assert_eq!(s.read_changes, 1);
    s.apply(Event::ExpandedAll(false));
    assert!(opened(&s).is_empty());
    assert_eq!(s.read_changes, 1);
}

#[test]
fn reset_forgets_progress_and_is_saved_only_when_there_was_some() {
    let mut s = loaded(OpenPolicy::First);
    s.apply(Event::ResetRead);
    assert_eq!(s.read_changes, 0);
    s.apply(Event::Toggled(3));
    s.apply(Event::ResetRead);
    assert!(s.read.is_empty());
    assert_eq!(s.read_changes, 2);
}

#[test]
fn a_link_opens_reads_and_reveals_its_section_each_time_it_is_followed() {
    let mut s = loaded(OpenPolicy::None);
    s.apply(Event::DeepLinked("gratitude".into()));
    assert_eq!(opened(&s), [7]);
    assert!(s.read.contains("gratitude"));
    assert_eq!(reveals(&s), ["gratitude"]);
    s.apply(Event::DeepLinked("gratitude".into()));
    assert_eq!(
        reveals(&s),
        ["gratitude", "gratitude"],
        "the same link followed twice scrolls twice"
    );
    assert_eq!(s.read_changes, 1);
    let before = s.clone();
    s.apply(Event::DeepLinked("no-such-section".into()));
    assert_eq!(s, before);
}

#[test]
fn a_link_that_arrives_before_its_story_is_followed_when_it_loads() {
    let mut s = Session::new(OpenPolicy::First, ReadSet::default());
    s.apply(Event::DeepLinked("my-background".into()));
    assert!(reveals(&s).is_empty());
    s.apply(Event::Loaded(seed()));
    assert_eq!(opened(&s), [0, 1]);
    assert_eq!(reveals(&s), ["my-background"]);
    assert!(s.read.contains("my-background"));
    // Followed once: a reload does not jump back there.
    s.apply(Event::Loaded(seed()));
    assert_eq!(reveals(&s), ["my-background"]);
}

#[test]
fn after_a_failure_the_latest_link_is_followed_when_a_retry_loads() {
    let mut s = Session::new(OpenPolicy::First, ReadSet::default());
    s.apply(Event::DeepLinked("my-background".into()));
    s.apply(Event::Failed(Rc::new(LoadError::Network {
        url: "u".into(),
    })));
    s.apply(Event::DeepLinked("gratitude".into()));
    s.apply(Event::Retried);
    s.apply(Event::Loaded(seed()));
    assert_eq!(opened(&s), [0, 7]);
    assert_eq!(reveals(&s), ["gratitude"]);
}

#[test]
fn the_same_story_again_changes_nothing_and_a_new_version_keeps_the_open_sections() {
    let story = seed();
    let mut s = Session::new(OpenPolicy::First, ReadSet::default());
    s.apply(Event::Loaded(story.clone()));
    s.apply(Event::Painted);
    s.apply(Event::Toggled(4));
    s.apply(Event::CopyRequested("gratitude".into()));
    let nonce = s.copy.as_ref().expect("request").nonce;
    s.apply(Event::CopyFinished { nonce, ok: true });
    let before = s.clone();
    s.apply(Event::Loaded(story));
    assert_eq!(s, before);
    // A new version of the story on screen (an edited inline block) keeps the open sections
    // and their text, and forgets the copy confirmation.
    s.apply(Event::Loaded(seed()));
    assert_eq!(opened(&s), [0, 4]);
    assert!(s.bodies && s.copied.is_none());
    assert!(
        s.read.contains("highlights-of-the-program"),
        "progress is the reader's, not the load's"
    );
}

#[test]
fn a_new_version_opens_its_new_sections_by_the_policy_and_keeps_closed_ones_closed() {
    let mut s = loaded(OpenPolicy::First);
    s.apply(Event::Toggled(0)); // Close the first section.
    s.apply(Event::Toggled(2));
    let mut edited = (*seed()).clone();
    edited.sections.rotate_right(1); // Gratitude moves to the top...
    edited.sections[0].id = "new-first".into(); // ...as a section the reader has not seen.
    s.apply(Event::Loaded(Rc::new(edited)));
    // The new first section opens by the policy; "introduction" stays closed; the section the
    // reader opened is still open at its new place.
    assert_eq!(opened(&s), [0, 3]);
}

#[test]
fn a_failure_after_a_story_clears_the_sections() {
    let mut s = loaded(OpenPolicy::All);
    s.apply(Event::Failed(Rc::new(LoadError::Network {
        url: "u".into(),
    })));
    assert!(s.expanded.is_empty() && s.story().is_none());
    s.apply(Event::Toggled(0));
    assert!(s.expanded.is_empty());
}

#[test]
fn continue_reading_opens_the_first_unread_section() {
    let mut s = Session::new(
        OpenPolicy::First,
        ReadSet::from_stored("introduction\nmy-background"),
    );
    s.apply(Event::Loaded(seed()));
    s.apply(Event::Resumed);
    assert_eq!(opened(&s), [0, 2]);
    assert_eq!(reveals(&s), ["why-i-chose-the-backend-specialization"]);
    s.apply(Event::ExpandedAll(true));
    let before = s.clone();
    s.apply(Event::Resumed);
    assert_eq!(s, before, "nothing left to read");
}

#[test]
fn a_copy_is_requested_once_and_confirmed_only_when_it_worked() {
    let mut s = loaded(OpenPolicy::First);
    s.apply(Event::CopyRequested("gratitude".into()));
    let Some(Request { section, nonce }) = s.copy.clone() else {
        panic!("a copy request");
    };
    assert_eq!(section, "gratitude");
    s.apply(Event::CopyFinished {
        nonce: nonce + 1,
        ok: true,
    });
    assert!(
        s.copy.is_some() && s.copied.is_none(),
        "another request's answer"
    );
    s.apply(Event::CopyFinished { nonce, ok: true });
    assert_eq!(
        (s.copy.clone(), s.copied.as_deref()),
        (None, Some("gratitude"))
    );
    s.apply(Event::CopyRequested("introduction".into()));
    let nonce = s.copy.as_ref().expect("request").nonce;
    s.apply(Event::CopyFinished { nonce, ok: false });
    assert_eq!(s.copied, None);
    let mut loading = Session::new(OpenPolicy::First, ReadSet::default());
    loading.apply(Event::CopyRequested("gratitude".into()));
    assert!(loading.copy.is_none());
}

#[test]
fn unchanged_parts_stay_shared_so_the_view_compares_pointers() {
    let mut s = loaded(OpenPolicy::First);
    s.apply(Event::Toggled(1));
    let (read, expanded) = (s.read.clone(), s.expanded.clone());
    s.apply(Event::Toggled(1)); // Closing changes the flags, not the reading progress.
    assert!(Rc::ptr_eq(&read, &s.read));
    assert!(!Rc::ptr_eq(&expanded, &s.expanded));
    s.apply(Event::Painted);
    assert!(Rc::ptr_eq(&read, &s.read));
}

/// What the session has asked of the glue so far, as short words.
fn told(s: &Session) -> Vec<String> {
    (s.notices.0.iter())
        .map(|notice| match notice {
            Notice::Loaded(story) => format!("load:{}", story.sections.len()),
            Notice::Failed(error) => format!("error:{}", error.code()),
            Notice::Toggled { story, index, open } => {
                format!("{}:{open}", story.sections[*index].id)
            }
            Notice::Read => "read".to_owned(),
            Notice::Reveal(section) => format!("reveal:{section}"),
            Notice::Copy(request) => format!("copy:{}", request.section),
        })
        .collect()
}

/// The sections the glue was asked to scroll to, in order.
fn reveals(s: &Session) -> Vec<String> {
    told(s)
        .iter()
        .filter_map(|t| t.strip_prefix("reveal:").map(str::to_owned))
        .collect()
}

#[test]
fn the_page_is_told_each_story_failure_toggle_and_reading_change_once() {
    let mut s = Session::new(OpenPolicy::First, ReadSet::default());
    s.apply(Event::DeepLinked("gratitude".into()));
    s.apply(Event::Failed(Rc::new(LoadError::Network {
        url: "u".into(),
    })));
    s.apply(Event::Retried);
    s.apply(Event::Loaded(seed()));
    // The policy's first section is not the reader's doing; the link is, and reads it.
    assert_eq!(
        told(&s),
        [
            "error:network",
            "load:9",
            "gratitude:true",
            "read",
            "reveal:gratitude"
        ]
    );
    s.apply(Event::Announced(5));
    assert!(told(&s).is_empty());
    s.apply(Event::Toggled(1));
    s.apply(Event::Toggled(1));
    s.apply(Event::Toggled(8)); // the Conclusion has no text: nothing to open
    assert_eq!(
        told(&s),
        ["my-background:true", "read", "my-background:false"]
    );
    // Announced in part (a page's listener may have caused more before the glue was done).
    s.apply(Event::Announced(2));
    assert_eq!(told(&s), ["my-background:false"]);
    s.apply(Event::Announced(5));
    assert!(told(&s).is_empty());
    // Expand all: one toggle per section it opens (with text), then one reading change.
    s.apply(Event::ExpandedAll(true));
    let all = told(&s);
    assert_eq!(all.len(), 7, "{all:?}");
    assert!(all[..6].iter().all(|t| t.ends_with(":true")), "{all:?}");
    assert!(!all.iter().any(|t| t.starts_with("introduction")));
    assert_eq!(all[6], "read");
    s.apply(Event::Announced(7));
    s.apply(Event::ExpandedAll(false));
    assert_eq!(told(&s).len(), 8);
    assert!(told(&s).iter().all(|t| t.ends_with(":false")));
    s.apply(Event::Announced(8));
    // Continue reading opens the one unread section; a link to an open one only scrolls.
    s.apply(Event::Resumed);
    assert_eq!(
        told(&s),
        ["introduction:true", "read", "reveal:introduction"]
    );
    s.apply(Event::Announced(3));
    s.apply(Event::DeepLinked("introduction".into()));
    assert_eq!(told(&s), ["reveal:introduction"]);
    s.apply(Event::Announced(1));
    // The same story again tells nothing; a new version is a new story, opened by the policy.
    s.apply(Event::Loaded(s.story().expect("story").clone()));
    assert!(told(&s).is_empty());
    let mut next = (*seed()).clone();
    next.sections.truncate(3);
    s.apply(Event::Loaded(Rc::new(next)));
    assert_eq!(told(&s), ["load:3"]);
    s.apply(Event::Announced(1));
    // Reset is a reading change; resetting nothing is none.
    s.apply(Event::ResetRead);
    s.apply(Event::ResetRead);
    s.apply(Event::CopyRequested("introduction".into()));
    assert_eq!(told(&s), ["read", "copy:introduction"]);
}
