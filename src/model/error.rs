//! Typed errors: what can be wrong with a story, and why a story could not be shown.

use std::fmt;

/// Where in a story document a problem is, e.g. `sections[3].title`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(Vec<Segment>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(&'static str),
    Index(usize),
}

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }

    pub fn key(&self, key: &'static str) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(key));
        p
    }

    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(index));
        p
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(story)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// A story document that does not follow the story format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    pub path: Path,
    pub kind: StoryErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryErrorKind {
    /// A required field is absent (or `null`).
    Missing { expected: &'static str },
    /// A field has the wrong JSON type.
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    /// A required text is empty or only whitespace.
    Empty,
    /// `version` is not one this build understands. `found` is already formatted.
    UnsupportedVersion { found: String },
    /// `status` is not one of the known statuses.
    UnknownStatus { found: String },
    /// `sections` is an empty array.
    NoSections,
    /// An explicit `id` contains characters that cannot appear in a link fragment.
    BadId,
    /// Two sections share an `id`.
    DuplicateId { id: String, first: usize },
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.kind {
            StoryErrorKind::Missing { expected } => {
                write!(f, "missing; expected {expected}")
            }
            StoryErrorKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            StoryErrorKind::Empty => f.write_str("must not be empty"),
            StoryErrorKind::UnsupportedVersion { found } => write!(
                f,
                "version {found} is not supported; this widget reads version {}",
                crate::model::FORMAT_VERSION
            ),
            StoryErrorKind::UnknownStatus { found } => write!(
                f,
                "expected \"done\", \"current\" or \"upcoming\", found \"{found}\""
            ),
            StoryErrorKind::NoSections => f.write_str("expected at least one section"),
            StoryErrorKind::BadId => {
                f.write_str("use only letters, digits, \"-\" and \"_\" in an id")
            }
            StoryErrorKind::DuplicateId { id, first } => {
                write!(f, "id \"{id}\" is already used by sections[{first}]")
            }
        }
    }
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

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NoSource => f.write_str(
                "No story to show: add a src attribute with the URL of a story JSON file.",
            ),
            LoadError::Network { url } => write!(
                f,
                "Could not connect to the server for {url}. Check the address, or try again later."
            ),
            LoadError::Cors { url } => write!(
                f,
                "The server for {url} does not allow this page to read the story (CORS). It must \
                 send the header Access-Control-Allow-Origin with this site's origin or *."
            ),
            LoadError::Timeout { url, seconds } => write!(
                f,
                "{url} did not arrive within {seconds} seconds. The server may be slow or down."
            ),
            LoadError::Http { url, status } => {
                write!(f, "The server answered HTTP {status} for {url}.")
            }
            LoadError::HtmlPage { url } => write!(
                f,
                "{url} is a web page, not a story JSON file. Check the src address."
            ),
            LoadError::TooLarge { url, limit } => write!(
                f,
                "{url} is larger than the {} limit for a story. Set max-size on the element to \
                 allow more.",
                format_bytes(*limit)
            ),
            LoadError::Empty { url } => write!(f, "{url} is empty."),
            LoadError::NotUtf8 { url } => write!(
                f,
                "{url} is not UTF-8 text. Save the story file with UTF-8 encoding."
            ),
            LoadError::NotJson { url, detail } => {
                write!(f, "{url} is not valid JSON ({detail}).")
            }
            LoadError::Invalid { url, error } => {
                write!(f, "{url} is not a valid journey story: {error}")
            }
        }
    }
}

impl std::error::Error for LoadError {}
