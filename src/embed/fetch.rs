//! Fetching one story, with a time limit and a size limit, classifying every way it can fail.
//!
//! The body is read as bytes (so a 50 MB answer is refused after the limit, not read whole) and
//! decoded as strict UTF-8; `source` turns the text into a story, as it does for stories given
//! in the page.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, AbortSignal, ReadableStreamDefaultReader, ReadableStreamReadResult,
    RequestInit, RequestMode,
};

use crate::model::{LoadError, Story};

/// Limits for one request, from the element's attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    pub timeout_ms: u32,
    pub max_bytes: u64,
}

/// A request `embed.js` started for a story before the wasm was ready, so the story downloads
/// while the wasm compiles instead of after.
pub struct Early {
    pub response: Promise,
    pub controller: AbortController,
}

/// Aborts its request when dropped: when the last widget waiting for a story goes away, the
/// load is dropped and the download stops with it. Aborting a finished request does nothing.
struct AbortOnDrop(Option<AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(c) = &self.0 {
            c.abort();
        }
    }
}

/// Sends a GET for exactly `url`. gloo-net's `RequestBuilder` rewrites a URL that already has
/// a query (it appends `&`, rustwasm/gloo#498), which breaks signed URLs; a request built here
/// and handed to gloo-net is sent as it is.
async fn get(
    url: &str,
    mode: RequestMode,
    signal: Option<&AbortSignal>,
) -> Result<web_sys::Response, ()> {
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_mode(mode);
    init.set_signal(signal);
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(drop)?;
    gloo_net::http::Request::from(request)
        .send()
        .await
        .map(Into::into)
        .map_err(drop)
}

/// Fetches, checks and parses the story at `url` (already absolute), using the early request
/// when there is one.
pub async fn fetch_story(
    url: &str,
    limits: Limits,
    early: Option<Early>,
) -> Result<Story, LoadError> {
    let (early, controller) = match early {
        Some(Early {
            response,
            controller,
        }) => (Some(response), Some(controller)),
        None => (None, AbortController::new().ok()),
    };
    let _abort_on_drop = AbortOnDrop(controller.clone());
    let timed_out = Rc::new(Cell::new(false));
    // Dropped (and so cancelled) when this function returns.
    let _timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Timeout::new(limits.timeout_ms, move || {
            timed_out.set(true);
            if let Some(c) = controller {
                c.abort();
            }
        })
    };
    let timeout = || LoadError::Timeout {
        url: url.to_owned(),
        seconds: limits.timeout_ms.div_ceil(1000),
    };
    let signal = controller.as_ref().map(AbortController::signal);
    // Either way, why the request failed is decided below, not from the browser's error.
    let sent: Result<web_sys::Response, ()> = match early {
        Some(promise) => JsFuture::from(promise)
            .await
            .map(JsCast::unchecked_into)
            .map_err(drop),
        None => get(url, RequestMode::Cors, signal.as_ref()).await,
    };
    let response: web_sys::Response = match sent {
        Ok(r) => r,
        Err(_) if timed_out.get() => return Err(timeout()),
        Err(_) => {
            let reason = unreachable_reason(url, signal.as_ref()).await;
            // The probe runs under the same time limit, and is aborted with the load.
            return Err(if timed_out.get() { timeout() } else { reason });
        }
    };
    let owned = || url.to_owned();
    if !response.ok() {
        return Err(LoadError::Http {
            url: owned(),
            status: response.status(),
        });
    }
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten();
    if header("content-type").is_some_and(|t| t.to_ascii_lowercase().contains("html")) {
        return Err(LoadError::HtmlPage { url: owned() });
    }
    let too_large = || LoadError::TooLarge {
        url: owned(),
        limit: limits.max_bytes,
    };
    if header("content-length")
        .and_then(|n| n.trim().parse::<u64>().ok())
        .is_some_and(|n| n > limits.max_bytes)
    {
        // Hang up rather than leave the server streaming a body nobody will read.
        if let Some(c) = &controller {
            c.abort();
        }
        return Err(too_large());
    }
    let bytes = match read_body(&response, limits.max_bytes).await {
        Ok(bytes) => bytes,
        Err(BodyError::TooLarge) => {
            if let Some(c) = &controller {
                c.abort();
            }
            return Err(too_large());
        }
        Err(BodyError::Failed) if timed_out.get() => return Err(timeout()),
        Err(BodyError::Failed) => return Err(LoadError::Network { url: owned() }),
    };
    // Strict UTF-8 (a story saved in another encoding is an error, not silent mojibake), with a
    // byte-order mark dropped as `Response.json()` would; parsed in place, not copied.
    let text =
        crate::model::encoding::decode(&bytes).map_err(|_| LoadError::NotUtf8 { url: owned() })?;
    super::source::story_from_text(text, url)
}

enum BodyError {
    TooLarge,
    Failed,
}

/// Reads the body chunk by chunk, stopping as soon as it passes `max` bytes.
async fn read_body(response: &web_sys::Response, max: u64) -> Result<Vec<u8>, BodyError> {
    let Some(stream) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| BodyError::Failed)?;
    let mut bytes = Vec::new();
    loop {
        let chunk: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| BodyError::Failed)?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let data = Uint8Array::new(&chunk.get_value());
        if bytes.len() as u64 + u64::from(data.length()) > max {
            let _ = reader.cancel();
            return Err(BodyError::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + data.length() as usize, 0);
        data.copy_to(&mut bytes[start..]);
    }
}

/// The browser hides why a request failed. A cross-origin `no-cors` probe tells the two cases
/// apart: if the server answers it, it is up and only refused to share the answer (CORS).
async fn unreachable_reason(url: &str, signal: Option<&AbortSignal>) -> LoadError {
    let same_origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .is_some_and(|origin| url.starts_with(&format!("{origin}/")));
    if !same_origin {
        let probe = get(url, RequestMode::NoCors, signal).await;
        if probe.is_ok() {
            return LoadError::Cors {
                url: url.to_owned(),
            };
        }
    }
    LoadError::Network {
        url: url.to_owned(),
    }
}
