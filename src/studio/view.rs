//! The studio's components.

use yew::prelude::*;

/// The whole studio.
#[function_component]
pub fn Studio() -> Html {
    html! { <main class="studio"><h1>{ "Story studio" }</h1></main> }
}
