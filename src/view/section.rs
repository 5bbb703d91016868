//! One section of a story: a WAI-ARIA accordion header and its panel.

use std::rc::Rc;

use yew::prelude::*;

use super::body::body;
use super::{dom, parts};
use crate::i18n::Lang;
use crate::model::budget::FINDABLE_SECTIONS;
use crate::model::ids::{fragment, heading_id, panel_id};
use crate::model::{Status, Story};
use crate::session::Event;

#[derive(Properties, PartialEq)]
pub struct SectionItemProps {
    pub story: Rc<Story>,
    pub index: usize,
    pub expanded: bool,
    /// Whether the reader has opened this section before.
    pub read: bool,
    /// Whether this section's link was just copied.
    pub copied: bool,
    pub lang: Lang,
    pub story_key: AttrValue,
    /// Where the header's toggle and the link's copy go (`None`: a static page).
    pub on_event: Option<Callback<Event>>,
    /// Render the text even while collapsed (see `Session::bodies`).
    pub body: bool,
}

#[component]
pub fn SectionItem(props: &SectionItemProps) -> Html {
    let Some(section) = props.story.sections.get(props.index) else {
        return Html::default();
    };
    let text = props.lang.text();
    let heading_id = heading_id(&section.id);
    let panel_id = panel_id(&section.id);
    // The marker is never colour alone: the status is also a word.
    let status = section.status.map(
        |s| html! { <span class="status-label" part={parts::STATUS}>{ text.status(s) }</span> },
    );
    let period = section
        .period
        .as_ref()
        .map(|p| html! { <span class="period" part={parts::PERIOD}>{ p }</span> });
    let label = html! {
        <>
            <span class="section-title">{ &section.title }</span>
            { for period }
            { for status }
        </>
    };
    let data_status = section.status.map(Status::as_str);
    if !section.has_content() {
        // Nothing to expand: a plain heading, not a button that opens an empty panel.
        return html! {
            <li class="section empty" part={parts::section(section.status, false)} data-status={data_status}>
                <h3 class="heading" part={parts::SECTION_HEADER}>
                    <span class="toggle" part={parts::TOGGLE} id={heading_id}>
                        { label }
                        <span class="no-text">{ text.no_text }</span>
                    </span>
                </h3>
            </li>
        };
    }
    let index = props.index;
    let onclick = props
        .on_event
        .clone()
        .map(|cb| cb.reform(move |_: MouseEvent| Event::Toggled(index)));
    // A collapsed panel's content may wait a frame (see `Session::bodies`). It is its own
    // component, so opening or closing a section re-renders the header, not the text.
    let content = (props.expanded || props.body).then(|| {
        html! {
            <PanelContent
                story={props.story.clone()}
                index={props.index}
                lang={props.lang}
                story_key={props.story_key.clone()}
                copied={props.copied}
                on_event={props.on_event.clone()}
            />
        }
    });
    let mut panel = html! {
        <div class="panel" part={parts::PANEL} id={panel_id.clone()} role="region" aria-labelledby={heading_id.clone()}>
            { for content }
        </div>
    };
    if let (Html::VTag(tag), false) = (&mut panel, props.expanded) {
        // `hidden="until-found"` keeps collapsed text reachable by the browser's find-in-page,
        // in stories small enough for the browser to afford it (see `FINDABLE_SECTIONS`).
        // `html!` only knows `hidden` as a boolean, so the value is set on the built tag.
        let value = if props.story.sections.len() <= FINDABLE_SECTIONS {
            "until-found"
        } else {
            ""
        };
        Rc::make_mut(tag).add_attribute("hidden", value);
    }
    let mut header = html! {
        <button
            type="button"
            class="toggle"
            part={parts::TOGGLE}
            id={heading_id}
            aria-expanded={if props.expanded { "true" } else { "false" }}
            aria-controls={panel_id}
            {onclick}
        >
            { label }
            if props.read {
                <span class="read-mark">{ text.read }</span>
            }
        </button>
    };
    // What `embed.js` finds headers by (see `dom`), set from its one home.
    if let Html::VTag(tag) = &mut header {
        Rc::make_mut(tag).add_attribute(dom::TOGGLE, "");
    }
    html! {
        <li class="section" part={parts::section(section.status, props.expanded)} data-status={data_status}>
            <h3 class="heading" part={parts::SECTION_HEADER}>{ header }</h3>
            { panel }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PanelContentProps {
    story: Rc<Story>,
    index: usize,
    lang: Lang,
    story_key: AttrValue,
    copied: bool,
    on_event: Option<Callback<Event>>,
}

/// What an open panel shows: the body, highlights, skills and the section's link.
#[component]
fn PanelContent(props: &PanelContentProps) -> Html {
    let Some(section) = props.story.sections.get(props.index) else {
        return Html::default();
    };
    let text = props.lang.text();
    let href = format!("#{}", fragment(&props.story_key, &section.id));
    // Without a host to copy it, the link is a plain link to the section.
    let copy = props.on_event.clone().map(|cb| {
        let id = section.id.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            cb.emit(Event::CopyRequested(id.clone()));
        })
    });
    html! {
        <>
            { body(&section.body) }
            if !section.highlights.is_empty() {
                <ul class="highlights" aria-label={text.highlights}>
                    { for section.highlights.iter().map(|h| html! { <li part={parts::HIGHLIGHT}>{ h }</li> }) }
                </ul>
            }
            if !section.skills.is_empty() {
                <ul class="skills" aria-label={text.skills}>
                    { for section.skills.iter().map(|s| html! { <li part={parts::SKILL}>{ s }</li> }) }
                </ul>
            }
            <p class="section-link">
                <a {href} onclick={copy}>{ text.copy_link }</a>
                if props.copied {
                    <span role="status">{ text.link_copied }</span>
                }
            </p>
        </>
    }
}
