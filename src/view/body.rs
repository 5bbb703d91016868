//! Section body text as DOM nodes. Text is only ever rendered as text nodes (never as HTML), and
//! links only carry hrefs the model has already vetted.

use yew::prelude::*;

use crate::model::{Block, Inline};

/// A plain function rather than a component: the body is part of its section's render and
/// needs no state, so it borrows the blocks instead of cloning them into props.
pub fn body(blocks: &[Block]) -> Html {
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(runs) => html! { <p>{ inlines(runs) }</p> },
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|runs| html! { <li>{ inlines(runs) }</li> }) }</ul>
            },
        })
        .collect()
}

fn inlines(runs: &[Inline]) -> Html {
    runs.iter().map(inline).collect()
}

fn inline(run: &Inline) -> Html {
    let mut node = html! { &run.text };
    if run.italic {
        node = html! { <em>{ node }</em> };
    }
    if run.bold {
        node = html! { <strong>{ node }</strong> };
    }
    match &run.href {
        Some(href) => html! {
            <a href={href.as_str().to_owned()} rel="noopener noreferrer" target="_blank">{ node }</a>
        },
        None => node,
    }
}
