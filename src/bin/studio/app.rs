//! The studio's root: holds the state (a Yew reducer over `studio::state::reduce`), renders
//! the view, and performs what the state asks of the page after each render: autosave, the
//! preview's story, the document's language, downloads, copies, focus, the no-JavaScript
//! snippet, the `beforeunload` prompt and files opened or dropped.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use journey_story::studio::draft::Draft;
use journey_story::studio::problems::Analysis;
use journey_story::studio::publish::{self, EmbedKind};
use journey_story::studio::state::{Action, State, reduce};
use journey_story::studio::view::Studio;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::page;

/// The state as Yew's reducer holds it.
#[derive(PartialEq)]
struct Shared(State);

impl Reducible for Shared {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::try_unwrap(self).map_or_else(|rc| rc.0.clone(), |s| s.0);
        Rc::new(Shared(reduce(state, action)))
    }
}

/// The draft restored from the last visit (an unreadable one is dropped: it is still in the
/// user's downloads, if anywhere).
fn initial() -> Shared {
    let draft = page::stored(page::DRAFT_KEY)
        .and_then(|json| Draft::from_json(&json, 0).ok())
        .unwrap_or_default();
    Shared(State::new(
        draft,
        page::browser_lang(),
        page::stored(page::DOWNLOADED_KEY),
    ))
}

#[function_component]
pub fn App() -> Html {
    let handle = use_reducer(initial);
    let state = Rc::new(handle.0.clone());
    let analysis = use_memo(state.draft.clone(), Analysis::of);
    let base = use_memo((), |_| AttrValue::from(page::widget_base()));
    let no_js = use_state(|| None::<Rc<(String, String)>>);
    let on_action = {
        let handle = handle.clone();
        Callback::from(move |action| handle.dispatch(action))
    };

    // Autosave and the preview follow every change of the story.
    use_effect_with(analysis.json.clone(), |json| {
        page::store(page::DRAFT_KEY, json);
        page::set_preview(json);
    });
    use_effect_with(state.lang, |lang| page::set_document_lang(*lang));
    {
        let json = analysis.json.clone();
        use_effect_with(state.download, move |nonce| {
            if *nonce > 0 {
                page::download(&json);
                page::store(page::DOWNLOADED_KEY, &json);
            }
        });
    }
    {
        let handle = handle.clone();
        use_effect_with(state.copy, move |nonce| {
            if *nonce > 0 {
                spawn_local(async move {
                    let ok = page::copy_embed_code().await;
                    handle.dispatch(Action::Copied(ok));
                });
            }
        });
    }
    use_effect_with(state.focus.clone(), |focus| {
        if let Some((_, id)) = focus {
            page::focus(id);
        }
    });
    {
        // The snippet is rendered only when asked for and the story is valid.
        let no_js = no_js.clone();
        let wanted = (state.embed == EmbedKind::NoJs && analysis.errors() == 0)
            .then(|| analysis.json.clone());
        use_effect_with(wanted, move |wanted| {
            if let Some(json) = wanted.clone()
                && no_js.as_ref().is_none_or(|done| done.0 != json)
            {
                spawn_local(async move {
                    if let Some(html) = publish::no_js(&json).await {
                        no_js.set(Some(Rc::new((json, html))));
                    }
                });
            }
        });
    }

    // Leaving with changes not downloaded asks first. The listener reads the latest flag.
    let unsaved = use_memo((), |_| Rc::new(Cell::new(false)));
    unsaved.set(analysis.json != state.baseline);
    {
        let unsaved = (*unsaved).clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&w, "beforeunload", options, move |e| {
                    if unsaved.get() {
                        e.prevent_default();
                        if let Some(e) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                            e.set_return_value("");
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    // A file dropped anywhere on the studio is opened.
    {
        let handle = handle.clone();
        use_effect_with((), move |_| {
            let root = page::document().and_then(|d| d.get_element_by_id("studio"));
            let listeners = root.map(|root| {
                let options = EventListenerOptions::enable_prevent_default();
                // Only a dragged file is the studio's: text dragged into a field still drops.
                let over = EventListener::new_with_options(&root, "dragover", options, |e| {
                    if page::drags_files(e) {
                        e.prevent_default();
                    }
                });
                let drop = EventListener::new_with_options(&root, "drop", options, move |e| {
                    if !page::drags_files(e) {
                        return;
                    }
                    e.prevent_default();
                    let file = e
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(|e| e.data_transfer())
                        .and_then(|d| d.files())
                        .and_then(|f| f.get(0));
                    if let Some(file) = file {
                        open(handle.clone(), file);
                    }
                });
                (over, drop)
            });
            move || drop(listeners)
        });
    }
    let on_open = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open(handle.clone(), file);
            }
            // The same file chosen again is a new change.
            input.set_value("");
        })
    };

    html! {
        <Studio state={state} analysis={analysis} base={(*base).clone()}
            no_js={(*no_js).clone()} on_action={on_action} on_open={on_open} />
    }
}

/// Reads a file and opens it as the draft.
fn open(handle: UseReducerHandle<Shared>, file: web_sys::File) {
    spawn_local(async move {
        let (name, text) = page::read_file(file).await;
        handle.dispatch(Action::Open(name, text));
    });
}
