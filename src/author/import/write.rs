//! A draft as story JSON: fields in the order the README documents them, two-space indents,
//! a final newline, no `id` (the widget derives ids from titles), nothing the author left out.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::assemble::{Draft, DraftOut};

/// The story as pretty-printed JSON text, ending with a newline.
pub fn to_json(draft: &Draft) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(draft).map(|mut text| {
        text.push('\n');
        text
    })
}

impl Serialize for Draft {
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

/// The `author` object of a draft.
struct Author<'a>(&'a Draft);

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

impl Serialize for DraftOut {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("title", &self.title)?;
        if let Some(status) = self.status {
            map.serialize_entry("status", status)?;
        }
        map.serialize_entry("body", &self.body)?;
        map.end()
    }
}
