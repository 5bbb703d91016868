//! Where a widget's story comes from, and how story text or a story object becomes a `Story`.
//! A fetched file, an inline `<script type="application/json">` block and the element's
//! `story` property all go through the same steps, limits and error messages: `JSON.parse` (no
//! JSON parser is compiled into the wasm), serde-wasm-bindgen into the model's bounded tree,
//! then the model's rules.

use std::rc::Rc;

use js_sys::JSON;
use wasm_bindgen::{JsCast, JsValue};
use yew::AttrValue;

use super::cache;
use super::fetch::Limits;
use crate::model::{LoadError, Story, Value, ValueError};

/// Where the story is. An inline story or a property needs no file server and makes no request.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// `src`: an absolute URL.
    Url(AttrValue),
    /// The text of the element's `<script type="application/json">` child.
    Inline(AttrValue),
    /// The element's `story` property: a story object, or its JSON text.
    Property(JsValue),
}

/// How messages name a story that has no URL: the code an author wrote, the same in every
/// interface language.
pub const INLINE_NAME: &str = "<script type=\"application/json\">";
pub const PROPERTY_NAME: &str = "the story property";

impl Source {
    /// The story: fetched (one request per URL and limits, see `cache`), or parsed from the page
    /// within the same size limit as a download.
    pub async fn load(&self, limits: Limits) -> Result<Rc<Story>, Rc<LoadError>> {
        let parse = |text: &str, name: &str| {
            wrap(if text.len() as u64 > limits.max_bytes {
                Err(LoadError::TooLarge {
                    url: name.to_owned(),
                    limit: limits.max_bytes,
                })
            } else {
                story_from_text(text, name)
            })
        };
        match self {
            Source::Url(url) => cache::load(url.to_string(), limits).await,
            Source::Inline(text) => parse(text, INLINE_NAME),
            Source::Property(value) => match value.as_string() {
                Some(text) => parse(&text, PROPERTY_NAME),
                None => wrap(story_from_js(value.clone(), PROPERTY_NAME)),
            },
        }
    }
}

fn wrap(parsed: Result<Story, LoadError>) -> Result<Rc<Story>, Rc<LoadError>> {
    parsed.map(Rc::new).map_err(Rc::new)
}

/// Story JSON text (already decoded) to a story; `name` is how messages refer to it.
pub fn story_from_text(text: &str, name: &str) -> Result<Story, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            url: name.to_owned(),
        });
    }
    let json = JSON::parse(text).map_err(|e| LoadError::NotJson {
        url: name.to_owned(),
        detail: js_message(&e),
    })?;
    story_from_js(json, name)
}

/// A JavaScript value (from `JSON.parse` or a page's script) to a story.
pub fn story_from_js(json: JsValue, name: &str) -> Result<Story, LoadError> {
    let owned = || name.to_owned();
    // Every value JSON.parse produces maps onto the tree, unless it is nested too deep; a
    // page's own object may also hold what JSON cannot (a function, a symbol, a cycle's depth).
    let value = Value::from_deserializer(serde_wasm_bindgen::Deserializer::from(json)).map_err(
        |e| match e {
            ValueError::TooDeep(error) => LoadError::Invalid {
                url: owned(),
                error,
            },
            ValueError::Other(e) => LoadError::NotJson {
                url: owned(),
                detail: e.to_string(),
            },
        },
    )?;
    Story::from_value(&value).map_err(|error| LoadError::Invalid {
        url: owned(),
        error,
    })
}

fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "the browser could not parse it".to_owned())
}
