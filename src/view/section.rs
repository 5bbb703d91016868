//! One section of a story: a WAI-ARIA accordion header and its panel.

use std::rc::Rc;

use yew::prelude::*;

use super::body::body;
use crate::model::{Status, Story};

#[derive(Properties, PartialEq)]
pub struct SectionItemProps {
    pub story: Rc<Story>,
    pub index: usize,
    pub expanded: bool,
    /// Raised with `index` when the reader activates the header.
    pub on_toggle: Callback<usize>,
}

/// The visible word for a status: the marker is never colour alone.
fn status_label(status: Status) -> &'static str {
    match status {
        Status::Done => "Done",
        Status::Current => "Current",
        Status::Upcoming => "Upcoming",
    }
}

#[component]
pub fn SectionItem(props: &SectionItemProps) -> Html {
    let Some(section) = props.story.sections.get(props.index) else {
        return Html::default();
    };
    let heading_id = format!("h-{}", section.id);
    let panel_id = format!("p-{}", section.id);
    let status = section.status.map(|s| {
        html! { <span class="status-label">{ status_label(s) }</span> }
    });
    let period = section
        .period
        .as_ref()
        .map(|p| html! { <span class="period">{ p }</span> });
    let label = html! {
        <>
            <span class="marker" aria-hidden="true"></span>
            <span class="section-title">{ &section.title }</span>
            { for period }
            { for status }
        </>
    };
    let data_status = section.status.map(Status::as_str);
    if !section.has_content() {
        // Nothing to expand: a plain heading, not a button that opens an empty panel.
        return html! {
            <li class="section empty" data-status={data_status}>
                <h3 class="heading"><span class="toggle" id={heading_id}>{ label }</span></h3>
            </li>
        };
    }
    let onclick = {
        let (cb, index) = (props.on_toggle.clone(), props.index);
        move |_| cb.emit(index)
    };
    html! {
        <li class="section" data-status={data_status}>
            <h3 class="heading">
                <button
                    type="button"
                    class="toggle"
                    id={heading_id.clone()}
                    aria-expanded={if props.expanded { "true" } else { "false" }}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    { label }
                    <span class="chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div
                class="panel"
                id={panel_id}
                role="region"
                aria-labelledby={heading_id}
                hidden={!props.expanded}
            >
                { body(&section.body) }
                if !section.highlights.is_empty() {
                    <ul class="highlights" aria-label="Highlights">
                        { for section.highlights.iter().map(|h| html! { <li>{ h }</li> }) }
                    </ul>
                }
                if !section.skills.is_empty() {
                    <ul class="skills" aria-label="Skills">
                        { for section.skills.iter().map(|s| html! { <li>{ s }</li> }) }
                    </ul>
                }
            </div>
        </li>
    }
}
