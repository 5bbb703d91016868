//! What a page says about itself, outside the article's text: the author (`<meta
//! name="author">`, `<meta property="article:author">`, JSON-LD), the title fallbacks
//! (`og:title`, `<title>`), the summary (`description`, `og:description`), the language
//! (`<html lang>`) and the address relative links are resolved against.
//!
//! The author's name: `<meta name="author">`, else the JSON-LD author's name, else
//! `article:author` when it is a name. `article:author` is a profile URL on most sites
//! (Medium, WordPress), so as a URL it gives the author's link, after the JSON-LD author's
//! `url`; it never becomes the name.

use serde_json::Value;

use super::tree::{Dom, Id};

/// The page's metadata, each with the offset of the element that gave it (for remarks).
#[derive(Debug, Default)]
pub struct Page {
    pub lang: Option<Found>,
    pub title: Option<Found>,
    pub og_title: Option<Found>,
    pub summary: Option<Found>,
    pub author: Option<Found>,
    pub author_url: Option<Found>,
    /// The page's own address (`<base href>`, canonical link or `og:url`).
    pub base: Option<String>,
    /// Remarks at offsets: JSON-LD that does not parse, extra authors.
    pub notes: Vec<(usize, String)>,
}

#[derive(Debug, Clone)]
pub struct Found {
    pub value: String,
    /// Where it came from, as a remark names it: `<meta name="author">`.
    pub source: &'static str,
    pub offset: usize,
}

/// Reads the metadata from every element of the page, in document order.
pub fn read(dom: &Dom) -> Page {
    let mut page = Page::default();
    let mut meta_author = None;
    let mut article_author = None;
    let mut ld_author: Option<(Option<String>, Option<String>, usize)> = None;
    let mut description = None;
    let mut og_description = None;
    let mut base = None;
    let mut canonical = None;
    let mut og_url = None;
    for id in elements(dom) {
        let offset = dom.node(id).offset;
        let attr = |key| dom.attr(id, key).map(str::trim).filter(|v| !v.is_empty());
        let found = |value: &str, source| Found {
            value: collapse(value),
            source,
            offset,
        };
        match dom.name(id).unwrap_or_default() {
            "html" if page.lang.is_none() => {
                page.lang = attr("lang").map(|lang| found(lang, "<html lang>"));
            }
            "title" if page.title.is_none() => {
                let title = collapse(&text_of(dom, id));
                page.title = (!title.is_empty()).then(|| found(&title, "<title>"));
            }
            "base" => base = base.or(attr("href").map(str::to_owned)),
            "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                canonical = canonical.or(attr("href").map(str::to_owned));
            }
            "meta" => {
                let Some(content) = attr("content") else {
                    continue;
                };
                let key = attr("name").or(attr("property")).unwrap_or_default();
                let slot = match key.to_ascii_lowercase().as_str() {
                    "author" => (&mut meta_author, "<meta name=\"author\">"),
                    "article:author" => (&mut article_author, "<meta property=\"article:author\">"),
                    "description" => (&mut description, "<meta name=\"description\">"),
                    "og:description" => (&mut og_description, "<meta property=\"og:description\">"),
                    "og:title" => (&mut page.og_title, "<meta property=\"og:title\">"),
                    "og:url" => {
                        og_url = og_url.or(Some(content.to_owned()));
                        continue;
                    }
                    _ => continue,
                };
                if slot.0.is_none() {
                    *slot.0 = Some(found(content, slot.1));
                }
            }
            "script"
                if ld_author.is_none()
                    && attr("type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                match serde_json::from_str::<Value>(&text_of(dom, id)) {
                    Ok(value) => {
                        if let Some((name, url, count)) = json_ld_author(&value) {
                            if count > 1 {
                                page.notes.push((
                                    offset,
                                    format!(
                                        "JSON-LD lists {count} authors; a story has one, so it \
                                         names the first, \"{}\"",
                                        name.as_deref().unwrap_or("")
                                    ),
                                ));
                            }
                            ld_author = Some((name, url, offset));
                        }
                    }
                    Err(e) => page.notes.push((
                        offset,
                        format!("JSON-LD that is not valid JSON ignored: {e}"),
                    )),
                }
            }
            _ => {}
        }
    }
    const LD: &str = "the JSON-LD author";
    let (ld_name, ld_url) = match ld_author {
        Some((name, url, offset)) => (
            name.map(|n| found_at(n, LD, offset)),
            url.map(|u| found_at(u, LD, offset)),
        ),
        None => (None, None),
    };
    let (article_name, article_url) = match article_author {
        Some(a) if is_url(&a.value) => (None, Some(a)),
        other => (other, None),
    };
    page.author = meta_author.or(ld_name).or(article_name);
    page.author_url = ld_url.or(article_url);
    page.summary = description.or(og_description);
    page.base = base.or(canonical).or(og_url);
    page
}

fn found_at(value: String, source: &'static str, offset: usize) -> Found {
    Found {
        value: collapse(&value),
        source,
        offset,
    }
}

fn is_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
}

/// Every element of the document, in document order, without recursion.
pub fn elements(dom: &Dom) -> impl Iterator<Item = Id> + '_ {
    let mut stack = vec![Dom::DOCUMENT];
    std::iter::from_fn(move || {
        while let Some(id) = stack.pop() {
            stack.extend(dom.children_rev(id));
            if dom.name(id).is_some() {
                return Some(id);
            }
        }
        None
    })
}

/// All the text under a node (for `<title>` and `<script>`, which hold only text).
pub fn text_of(dom: &Dom, id: Id) -> String {
    dom.children(id).filter_map(|c| dom.text(c)).collect()
}

/// Runs of whitespace as single spaces, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The author of the first JSON-LD item that names one, preferring articles: their name, URL,
/// and how many authors the item lists. Items may be a list or an `@graph`; an author may be a
/// name, an object, a list, or a reference (`{"@id": ...}`) to another item of the graph.
fn json_ld_author(value: &Value) -> Option<(Option<String>, Option<String>, usize)> {
    let mut items: Vec<&Value> = Vec::new();
    let mut pending = vec![value];
    while let Some(v) = pending.pop() {
        match v {
            Value::Array(list) => pending.extend(list.iter().rev()),
            Value::Object(map) => {
                items.push(v);
                if let Some(graph) = map.get("@graph") {
                    pending.push(graph);
                }
            }
            _ => {}
        }
    }
    let is_article = |item: &Value| {
        let types = match item.get("@type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        types
            .iter()
            .any(|t| t.ends_with("Article") || t.ends_with("Posting"))
    };
    let with_author = |item: &&&Value| item.get("author").is_some();
    let item = items
        .iter()
        .filter(with_author)
        .find(|item| is_article(item))
        .or_else(|| items.iter().find(with_author))?;
    let author = item.get("author")?;
    let (first, count) = match author {
        Value::Array(list) => (list.first()?, list.len()),
        other => (other, 1),
    };
    // An author given by reference (`{"@id": ...}`, as Yoast writes it) is the graph's item
    // with that id; what the reference itself says comes first.
    let referenced = first.get("@id").and_then(Value::as_str).and_then(|id| {
        items
            .iter()
            .copied()
            .find(|i| !std::ptr::eq(*i, first) && i.get("@id").and_then(Value::as_str) == Some(id))
    });
    let text = |key| {
        [Some(first), referenced]
            .into_iter()
            .flatten()
            .find_map(|v| v.get(key).and_then(Value::as_str).map(str::to_owned))
    };
    let (name, url) = match first {
        Value::String(s) if is_url(s.as_str()) => (None, Some(s.clone())),
        Value::String(s) => (Some(s.clone()), None),
        _ => (text("name"), text("url")),
    };
    let name = name.filter(|n| !n.trim().is_empty());
    (name.is_some() || url.is_some()).then_some((name, url, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(json: &str) -> Option<(Option<String>, Option<String>, usize)> {
        json_ld_author(&serde_json::from_str(json).expect("json"))
    }

    #[test]
    fn json_ld_authors_in_every_shape() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(
            author(r#"{"@type":"BlogPosting","author":"Ada"}"#),
            Some((s("Ada"), None, 1))
        );
        assert_eq!(
            author(
                r#"[{"@type":"WebSite"},{"@type":"Article","author":[{"name":"Ada","url":"https://a.dev"},{"name":"Bo"}]}]"#
            ),
            Some((s("Ada"), s("https://a.dev"), 2))
        );
        let graph = r##"{"@graph":[{"@type":"WebPage","author":{"name":"Site"}},
            {"@type":["Article"],"author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Kemi"}]}"##;
        assert_eq!(author(graph), Some((s("Kemi"), None, 1)));
        let yoast = r##"{"@graph":[{"@type":"Article","author":{"name":"Grace","@id":"#g"}},
            {"@type":"Person","@id":"#g","name":"Grace Ade","url":"https://g.example"}]}"##;
        assert_eq!(author(yoast), Some((s("Grace"), s("https://g.example"), 1)));
        assert_eq!(author(r#"{"@type":"Article","author":{}}"#), None);
    }

    #[test]
    fn article_author_as_a_url_links_the_name_from_meta() {
        let dom = super::super::tree::parse(
            r#"<html lang="fr"><head><title> My  post </title>
            <meta name="author" content="Ada Obi">
            <meta property="article:author" content="https://ada.example">
            <meta property="og:description" content="Og."><meta name="description" content="Desc.">
            </head><body></body></html>"#,
        )
        .expect("shallow");
        let page = read(&dom);
        let value = |f: &Option<Found>| f.as_ref().map(|f| f.value.clone());
        assert_eq!(value(&page.author).as_deref(), Some("Ada Obi"));
        assert_eq!(
            value(&page.author_url).as_deref(),
            Some("https://ada.example")
        );
        assert_eq!(value(&page.summary).as_deref(), Some("Desc."));
        assert_eq!(value(&page.title).as_deref(), Some("My post"));
        assert_eq!(value(&page.lang).as_deref(), Some("fr"));
    }
}
