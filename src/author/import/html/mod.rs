//! HTML pages (saved from a browser or copied from one: Medium, Hashnode, WordPress, any blog)
//! to an outline and the metadata the page gives. Parsed by html5ever, never by patterns:
//! `tree.rs` builds the tree with the offset of every tag, `page.rs` reads the metadata,
//! `article.rs` finds the post and what to leave out, `convert.rs` turns it into the body
//! format. Headings are read as in Markdown (`outline::structure`): a single `<h1>` is the title
//! and the next level makes sections.

mod article;
mod convert;
mod page;
mod tree;

use super::front_matter::Meta;
use super::outline::{Item, Note, Outline, structure};
use crate::author::import::ImportError;

/// Whether text without a telling file name is an HTML page or fragment. Conservative, so
/// Markdown with some inline HTML stays Markdown: the text must start with a tag, and either
/// be a document (`<!doctype html>`, `<html>`, `<head>`, `<body>`) or hold an `<article>`,
/// `<main>` or `<body>`.
pub fn looks_like_html(text: &str) -> bool {
    let text = text.trim_start();
    if !text.starts_with('<') {
        return false;
    }
    let head: String = text
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    let document = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<main",
    ];
    if document.iter().any(|d| head.starts_with(d)) {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    ["<article", "<main", "<body"]
        .iter()
        .any(|t| lower.contains(t))
}

/// Reads a page. `given` is what the front matter and flags say, which wins: the remarks only
/// name where a field came from when the page's value is the one used.
pub fn read(text: &str, given: &Meta) -> Result<(Outline, Meta), ImportError> {
    let dom = tree::parse(text).map_err(|tree::TooDeep(offset)| {
        let (line, column) = Locator::new(text).position(offset);
        ImportError::TooDeep {
            line,
            column,
            limit: tree::MAX_NESTING,
        }
    })?;
    let page = page::read(&dom);
    let choice = article::choose(&dom);
    let mut converter = convert::Converter::new(&dom, page.base.as_deref());
    converter.walk(choice.root);
    let mut notes = std::mem::take(&mut converter.notes);
    notes.extend(page.notes.iter().cloned());
    let root = article::describe(&dom, choice.root);
    let mut chosen = match choice.how {
        "article" | "main" => format!("reading {root} as the post"),
        _ => format!(
            "no <article> or <main>: reading the largest block of text, {root}, as the post"
        ),
    };
    if !choice.around.is_empty() {
        chosen.push_str(&format!(
            "; left out around it: {}",
            choice.around.join(", ")
        ));
    }
    notes.push((dom.node(choice.root).offset, chosen));

    let mut at = Locator::new(text);
    let mut items = converter.items;
    let has_h1 = items
        .iter()
        .any(|i| matches!(i, Item::Heading { level: 1, .. }));
    let fallback = if has_h1 {
        None
    } else {
        page.og_title.clone().or(page.title.clone())
    };
    for item in &mut items {
        let (Item::Heading { line, .. } | Item::Block { line, .. }) = item;
        *line = at.line(*line);
    }
    // Without an <h1>, the page's title is the story's, so a lone <h2> stays a section.
    let title_known = given.title.is_some() || fallback.is_some();
    let mut outline = structure(items, title_known);
    if outline.title.is_none()
        && given.title.is_none()
        && let Some(title) = fallback
    {
        notes.push((
            title.offset,
            format!("title taken from {} (the post has no <h1>)", title.source),
        ));
        outline.title = Some(title.value);
    }
    let mut meta = Meta::default();
    if let Some(lang) = page.lang.filter(|_| given.lang.is_none()) {
        // `en_US` (as WordPress writes it) is `en-US` in the language tags stories use.
        let tag = lang.value.replace('_', "-");
        if tag != lang.value {
            notes.push((
                lang.offset,
                format!(
                    "language \"{}\" written as the language tag \"{tag}\"",
                    lang.value
                ),
            ));
        }
        meta.lang = Some(tag);
    }
    let fields = [
        (
            &mut meta.author,
            page.author,
            given.author.is_some(),
            "author",
        ),
        (
            &mut meta.author_url,
            page.author_url,
            given.author_url.is_some(),
            "author URL",
        ),
        (
            &mut meta.summary,
            page.summary,
            given.summary.is_some(),
            "summary",
        ),
    ];
    for (slot, found, overridden, what) in fields {
        if let Some(found) = found {
            if !overridden {
                notes.push((
                    found.offset,
                    format!("{what} \"{}\" taken from {}", found.value, found.source),
                ));
            }
            *slot = Some(found.value);
        }
    }
    notes.sort_by_key(|(offset, _)| *offset);
    outline.notes = notes
        .into_iter()
        .map(|(offset, message)| {
            let (line, column) = at.position(offset);
            Note {
                line: Some(line),
                column: Some(column),
                message,
            }
        })
        .collect();
    Ok((outline, meta))
}

/// Lines and columns (in characters, from 1) of byte offsets. Columns are counted on from the
/// last position asked for when it is earlier on the same line, so positions asked for in
/// order cost in proportion to the text, however long its lines.
struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    last: (usize, usize, usize),
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Locator<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            line_starts,
            last: (0, 1, 1),
        }
    }

    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn position(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line(offset);
        let start = self.line_starts[line - 1];
        let (last_offset, last_line, last_column) = self.last;
        let (from, column) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 1)
        };
        let column = column + self.text.get(from..offset).map_or(0, |s| s.chars().count());
        self.last = (offset, line, column);
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_but_markdown_with_tags_is_not() {
        for html in [
            "<!DOCTYPE html><p>x",
            "  <html lang=en>",
            "<div><article><h1>T</h1></article></div>",
        ] {
            assert!(looks_like_html(html), "{html}");
        }
        for markdown in [
            "# Title\n\n<div>x</div>",
            "<div align=\"center\"><img src=x></div>\n\n# Title",
            "Text with <article> in it",
        ] {
            assert!(!looks_like_html(markdown), "{markdown}");
        }
    }

    #[test]
    fn positions_count_characters_on_their_line() {
        let mut at = Locator::new("ab\ncé<p>\n<b>");
        assert_eq!(at.position(3), (2, 1));
        assert_eq!(at.position(6), (2, 3));
        assert_eq!(at.position(10), (3, 1));
        assert_eq!(at.position(0), (1, 1));
    }
}
