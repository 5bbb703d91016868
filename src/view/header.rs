//! The story header: title, author, summary and the journey progress bar.

use std::rc::Rc;

use yew::prelude::*;

use super::parts;
use crate::i18n::Lang;
use crate::model::Story;

#[derive(Properties, PartialEq)]
pub struct StoryHeaderProps {
    pub story: Rc<Story>,
    pub lang: Lang,
}

#[component]
pub fn StoryHeader(props: &StoryHeaderProps) -> Html {
    let story = &props.story;
    let text = props.lang.text();
    let author = match &story.author.url {
        Some(url) => html! {
            <a href={url.as_str().to_owned()} rel="noopener noreferrer" target="_blank">
                { &story.author.name }
            </a>
        },
        None => html! { &story.author.name },
    };
    let progress = story.progress();
    // A story without statuses has no milestones; an empty "0 of 0" bar would say nothing.
    let bar = (progress.total > 0).then(|| {
        let label = props.lang.milestones(progress.done, progress.total);
        html! {
            <div class="progress" part={parts::PROGRESS}>
                <progress
                    max={progress.total.to_string()}
                    value={progress.done.to_string()}
                    aria-label={text.progress_label}
                    aria-valuetext={label.clone()}
                ></progress>
                <p class="progress-text" aria-hidden="true">{ label }</p>
            </div>
        }
    });
    html! {
        <header class="story-header" part={parts::HEADER}>
            <h2 class="story-title" part={parts::TITLE}>{ &story.title }</h2>
            <p class="byline" part={parts::BYLINE}>{ text.by }{ " " }{ author }</p>
            if let Some(summary) = &story.summary {
                <p class="summary" part={parts::SUMMARY}>{ summary }</p>
            }
            { for bar }
        </header>
    }
}
