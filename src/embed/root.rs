//! The component `Widget` mounts: loads the story for `src` and hands the state to the view.
//! Apps are recycled between elements (see `Widget`), so `Root` can be idle, and each
//! element's use gets a fresh `Loader` through its `slot` key.

use std::cell::Cell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::cache;
use super::fetch::Limits;
use crate::model::LoadError;
use crate::view::{Journey, LoadState, OpenPolicy, Theme};

/// What one element asks for, from its attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Absolute URL of the story, resolved against the page; `None` when `src` is missing.
    pub src: Option<AttrValue>,
    pub open: OpenPolicy,
    pub theme: Theme,
    pub limits: Limits,
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
fn Loader(LoaderProps { config: props }: &LoaderProps) -> Html {
    let state = use_state(|| LoadState::Loading);
    // Bumped by Retry; part of the effect's dependencies so the same src loads again.
    let attempt = use_state(|| 0u32);
    {
        let state = state.setter();
        let limits = props.limits;
        use_effect_with((props.src.clone(), *attempt), move |(src, _)| {
            // Set when src changes or the widget is removed, so a late response is dropped.
            let stale = Rc::new(Cell::new(false));
            state.set(LoadState::Loading);
            match src.clone() {
                None => fail(&state, Rc::new(LoadError::NoSource)),
                Some(src) => {
                    let stale = stale.clone();
                    spawn_local(async move {
                        let result = cache::load(src.to_string(), limits).await;
                        if stale.get() {
                            return;
                        }
                        match result {
                            Ok(story) => state.set(LoadState::Ready(story)),
                            Err(error) => fail(&state, error),
                        }
                    });
                }
            }
            move || stale.set(true)
        });
    }
    let on_retry = {
        let attempt = attempt.clone();
        use_callback(*attempt, move |_: (), n| attempt.set(n + 1))
    };
    html! {
        <Journey state={(*state).clone()} open={props.open} theme={props.theme} {on_retry} />
    }
}

fn fail(state: &UseStateSetter<LoadState>, error: Rc<LoadError>) {
    super::error(&error.to_string());
    state.set(LoadState::Failed(error));
}
