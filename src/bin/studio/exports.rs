//! The authoring core as the studio's wasm exports it, for the parity test
//! (`tests/node/studio.test.mjs`): every golden input goes through these and through the
//! command line, and the stories and diagnostics must be identical.

use journey_story::author::check::{check, report};
use journey_story::author::import::{Format, Meta, import, located, status_entry};
use wasm_bindgen::prelude::*;

/// Imports a post as `journey-story import NAME FLAGS...` would, where FLAGS are the import
/// options only (`--author`, `--status`, `--format`...). Returns `{story, remarks, error}`:
/// the story's JSON text (or `null`), every remark line as the command prints it on standard
/// error, and the error line (or `null`).
#[wasm_bindgen(js_name = importPost)]
pub fn import_post(bytes: Vec<u8>, name: &str, flags: Vec<String>) -> Result<JsValue, JsError> {
    let mut meta = Meta::default();
    let mut format = None;
    let mut flags = flags.into_iter();
    while let Some(flag) = flags.next() {
        let value = flags.next().unwrap_or_default();
        let text = || Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        match flag.as_str() {
            "--author" => meta.author = text(),
            "--author-url" => meta.author_url = text(),
            "--lang" => meta.lang = text(),
            "--title" => meta.title = text(),
            "--summary" => meta.summary = text(),
            "--status" => meta
                .statuses
                .push(status_entry(&value).map_err(|e| JsError::new(&e.to_string()))?),
            "--format" => format = Format::parse(&value).map_err(|_| JsError::new(&value))?,
            other => return Err(JsError::new(&format!("not an import option: {other}"))),
        }
    }
    let outcome = import(bytes, name, format, meta);
    let remarks: Vec<String> = outcome.notes.iter().map(|n| located(name, n)).collect();
    let (story, error) = match outcome.story {
        Ok(imported) => (Some(imported.json), None),
        Err(e) => (
            None,
            Some(match e.location() {
                Some((line, column)) => format!("{name}:{line}:{column}: {e}"),
                None => format!("{name}: {e}"),
            }),
        ),
    };
    let result = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&result, &key.into(), &value);
    set("story", story.map_or(JsValue::NULL, JsValue::from))
        .and_then(|_| {
            set(
                "remarks",
                remarks
                    .into_iter()
                    .map(JsValue::from)
                    .collect::<js_sys::Array>()
                    .into(),
            )
        })
        .and_then(|_| set("error", error.map_or(JsValue::NULL, JsValue::from)))
        .map_err(|_| JsError::new("cannot build the result"))?;
    Ok(result.into())
}

/// Checks a story file's bytes as `journey-story check NAME` does; returns the report it
/// prints.
#[wasm_bindgen(js_name = checkStory)]
pub fn check_story(bytes: Vec<u8>, name: &str) -> String {
    report(name, check(&bytes)).0
}
