//! Fetching a story: the browser's `Response.json()` parses, serde-wasm-bindgen converts, and the
//! model validates. No JSON parser is compiled into the wasm.

use gloo_net::http::Request;
use wasm_bindgen_futures::JsFuture;

use crate::model::{LoadError, Story, Value};

pub async fn load_story(url: &str) -> Result<Story, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network {
            url: url.to_owned(),
        })?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let not_json = || LoadError::NotJson {
        url: url.to_owned(),
    };
    let raw: web_sys::Response = response.into();
    let promise = raw.json().map_err(|_| not_json())?;
    let json = JsFuture::from(promise).await.map_err(|_| not_json())?;
    // Every value JSON.parse produces maps onto the tree, so this only fails on engine errors.
    let value: Value = serde_wasm_bindgen::from_value(json).map_err(|_| not_json())?;
    Story::from_value(&value).map_err(|error| LoadError::Invalid {
        url: url.to_owned(),
        error,
    })
}
