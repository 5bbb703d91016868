//! Server-side rendering (native builds only): the same view components as the widget, rendered
//! to an HTML string for tests, for the command-line tool and for pages without JavaScript.

use std::rc::Rc;

use yew::{AttrValue, LocalServerRenderer};

use crate::model::Story;
use crate::options::{OpenPolicy, Theme};
use crate::session::Session;
use crate::view::{Journey, JourneyProps};

/// Renders a widget in the given state, statically (no reading progress, plain links).
/// Nothing in the view suspends, so this completes in one poll.
pub fn render_session(session: Session, theme: Theme) -> String {
    futures::executor::block_on(renderer(session, theme).render())
}

/// [`render_story`] without blocking: in the browser (the studio's no-JavaScript snippet),
/// Yew's scheduler runs between tasks, so the render must be awaited, never blocked on.
pub async fn render_story_async(story: Story, open: OpenPolicy, theme: Theme) -> String {
    renderer(Session::showing(Rc::new(story), open), theme)
        .render()
        .await
}

fn renderer(session: Session, theme: Theme) -> LocalServerRenderer<Journey> {
    let props = JourneyProps {
        session,
        theme,
        lang: None,
        page_lang: None,
        story_key: AttrValue::default(),
        on_event: None,
    };
    LocalServerRenderer::<Journey>::with_props(props).hydratable(false)
}

/// Renders a story as the widget shows it, every section's text included (a snippet has no
/// second frame).
pub fn render_story(story: Story, open: OpenPolicy, theme: Theme) -> String {
    render_session(Session::showing(Rc::new(story), open), theme)
}
