//! The one writer of story JSON, for the importer and the studio: fields in the order the README
//! documents them (version, title, author{name,url}, summary, lang, sections[{id, title, status,
//! period, body, highlights, skills}]), two-space indents, a final newline, and only the fields
//! the story has (no `id` unless the author gave one: the widget derives ids from titles).

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::model::Status;

/// A story as it will be written: the text of every field, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    pub title: String,
    /// The author's name, written even when empty, so `check` points at `author.name`.
    pub author: String,
    pub author_url: Option<String>,
    pub summary: Option<String>,
    pub lang: Option<String>,
    pub sections: Vec<DocSection>,
}

/// One section as it will be written. `body` is required by the format (it may be empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocSection {
    pub id: Option<String>,
    pub title: String,
    pub status: Option<Status>,
    pub period: Option<String>,
    pub body: String,
    pub highlights: Vec<String>,
    pub skills: Vec<String>,
}

/// The story as pretty-printed JSON text, ending with a newline.
pub fn to_json(doc: &Doc) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(doc).map(|mut text| {
        text.push('\n');
        text
    })
}

impl Serialize for Doc {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("version", &crate::model::FORMAT_VERSION)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("author", &Author(self))?;
        if let Some(summary) = &self.summary {
            map.serialize_entry("summary", summary)?;
        }
        if let Some(lang) = &self.lang {
            map.serialize_entry("lang", lang)?;
        }
        map.serialize_entry("sections", &self.sections)?;
        map.end()
    }
}

/// The `author` object of a story.
struct Author<'a>(&'a Doc);

impl Serialize for Author<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.0.author)?;
        if let Some(url) = &self.0.author_url {
            map.serialize_entry("url", url)?;
        }
        map.end()
    }
}

impl Serialize for DocSection {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(id) = &self.id {
            map.serialize_entry("id", id)?;
        }
        map.serialize_entry("title", &self.title)?;
        if let Some(status) = self.status {
            map.serialize_entry("status", status.as_str())?;
        }
        if let Some(period) = &self.period {
            map.serialize_entry("period", period)?;
        }
        map.serialize_entry("body", &self.body)?;
        if !self.highlights.is_empty() {
            map.serialize_entry("highlights", &self.highlights)?;
        }
        if !self.skills.is_empty() {
            map.serialize_entry("skills", &self.skills)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_in_readme_order_and_only_those_present() {
        let doc = Doc {
            title: "T".into(),
            author: "A".into(),
            author_url: None,
            summary: Some("S".into()),
            lang: None,
            sections: vec![DocSection {
                id: Some("x".into()),
                title: "One".into(),
                status: Some(Status::Done),
                period: Some("2024".into()),
                body: String::new(),
                highlights: vec!["h".into()],
                skills: Vec::new(),
            }],
        };
        let json = to_json(&doc).expect("json");
        assert_eq!(
            json,
            "{\n  \"version\": 1,\n  \"title\": \"T\",\n  \"author\": {\n    \"name\": \"A\"\n  },\n  \
             \"summary\": \"S\",\n  \"sections\": [\n    {\n      \"id\": \"x\",\n      \
             \"title\": \"One\",\n      \"status\": \"done\",\n      \"period\": \"2024\",\n      \
             \"body\": \"\",\n      \"highlights\": [\n        \"h\"\n      ]\n    }\n  ]\n}\n"
        );
    }
}
