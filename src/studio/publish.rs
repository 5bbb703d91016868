//! Embed code for the four ways to publish a story, built from the draft's JSON and the
//! widget's base URL (the folder of `embed.js` and `frame.html`, one above the studio).

use crate::author::link::story_data;

/// Where the story goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmbedKind {
    /// `embed.js` and `<journey-story src="my-journey.json">`; the file is uploaded beside.
    #[default]
    Script,
    /// The story inside the element, in `<script type="application/json">`.
    Inline,
    /// An iframe of the widget's `frame.html`, the story in the address's fragment.
    Frame,
    /// The widget's server-rendered HTML, to paste inside the element (readers without
    /// JavaScript see it; the widget replaces it).
    NoJs,
}

impl EmbedKind {
    pub const ALL: [EmbedKind; 4] = [
        EmbedKind::Script,
        EmbedKind::Inline,
        EmbedKind::Frame,
        EmbedKind::NoJs,
    ];

    /// The value of the kind's `<option>`.
    pub fn value(self) -> &'static str {
        match self {
            EmbedKind::Script => "script",
            EmbedKind::Inline => "inline",
            EmbedKind::Frame => "frame",
            EmbedKind::NoJs => "html",
        }
    }

    pub fn from_value(value: &str) -> Option<EmbedKind> {
        EmbedKind::ALL.into_iter().find(|k| k.value() == value)
    }
}

/// The file name the script-tag code points at; the instruction says to upload the download
/// under it.
pub const STORY_FILE: &str = "my-journey.json";

/// Frame addresses longer than this get a warning: some platforms and address bars cut them
/// (the same limit as `journey-story link`).
pub const LONG_LINK: usize = 2_000;

/// `<script type="module" src=".../embed.js"></script>` followed by `<journey-story src>`.
pub fn script_tag(base: &str) -> String {
    format!(
        "{}\n<journey-story src=\"{STORY_FILE}\"></journey-story>\n",
        loader(base)
    )
}

/// The story inside the element. Every `<` (only ever inside JSON strings) is written `\u003c`,
/// which `JSON.parse` reads the same: not only can `</script>` not end the element, `<!--` and
/// `<script` cannot switch the HTML parser into the state where the closing tag is not one.
pub fn inline(base: &str, json: &str) -> String {
    format!(
        "{}\n<journey-story>\n<script type=\"application/json\">\n{}</script>\n</journey-story>\n",
        loader(base),
        json.replace('<', "\\u003c")
    )
}

/// An iframe of the frame page with the story in its address; also the address's length, for
/// the long-link warning. `Err` when the JSON cannot be encoded (it always can when written by
/// the draft).
pub fn frame(base: &str, json: &str, title: &str) -> Result<(String, usize), String> {
    let url = format!("{base}frame.html#story={}", story_data(json)?);
    let code = format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width: 100%; border: 0\" height=\"600\" \
         loading=\"lazy\"></iframe>\n",
        escape(&url),
        escape(title)
    );
    Ok((code, url.chars().count()))
}

fn loader(base: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}embed.js\"></script>",
        escape(base)
    )
}

/// Text for an HTML attribute value in double quotes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The no-JavaScript snippet: the widget's own components rendered to HTML, every section
/// open. `None` when the story has errors (the widget would refuse it too). Asynchronous: in
/// the browser Yew's scheduler runs between tasks, so it cannot be blocked on.
pub async fn no_js(json: &str) -> Option<String> {
    use crate::options::{OpenPolicy, Theme};
    let story = crate::json::parse_story(json).ok()?;
    Some(crate::render::render_story_async(story, OpenPolicy::All, Theme::Auto).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.org/journey-story/";

    #[test]
    fn the_script_tag_loads_embed_js_from_the_base() {
        assert_eq!(
            script_tag(BASE),
            "<script type=\"module\" src=\"https://example.org/journey-story/embed.js\"></script>\n\
             <journey-story src=\"my-journey.json\"></journey-story>\n"
        );
    }

    #[test]
    fn inline_stories_cannot_end_their_script_element() {
        let code = inline(BASE, "{\"title\": \"a </script> b\"}\n");
        assert!(code.contains("\"a \\u003c/script> b\""));
        assert!(!code.contains("<!--") && code.matches("</script>").count() == 2);
        assert_eq!(code.matches("</script>").count(), 2, "{code}");
        assert!(code.contains("<journey-story>\n<script type=\"application/json\">\n{"));
    }

    #[test]
    fn frames_carry_the_story_in_the_fragment() {
        let json = include_str!("../../www/stories/alx-backend-journey.json");
        let (code, length) = frame(BASE, json, "Mine & \"yours\"").expect("encodes");
        let data = story_data(json).expect("encodes");
        assert!(code.starts_with(&format!(
            "<iframe src=\"{BASE}frame.html#story={data}\" title=\"Mine &amp; &quot;yours&quot;\""
        )));
        assert_eq!(length, BASE.len() + "frame.html#story=".len() + data.len());
        assert!(length > LONG_LINK);
        assert!(frame(BASE, "{", "t").is_err());
    }

    #[test]
    fn the_no_javascript_snippet_is_the_rendered_widget() {
        let json = include_str!("../../www/stories/alx-backend-journey.json");
        let html = futures::executor::block_on(no_js(json)).expect("valid story");
        assert!(html.contains("Certification and Future Prospects"));
        assert_eq!(futures::executor::block_on(no_js("{}")), None);
    }

    #[test]
    fn kinds_round_trip_through_their_option_values() {
        for kind in EmbedKind::ALL {
            assert_eq!(EmbedKind::from_value(kind.value()), Some(kind));
        }
    }
}
