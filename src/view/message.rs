//! The loading state and the error message, each keeping the host's fallback content visible.

use std::rc::Rc;

use yew::prelude::*;

use super::parts;
use crate::i18n::Lang;
use crate::model::LoadError;

#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    pub lang: Lang,
}

/// The `<slot>` shows whatever the host page put inside the element (e.g. a plain link to the
/// story, or the server-rendered story) until the story renders, and keeps it when the story
/// cannot be shown.
#[component]
pub fn Loading(props: &LoadingProps) -> Html {
    html! {
        <div class="message" part={parts::message(false)} role="status" aria-live="polite">
            <p class="loading">{ props.lang.text().loading }</p>
            <slot />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorMessageProps {
    pub error: Rc<LoadError>,
    pub lang: Lang,
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
}

#[component]
pub fn ErrorMessage(props: &ErrorMessageProps) -> Html {
    let text = props.lang.text();
    let retry = props.on_retry.as_ref().map(|cb| {
        let cb = cb.clone();
        html! {
            <button type="button" class="retry" part={parts::RETRY} onclick={move |_| cb.emit(())}>{ text.retry }</button>
        }
    });
    html! {
        <div class="message error" part={parts::message(true)} role="alert">
            <p><strong>{ text.failed }</strong>{ " " }{ props.lang.load_error(&props.error) }</p>
            { for retry }
            <slot />
        </div>
    }
}
