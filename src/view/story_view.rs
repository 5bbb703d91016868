//! A loaded story: its header and its collapsible sections. Owns which sections are expanded.

use std::rc::Rc;

use yew::prelude::*;

use super::header::StoryHeader;
use super::section::SectionItem;
use crate::model::Story;
use crate::options::OpenPolicy;

/// Which sections are expanded, one flag per section.
#[derive(PartialEq)]
struct Expanded(Vec<bool>);

impl Reducible for Expanded {
    /// The index of the section whose header was activated.
    type Action = usize;

    fn reduce(self: Rc<Self>, index: usize) -> Rc<Self> {
        let mut flags = self.0.clone();
        if let Some(flag) = flags.get_mut(index) {
            *flag = !*flag;
        }
        Rc::new(Expanded(flags))
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub story: Rc<Story>,
    pub open: OpenPolicy,
}

#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = &props.story;
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
        use_callback((), move |index: usize, _| dispatcher.dispatch(index))
    };
    html! {
        <article class="story" lang={story.lang.clone()}>
            <StoryHeader story={story.clone()} />
            <ol class="sections">
                { for (0..story.sections.len()).map(|index| html! {
                    <SectionItem
                        key={index}
                        story={story.clone()}
                        {index}
                        expanded={expanded.0.get(index).copied().unwrap_or(false)}
                        on_toggle={on_toggle.clone()}
                    />
                }) }
            </ol>
        </article>
    }
}
