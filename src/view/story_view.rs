//! A loaded story: header, reading controls and the collapsible sections. Owns which sections
//! are expanded; reports opened sections and deliberate reveals to the host through `Events`.

use std::rc::Rc;

use yew::prelude::*;

use super::header::StoryHeader;
use super::journey::{Events, Target};
use super::section::SectionItem;
use crate::i18n::Lang;
use crate::model::budget::FINDABLE_SECTIONS;
use crate::model::{ReadSet, Story};
use crate::options::OpenPolicy;

/// Which sections are expanded, one flag per section.
#[derive(PartialEq)]
struct Expanded(Vec<bool>);

enum Action {
    Toggle(usize),
    Open(usize),
    All(bool),
}

impl Reducible for Expanded {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut flags = self.0.clone();
        match action {
            Action::Toggle(i) => {
                if let Some(flag) = flags.get_mut(i) {
                    *flag = !*flag;
                }
            }
            Action::Open(i) => {
                if let Some(flag) = flags.get_mut(i) {
                    *flag = true;
                }
            }
            Action::All(open) => flags.iter_mut().for_each(|f| *f = open),
        }
        Rc::new(Expanded(flags))
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub story: Rc<Story>,
    pub open: OpenPolicy,
    pub lang: Lang,
    pub story_key: AttrValue,
    pub read: Rc<ReadSet>,
    pub target: Option<Target>,
    pub events: Events,
    pub bodies: bool,
}

#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = &props.story;
    let text = props.lang.text();
    let expanded = {
        let story = story.clone();
        let open = props.open;
        use_reducer(move || {
            Expanded(
                (0..story.sections.len())
                    .map(|i| open.starts_open(i))
                    .collect(),
            )
        })
    };
    // One callback for every section, stable across renders, so toggling one section
    // re-renders only that section.
    let on_toggle = {
        let dispatcher = expanded.dispatcher();
        use_callback((), move |index: usize, _| {
            dispatcher.dispatch(Action::Toggle(index))
        })
    };
    // Opening a section is reading it: report the sections that went from closed to open.
    // Sections open from the start (open="first" or "all") were not opened by the reader.
    let before = use_mut_ref(|| expanded.0.clone());
    {
        let (story, read, report) = (story.clone(), props.read.clone(), props.events.read.clone());
        use_effect_with(expanded.clone(), move |expanded| {
            let before = std::mem::replace(&mut *before.borrow_mut(), expanded.0.clone());
            let opened: Vec<String> = story
                .sections
                .iter()
                .zip(expanded.0.iter().zip(&before))
                .filter(|(s, (now, was))| **now && !**was && !read.contains(&s.id))
                .map(|(s, _)| s.id.clone())
                .collect();
            if let (Some(report), false) = (report, opened.is_empty()) {
                report.emit(opened);
            }
        });
    }
    // A link to a section opens it and brings it into view.
    let reveal = {
        let (dispatcher, story, reveal) = (
            expanded.dispatcher(),
            story.clone(),
            props.events.reveal.clone(),
        );
        Callback::from(move |index: usize| {
            dispatcher.dispatch(Action::Open(index));
            if let (Some(reveal), Some(section)) = (&reveal, story.sections.get(index)) {
                reveal.emit(section.id.clone());
            }
        })
    };
    {
        let (story, reveal) = (story.clone(), reveal.clone());
        use_effect_with(props.target.clone(), move |target| {
            let index = target
                .as_ref()
                .and_then(|t| story.sections.iter().position(|s| s.id == t.section));
            if let Some(index) = index {
                reveal.emit(index);
            }
        });
    }

    let all = |open: bool| {
        let dispatcher = expanded.dispatcher();
        move |_| dispatcher.dispatch(Action::All(open))
    };
    let (read_count, readable) = props.read.progress(story);
    let resume = props.read.first_unread(story).filter(|_| read_count > 0);
    let reading = props.events.read.is_some().then(|| {
        html! {
            <>
                <span class="read-count">{ props.lang.read_count(read_count, readable) }</span>
                if let Some(index) = resume {
                    <button type="button" onclick={move |_| reveal.emit(index)}>
                        { text.continue_reading }
                    </button>
                }
                if let (Some(reset), true) = (props.events.reset_read.clone(), read_count > 0) {
                    <button type="button" onclick={move |_| reset.emit(())}>{ text.reset_reading }</button>
                }
            </>
        }
    });
    // A long story lets the page skip laying out what is out of view (see the stylesheet).
    let large = story.sections.len() > FINDABLE_SECTIONS;
    html! {
        <article class="story" lang={story.lang.clone()}>
            <StoryHeader story={story.clone()} lang={props.lang} />
            <div class="toolbar" role="group" aria-label={text.controls}>
                <button type="button" onclick={all(true)}>{ text.expand_all }</button>
                <button type="button" onclick={all(false)}>{ text.collapse_all }</button>
                { for reading }
            </div>
            <ol class="sections" data-size={large.then_some("large")}>
                { for story.sections.iter().enumerate().map(|(index, section)| html! {
                    <SectionItem
                        key={index}
                        story={story.clone()}
                        {index}
                        expanded={expanded.0.get(index).copied().unwrap_or(false)}
                        read={props.events.read.is_some() && props.read.contains(&section.id)}
                        lang={props.lang}
                        story_key={props.story_key.clone()}
                        on_toggle={on_toggle.clone()}
                        copy_link={props.events.copy_link.clone()}
                        body={props.bodies}
                    />
                }) }
            </ol>
        </article>
    }
}
