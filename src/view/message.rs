//! The loading state and the error message, each keeping the host's fallback content visible.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::LoadError;

/// The `<slot>` shows whatever the host page put inside the element (e.g. a plain link to the
/// story) until the story renders, and keeps it when the story cannot be shown.
#[component]
pub fn Loading() -> Html {
    html! {
        <div class="message" role="status" aria-live="polite">
            <p class="loading">{ "Loading journey…" }</p>
            <slot />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorMessageProps {
    pub error: Rc<LoadError>,
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
}

#[component]
pub fn ErrorMessage(props: &ErrorMessageProps) -> Html {
    let retry = props.on_retry.as_ref().map(|cb| {
        let cb = cb.clone();
        html! {
            <button type="button" class="retry" onclick={move |_| cb.emit(())}>{ "Retry" }</button>
        }
    });
    html! {
        <div class="message error" role="alert">
            <p><strong>{ "This journey could not be shown. " }</strong>{ props.error.to_string() }</p>
            { for retry }
            <slot />
        </div>
    }
}
