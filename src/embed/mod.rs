//! The browser glue: the only code that touches the DOM and the network.
//!
//! `www/embed.js` defines the custom element and, for each widget, creates a [`Widget`] in the
//! element's open shadow root with the element's attributes. One wasm instance serves every
//! widget.

mod cache;
mod fetch;
mod page;
mod root;
mod source;

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::{AbortController, Element, Node};
use yew::AppHandle;

use crate::model::format_bytes;
use crate::options::{
    DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_BYTES_CEILING, OpenPolicy, Theme, parse_size,
    parse_timeout_ms,
};
use fetch::Limits;
use root::{Config, Root, RootProps};
use source::Source;

thread_local! {
    /// Apps whose elements were removed, waiting to serve the next element. Yew never frees an
    /// app's event listeners (its registry "is never dropped in production"), so destroying an
    /// app per removed element would leak it; recycling keeps memory flat however often a page
    /// adds and removes widgets.
    static IDLE: RefCell<Vec<(Element, AppHandle<Root>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_SLOT: Cell<u32> = const { Cell::new(0) };
}

/// One mounted widget, owned by its element in `embed.js`.
#[wasm_bindgen]
pub struct Widget {
    mount: Element,
    notify: js_sys::Function,
    app: Option<AppHandle<Root>>,
    slot: u32,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `parent` (an open shadow root) and starts loading. `attrs` is an
    /// object of the element's attributes by name (`src`, `open`, `theme`, `timeout`,
    /// `max-size`, `lang`, `id`), each a string or absent, plus `inline` (the text of the
    /// element's `<script type="application/json">` child) and `story` (its `story` property).
    /// `notify(type, a, b)` dispatches the element's events (see `root::tell`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        parent: &Node,
        attrs: &JsValue,
        notify: js_sys::Function,
    ) -> Result<Widget, JsValue> {
        let slot = NEXT_SLOT.with(|n| {
            n.set(n.get().wrapping_add(1));
            n.get()
        });
        let (mount, mut app) = match IDLE.with(|idle| idle.borrow_mut().pop()) {
            Some(pair) => pair,
            None => {
                let document = web_sys::window()
                    .and_then(|w| w.document())
                    .ok_or("journey-story needs a document")?;
                let mount = document.create_element("div")?;
                let props = RootProps { slot, config: None };
                let app = yew::Renderer::<Root>::with_root_and_props(mount.clone(), props).render();
                (mount, app)
            }
        };
        parent.append_child(&mount)?;
        app.update(RootProps {
            slot,
            config: Some(config(attrs, &mount, &notify)),
        });
        Ok(Widget {
            mount,
            notify,
            app: Some(app),
            slot,
        })
    }

    /// Applies changed attributes; a new `src` loads the new story.
    pub fn update(&mut self, attrs: &JsValue) {
        if let Some(app) = &mut self.app {
            app.update(RootProps {
                slot: self.slot,
                config: Some(config(attrs, &self.mount, &self.notify)),
            });
        }
    }

    /// Unmounts the story and returns the app to the pool. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(mut app) = self.app.take() {
            app.update(RootProps {
                slot: self.slot,
                config: None,
            });
            self.mount.remove();
            IDLE.with(|idle| idle.borrow_mut().push((self.mount.clone(), app)));
        }
    }
}

/// Called by `embed.js` once the wasm is ready, for each story request it started while the
/// wasm was loading (`url` absolute, as `src` resolves).
#[wasm_bindgen(js_name = adoptEarlyFetch)]
pub fn adopt_early_fetch(url: String, response: js_sys::Promise, controller: AbortController) {
    cache::adopt_early(
        url,
        fetch::Early {
            response,
            controller,
        },
    );
}

fn config(attrs: &JsValue, mount: &Element, notify: &js_sys::Function) -> Config {
    let get = |name: &str| {
        js_sys::Reflect::get(attrs, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    // A story given in the page wins over `src`: the property, then an inline block.
    let property = js_sys::Reflect::get(attrs, &"story".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null());
    let source = match (property, get("inline")) {
        (Some(value), _) => Some(Source::Property(value)),
        (None, Some(text)) => Some(Source::Inline(text.into())),
        (None, None) => get("src")
            .as_deref()
            .and_then(absolute)
            .map(|url| Source::Url(url.into())),
    };
    let story_key = get("id")
        .filter(|id| !id.trim().is_empty())
        .or_else(|| match &source {
            Some(Source::Url(url)) => Some(file_stem(url)),
            _ => None,
        })
        .unwrap_or_else(|| "story".to_owned());
    let progress_key = match &source {
        Some(Source::Url(url)) => Some(url.to_string()),
        Some(_) => page::progress_scope().map(|scope| format!("{scope}#{story_key}")),
        None => None,
    };
    Config {
        open: parse(get("open"), "open", OpenPolicy::parse).unwrap_or_default(),
        theme: parse(get("theme"), "theme", Theme::parse).unwrap_or_default(),
        limits: Limits {
            timeout_ms: parse(get("timeout"), "timeout", parse_timeout_ms)
                .unwrap_or(DEFAULT_TIMEOUT_MS),
            max_bytes: max_bytes(parse(get("max-size"), "max-size", parse_size)),
        },
        lang: get("lang").filter(|l| !l.trim().is_empty()).map(Into::into),
        page_lang: page::page_lang().map(Into::into),
        story_key: story_key.into(),
        source,
        progress_key: progress_key.map(Into::into),
        mount: mount.clone(),
        notify: notify.clone(),
    }
}

/// `max-size`, never above the ceiling that bounds what any page can make a widget download.
fn max_bytes(asked: Option<u64>) -> u64 {
    match asked {
        Some(n) if n > MAX_BYTES_CEILING => {
            warn(&format!(
                "max-size is capped at {}: a story may not be larger",
                format_bytes(MAX_BYTES_CEILING)
            ));
            MAX_BYTES_CEILING
        }
        Some(n) => n,
        None => DEFAULT_MAX_BYTES,
    }
}

/// `https://school.example/stories/my-journey.json?v=2` names its widget `my-journey`.
fn file_stem(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let name = path.rsplit('/').next().unwrap_or(path);
    crate::model::slug(name.strip_suffix(".json").unwrap_or(name), 0)
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
fn parse<T>(value: Option<String>, name: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
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
