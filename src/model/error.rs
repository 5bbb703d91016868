//! Typed errors: what can be wrong with a story, where ([`Path`]), and why a story could not be
//! shown. Their words, in every interface language, and their `Display`, are in `crate::i18n`:
//! the model imports nothing above it.

use std::borrow::Cow;
use std::fmt;

/// Where in a story document a problem is, e.g. `sections[3].title`. Hashable, so tools can
/// key what they know about a document (positions in its text, say) by the paths the model uses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Path(Vec<Segment>);

/// A member name (written by the model or read from the document: equal if the text is) or an
/// array index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    Key(Cow<'static, str>),
    Index(usize),
}

/// One step of a [`Path`], as [`Path::steps`] gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }

    pub fn key(&self, key: &'static str) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(Cow::Borrowed(key)));
        p
    }

    /// A member whose name comes from the document (an ignored field, say).
    pub fn field(&self, key: String) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(Cow::Owned(key)));
        p
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(index));
        p
    }

    /// The path's steps from the story down, for tools that place a problem at a field (the
    /// studio's editor).
    pub fn steps(&self) -> impl Iterator<Item = Step<'_>> {
        self.0.iter().map(|seg| match seg {
            Segment::Key(k) => Step::Key(k),
            Segment::Index(i) => Step::Index(*i),
        })
    }

    /// The path of the value that holds this one; `None` for the story itself.
    pub fn parent(&self) -> Option<Path> {
        let (_, init) = self.0.split_last()?;
        Some(Path(init.to_vec()))
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(story)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                // A name that is not a plain word is quoted, so the path stays unambiguous.
                Segment::Key(k) if !is_plain(k) => {
                    // Written by hand: release builds compile `Debug` formatting out. A long
                    // name is cut: the path must stay readable in a one-line message.
                    f.write_str("[\"")?;
                    for (n, c) in k.chars().enumerate() {
                        match c {
                            _ if n == 40 => {
                                f.write_str("…")?;
                                break;
                            }
                            '"' | '\\' => write!(f, "\\{c}")?,
                            c if c.is_control() => f.write_str("\u{fffd}")?,
                            c => write!(f, "{c}")?,
                        }
                    }
                    f.write_str("\"]")?;
                }
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

fn is_plain(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// A story document that does not follow the story format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    pub path: Path,
    pub kind: StoryErrorKind,
}

/// The JSON type a field must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    String,
    Number,
    Object,
    Array,
    /// An array whose items are strings.
    Strings,
}

/// The JSON type a field actually has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryErrorKind {
    /// A required field is absent (or `null`).
    Missing { expected: Want },
    /// A field has the wrong JSON type.
    WrongType { expected: Want, found: Found },
    /// A required text is empty or only whitespace.
    Empty,
    /// `version` is not one this build understands (`None`: not a whole number).
    UnsupportedVersion { found: Option<i64> },
    /// `status` is not one of the known statuses.
    UnknownStatus { found: String },
    /// `sections` is an empty array.
    NoSections,
    /// An explicit `id` contains characters that cannot appear in a link fragment.
    BadId,
    /// Two sections share an `id`.
    DuplicateId { id: String, first: usize },
    /// Arrays and objects nested deeper than `limit` (see `limits::MAX_DEPTH`).
    TooDeep { limit: usize },
    /// More sections than `limit` (see `limits::MAX_SECTIONS`).
    TooManySections { limit: usize, found: usize },
}

impl std::error::Error for StoryError {}

/// Why a widget could not show its story. Each variant is a different thing for the site owner
/// to fix, so each gets its own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The element has no `src` attribute (or it is blank).
    NoSource,
    /// The request never produced a response: offline, connection refused, unknown host.
    Network { url: String },
    /// The server answered, but did not allow this page to read the answer.
    Cors { url: String },
    /// No complete answer within the time limit.
    Timeout { url: String, seconds: u32 },
    /// The server answered with a non-success status.
    Http { url: String, status: u16 },
    /// The server sent an HTML page (a wrong URL on a site that answers every path with a page).
    HtmlPage { url: String },
    /// The story is larger than the widget's download limit.
    TooLarge { url: String, limit: u64 },
    /// The response body is empty.
    Empty { url: String },
    /// The response body is not UTF-8 text.
    NotUtf8 { url: String },
    /// The response body is not valid JSON; `detail` is the browser's own explanation.
    NotJson { url: String, detail: String },
    /// The JSON is not a valid story.
    Invalid { url: String, error: StoryError },
}

impl LoadError {
    /// Whether trying the same request again could succeed without anyone editing anything.
    pub fn is_retryable(&self) -> bool {
        match self {
            LoadError::Network { .. } | LoadError::Timeout { .. } => true,
            LoadError::Http { status, .. } => *status == 408 || *status == 429 || *status >= 500,
            _ => false,
        }
    }

    /// The failure's stable code, for host pages (the element's `journey-story:error` event):
    /// one per thing to fix, so a page can react without reading messages, which are
    /// translated and may be reworded. Public API: a code is never renamed, and `www/embed.js`
    /// adds `wasm`, `csp` and `stopped` for failures of the wasm itself.
    pub fn code(&self) -> &'static str {
        match self {
            LoadError::NoSource => "no-source",
            LoadError::Network { .. } => "network",
            LoadError::Cors { .. } => "cors",
            LoadError::Timeout { .. } => "timeout",
            // Most often a wrong `src`: worth telling from a server that is failing.
            LoadError::Http {
                status: 404 | 410, ..
            } => "not-found",
            LoadError::Http { .. } => "http",
            LoadError::HtmlPage { .. } => "html-page",
            LoadError::TooLarge { .. } => "too-large",
            LoadError::Empty { .. } => "empty",
            LoadError::NotUtf8 { .. } => "not-utf8",
            LoadError::NotJson { .. } => "not-json",
            LoadError::Invalid { .. } => "invalid",
        }
    }

    /// Where an invalid story is wrong, e.g. `sections[0].title`; `None` for every other
    /// failure, and when the problem is the document as a whole.
    pub fn path(&self) -> Option<&Path> {
        match self {
            LoadError::Invalid { error, .. } if !error.path.is_root() => Some(&error.path),
            _ => None,
        }
    }
}

/// `1048576` as "1 MB": whole units only, so no float formatting reaches the wasm.
pub fn format_bytes(n: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if n >= MB && n.is_multiple_of(MB) {
        format!("{} MB", n / MB)
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

impl std::error::Error for LoadError {}
