//! Server-side rendering (native builds only): the same view components as the widget, rendered
//! to an HTML string for tests, for the command-line tool and for pages without JavaScript.

use std::rc::Rc;

use yew::{AttrValue, LocalServerRenderer};

use crate::model::Story;
use crate::view::{Journey, JourneyProps, LoadState, OpenPolicy, Theme};

/// Renders a widget state to HTML. Nothing in the view suspends, so this completes in one poll.
pub fn render_state(state: LoadState, open: OpenPolicy, theme: Theme) -> String {
    let props = JourneyProps {
        state,
        open,
        theme,
        lang: None,
        page_lang: None,
        story_key: AttrValue::default(),
        read: Default::default(),
        target: None,
        events: Default::default(),
        // Everything at once: a snippet has no second frame.
        bodies: true,
    };
    let renderer = LocalServerRenderer::<Journey>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// Renders a story as the widget shows it.
pub fn render_story(story: Story, open: OpenPolicy, theme: Theme) -> String {
    render_state(LoadState::Ready(Rc::new(story)), open, theme)
}
