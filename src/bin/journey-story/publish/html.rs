//! Escaping for the HTML `publish` writes, and JSON objects with their keys in a chosen order
//! (serde_json's own map sorts them), so the files read like their documentation.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// `text` safe as HTML text and as a quoted attribute value: the five characters that could
/// end either, or start markup or a character reference, become references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A JSON object whose keys keep the order they were pushed in. Absent optional fields are
/// left out, not written as `null`.
#[derive(Default)]
pub struct Object(Vec<(&'static str, Field)>);

/// A value of an [`Object`]: nested objects stay [`Object`]s, so they keep their order too.
enum Field {
    Plain(serde_json::Value),
    Object(Object),
}

impl Object {
    pub fn with(mut self, key: &'static str, value: impl Into<serde_json::Value>) -> Object {
        self.0.push((key, Field::Plain(value.into())));
        self
    }

    pub fn with_some<V>(self, key: &'static str, value: Option<V>) -> Object
    where
        V: Into<serde_json::Value>,
    {
        match value {
            Some(value) => self.with(key, value),
            None => self,
        }
    }

    pub fn with_object(mut self, key: &'static str, value: Object) -> Object {
        self.0.push((key, Field::Object(value)));
        self
    }

    /// Pretty-printed with two-space indents, ending with a newline.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|text| text + "\n")
    }
}

impl Serialize for Object {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            match value {
                Field::Plain(value) => map.serialize_entry(key, value)?,
                Field::Object(value) => map.serialize_entry(key, value)?,
            }
        }
        map.end()
    }
}
