//! The studio's components. They render the [`State`] (and the check's [`Analysis`] of its
//! draft) and raise [`Action`]s through one callback; they touch no DOM, storage or file. The
//! glue (`src/bin/studio/`) holds the state and does what the page needs.

mod field;
mod problems;
mod publish;
mod sections;
mod start;
mod story;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;

use super::problems::Analysis;
use super::state::{Action, State};
use super::text::{Words, native_name};

/// Everything the studio shows, and where its actions go.
#[derive(Properties, PartialEq)]
pub struct StudioProps {
    pub state: Rc<State>,
    pub analysis: Rc<Analysis>,
    /// Where `embed.js` and `frame.html` are: `new URL('../', location)` of the studio page.
    pub base: AttrValue,
    /// The no-JavaScript snippet, rendered by the glue, and the JSON it was rendered from.
    pub no_js: Option<Rc<(String, String)>>,
    pub on_action: Callback<Action>,
    /// A change of the "Open story.json" input: the glue reads its file.
    pub on_open: Callback<Event>,
}

/// The whole studio: header, editor (start, story, sections, problems) and preview with
/// publishing beside it on wide screens.
#[function_component]
pub fn Studio(props: &StudioProps) -> Html {
    let state = &props.state;
    let words = Words::of(state.lang);
    let on_lang = props.on_action.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetLang(Lang::from_tag(&value).unwrap_or_default())
    });
    html! {
        <main class="studio">
            <header class="studio-header">
                <h1>{ words.heading }</h1>
                <p class="studio-lang">
                    <label for="studio-lang">{ words.language }</label>
                    <select id="studio-lang" onchange={on_lang}>
                        { for [Lang::En, Lang::Fr, Lang::Ar, Lang::Sw].into_iter().map(|l| html! {
                            <option value={l.tag()} lang={l.tag()} selected={l == state.lang}>
                                { native_name(l) }
                            </option>
                        }) }
                    </select>
                </p>
            </header>
            <div class="studio-columns">
                <div class="studio-editor">
                    <start::Start state={state.clone()} on_action={props.on_action.clone()}
                        on_open={props.on_open.clone()} />
                    <story::StoryFields state={state.clone()} analysis={props.analysis.clone()}
                        on_action={props.on_action.clone()} />
                    <sections::Sections state={state.clone()} analysis={props.analysis.clone()}
                        on_action={props.on_action.clone()} />
                    <problems::Problems state={state.clone()} analysis={props.analysis.clone()}
                        on_action={props.on_action.clone()} />
                </div>
                <div class="studio-side">
                    <section class="studio-preview" aria-labelledby="preview-heading">
                        <h2 id="preview-heading">{ words.preview }</h2>
                        <p>
                            <input type="checkbox" id="dark-preview" checked={state.dark}
                                onchange={props.on_action.reform(|e: Event| Action::SetDark(
                                    e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
                            <label for="dark-preview">{ words.dark }</label>
                        </p>
                        // The real widget; the glue gives it the draft through its `story`
                        // property. No `lang`: it speaks the story's language, as on a page.
                        <journey-story id="preview"
                            theme={if state.dark { "dark" } else { "light" }}></journey-story>
                    </section>
                    <publish::Publish state={state.clone()} analysis={props.analysis.clone()}
                        base={props.base.clone()} no_js={props.no_js.clone()}
                        on_action={props.on_action.clone()} />
                </div>
            </div>
        </main>
    }
}
