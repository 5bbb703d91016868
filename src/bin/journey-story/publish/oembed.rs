//! The story's oEmbed description (oEmbed 1.0, type `rich`), which the page announces with
//! `<link rel="alternate" type="application/json+oembed">`: platforms that read it (WordPress
//! among them) embed the frame page showing the story, with a plain link before it.

use journey_story::model::Story;

use super::Site;
use super::html::{Object, escape};
use super::page::author_page;

/// The frame's starting size in CSS pixels. The frame page posts the story's height to the
/// page around it, and WordPress's embed script resizes the frame to it; elsewhere the story
/// scrolls inside this box, which shows a header and the first section on a laptop or a phone.
pub const WIDTH: u32 = 600;
pub const HEIGHT: u32 = 600;

/// The oEmbed JSON, ending with a newline.
pub fn oembed(story: &Story, site: &Site) -> Result<String, serde_json::Error> {
    let title = escape(&story.title);
    // Only what WordPress keeps of an embed: a blockquote with a link (shown where frames are
    // not), and an iframe with src, width, height, title and frameborder (it adds the
    // `#?secret=` fragment itself, which the frame page ignores).
    let html = format!(
        "<blockquote class=\"journey-story-embed\"><a href=\"{page}\">{title}</a> by {author}\
         </blockquote><iframe src=\"{frame}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         title=\"{title}\" frameborder=\"0\"></iframe>",
        page = escape(&site.page_url()),
        author = escape(&story.author.name),
        frame = escape(&site.frame_src()),
    );
    Object::default()
        .with("version", "1.0")
        .with("type", "rich")
        .with("title", story.title.as_str())
        .with("author_name", story.author.name.as_str())
        .with_some("author_url", author_page(story))
        .with("provider_name", "journey-story")
        .with("provider_url", site.widget.as_str())
        .with("width", WIDTH)
        .with("height", HEIGHT)
        .with("html", html)
        .to_json()
}
