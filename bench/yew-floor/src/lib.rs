//! The smallest useful Yew widget: fetch a story, `JSON.parse`, serde-wasm-bindgen, one list.
//! Built with the release build's toolchain and flags by `build.sh`, it measures the download
//! size that Yew and its runtime cost before any feature of journey-story. A measuring
//! fixture, never shipped: it drops errors on purpose, since reporting them is a feature.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Clone, PartialEq, Deserialize)]
struct Item {
    title: String,
    body: String,
}

#[derive(Deserialize)]
struct Story {
    title: String,
    sections: Vec<Item>,
}

async fn load() -> Option<Story> {
    let text = gloo_net::http::Request::get("story.json")
        .send()
        .await
        .ok()?
        .text()
        .await
        .ok()?;
    let v = js_sys::JSON::parse(&text).ok()?;
    serde_wasm_bindgen::from_value::<Story>(v).ok()
}

#[component]
fn App() -> Html {
    let title = use_state(String::new);
    let items = use_state(|| None::<Vec<Item>>);
    {
        let title = title.clone();
        let items = items.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(s) = load().await {
                    title.set(s.title);
                    items.set(Some(s.sections));
                }
            });
            || ()
        });
    }
    let items = (*items).clone().unwrap_or_default();
    html! {
        <>
            <h1>{ (*title).clone() }</h1>
            <ul>
                { for items.iter().map(|i| html! {
                    <li><h3>{ &i.title }</h3><p>{ &i.body }</p></li>
                }) }
            </ul>
        </>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    let el: web_sys::Element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .expect("a page with a body")
        .into();
    yew::Renderer::<App>::with_root(el).render();
}
