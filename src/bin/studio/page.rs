//! What the studio does on the page, outside Yew: storage, the document's language, files,
//! downloads, the clipboard, focus and the preview's `story` property. Every call is
//! best-effort: a page that refuses (private mode storage, a denied clipboard) loses that
//! feature, never the studio.

use journey_story::i18n::Lang;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, HtmlElement, Window};

/// Where the draft is kept between visits.
pub const DRAFT_KEY: &str = "journey-story:studio:draft";
/// The story as last downloaded: what "unsaved changes" are measured against.
pub const DOWNLOADED_KEY: &str = "journey-story:studio:downloaded";

fn window() -> Option<Window> {
    web_sys::window()
}

pub fn document() -> Option<Document> {
    window()?.document()
}

/// What `localStorage` holds under `key`, if storage is allowed and has it.
pub fn stored(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Keeps `value` under `key`. Full or refused storage is ignored: the download still keeps the
/// story, and the studio works for the visit.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

/// Whether a drag carries files (not text being dragged into a field).
pub fn drags_files(event: &web_sys::Event) -> bool {
    event
        .dyn_ref::<web_sys::DragEvent>()
        .and_then(|e| e.data_transfer())
        .is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
}

/// The reader's language, from the browser, else English.
pub fn browser_lang() -> Lang {
    let tag = window().and_then(|w| w.navigator().language());
    Lang::choose([tag.as_deref()])
}

/// `lang` and `dir` on `<html>`, so the whole page (and its text direction) follows the menu.
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.tag());
        let _ = html.set_attribute("dir", lang.dir());
    }
}

/// The widget's folder: one above the studio (`new URL('../', location)`).
pub fn widget_base() -> String {
    let href = window().and_then(|w| w.location().href().ok());
    href.and_then(|href| web_sys::Url::new_with_base("../", &href).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| "../".into())
}

/// Gives the preview widget the draft: its `story` property takes JSON text.
pub fn set_preview(json: &str) {
    if let Some(preview) = document().and_then(|d| d.get_element_by_id("preview")) {
        let _ = js_sys::Reflect::set(&preview, &"story".into(), &JsValue::from_str(json));
    }
}

pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Saves `json` as `story.json` through a Blob and an object URL.
pub fn download(json: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download("story.json");
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies the embed code: the async clipboard, else selecting the text area and
/// `execCommand('copy')`. Whether it worked.
pub async fn copy_embed_code() -> bool {
    let Some(area) = document()
        .and_then(|d| d.get_element_by_id("embed-code"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    let text = area.value();
    // `navigator.clipboard` is undefined outside a secure context (a plain http page): calling
    // it would throw, so it is looked up first, and the selection is the fallback.
    let clipboard = window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    if let Some(clipboard) = clipboard
        && JsFuture::from(clipboard.write_text(&text)).await.is_ok()
    {
        return true;
    }
    area.select();
    document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// A file's name and text; `Err` when it cannot be read.
pub async fn read_file(file: web_sys::File) -> (String, Result<String, ()>) {
    let text = JsFuture::from(file.text()).await;
    (file.name(), text.ok().and_then(|t| t.as_string()).ok_or(()))
}
