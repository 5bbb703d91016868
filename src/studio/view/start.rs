//! "Start": paste a post and import it, start from a template, or open a story.json.

use std::rc::Rc;

use yew::prelude::*;

use crate::studio::state::{Action, State};
use crate::studio::templates::Template;
use crate::studio::text::Words;

/// The three ways in.
#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub state: Rc<State>,
    pub on_action: Callback<Action>,
    pub on_open: Callback<Event>,
}

#[function_component]
pub fn Start(props: &StartProps) -> Html {
    let state = &props.state;
    let words = Words::of(state.lang);
    let act = &props.on_action;
    let on_paste = act.reform(|e: InputEvent| {
        Action::SetPaste(
            e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value(),
        )
    });
    let on_template = act.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetTemplate(Template::from_value(&value).unwrap_or_default())
    });
    html! {
        <section class="studio-start" aria-labelledby="start-heading">
            <h2 id="start-heading">{ words.start }</h2>
            <div class="field">
                <label for="paste">{ words.paste }</label>
                <textarea id="paste" rows="8" value={state.paste.clone()} oninput={on_paste} />
            </div>
            <p><button type="button" onclick={act.reform(|_| Action::Import)}>{ words.import }</button></p>
            if let Some(failure) = &state.failure {
                <p class="studio-error" role="alert">{ failure.text(state.lang) }</p>
            }
            if !state.remarks.is_empty() {
                <h3>{ words.remarks }</h3>
                <ul class="remarks">
                    { for state.remarks.iter().map(|r| html! { <li>{ r }</li> }) }
                </ul>
            }
            <div class="field">
                <label for="template">{ words.template }</label>
                <select id="template" onchange={on_template}>
                    { for Template::ALL.into_iter().map(|t| html! {
                        <option value={t.value()} selected={t == state.template}>{ t.name(state.lang) }</option>
                    }) }
                </select>
            </div>
            <p><button type="button" onclick={act.reform(|_| Action::UseTemplate)}>{ words.use_template }</button></p>
            <div class="field">
                <label for="open-file">{ words.open }</label>
                <input id="open-file" type="file" accept=".json,application/json"
                    aria-describedby="open-hint" onchange={props.on_open.clone()} />
                <p class="field-help" id="open-hint">{ words.drop_hint }</p>
            </div>
            <p class="studio-announce" role="status" aria-live="polite">{
                state.announcement.as_ref().map(|a| a.text(state.lang)).unwrap_or_default()
            }</p>
        </section>
    }
}
