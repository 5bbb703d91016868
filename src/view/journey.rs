//! The widget's root view: a loading state, an error, or the story.

use std::rc::Rc;

use yew::prelude::*;

use super::message::{ErrorMessage, Loading};
use super::story_view::StoryView;
use crate::model::{LoadError, Story};
use crate::options::{OpenPolicy, Theme};

/// What the widget has to show so far.
#[derive(Debug, Clone)]
pub enum LoadState {
    Loading,
    Ready(Rc<Story>),
    Failed(Rc<LoadError>),
}

impl PartialEq for LoadState {
    /// By identity: a story is parsed once and then shared, so comparing pointers is exact and
    /// avoids walking thousands of sections on every render.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (LoadState::Loading, LoadState::Loading) => true,
            (LoadState::Ready(a), LoadState::Ready(b)) => Rc::ptr_eq(a, b),
            (LoadState::Failed(a), LoadState::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct JourneyProps {
    pub state: LoadState,
    #[prop_or_default]
    pub open: OpenPolicy,
    #[prop_or_default]
    pub theme: Theme,
    /// Offered as a Retry button when the failure is one that retrying can fix.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
}

#[component]
pub fn Journey(props: &JourneyProps) -> Html {
    let content = match &props.state {
        LoadState::Loading => html! { <Loading /> },
        LoadState::Ready(story) => html! { <StoryView story={story.clone()} open={props.open} /> },
        LoadState::Failed(error) => {
            let on_retry = props.on_retry.clone().filter(|_| error.is_retryable());
            html! { <ErrorMessage error={error.clone()} {on_retry} /> }
        }
    };
    html! {
        <div class="journey" data-theme={props.theme.as_str()}>{ content }</div>
    }
}
