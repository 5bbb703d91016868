//! The component `Widget` mounts, and the widget's effects: the state lives in a
//! [`Session`] (pure, see `crate::session`); `Loader` feeds it events from the page (the story
//! arrived, the fragment changed) and the view (the reader clicked), and performs what each
//! new state asks for: load, save reading progress, scroll to a section, copy a link, tell the
//! host page. Apps are
//! recycled between elements (see `Widget`), so `Root` can be idle, and each element (and each
//! new story source or limits) gets a fresh `Loader`, so no state carries over.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::fetch::Limits;
use super::page;
use super::source::Source;
use crate::model::{LoadError, ReadSet, Story};
use crate::options::{OpenPolicy, Theme};
use crate::session::{Event, Notice, Session};
use crate::view::Journey;

/// What one element asks for, from its attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Where the story is; `None` when the element names none.
    pub source: Option<Source>,
    /// Where reading progress is kept: the story's URL, or for a story given in the page, the
    /// page's address and the widget's `story_key`.
    pub progress_key: Option<AttrValue>,
    pub open: OpenPolicy,
    pub theme: Theme,
    pub limits: Limits,
    /// The element's `lang` attribute.
    pub lang: Option<AttrValue>,
    /// The page's `<html lang>`, read with the attributes (no hook: one less per widget).
    pub page_lang: Option<AttrValue>,
    /// Names the widget in link fragments: the element's `id`, else the story file's name.
    pub story_key: AttrValue,
    /// The `<div>` the app renders into, inside the element's shadow root.
    pub mount: Element,
    /// `embed.js`'s `(type, a, b)` that dispatches the element's events: it holds their names
    /// and detail fields, beside the failures only it can report.
    pub notify: js_sys::Function,
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// Changes whenever the app is handed to another element.
    pub slot: u32,
    /// `None` while the app waits, unmounted, for its next element.
    pub config: Option<Config>,
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    match &props.config {
        Some(config) => {
            // A new story or new limits start a new session: nothing of the old load carries
            // over (written out: release builds have no `Debug` formatting).
            let Limits {
                timeout_ms,
                max_bytes,
            } = config.limits;
            let story = config.progress_key.as_deref().unwrap_or_default();
            let key = format!("{} {timeout_ms} {max_bytes} {story}", props.slot);
            html! { <Loader {key} config={config.clone()} /> }
        }
        None => Html::default(),
    }
}

impl Reducible for Session {
    type Action = Event;

    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(event);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
struct LoaderProps {
    config: Config,
}

#[component]
fn Loader(LoaderProps { config }: &LoaderProps) -> Html {
    let session = {
        let (open, key) = (config.open, config.progress_key.clone());
        use_reducer(move || {
            let saved = key.as_deref().map(page::load_read).unwrap_or_default();
            Session::new(open, saved)
        })
    };
    // Load for each attempt, and again when an inline story or the `story` property changes.
    // Aborted on retry or when the widget is removed: a late response is dropped, and a load
    // no widget waits for stops downloading.
    {
        let dispatcher = session.dispatcher();
        let deps = (config.source.clone(), config.limits, session.attempt);
        use_effect_with(deps, move |(source, limits, _)| {
            let (source, limits) = (source.clone(), *limits);
            let (load, abort) = futures::future::abortable(async move {
                let result = match source {
                    Some(source) => source.load(limits).await,
                    None => Err(Rc::new(LoadError::NoSource)),
                };
                dispatcher.dispatch(match result {
                    Ok(story) => Event::Loaded(story),
                    Err(error) => {
                        super::error(&error.to_string());
                        Event::Failed(error)
                    }
                });
            });
            spawn_local(async move {
                let _ = load.await;
            });
            move || abort.abort()
        });
    }
    // Links to a section: the fragment at load time, and every later change of it.
    {
        let (dispatcher, key) = (session.dispatcher(), config.story_key.clone());
        use_effect_with(config.story_key.clone(), move |_| {
            let follow = move || {
                if let Some(section) = page::fragment_target(&key) {
                    dispatcher.dispatch(Event::DeepLinked(section));
                }
            };
            follow();
            // Removed when the widget is: dropping the listener unregisters it.
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| follow()));
            move || drop(listener)
        });
    }
    // What the session asks of the glue, each notice once, in order, then reported done: tell
    // the page (`embed.js` turns them into the element's events); after a story is shown, render
    // collapsed sections' text once the headers are painted; save reading progress whenever the
    // reader changes it (never on load); scroll to a section; copy a link.
    {
        let (dispatcher, notify) = (session.dispatcher(), config.notify.clone());
        let (key, read) = (config.progress_key.clone(), session.read.clone());
        let (story, story_key, mount) = (
            session.story().cloned(),
            config.story_key.clone(),
            config.mount.clone(),
        );
        use_effect_with(session.notices.clone(), move |notices| {
            for notice in notices.0.iter() {
                match notice {
                    Notice::Loaded(_) => {
                        let dispatcher = dispatcher.clone();
                        page::after_paint(move || dispatcher.dispatch(Event::Painted));
                    }
                    Notice::Read => {
                        if let Some(key) = &key {
                            page::save_read(key, &read);
                        }
                    }
                    Notice::Reveal(section) => page::reveal(&mount, section),
                    Notice::Copy(copy) => {
                        let (dispatcher, key, mount) =
                            (dispatcher.clone(), story_key.clone(), mount.clone());
                        let copy = copy.clone();
                        spawn_local(async move {
                            let ok = page::copy_section_link(&mount, &key, &copy.section).await;
                            dispatcher.dispatch(Event::CopyFinished {
                                nonce: copy.nonce,
                                ok,
                            });
                        });
                    }
                    Notice::Failed(_) | Notice::Toggled { .. } => {}
                }
                tell(&notify, notice, story.as_deref(), &read);
            }
            if !notices.0.is_empty() {
                dispatcher.dispatch(Event::Announced(notices.0.len()));
            }
        });
    }
    html! {
        <Journey
            session={(*session).clone()}
            theme={config.theme}
            lang={config.lang.clone()}
            page_lang={config.page_lang.clone()}
            story_key={config.story_key.clone()}
            // The same callback on every render, so no section re-renders because of it.
            on_event={Some(session.dispatcher().to_callback())}
        />
    }
}

/// Hands one notice to `embed.js` as `(type, a, b)`: the event's name after `journey-story:`
/// and its two detail values, in the order `embed.js` names them. A story shown is told with
/// its progress.
fn tell(notify: &js_sys::Function, notice: &Notice, story: Option<&Story>, read: &ReadSet) {
    let call = |kind: &str, a: JsValue, b: JsValue| {
        let _ = notify.call3(&JsValue::UNDEFINED, &kind.into(), &a, &b);
    };
    match notice {
        Notice::Loaded(shown) => call(
            "load",
            shown.title.as_str().into(),
            (shown.sections.len() as u32).into(),
        ),
        Notice::Failed(error) => call(
            "error",
            error.code().into(),
            error.path().map(|p| p.to_string()).into(),
        ),
        Notice::Toggled { story, index, open } => call(
            "toggle",
            story.sections.get(*index).map(|s| s.id.as_str()).into(),
            (*open).into(),
        ),
        Notice::Read | Notice::Reveal(_) | Notice::Copy(_) => {}
    }
    if let (Notice::Loaded(_) | Notice::Read, Some(story)) = (notice, story) {
        let (read, total) = read.progress(story);
        call("progress", (read as u32).into(), (total as u32).into());
    }
}
