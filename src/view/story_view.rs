//! A loaded story: header, reading controls and the collapsible sections, as the session has
//! them. Raises the reader's actions as session events.

use std::rc::Rc;

use yew::prelude::*;

use super::header::StoryHeader;
use super::parts;
use super::section::SectionItem;
use crate::i18n::Lang;
use crate::model::Story;
use crate::model::budget::FINDABLE_SECTIONS;
use crate::session::{Event, Session};

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub session: Session,
    /// The session's story (the caller has matched it out of `session.load`).
    pub story: Rc<Story>,
    pub lang: Lang,
    pub story_key: AttrValue,
    pub on_event: Option<Callback<Event>>,
}

#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let StoryViewProps {
        session,
        story,
        lang,
        ..
    } = props;
    let text = lang.text();
    let raise = |event: Event| {
        let on_event = props.on_event.clone();
        move |_: MouseEvent| {
            if let Some(cb) = &on_event {
                cb.emit(event.clone());
            }
        }
    };
    let read = &session.read;
    let (read_count, readable) = read.progress(story);
    let resume = read.first_unread(story).filter(|_| read_count > 0);
    let reading = props.on_event.is_some().then(|| {
        html! {
            <>
                <span class="read-count">{ lang.read_count(read_count, readable) }</span>
                if resume.is_some() {
                    <button type="button" onclick={raise(Event::Resumed)}>
                        { text.continue_reading }
                    </button>
                }
                if read_count > 0 {
                    <button type="button" onclick={raise(Event::ResetRead)}>{ text.reset_reading }</button>
                }
            </>
        }
    });
    // A long story lets the page skip laying out what is out of view (see the stylesheet).
    let large = story.sections.len() > FINDABLE_SECTIONS;
    let interactive = props.on_event.is_some();
    html! {
        <article class="story" lang={story.lang.clone()}>
            <StoryHeader story={story.clone()} lang={*lang} />
            <div class="toolbar" part={parts::CONTROLS} role="group" aria-label={text.controls}>
                <button type="button" onclick={raise(Event::ExpandedAll(true))}>{ text.expand_all }</button>
                <button type="button" onclick={raise(Event::ExpandedAll(false))}>{ text.collapse_all }</button>
                { for reading }
            </div>
            <ol class="sections" data-size={large.then_some("large")}>
                { for story.sections.iter().enumerate().map(|(index, section)| html! {
                    <SectionItem
                        key={index}
                        story={story.clone()}
                        {index}
                        expanded={session.is_expanded(index)}
                        read={interactive && read.contains(&section.id)}
                        copied={session.copied.as_deref() == Some(section.id.as_str())}
                        lang={*lang}
                        story_key={props.story_key.clone()}
                        on_event={props.on_event.clone()}
                        body={session.bodies}
                    />
                }) }
            </ol>
        </article>
    }
}
