//! The draft: every field of a story as the text the author edits, and its conversions: to the
//! story JSON (through the one writer, `author::write`) and back from a story file (leniently,
//! so a story with errors still opens and the errors are shown where they are).

use crate::author::write::{self, Doc, DocSection};
use crate::json::{ParseError, parse_value};
use crate::model::Status;
use crate::model::Value;

/// A story being written. Empty texts are fields left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub title: String,
    pub author: String,
    pub author_url: String,
    pub summary: String,
    pub lang: String,
    pub sections: Vec<SectionDraft>,
}

/// One section being written. `key` names it in the page while it moves (ids of its fields,
/// Yew's list keys); it is not part of the story.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SectionDraft {
    pub key: u32,
    /// The section's `id` when the opened file had one (kept, not edited: links may use it).
    pub id: String,
    pub title: String,
    pub status: Option<Status>,
    pub period: String,
    pub body: String,
    /// One highlight per line.
    pub highlights: String,
    /// One skill per line.
    pub skills: String,
}

/// Why a file could not be opened as a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Not JSON (or nested too deeply): the parser's message.
    NotJson(String),
    /// JSON, but not an object with story fields.
    NotAStory,
}

impl Draft {
    pub fn is_empty(&self) -> bool {
        *self == Draft::default()
    }

    /// The story as it will be written: single-line fields trimmed, empty optional fields and
    /// blank list lines left out.
    pub fn to_doc(&self) -> Doc {
        let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let lines = |s: &str| {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Doc {
            title: self.title.trim().to_owned(),
            author: self.author.trim().to_owned(),
            author_url: optional(&self.author_url),
            summary: optional(&self.summary),
            lang: optional(&self.lang),
            sections: self
                .sections
                .iter()
                .map(|s| DocSection {
                    id: optional(&s.id),
                    title: s.title.trim().to_owned(),
                    status: s.status,
                    period: optional(&s.period),
                    // The body keeps its inner layout; trailing blank lines mean nothing.
                    body: s.body.trim_end().to_owned(),
                    highlights: lines(&s.highlights),
                    skills: lines(&s.skills),
                })
                .collect(),
        }
    }

    /// The exact story JSON the draft downloads as, and that the check and the preview read.
    pub fn to_json(&self) -> String {
        // The writer only fails on maps with non-string keys, which a `Doc` never has.
        write::to_json(&self.to_doc()).unwrap_or_default()
    }

    /// A story file's text as a draft, through the same JSON parser as `check`. Fields of the
    /// wrong type are left empty (the author sees them empty and fills them in); sections get
    /// keys `first_key`, `first_key + 1`...
    pub fn from_json(text: &str, first_key: u32) -> Result<Draft, OpenError> {
        let doc = parse_value(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(|e| {
            OpenError::NotJson(match e {
                ParseError::Syntax {
                    line,
                    column,
                    message,
                } => format!("{line}:{column}: {message}"),
                ParseError::Story(e) => e.to_string(),
            })
        })?;
        if !matches!(doc, Value::Object(_)) {
            return Err(OpenError::NotAStory);
        }
        let text = |v: Option<&Value>| match v {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        let list = |v: Option<&Value>| match v {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|i| match i {
                    Value::String(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("\n"),
            _ => String::new(),
        };
        let author = doc.get("author");
        let sections = match doc.get("sections") {
            Some(Value::Array(items)) => items
                .iter()
                .filter(|item| matches!(item, Value::Object(_)))
                .zip(first_key..)
                .map(|(item, key)| SectionDraft {
                    key,
                    id: text(item.get("id")),
                    title: text(item.get("title")),
                    status: Status::parse(&text(item.get("status"))),
                    period: text(item.get("period")),
                    body: text(item.get("body")),
                    highlights: list(item.get("highlights")),
                    skills: list(item.get("skills")),
                })
                .collect(),
            _ => Vec::new(),
        };
        let draft = Draft {
            title: text(doc.get("title")),
            // A plain string is how some people write the author; keep it as the name.
            author: match author {
                Some(Value::String(s)) => s.clone(),
                Some(a) => text(a.get("name")),
                None => String::new(),
            },
            author_url: author.map(|a| text(a.get("url"))).unwrap_or_default(),
            summary: text(doc.get("summary")),
            lang: text(doc.get("lang")),
            sections,
        };
        Ok(draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../www/stories/alx-backend-journey.json");
    const EXAMPLE: &str = include_str!("../../www/stories/career-change.json");

    #[test]
    fn a_written_story_reads_back_and_writes_the_same_bytes() {
        let draft = Draft::from_json(SEED, 0).expect("seed opens");
        assert_eq!(draft.to_json(), SEED);
        assert_eq!(Draft::from_json(&draft.to_json(), 0), Ok(draft));
    }

    #[test]
    fn every_field_survives_a_round_trip() {
        let draft = Draft::from_json(EXAMPLE, 0).expect("example opens");
        assert_eq!(draft.sections[1].skills, "C\nPython\nSQL\nLinux");
        assert_eq!(draft.sections[0].period, "2015–2021");
        let again = Draft::from_json(&draft.to_json(), 0).expect("reopens");
        assert_eq!(again, draft);
    }

    #[test]
    fn empty_fields_are_left_out_and_lists_skip_blank_lines() {
        let draft = Draft {
            title: " T ".into(),
            sections: vec![SectionDraft {
                title: "S".into(),
                highlights: "a\n\n  b \n".into(),
                ..SectionDraft::default()
            }],
            ..Draft::default()
        };
        let doc = draft.to_doc();
        assert_eq!(doc.title, "T");
        assert_eq!(doc.author_url, None);
        assert_eq!(doc.sections[0].highlights, ["a", "b"]);
        assert!(draft.to_json().contains("\"name\": \"\""));
    }

    #[test]
    fn files_that_are_not_stories_say_why() {
        assert!(matches!(
            Draft::from_json("{", 0),
            Err(OpenError::NotJson(_))
        ));
        assert_eq!(Draft::from_json("[1]", 0), Err(OpenError::NotAStory));
        let odd = Draft::from_json(r#"{"title": 3, "author": "Ann", "sections": [1, {}]}"#, 5)
            .expect("lenient");
        assert_eq!((odd.title.as_str(), odd.author.as_str()), ("", "Ann"));
        assert_eq!(odd.sections.len(), 1);
        assert_eq!(odd.sections[0].key, 5);
    }
}
