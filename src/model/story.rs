//! The story types and their conversion from a JSON tree, with every rule of format version 1.
//!
//! Invariants of a [`Story`] (checked once here, trusted everywhere else): required texts are
//! non-empty and trimmed, there is at least one section, section ids are unique, non-empty and
//! fragment-safe, and every link is a [`SafeHref`].

use std::collections::HashMap;

use super::budget::{PARTS_PER_STORY, fit};
use super::error::{Path, StoryError, StoryErrorKind, Want};
use super::ids::{is_id, slug};
use super::limits::MAX_SECTIONS;
use super::status::Status;
use super::text::{Block, SafeHref, parse_body};
use super::value::Value;

/// The newest story format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub title: String,
    pub author: Author,
    pub summary: Option<String>,
    /// A BCP 47 language tag such as `en` or `ar`, as written by the author.
    pub lang: Option<String>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    /// `None` when absent or when the URL is not one the widget will link to.
    pub url: Option<SafeHref>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    /// Whether the section had more than the page can lay out quickly, so that its last
    /// paragraph, highlight or skill holds the rest as plain text (see `budget`).
    pub cut: bool,
    pub title: String,
    pub body: Vec<Block>,
    pub status: Option<Status>,
    pub period: Option<String>,
    pub highlights: Vec<String>,
    pub skills: Vec<String>,
}

impl Section {
    /// A section with nothing to expand (the seed's *Conclusion*) is shown as a plain heading.
    pub fn has_content(&self) -> bool {
        !self.body.is_empty() || !self.highlights.is_empty() || !self.skills.is_empty()
    }
}

impl Story {
    /// Checks a parsed JSON document against format version 1 and builds the typed story, or
    /// returns the first error an author meets reading the file (the first of
    /// [`Story::check`]'s errors: the same rules). Unknown fields are ignored, so newer minor
    /// additions do not break older widgets.
    pub fn from_value(doc: &Value) -> Result<Story, StoryError> {
        let (story, errors) = validate(doc);
        match (story, errors.into_iter().next()) {
            (Some(story), None) => Ok(story),
            (_, Some(first)) => Err(first),
            // Not reached: the only story `validate` does not build, of a document that is not
            // an object, comes with its error. Were one ever missing, the story is still refused.
            (None, None) => Err(StoryError {
                path: Path::root(),
                kind: StoryErrorKind::Missing {
                    expected: Want::Object,
                },
            }),
        }
    }

    /// How far along the journey the author is, from section statuses.
    pub fn progress(&self) -> Progress {
        let with_status = self.sections.iter().filter_map(|s| s.status);
        Progress {
            done: with_status.clone().filter(|s| *s == Status::Done).count(),
            total: with_status.count(),
        }
    }
}

/// Milestones done out of milestones in the story (sections that carry a status).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// Whole percent, rounded down, without floating point (keeps float formatting out of wasm).
    pub fn percent(self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// Every rule of the format, applied once: the story when the document follows them all, and
/// every error found, in the order an author meets them reading the file top to bottom (fields
/// in the order they are usually written, sections in order). Used by [`Story::from_value`]
/// (first error) and [`Story::check`] (all of them).
pub(crate) fn validate(doc: &Value) -> (Option<Story>, Vec<StoryError>) {
    let mut rules = Rules::default();
    let story = rules.story(doc);
    let story = story.filter(|_| rules.errors.is_empty());
    (story, rules.errors)
}

/// The errors found so far. A rule that fails records its error and returns a placeholder (an
/// empty text, no sections), so the next rule runs as usual: one error does not hide the next.
/// Placeholders never reach a story: `validate` keeps it only when no error was recorded.
#[derive(Default)]
struct Rules {
    errors: Vec<StoryError>,
}

impl Rules {
    fn story(&mut self, doc: &Value) -> Option<Story> {
        let root = Path::root();
        if !self.object(doc, &root) {
            return None;
        }
        self.version(doc.get("version"), &root.key("version"));
        Some(Story {
            title: self.text(doc.get("title"), &root.key("title")),
            author: self.author(doc.get("author"), &root.key("author")),
            summary: self.optional_text(doc.get("summary"), &root.key("summary")),
            lang: self.optional_text(doc.get("lang"), &root.key("lang")),
            sections: self.sections(doc.get("sections"), &root.key("sections")),
        })
    }

    fn author(&mut self, v: Option<&Value>, path: &Path) -> Author {
        let mut author = Author {
            name: String::new(),
            url: None,
        };
        if let Some(a) = self.required(v, path, Want::Object)
            && self.object(a, path)
        {
            author.name = self.text(a.get("name"), &path.key("name"));
            let url = self.optional_text(a.get("url"), &path.key("url"));
            author.url = url.and_then(|u| SafeHref::parse(&u));
        }
        author
    }

    /// The sections, each checked even after one fails. Past the limit or with none, the list
    /// itself is the error and its items are not read (that bounds the widget's work). Page
    /// budget and derived ids only concern a valid story.
    fn sections(&mut self, v: Option<&Value>, path: &Path) -> Vec<Section> {
        let list = match self.required(v, path, Want::Array) {
            Some(Value::Array(list)) => list,
            Some(other) => return self.fail(wrong(path.clone(), Want::Array, other)),
            None => return Vec::new(),
        };
        let kind = match list.len() {
            0 => StoryErrorKind::NoSections,
            found if found > MAX_SECTIONS => StoryErrorKind::TooManySections {
                limit: MAX_SECTIONS,
                found,
            },
            _ => return self.items(list, path),
        };
        self.fail(StoryError {
            path: path.clone(),
            kind,
        })
    }

    fn items(&mut self, list: &[Value], path: &Path) -> Vec<Section> {
        let mut ids = HashMap::with_capacity(list.len());
        let mut sections: Vec<Section> = (list.iter().enumerate())
            .map(|(i, item)| self.section(item, i, &path.index(i), &mut ids))
            .collect();
        if self.errors.is_empty() {
            let mut budget = PARTS_PER_STORY;
            for section in &mut sections {
                section.cut = fit(section, &mut budget);
            }
            derive_ids(&mut sections, ids);
        }
        sections
    }

    /// One section, fields in the order they are usually written. `ids` holds the explicit ids
    /// of the sections before it, by index.
    fn section(
        &mut self,
        item: &Value,
        index: usize,
        path: &Path,
        ids: &mut HashMap<String, usize>,
    ) -> Section {
        let mut section = Section {
            // Sections without an explicit id get theirs once all are known.
            id: String::new(),
            cut: false,
            title: String::new(),
            body: Vec::new(),
            status: None,
            period: None,
            highlights: Vec::new(),
            skills: Vec::new(),
        };
        if self.object(item, path) {
            section.id = self.explicit_id(item.get("id"), index, &path.key("id"), ids);
            section.title = self.text(item.get("title"), &path.key("title"));
            section.status = self.status(item.get("status"), &path.key("status"));
            section.period = self.optional_text(item.get("period"), &path.key("period"));
            section.body = self.body(item.get("body"), &path.key("body"));
            section.highlights = self.text_list(item.get("highlights"), &path.key("highlights"));
            section.skills = self.text_list(item.get("skills"), &path.key("skills"));
        }
        section
    }

    /// An explicit id (empty when none): fragment-safe, and not one an earlier section has.
    fn explicit_id(
        &mut self,
        v: Option<&Value>,
        index: usize,
        path: &Path,
        ids: &mut HashMap<String, usize>,
    ) -> String {
        let Some(id) = self.optional_text(v, path) else {
            return String::new();
        };
        let kind = if !is_id(&id) {
            StoryErrorKind::BadId
        } else if let Some(&first) = ids.get(&id) {
            StoryErrorKind::DuplicateId { id, first }
        } else {
            ids.insert(id.clone(), index);
            return id;
        };
        self.fail(StoryError {
            path: path.clone(),
            kind,
        })
    }

    fn status(&mut self, v: Option<&Value>, path: &Path) -> Option<Status> {
        let s = self.optional_text(v, path)?;
        let status = Status::parse(&s);
        if status.is_none() {
            self.fail::<()>(StoryError {
                path: path.clone(),
                kind: StoryErrorKind::UnknownStatus { found: s },
            });
        }
        status
    }

    /// A required body, which may be empty (a section that is only a heading).
    fn body(&mut self, v: Option<&Value>, path: &Path) -> Vec<Block> {
        match self.required(v, path, Want::String) {
            Some(Value::String(s)) => parse_body(s),
            Some(other) => self.fail(wrong(path.clone(), Want::String, other)),
            None => Vec::new(),
        }
    }

    fn version(&mut self, v: Option<&Value>, path: &Path) {
        let n = match self.required(v, path, Want::Number) {
            Some(Value::Number(n)) => *n,
            Some(other) => return self.fail(wrong(path.clone(), Want::Number, other)),
            None => return,
        };
        if n == f64::from(FORMAT_VERSION) {
            return;
        }
        // Kept as an integer: no float formatting code in the wasm.
        let found = (n.fract() == 0.0 && n.abs() < 1e15).then_some(n as i64);
        self.fail(StoryError {
            path: path.clone(),
            kind: StoryErrorKind::UnsupportedVersion { found },
        })
    }

    /// A field that must be present and not `null`.
    fn required<'v>(&mut self, v: Option<&'v Value>, path: &Path, want: Want) -> Option<&'v Value> {
        match v {
            None | Some(Value::Null) => self.missing(path, want),
            Some(v) => Some(v),
        }
    }

    fn missing<T: Default>(&mut self, path: &Path, expected: Want) -> T {
        self.fail(StoryError {
            path: path.clone(),
            kind: StoryErrorKind::Missing { expected },
        })
    }

    /// Whether `v` is an object (else an error).
    fn object(&mut self, v: &Value, path: &Path) -> bool {
        let is_object = matches!(v, Value::Object(_));
        if !is_object {
            self.fail::<()>(wrong(path.clone(), Want::Object, v));
        }
        is_object
    }

    /// A required, non-empty text field.
    fn text(&mut self, v: Option<&Value>, path: &Path) -> String {
        match (self.optional_text(v, path), v) {
            (Some(s), _) => s,
            (None, Some(Value::String(_))) => self.fail(StoryError {
                path: path.clone(),
                kind: StoryErrorKind::Empty,
            }),
            (None, Some(Value::Null) | None) => self.missing(path, Want::String),
            // Any other type: `optional_text` has said so.
            (None, Some(_)) => String::new(),
        }
    }

    /// An optional text field: absent, `null` and blank strings all mean "not given".
    fn optional_text(&mut self, v: Option<&Value>, path: &Path) -> Option<String> {
        match v {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                let s = s.trim();
                (!s.is_empty()).then(|| s.to_owned())
            }
            Some(other) => self.fail(wrong(path.clone(), Want::String, other)),
        }
    }

    /// An optional array of short texts; blank entries are dropped, and every entry of the wrong
    /// type is an error of its own.
    fn text_list(&mut self, v: Option<&Value>, path: &Path) -> Vec<String> {
        match v {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => (items.iter().enumerate())
                .filter_map(|(i, item)| self.optional_text(Some(item), &path.index(i)))
                .collect(),
            Some(other) => self.fail(wrong(path.clone(), Want::Strings, other)),
        }
    }

    /// Records an error; returns the failed rule's placeholder.
    fn fail<T: Default>(&mut self, error: StoryError) -> T {
        self.errors.push(error);
        T::default()
    }
}

/// Gives every section without an explicit id a slug of its title, made unique with a numeric
/// suffix: derived duplicates (two sections titled "Notes") are not the author's mistake, so
/// not an error. `seen` holds the explicit ids. Linear: each title's next suffix is remembered,
/// so a thousand "Notes" do not each count up from 2.
fn derive_ids(sections: &mut [Section], mut seen: HashMap<String, usize>) {
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for (i, section) in sections.iter_mut().enumerate() {
        if !section.id.is_empty() {
            continue;
        }
        let base = slug(&section.title, i);
        let mut id = base.clone();
        if seen.contains_key(&id) {
            // A candidate `base-n` belongs to one base only, so each id in `seen` is skipped
            // at most once over the whole loop.
            let n = next_suffix.entry(base.clone()).or_insert(2);
            while seen.contains_key(&id) {
                id = format!("{base}-{n}");
                *n += 1;
            }
        }
        seen.insert(id.clone(), i);
        section.id = id;
    }
}

fn wrong(path: Path, expected: Want, found: &Value) -> StoryError {
    StoryError {
        path,
        kind: StoryErrorKind::WrongType {
            expected,
            found: found.kind(),
        },
    }
}
