//! The widget's root view: a loading state, an error, or the story, in the interface language.
//! Its props are the view's whole contract with whoever mounts it (the glue, server rendering).

use yew::prelude::*;

use super::message::{ErrorMessage, Loading};
use super::story_view::StoryView;
use crate::i18n::Lang;
use crate::options::Theme;
use crate::session::{Event, LoadState, Session};

#[derive(Properties, PartialEq)]
pub struct JourneyProps {
    /// Everything that changes while the widget runs (cheap to clone: its parts are shared).
    pub session: Session,
    #[prop_or_default]
    pub theme: Theme,
    /// Interface language tags in order of preference: the element's `lang`, then the page's.
    /// The story's own `lang` comes between them.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// Names this widget in link fragments (see `model::ids::fragment`).
    #[prop_or_default]
    pub story_key: AttrValue,
    /// Where the reader's actions go. `None` renders a static page (server rendering): no
    /// reading progress, no retry, links are plain links.
    #[prop_or_default]
    pub on_event: Option<Callback<Event>>,
}

#[component]
pub fn Journey(props: &JourneyProps) -> Html {
    let session = &props.session;
    let story_lang = session.story().and_then(|story| story.lang.as_deref());
    let lang = Lang::choose([
        props.lang.as_deref(),
        story_lang,
        props.page_lang.as_deref(),
    ]);
    let content = match &session.load {
        LoadState::Loading => html! { <Loading {lang} /> },
        LoadState::Ready(story) => html! {
            <StoryView
                session={session.clone()}
                story={story.clone()}
                {lang}
                story_key={props.story_key.clone()}
                on_event={props.on_event.clone()}
            />
        },
        LoadState::Failed(error) => {
            let on_retry = props
                .on_event
                .clone()
                .filter(|_| error.is_retryable())
                .map(|cb| cb.reform(|()| Event::Retried));
            html! { <ErrorMessage error={error.clone()} {lang} {on_retry} /> }
        }
    };
    html! {
        <div class="journey" data-theme={props.theme.as_str()} lang={lang.tag()} dir={lang.dir()}>
            { content }
        </div>
    }
}
