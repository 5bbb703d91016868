//! "Problems": the summary and every problem in the command's words, each a button that
//! focuses its field.

use std::rc::Rc;

use yew::prelude::*;

use crate::studio::problems::{Analysis, Field};
use crate::studio::state::{Action, State};
use crate::studio::text::{Words, summary};

/// The problems list.
#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub state: Rc<State>,
    pub analysis: Rc<Analysis>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let (state, a) = (&props.state, &props.analysis);
    let words = Words::of(state.lang);
    html! {
        <section class="studio-problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ words.problems }</h2>
            <p role="status">{ summary(state.lang, a.errors(), a.warnings()) }</p>
            if !a.problems.is_empty() {
                <ul class="problem-list">
                    { for a.problems.iter().map(|p| {
                        // A problem of the story as a whole is shown at its first field.
                        let target = p.field.dom_id(&state.draft)
                            .or_else(|| Field::Title.dom_id(&state.draft))
                            .unwrap_or_default();
                        let class = if p.error { "problem error" } else { "problem warning" };
                        html! {
                            <li class={class}>
                                <button type="button"
                                    onclick={props.on_action.reform(move |_| Action::Focus(target.clone()))}>
                                    { &p.line }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
