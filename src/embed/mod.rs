//! The browser glue: the only code that touches the DOM and the network.
//!
//! `www/embed.js` defines the custom element and, for each widget, creates a [`Widget`] with the
//! `<div>` it made inside the element's shadow root. One wasm instance serves every widget.

mod fetch;
mod root;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::view::{OpenPolicy, Theme};
use root::{Root, RootProps};

/// One mounted widget, owned by its element in `embed.js`.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<Root>>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `mount` (a `<div>` inside an open shadow root) and starts loading.
    #[wasm_bindgen(constructor)]
    pub fn new(
        mount: Element,
        src: Option<String>,
        open: Option<String>,
        theme: Option<String>,
    ) -> Widget {
        let props = props(src, open, theme);
        Widget {
            app: Some(yew::Renderer::<Root>::with_root_and_props(mount, props).render()),
        }
    }

    /// Applies changed attributes; a new `src` loads the new story.
    pub fn update(&mut self, src: Option<String>, open: Option<String>, theme: Option<String>) {
        if let Some(app) = &mut self.app {
            app.update(props(src, open, theme));
        }
    }

    /// Unmounts the app and releases everything it holds. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn props(src: Option<String>, open: Option<String>, theme: Option<String>) -> RootProps {
    RootProps {
        src: src.filter(|s| !s.trim().is_empty()).map(Into::into),
        open: open
            .as_deref()
            .map(|v| parse_or_warn("open", v, OpenPolicy::parse))
            .unwrap_or_default(),
        theme: theme
            .as_deref()
            .map(|v| parse_or_warn("theme", v, Theme::parse))
            .unwrap_or_default(),
    }
}

/// An unknown attribute value is a host-page typo, not a reason to fail: warn and use the default.
fn parse_or_warn<T: Default>(name: &str, value: &str, parse: fn(&str) -> Option<T>) -> T {
    parse(value).unwrap_or_else(|| {
        warn(&format!("unknown {name}=\"{value}\", using the default"));
        T::default()
    })
}

/// Writes to the console with the prefix site owners search for.
pub(crate) fn warn(message: &str) {
    web_sys::console::warn_1(&format!("[journey-story] {message}").into());
}

pub(crate) fn error(message: &str) {
    web_sys::console::error_1(&format!("[journey-story] {message}").into());
}
