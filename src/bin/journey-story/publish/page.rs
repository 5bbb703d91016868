//! The story's own page: a complete HTML5 document that search engines, link previews and
//! readers without JavaScript read whole (the widget's components rendered on the server, every
//! section open), which the widget takes over where scripts run.

use journey_story::model::limits::DEFAULT_MAX_BYTES;
use journey_story::model::{SafeHref, Story};
use journey_story::render::render_story;
use journey_story::view::{OpenPolicy, Theme};

use super::Site;
use super::html::{Object, escape};

/// Just enough style for the server-rendered story to read well on its own: a text column, the
/// reader's colour scheme, and the controls that only work with the widget (expand all, copy
/// link) hidden. It styles the element's own content only: the widget, once it runs, draws in
/// its shadow root with its own stylesheet.
const STYLE: &str = "\
:root{color-scheme:light dark}
body{margin:0 auto;max-width:46rem;padding:1rem;font:1rem/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}
journey-story{display:block}
journey-story .toolbar,journey-story .section-link{display:none}
journey-story .toggle{font:inherit;color:inherit;background:none;border:0;padding:0;text-align:start}
journey-story .status-label{margin-inline-start:.6em;font-size:.8em;font-weight:normal}
journey-story ol{padding-inline-start:1.2em}";

/// The page, ending with a newline.
pub fn page(story: &Story, bytes: usize, site: &Site) -> Result<String, serde_json::Error> {
    let lang = story.lang.as_deref().unwrap_or("en");
    let title = escape(&story.title);
    let page_url = escape(&site.page_url());
    let mut head = vec![
        "<meta charset=\"utf-8\">".to_owned(),
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">".to_owned(),
        format!("<title>{title} — {}</title>", escape(&story.author.name)),
    ];
    if let Some(summary) = &story.summary {
        head.push(format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(summary)
        ));
    }
    head.push(format!("<link rel=\"canonical\" href=\"{page_url}\">"));
    head.push(format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{title}\">",
        escape(&site.oembed_url())
    ));
    // No og:site_name: the site's name is not the tool's, and the command cannot know it.
    head.push("<meta property=\"og:type\" content=\"article\">".to_owned());
    head.push(format!("<meta property=\"og:title\" content=\"{title}\">"));
    if let Some(summary) = &story.summary {
        head.push(format!(
            "<meta property=\"og:description\" content=\"{}\">",
            escape(summary)
        ));
    }
    head.push(format!("<meta property=\"og:url\" content=\"{page_url}\">"));
    head.push(format!("<style>\n{STYLE}\n</style>"));
    head.push(format!(
        "<script type=\"application/ld+json\">\n{}</script>",
        json_ld(story, lang, site)?
    ));

    // A story over the widget's default download limit needs the element to allow it.
    let max_size = if bytes as u64 > DEFAULT_MAX_BYTES {
        format!(" max-size=\"{}M\"", (bytes as u64).div_ceil(1024 * 1024))
    } else {
        String::new()
    };
    // Every section open: without JavaScript nothing could open one.
    let fallback = render_story(story.clone(), OpenPolicy::All, Theme::Auto);
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n{head}\n</head>\n<body>\n<main>\n\
         <journey-story src=\"{src}\"{max_size}>{fallback}</journey-story>\n</main>\n\
         <script type=\"module\" src=\"{embed}\"></script>\n</body>\n</html>\n",
        lang = escape(lang),
        head = head.join("\n"),
        src = escape(&site.story_src()),
        embed = escape(&site.embed_js()),
    ))
}

/// The author's web page, when the story links one: a `mailto:` address is not a page.
pub fn author_page(story: &Story) -> Option<&str> {
    let url = story.author.url.as_ref().map(SafeHref::as_str)?;
    let scheme = url
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    matches!(scheme.as_str(), "http" | "https").then_some(url)
}

/// schema.org metadata, safe inside a `<script>` element: JSON has `<` only inside strings,
/// where `\u003c` reads the same, so no `</script>` or `<!--` in a story can end the element.
fn json_ld(story: &Story, lang: &str, site: &Site) -> Result<String, serde_json::Error> {
    let author = Object::default()
        .with("@type", "Person")
        .with("name", story.author.name.as_str())
        .with_some("url", author_page(story));
    let article = Object::default()
        .with("@context", "https://schema.org")
        .with("@type", "Article")
        .with("headline", story.title.as_str())
        .with_object("author", author)
        .with_some("description", story.summary.as_deref())
        .with("inLanguage", lang)
        .with("url", site.page_url());
    Ok(article.to_json()?.replace('<', "\\u003c"))
}
