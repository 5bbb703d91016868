//! The browser services the widget uses beyond fetching: reading progress in `localStorage`,
//! the URL fragment, the page's language, the clipboard, and moving focus. Each fails softly:
//! blocked storage or a missing clipboard lose a convenience, never the story.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, ShadowRoot};

use crate::model::ReadSet;
use crate::model::ids::{heading_id, link_fragment, section_in_fragment, story_in_fragment};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn storage_key(progress_key: &str) -> String {
    format!("journey-story:read:{progress_key}")
}

/// Reading progress saved under this key (see `Config::progress_key`); empty when there is none
/// or storage is blocked.
pub fn load_read(progress_key: &str) -> ReadSet {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&storage_key(progress_key)).ok().flatten())
        .map(|stored| ReadSet::from_stored(&stored))
        .unwrap_or_default()
}

/// Saves reading progress; does nothing when storage is blocked (private modes, policies).
pub fn save_read(progress_key: &str, read: &ReadSet) {
    if let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let key = storage_key(progress_key);
        let _ = if read.is_empty() {
            storage.remove_item(&key)
        } else {
            storage.set_item(&key, &read.to_stored())
        };
    }
}

/// The page's language (`<html lang>`), the last resort for the interface language.
pub fn page_lang() -> Option<String> {
    let lang = window()?
        .document()?
        .document_element()?
        .get_attribute("lang")?;
    (!lang.trim().is_empty()).then_some(lang)
}

/// The section the page's fragment names, if it is addressed to this widget.
pub fn fragment_target(story_key: &str) -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    let hash = String::from(js_sys::decode_uri_component(hash.strip_prefix('#')?).ok()?);
    section_in_fragment(story_key, &hash).map(str::to_owned)
}

/// This page's address without its fragment.
pub fn page_url() -> Option<String> {
    let href = window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_owned())
}

/// Where the reading progress of a story given in the page is kept: this page's address, and
/// for a story carried in the fragment (the frame page's `#story=`) a hash of that story too,
/// so the stories of two links to one frame page never share progress.
pub fn progress_scope() -> Option<String> {
    let page = page_url()?;
    let hash = window()?.location().hash().ok()?;
    Some(
        match story_in_fragment(hash.strip_prefix('#').unwrap_or(&hash)) {
            // FNV-1a: stable across builds and browsers, which a storage key must be.
            Some(data) => format!(
                "{page}~{}",
                data.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
                })
            ),
            None => page,
        },
    )
}

/// The fragment that links to one section from this page (keeping a story the fragment
/// carries, in the frame page).
fn section_fragment(story_key: &str, section: &str) -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    Some(link_fragment(
        hash.strip_prefix('#').unwrap_or(&hash),
        story_key,
        section,
    ))
}

/// Copies a link to a section; reports whether it worked. The async clipboard exists only in
/// secure contexts (and may be refused in frames); elsewhere a selected text area inside the
/// widget's own shadow root is copied. Where neither works the link is put in the address bar,
/// so the reader can still copy it. Nothing here can throw into the page.
pub async fn copy_section_link(mount: &Element, story_key: &str, section: &str) -> bool {
    let (Some(w), Some(page), Some(hash)) =
        (window(), page_url(), section_fragment(story_key, section))
    else {
        return false;
    };
    let url = format!("{page}#{hash}");
    let navigator = w.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: calling through it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if has_clipboard
        && JsFuture::from(navigator.clipboard().write_text(&url))
            .await
            .is_ok()
    {
        return true;
    }
    if copy_by_selection(mount, &url) {
        return true;
    }
    let _ = w.location().set_hash(&hash);
    false
}

/// The older way to copy: select the text in a (visually hidden) text area and ask the document
/// to copy the selection. Works on `http` pages while the click still counts as a user gesture.
fn copy_by_selection(mount: &Element, text: &str) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(area) = document
        .create_element("textarea")
        .map(JsCast::unchecked_into::<web_sys::HtmlTextAreaElement>)
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.set_attribute("class", "copy-buffer");
    // Selecting moves focus; it goes back to the control the reader used.
    let focused = mount
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if mount.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(el) = focused {
        let _ = el.focus();
    }
    copied
}

/// Scrolls a section's header into view and focuses it, once the current render is painted.
pub fn reveal(mount: &Element, section: &str) {
    let (mount, id) = (mount.clone(), heading_id(section));
    gloo_timers::callback::Timeout::new(0, move || {
        let header = mount
            .get_root_node()
            .dyn_into::<ShadowRoot>()
            .ok()
            .and_then(|root| root.get_element_by_id(&id));
        if let Some(header) = header {
            header.scroll_into_view();
            if let Some(el) = header.dyn_ref::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    })
    .forget();
}

/// Runs `f` after the next frame has been painted: one animation frame to reach the frame, a
/// zero timeout to land after its paint.
pub fn after_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = window() else {
        return f();
    };
    let frame = Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, f).forget();
    });
    // Only fails in a window without a document; there is nothing to paint then.
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
