//! The browser glue: the only code that touches the DOM and the network.
//!
//! `www/embed.js` defines the custom element and, for each widget, creates a [`Widget`] with the
//! `<div>` it made inside the element's shadow root. One wasm instance serves every widget.

mod cache;
mod fetch;
mod root;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::options::{
    DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, OpenPolicy, Theme, parse_size, parse_timeout_ms,
};
use fetch::Limits;
use root::{Root, RootProps};

/// One mounted widget, owned by its element in `embed.js`.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<Root>>,
}

/// The element's attributes, in the order `embed.js` passes them.
type Attrs = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `mount` (a `<div>` inside an open shadow root) and starts loading.
    /// Arguments are the attributes `src`, `open`, `theme`, `timeout` and `max-size`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        mount: Element,
        src: Option<String>,
        open: Option<String>,
        theme: Option<String>,
        timeout: Option<String>,
        max_size: Option<String>,
    ) -> Widget {
        let props = props((src, open, theme, timeout, max_size));
        Widget {
            app: Some(yew::Renderer::<Root>::with_root_and_props(mount, props).render()),
        }
    }

    /// Applies changed attributes; a new `src` loads the new story.
    pub fn update(
        &mut self,
        src: Option<String>,
        open: Option<String>,
        theme: Option<String>,
        timeout: Option<String>,
        max_size: Option<String>,
    ) {
        if let Some(app) = &mut self.app {
            app.update(props((src, open, theme, timeout, max_size)));
        }
    }

    /// Unmounts the app and releases everything it holds. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn props((src, open, theme, timeout, max_size): Attrs) -> RootProps {
    RootProps {
        src: src.as_deref().and_then(absolute).map(Into::into),
        open: attr(open, "open", OpenPolicy::parse).unwrap_or_default(),
        theme: attr(theme, "theme", Theme::parse).unwrap_or_default(),
        limits: Limits {
            timeout_ms: attr(timeout, "timeout", parse_timeout_ms).unwrap_or(DEFAULT_TIMEOUT_MS),
            max_bytes: attr(max_size, "max-size", parse_size).unwrap_or(DEFAULT_MAX_BYTES),
        },
    }
}

/// Resolves `src` against the page, so that the same story is one cache entry however it is
/// written, and messages show the address actually requested.
fn absolute(src: &str) -> Option<String> {
    let src = src.trim();
    if src.is_empty() {
        return None;
    }
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    let resolved = base.and_then(|b| web_sys::Url::new_with_base(src, &b).ok());
    Some(resolved.map_or_else(|| src.to_owned(), |u| u.href()))
}

/// An unknown attribute value is a host-page typo, not a reason to fail: warn, use the default.
fn attr<T>(value: Option<String>, name: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
    let value = value?;
    let parsed = parse(&value);
    if parsed.is_none() {
        warn(&format!(
            "ignoring {name}=\"{value}\": not a value it accepts"
        ));
    }
    parsed
}

/// Writes to the console with the prefix site owners search for.
pub(crate) fn warn(message: &str) {
    web_sys::console::warn_1(&format!("[journey-story] {message}").into());
}

pub(crate) fn error(message: &str) {
    web_sys::console::error_1(&format!("[journey-story] {message}").into());
}
