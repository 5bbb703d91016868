//! The widget's root view: a loading state, an error, or the story, in the interface language.

use std::rc::Rc;

use yew::prelude::*;

use super::message::{ErrorMessage, Loading};
use super::story_view::StoryView;
use crate::i18n::Lang;
use crate::model::{LoadError, ReadSet, Story};
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

/// What the view asks of its host. Each is optional: without it (server rendering, tests) the
/// matching control is left out or falls back to plain HTML behaviour.
#[derive(Clone, PartialEq, Default)]
pub struct Events {
    /// Load the story again; offered when the failure is one that retrying can fix.
    pub retry: Option<Callback<()>>,
    /// These sections are now open: the reader has seen them.
    pub read: Option<Callback<Vec<String>>>,
    /// Forget which sections were read.
    pub reset_read: Option<Callback<()>>,
    /// Copy a link to this section; the callback reports whether it worked.
    pub copy_link: Option<Callback<(String, Callback<bool>)>>,
    /// This section was just opened on purpose: scroll it into view and focus its header.
    pub reveal: Option<Callback<String>>,
}

/// A request, from a link's fragment, to open a section. `nonce` makes following the same link
/// twice a new request.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub section: String,
    pub nonce: u32,
}

#[derive(Properties, PartialEq)]
pub struct JourneyProps {
    pub state: LoadState,
    #[prop_or_default]
    pub open: OpenPolicy,
    #[prop_or_default]
    pub theme: Theme,
    /// Interface language tags in order of preference: the element's `lang`, then the page's.
    /// The story's own `lang` comes between them.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// Names this widget in link fragments: `#<story_key>/<section-id>`.
    #[prop_or_default]
    pub story_key: AttrValue,
    #[prop_or_default]
    pub read: Rc<ReadSet>,
    #[prop_or_default]
    pub target: Option<Target>,
    #[prop_or_default]
    pub events: Events,
    /// Whether collapsed sections' text is rendered yet. The widget renders headers first and
    /// the hidden text one frame later, so a long story shows sooner; server rendering (the
    /// default) renders everything at once.
    #[prop_or(true)]
    pub bodies: bool,
}

#[component]
pub fn Journey(props: &JourneyProps) -> Html {
    let story_lang = match &props.state {
        LoadState::Ready(story) => story.lang.as_deref(),
        _ => None,
    };
    let lang = Lang::choose([
        props.lang.as_deref(),
        story_lang,
        props.page_lang.as_deref(),
    ]);
    let content = match &props.state {
        LoadState::Loading => html! { <Loading {lang} /> },
        LoadState::Ready(story) => html! {
            <StoryView
                story={story.clone()}
                open={props.open}
                {lang}
                story_key={props.story_key.clone()}
                read={props.read.clone()}
                target={props.target.clone()}
                events={props.events.clone()}
                bodies={props.bodies}
            />
        },
        LoadState::Failed(error) => {
            let on_retry = props.events.retry.clone().filter(|_| error.is_retryable());
            html! { <ErrorMessage error={error.clone()} {lang} {on_retry} /> }
        }
    };
    html! {
        <div class="journey" data-theme={props.theme.as_str()} lang={lang.tag()} dir={lang.dir()}>
            { content }
        </div>
    }
}
