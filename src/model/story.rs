//! The story types and their conversion from a JSON tree, with every rule of format version 1.
//!
//! Invariants of a [`Story`] (checked once here, trusted everywhere else): required texts are
//! non-empty and trimmed, there is at least one section, section ids are unique, non-empty and
//! fragment-safe, and every link is a [`SafeHref`].

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
    /// Checks a parsed JSON document against format version 1 and builds the typed story.
    /// Unknown fields are ignored, so newer minor additions do not break older widgets.
    pub fn from_value(doc: &Value) -> Result<Story, StoryError> {
        let root = Path::root();
        object(doc, &root)?;
        check_version(doc.get("version"), &root.key("version"))?;
        // Fields are checked in the order they are usually written, so the first error reported
        // is the first one an author meets reading their file top to bottom.
        let title = text(doc.get("title"), &root.key("title"))?;
        let author_path = root.key("author");
        let author = match doc.get("author") {
            None | Some(Value::Null) => return Err(missing(author_path, Want::Object)),
            Some(a) => {
                object(a, &author_path)?;
                Author {
                    name: text(a.get("name"), &author_path.key("name"))?,
                    url: optional_text(a.get("url"), &author_path.key("url"))?
                        .and_then(|u| SafeHref::parse(&u)),
                }
            }
        };
        let summary = optional_text(doc.get("summary"), &root.key("summary"))?;
        let lang = optional_text(doc.get("lang"), &root.key("lang"))?;
        let sections_path = root.key("sections");
        let list = match doc.get("sections") {
            None | Some(Value::Null) => return Err(missing(sections_path, Want::Array)),
            Some(Value::Array(list)) => list,
            Some(other) => return Err(wrong(sections_path, Want::Array, other)),
        };
        if list.is_empty() {
            return Err(StoryError {
                path: sections_path,
                kind: StoryErrorKind::NoSections,
            });
        }
        if list.len() > MAX_SECTIONS {
            return Err(StoryError {
                path: sections_path,
                kind: StoryErrorKind::TooManySections {
                    limit: MAX_SECTIONS,
                    found: list.len(),
                },
            });
        }
        let mut sections = Vec::with_capacity(list.len());
        let mut budget = PARTS_PER_STORY;
        for (i, item) in list.iter().enumerate() {
            let mut section = section(item, &sections_path.index(i))?;
            section.cut = fit(&mut section, &mut budget);
            sections.push(section);
        }
        assign_ids(&mut sections, list, &sections_path)?;
        Ok(Story {
            title,
            author,
            summary,
            lang,
            sections,
        })
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

fn section(item: &Value, path: &Path) -> Result<Section, StoryError> {
    object(item, path)?;
    let status = match optional_text(item.get("status"), &path.key("status"))? {
        None => None,
        Some(s) => Some(Status::parse(&s).ok_or(StoryError {
            path: path.key("status"),
            kind: StoryErrorKind::UnknownStatus { found: s },
        })?),
    };
    let body_path = path.key("body");
    let body = match item.get("body") {
        None | Some(Value::Null) => return Err(missing(body_path, Want::String)),
        Some(Value::String(s)) => parse_body(s),
        Some(other) => return Err(wrong(body_path, Want::String, other)),
    };
    Ok(Section {
        id: String::new(),
        cut: false,
        title: text(item.get("title"), &path.key("title"))?,
        body,
        status,
        period: optional_text(item.get("period"), &path.key("period"))?,
        highlights: text_list(item.get("highlights"), &path.key("highlights"))?,
        skills: text_list(item.get("skills"), &path.key("skills"))?,
    })
}

/// Gives every section its id: the explicit `id` when present (validated), else a slug of the
/// title, made unique with a numeric suffix. Explicit duplicates are the author's mistake and an
/// error; derived duplicates (two sections titled "Notes") are not. Linear: each title's next
/// suffix is remembered, so a thousand "Notes" do not each count up from 2.
fn assign_ids(sections: &mut [Section], raw: &[Value], path: &Path) -> Result<(), StoryError> {
    use std::collections::HashMap;
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(sections.len());
    for (i, item) in raw.iter().enumerate() {
        let id_path = path.index(i).key("id");
        if let Some(id) = optional_text(item.get("id"), &id_path)? {
            if !is_id(&id) {
                return Err(StoryError {
                    path: id_path,
                    kind: StoryErrorKind::BadId,
                });
            }
            if let Some(&first) = seen.get(&id) {
                return Err(StoryError {
                    path: id_path,
                    kind: StoryErrorKind::DuplicateId { id, first },
                });
            }
            seen.insert(id.clone(), i);
            sections[i].id = id;
        }
    }
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
    Ok(())
}

fn check_version(v: Option<&Value>, path: &Path) -> Result<(), StoryError> {
    let n = match v {
        None | Some(Value::Null) => return Err(missing(path.clone(), Want::Number)),
        Some(Value::Number(n)) => *n,
        Some(other) => return Err(wrong(path.clone(), Want::Number, other)),
    };
    if n == f64::from(FORMAT_VERSION) {
        return Ok(());
    }
    // Kept as an integer: no float formatting code in the wasm.
    let found = (n.fract() == 0.0 && n.abs() < 1e15).then_some(n as i64);
    Err(StoryError {
        path: path.clone(),
        kind: StoryErrorKind::UnsupportedVersion { found },
    })
}

fn object(v: &Value, path: &Path) -> Result<(), StoryError> {
    match v {
        Value::Object(_) => Ok(()),
        other => Err(wrong(path.clone(), Want::Object, other)),
    }
}

/// A required, non-empty text field.
fn text(v: Option<&Value>, path: &Path) -> Result<String, StoryError> {
    match optional_text(v, path)? {
        Some(s) => Ok(s),
        None => Err(match v {
            Some(Value::String(_)) => StoryError {
                path: path.clone(),
                kind: StoryErrorKind::Empty,
            },
            _ => missing(path.clone(), Want::String),
        }),
    }
}

/// An optional text field: absent, `null` and blank strings all mean "not given".
fn optional_text(v: Option<&Value>, path: &Path) -> Result<Option<String>, StoryError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let s = s.trim();
            Ok((!s.is_empty()).then(|| s.to_owned()))
        }
        Some(other) => Err(wrong(path.clone(), Want::String, other)),
    }
}

/// An optional array of short texts; blank entries are dropped.
fn text_list(v: Option<&Value>, path: &Path) -> Result<Vec<String>, StoryError> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                if let Some(s) = optional_text(Some(item), &path.index(i))? {
                    out.push(s);
                }
            }
            Ok(out)
        }
        Some(other) => Err(wrong(path.clone(), Want::Strings, other)),
    }
}

fn missing(path: Path, expected: Want) -> StoryError {
    StoryError {
        path,
        kind: StoryErrorKind::Missing { expected },
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
