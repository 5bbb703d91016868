//! The component `Widget` mounts: loads the story for `src`, keeps the reader's progress and
//! answers links to sections, and hands all of it to the view. Apps are recycled between
//! elements (see `Widget`), so `Root` can be idle, and each element gets a fresh `Loader`
//! through its `slot` key.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use web_sys::Element;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::cache;
use super::fetch::Limits;
use super::page;
use crate::model::{LoadError, ReadSet};
use crate::options::{OpenPolicy, Theme};
use crate::view::{Events, Journey, LoadState, Target};

/// What one element asks for, from its attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Absolute URL of the story, resolved against the page; `None` when `src` is missing.
    pub src: Option<AttrValue>,
    pub open: OpenPolicy,
    pub theme: Theme,
    pub limits: Limits,
    /// The element's `lang` attribute.
    pub lang: Option<AttrValue>,
    /// Names the widget in link fragments: the element's `id`, else the story file's name.
    pub story_key: AttrValue,
    /// The `<div>` the app renders into, inside the element's shadow root.
    pub mount: Element,
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// Changes whenever the app is handed to another element, so no state carries over.
    pub slot: u32,
    /// `None` while the app waits, unmounted, for its next element.
    pub config: Option<Config>,
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    match &props.config {
        Some(config) => html! { <Loader key={props.slot} config={config.clone()} /> },
        None => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
struct LoaderProps {
    config: Config,
}

#[component]
fn Loader(LoaderProps { config }: &LoaderProps) -> Html {
    let state = use_state(|| LoadState::Loading);
    // Bumped by Retry; part of the effect's dependencies so the same src loads again.
    let attempt = use_state(|| 0u32);
    let read = use_state(|| Rc::new(ReadSet::default()));
    let target = use_state(|| None::<Target>);
    let page_lang = use_memo((), |_| page::page_lang().map(AttrValue::from));
    // The reading record lives in a cell so the callbacks below never change with it; `read`
    // is its latest snapshot, for rendering.
    let record = use_mut_ref(ReadSet::default);
    {
        let (state, read) = (state.setter(), read.setter());
        let record = record.clone();
        let deps = (config.src.clone(), config.limits, *attempt);
        use_effect_with(deps, move |(src, limits, _)| {
            state.set(LoadState::Loading);
            // Aborted when src or the limits change or the widget is removed: a late response
            // is dropped, and a load no widget waits for any more stops downloading.
            let (load, abort) = futures::future::abortable({
                let (src, limits) = (src.clone(), *limits);
                async move {
                    let Some(src) = src else {
                        return fail(&state, Rc::new(LoadError::NoSource));
                    };
                    let saved = page::load_read(&src);
                    *record.borrow_mut() = saved.clone();
                    read.set(Rc::new(saved));
                    match cache::load(src.to_string(), limits).await {
                        Ok(story) => state.set(LoadState::Ready(story)),
                        Err(error) => fail(&state, error),
                    }
                }
            });
            spawn_local(async move {
                let _ = load.await;
            });
            move || abort.abort()
        });
    }
    // Links to a section: the fragment at load time, and every later change of it.
    {
        let (target, key) = (target.clone(), config.story_key.clone());
        use_effect_with(config.story_key.clone(), move |_| {
            let nonce = Rc::new(Cell::new(0u32));
            let follow = move || {
                if let Some(section) = page::fragment_target(&key) {
                    nonce.set(nonce.get() + 1);
                    target.set(Some(Target {
                        section,
                        nonce: nonce.get(),
                    }));
                }
            };
            follow();
            let window = web_sys::window();
            // Removed when the widget is: dropping the listener unregisters it.
            let listener = window.map(|w| EventListener::new(&w, "hashchange", move |_| follow()));
            move || drop(listener)
        });
    }
    let events = {
        let deps = (*attempt, config.src.clone(), config.story_key.clone());
        let (attempt, read, record) = (attempt.clone(), read.setter(), record.clone());
        let (src, key, mount) = (
            config.src.clone(),
            config.story_key.clone(),
            config.mount.clone(),
        );
        use_memo(deps, move |(n, _, _)| {
            let n = *n;
            let update = move |change: &dyn Fn(&mut ReadSet) -> bool| {
                let mut current = record.borrow_mut();
                if change(&mut current) {
                    if let Some(src) = &src {
                        page::save_read(src, &current);
                    }
                    read.set(Rc::new(current.clone()));
                }
            };
            let update = Rc::new(update);
            let reset = update.clone();
            Events {
                retry: Some(Callback::from(move |_| attempt.set(n + 1))),
                read: Some(Callback::from(move |ids: Vec<String>| {
                    update(&|r| r.extend(ids.iter().map(String::as_str)))
                })),
                reset_read: Some(Callback::from(move |_| {
                    reset(&|r| !std::mem::take(r).is_empty())
                })),
                copy_link: Some(Callback::from({
                    let mount = mount.clone();
                    move |(section, done): (String, Callback<bool>)| {
                        let (key, mount) = (key.clone(), mount.clone());
                        spawn_local(async move {
                            done.emit(page::copy_section_link(&mount, &key, &section).await)
                        });
                    }
                })),
                reveal: Some(Callback::from(move |section: String| {
                    page::reveal(&mount, &section)
                })),
            }
        })
    };
    // Headers first: collapsed sections' text renders once the story has been painted.
    let painted = use_state(|| false);
    {
        let painted = painted.setter();
        let ready = matches!(*state, LoadState::Ready(_));
        use_effect_with(ready, move |ready| {
            if *ready {
                page::after_paint(move || painted.set(true));
            } else {
                painted.set(false);
            }
        });
    }
    html! {
        <Journey
            state={(*state).clone()}
            open={config.open}
            theme={config.theme}
            lang={config.lang.clone()}
            page_lang={(*page_lang).clone()}
            story_key={config.story_key.clone()}
            read={(*read).clone()}
            target={(*target).clone()}
            events={(*events).clone()}
            bodies={*painted}
        />
    }
}

fn fail(state: &UseStateSetter<LoadState>, error: Rc<LoadError>) {
    super::error(&error.to_string());
    state.set(LoadState::Failed(error));
}
