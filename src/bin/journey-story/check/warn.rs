//! Warnings: things the widget accepts but that are probably mistakes. Mis-decoded text, empty
//! sections, links that will not be clickable, ids that collide, very long sections, keys
//! written twice. They are read from the raw JSON tree, so they are found even in a story that
//! has errors.

use journey_story::model::budget::{PARTS_PER_SECTION, PARTS_PER_STORY};
use journey_story::model::{SafeHref, Story, Value, parse_body, plain_text, slug};

use super::locate::{Locations, Pos, member};
use crate::mojibake;

/// A section longer than this many words is hard to read in a collapsible panel.
pub const LONG_SECTION_WORDS: usize = 600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub pos: Pos,
    pub message: String,
}

pub fn warnings(doc: &Value, at: &Locations, story: Option<&Story>) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |path: &str, pos: Option<Pos>, message: String| {
        out.push(Warning {
            path: path.to_owned(),
            pos: pos.unwrap_or_else(|| at.find(path)),
            message,
        });
    };
    for (path, text) in strings(doc, "(story)") {
        for r in mojibake::find(text) {
            let pos = at.string(&path).and_then(|s| s.at(r.offset));
            warn(
                &path,
                pos,
                format!(
                    "\"{}\" looks mis-decoded (UTF-8 read as Windows-1252); it should probably be \
                     \"{}\"",
                    r.found, r.fixed
                ),
            );
        }
    }
    if let Some(Value::String(url)) = doc.get("author").and_then(|a| a.get("url"))
        && !url.trim().is_empty()
        && SafeHref::parse(url).is_none()
    {
        warn(
            "author.url",
            None,
            format!("\"{url}\" will not be linked: only http, https and mailto URLs are"),
        );
    }
    let items = match doc.get("sections") {
        Some(Value::Array(items)) => items.as_slice(),
        _ => &[],
    };
    for (i, item) in items.iter().enumerate() {
        let path = format!("sections[{i}]");
        let title = match item.get("title") {
            Some(Value::String(t)) if !t.trim().is_empty() => format!("section \"{}\"", t.trim()),
            _ => "this section".to_owned(),
        };
        let Some(Value::String(body)) = item.get("body") else {
            continue;
        };
        let body_path = format!("{path}.body");
        if body.trim().is_empty() && !has_items(item, "highlights") && !has_items(item, "skills") {
            warn(
                &body_path,
                None,
                format!("{title} has no text: it shows as a heading with no panel"),
            );
        }
        let words = plain_text(&parse_body(body)).split_whitespace().count();
        if words > LONG_SECTION_WORDS {
            warn(
                &body_path,
                None,
                format!(
                    "{title} is {words} words long (over {LONG_SECTION_WORDS}); \
                     readers may skip it: consider splitting it"
                ),
            );
        }
        for (offset, label, url) in links(body) {
            if SafeHref::parse(url).is_none() {
                let pos = at.string(&body_path).and_then(|s| s.at(offset));
                warn(
                    &body_path,
                    pos,
                    format!(
                        "link \"{label}\" to \"{url}\" will show as plain words: only http, https \
                         and mailto links are clickable"
                    ),
                );
            }
        }
    }
    if let Some(story) = story {
        for (i, (section, item)) in story.sections.iter().zip(items).enumerate() {
            if section.cut {
                warn(
                    &format!("sections[{i}].body"),
                    None,
                    format!(
                        "section \"{}\" has more paragraphs, list items, styled runs, highlights \
                         and skills than a page lays out quickly ({} a section, {} a story): \
                         the rest shows as plain text",
                        section.title, PARTS_PER_SECTION, PARTS_PER_STORY
                    ),
                );
            }
            let explicit = matches!(item.get("id"), Some(Value::String(s)) if !s.trim().is_empty());
            let wanted = slug(&section.title, i);
            if !explicit && section.id != wanted {
                warn(
                    &format!("sections[{i}].title"),
                    None,
                    format!(
                        "this section gets the id \"{}\" because \"{wanted}\" is already taken; \
                         give the sections an \"id\" each so links to them stay stable",
                        section.id
                    ),
                );
            }
        }
    }
    for (path, pos) in &at.duplicate_keys {
        warn(
            path,
            Some(*pos),
            "this key appears more than once in its object; only the last one is used".into(),
        );
    }
    out
}

fn has_items(section: &Value, key: &str) -> bool {
    matches!(section.get(key), Some(Value::Array(items))
        if items.iter().any(|i| matches!(i, Value::String(s) if !s.trim().is_empty())))
}

/// Every string value in the tree, with its path.
fn strings<'a>(value: &'a Value, path: &str) -> Vec<(String, &'a str)> {
    match value {
        Value::String(s) => vec![(path.to_owned(), s.as_str())],
        Value::Array(items) => items
            .iter()
            .enumerate()
            .flat_map(|(i, v)| strings(v, &format!("{path}[{i}]")))
            .collect(),
        Value::Object(entries) => entries
            .iter()
            .flat_map(|(k, v)| strings(v, &member(path, k)))
            .collect(),
        _ => Vec::new(),
    }
}

/// `[label](url)` links in a body, as the body format reads them: offset, label, URL.
fn links(body: &str) -> Vec<(usize, &str, &str)> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(c) = body[i..].chars().next() {
        if c == '\\' {
            // An escaped character is never markup.
            i += 1 + body[i + 1..].chars().next().map_or(0, char::len_utf8);
            continue;
        }
        if c == '['
            && let Some(mid) = body[i..].find("](")
            && let Some(close) = body[i + mid + 2..].find(')')
        {
            let label = &body[i + 1..i + mid];
            if !label.contains(['[', ']']) {
                found.push((i, label, &body[i + mid + 2..i + mid + 2 + close]));
                i += mid + 2 + close + 1;
                continue;
            }
        }
        i += c.len_utf8();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_as_the_body_format_reads_them() {
        let body = "See [site](https://a.b) and \\[not](x) and [me](javascript:alert(1))";
        let got: Vec<_> = links(body).into_iter().map(|(_, l, u)| (l, u)).collect();
        assert_eq!(got, [("site", "https://a.b"), ("me", "javascript:alert(1")]);
    }
}
