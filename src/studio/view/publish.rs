//! "Publish": download the story, choose how to embed it, copy the code.

use std::rc::Rc;

use yew::prelude::*;

use crate::studio::problems::Analysis;
use crate::studio::publish::{self, EmbedKind, LONG_LINK};
use crate::studio::state::{Action, State};
use crate::studio::text::{Words, long_link};

/// The publishing controls.
#[derive(Properties, PartialEq)]
pub struct PublishProps {
    pub state: Rc<State>,
    pub analysis: Rc<Analysis>,
    pub base: AttrValue,
    pub no_js: Option<Rc<(String, String)>>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Publish(props: &PublishProps) -> Html {
    let state = &props.state;
    let (lang, words) = (state.lang, Words::of(state.lang));
    let json = &props.analysis.json;
    let (code, hint, note): (String, &str, Option<String>) = match state.embed {
        EmbedKind::Script => (publish::script_tag(&props.base), words.script_hint, None),
        EmbedKind::Inline => (publish::inline(&props.base, json), words.inline_hint, None),
        EmbedKind::Frame => match publish::frame(&props.base, json, &state.draft.title) {
            Ok((code, length)) => {
                let note = (length > LONG_LINK).then(|| long_link(lang, length));
                (code, words.frame_hint, note)
            }
            Err(e) => (String::new(), words.frame_hint, Some(e)),
        },
        EmbedKind::NoJs => match &props.no_js {
            _ if props.analysis.errors() > 0 => (
                String::new(),
                words.no_js_hint,
                Some(words.fix_first.into()),
            ),
            Some(done) if done.0 == *json => (done.1.clone(), words.no_js_hint, None),
            _ => (
                String::new(),
                words.no_js_hint,
                Some(words.rendering.into()),
            ),
        },
    };
    let on_kind = props.on_action.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetEmbed(EmbedKind::from_value(&value).unwrap_or_default())
    });
    let kind_name = |k: EmbedKind| match k {
        EmbedKind::Script => words.script_tag,
        EmbedKind::Inline => words.inline,
        EmbedKind::Frame => words.frame,
        EmbedKind::NoJs => words.no_js,
    };
    html! {
        <section class="studio-publish" aria-labelledby="publish-heading">
            <h2 id="publish-heading">{ words.publish }</h2>
            <p><button type="button" id="download" onclick={props.on_action.reform(|_| Action::Download)}>
                { words.download }
            </button></p>
            <div class="field">
                <label for="embed-kind">{ words.embed_as }</label>
                <select id="embed-kind" onchange={on_kind}>
                    { for EmbedKind::ALL.into_iter().map(|k| html! {
                        <option value={k.value()} selected={k == state.embed}>{ kind_name(k) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="embed-code">{ words.embed_code }</label>
                <textarea id="embed-code" readonly=true rows="8" value={code} dir="ltr"
                    aria-describedby="embed-hint" />
                <p class="field-help" id="embed-hint">{ hint }</p>
                if let Some(note) = note {
                    <p class="field-problem">{ note }</p>
                }
            </div>
            <p>
                <button type="button" id="copy-embed" onclick={props.on_action.reform(|_| Action::Copy)}>
                    { words.copy }
                </button>
                <span class="copied" role="status" aria-live="polite">
                    { if state.copied { words.copied } else { "" } }
                </span>
            </p>
        </section>
    }
}
