//! The styling API: every `part` name the widget renders, spelled only here. A host page styles
//! them through the shadow boundary with `journey-story::part(section current)`. They are
//! public API (README, `www/custom-elements.json`, `docs/versioning.md`): a name is only ever
//! added, and removed only in a major version. Class names stay private to the stylesheet.

use crate::model::Status;

/// The story header: title, byline, summary and progress.
pub const HEADER: &str = "header";
pub const TITLE: &str = "title";
pub const BYLINE: &str = "byline";
pub const SUMMARY: &str = "summary";
/// The milestone bar and its words.
pub const PROGRESS: &str = "progress";
/// Expand all, Collapse all and the reading controls.
pub const CONTROLS: &str = "controls";
/// A section (`li`); see [`section`] for the names it adds.
pub const SECTION: &str = "section";
/// A section's heading (`h3`), holding its toggle.
pub const SECTION_HEADER: &str = "section-header";
/// The header button (or, for a section with no text, the plain header).
pub const TOGGLE: &str = "toggle";
/// The status word beside a section's title.
pub const STATUS: &str = "status";
pub const PERIOD: &str = "period";
pub const PANEL: &str = "panel";
pub const HIGHLIGHT: &str = "highlight";
pub const SKILL: &str = "skill";
/// The loading and error box; see [`message`].
pub const MESSAGE: &str = "message";
/// The Retry button of a failure that retrying can fix.
pub const RETRY: &str = "retry";

/// Every part name, including the extra names a section or message carries (`done`, `current`,
/// `upcoming`, `open`, `error`). Tests hold the manifest's `cssParts` to exactly this list.
pub const ALL: &[&str] = &[
    HEADER,
    TITLE,
    BYLINE,
    SUMMARY,
    PROGRESS,
    CONTROLS,
    SECTION,
    SECTION_HEADER,
    TOGGLE,
    STATUS,
    PERIOD,
    PANEL,
    HIGHLIGHT,
    SKILL,
    MESSAGE,
    RETRY,
    "done",
    "current",
    "upcoming",
    "open",
    "error",
];

/// A section's part names: `section`, its status word, and `open` while expanded, e.g.
/// `section current open`. Literal strings, so a render allocates nothing for them.
pub fn section(status: Option<Status>, open: bool) -> &'static str {
    match (status, open) {
        (None, false) => "section",
        (None, true) => "section open",
        (Some(Status::Done), false) => "section done",
        (Some(Status::Done), true) => "section done open",
        (Some(Status::Current), false) => "section current",
        (Some(Status::Current), true) => "section current open",
        (Some(Status::Upcoming), false) => "section upcoming",
        (Some(Status::Upcoming), true) => "section upcoming open",
    }
}

/// The message box's part names: `message`, and `message error` for a failure (also written by
/// `www/embed.js` when the wasm cannot run).
pub fn message(error: bool) -> &'static str {
    if error { "message error" } else { MESSAGE }
}
