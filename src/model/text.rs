//! The light text format of section bodies: paragraphs, bullet lists, **bold**, *italic* and
//! `[links](https://…)`.
//!
//! Invariants: parsing never fails and never panics (anything that is not well-formed markup is
//! kept as literal text), runs in linear time on hostile input, and produces only [`SafeHref`]
//! links, so the view can render every [`Inline`] as DOM nodes without further checks.

/// A link target the widget is willing to make clickable: `http:`, `https:` or `mailto:` only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeHref(String);

impl SafeHref {
    /// Accepts a URL only if its scheme is allowed. Whitespace or control characters anywhere
    /// disqualify it, which rules out the split-scheme tricks (`java\tscript:`) browsers forgive.
    pub fn parse(url: &str) -> Option<SafeHref> {
        let url = url.trim();
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        let scheme_end = url.find(':')?;
        let scheme = &url[..scheme_end];
        let rest = &url[scheme_end + 1..];
        let allowed = match scheme.to_ascii_lowercase().as_str() {
            "http" | "https" => rest.starts_with("//") && rest.len() > 2,
            "mailto" => !rest.is_empty(),
            _ => false,
        };
        allowed.then(|| SafeHref(url.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A run of text with one style. Bodies are flat lists of these; nesting is expressed by flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub href: Option<SafeHref>,
}

/// A block of a section body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// Consecutive lines that each start with `- ` or `* `.
    List(Vec<Vec<Inline>>),
}

/// Splits a body into blocks at blank lines and parses each block's inline markup.
pub fn parse_body(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in body.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                blocks.push(parse_block(&lines));
                lines.clear();
            }
        } else {
            lines.push(line.trim());
        }
    }
    blocks
}

fn list_item(line: &str) -> Option<&str> {
    line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))
}

fn parse_block(lines: &[&str]) -> Block {
    if lines.iter().all(|l| list_item(l).is_some()) {
        let items = lines
            .iter()
            .filter_map(|l| list_item(l))
            .map(parse_inline)
            .collect();
        Block::List(items)
    } else {
        // Single line breaks inside a paragraph are soft, as in Markdown.
        Block::Paragraph(parse_inline(&lines.join(" ")))
    }
}

/// Parses inline markup into styled runs. Unmatched markers stay literal.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    Parser::default().run(text, Style::default(), &mut out);
    out
}

#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
}

/// Remembers, per delimiter, that no closer exists at or after some offset of the text being
/// scanned, so that a run of unmatched openers costs linear, not quadratic, time.
#[derive(Default)]
struct Parser {
    no_bold_after: Option<usize>,
    no_italic_after: Option<usize>,
    /// Absolute offsets of the next `](` and of the first `)` after it (`None`: there is none).
    link_marks: Option<(usize, Option<usize>)>,
}

impl Parser {
    fn run(&mut self, text: &str, style: Style, out: &mut Vec<Inline>) {
        // Each nested run works on its own slice, so it gets its own memo.
        let mut literal = String::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let rest = &text[i..];
            if bytes[i] == b'\\' && i + 1 < bytes.len() && b"*[]()\\_".contains(&bytes[i + 1]) {
                literal.push(bytes[i + 1] as char);
                i += 2;
                continue;
            }
            if rest.starts_with("**") && !style.bold {
                if let Some(len) = self.closing(rest, 2, &text[i + 2..], Delim::Bold, i + 2) {
                    flush(&mut literal, style, out);
                    let inner = &rest[2..2 + len];
                    Parser::default().run(
                        inner,
                        Style {
                            bold: true,
                            ..style
                        },
                        out,
                    );
                    i += len + 4;
                    continue;
                }
            } else if bytes[i] == b'*' && !rest.starts_with("**") && !style.italic {
                if let Some(len) = self.closing(rest, 1, &text[i + 1..], Delim::Italic, i + 1) {
                    flush(&mut literal, style, out);
                    let inner = &rest[1..1 + len];
                    Parser::default().run(
                        inner,
                        Style {
                            italic: true,
                            ..style
                        },
                        out,
                    );
                    i += len + 2;
                    continue;
                }
            } else if bytes[i] == b'['
                && let Some((label, url, used)) = self.link(rest, i)
            {
                flush(&mut literal, style, out);
                match SafeHref::parse(url) {
                    Some(href) => out.push(Inline {
                        text: strip_markup(label),
                        bold: style.bold,
                        italic: style.italic,
                        href: Some(href),
                    }),
                    // A link we will not make clickable still shows its words.
                    None => Parser::default().run(label, style, out),
                }
                i += used;
                continue;
            }
            let ch = rest.chars().next().unwrap_or_default();
            literal.push(ch);
            i += ch.len_utf8();
        }
        flush(&mut literal, style, out);
    }

    /// Finds the closer of an emphasis opened at the start of `rest`, returning the inner length.
    /// Like CommonMark, an opener must be followed, and a closer preceded, by non-whitespace.
    fn closing(
        &mut self,
        rest: &str,
        width: usize,
        after: &str,
        delim: Delim,
        offset: usize,
    ) -> Option<usize> {
        let memo = match delim {
            Delim::Bold => &mut self.no_bold_after,
            Delim::Italic => &mut self.no_italic_after,
        };
        if memo.is_some_and(|m| m <= offset) {
            return None;
        }
        if after.starts_with(char::is_whitespace) || after.is_empty() {
            return None;
        }
        let marker = &rest[..width];
        // Emphasis needs some text inside: `****` is not an empty bold.
        let first_text = after.find(|c| c != '*').unwrap_or(after.len());
        let mut from = 0;
        while let Some(pos) = after[from..].find(marker) {
            let at = from + pos;
            let single_ok = width == 2 || !after[at..].starts_with("**");
            let inner = &after[..at];
            if !inner.ends_with(char::is_whitespace) && first_text < at && single_ok {
                // In `**bold *both***` the last two stars close the bold, not the first two.
                let shift = usize::from(width == 2 && after[at..].starts_with("***"));
                return Some(at + shift);
            }
            from = at
                + if width == 1 && after[at..].starts_with("**") {
                    2
                } else {
                    width
                };
        }
        *memo = Some(offset);
        None
    }

    /// Matches `[label](url)` at the start of `rest` (which begins at `offset` of the text),
    /// returning label, url and bytes consumed. The next `](` and the first `)` after it are
    /// remembered, and each is searched for again only past the last one found, so a run of
    /// `[` or `](` costs linear time however the marks interleave.
    fn link<'a>(&mut self, rest: &'a str, offset: usize) -> Option<(&'a str, &'a str, usize)> {
        let (mid, close) = match self.link_marks {
            Some((mid, close)) if mid > offset => (mid, close),
            // No `)` after an earlier `](`, so none after a later one either.
            Some((_, None)) => return None,
            previous => {
                let Some(mid) = rest.find("](").map(|m| offset + m) else {
                    // None ahead: every later `[` is literal.
                    self.link_marks = Some((usize::MAX, None));
                    return None;
                };
                let close = match previous {
                    // The `)` already found is still the first one after this `](`.
                    Some((_, Some(close))) if close >= mid + 2 => Some(close),
                    _ => rest[mid + 2 - offset..].find(')').map(|c| mid + 2 + c),
                };
                self.link_marks = Some((mid, close));
                (mid, close)
            }
        };
        let (mid, close) = (mid - offset, close? - offset);
        let label = &rest[1..mid];
        // Stops at the first bracket: a run of `[` scans each gap once.
        if label.contains(['[', ']']) {
            return None;
        }
        Some((label, &rest[mid + 2..close], close + 1))
    }
}

#[derive(Clone, Copy)]
enum Delim {
    Bold,
    Italic,
}

fn flush(literal: &mut String, style: Style, out: &mut Vec<Inline>) {
    if !literal.is_empty() {
        out.push(Inline {
            text: std::mem::take(literal),
            bold: style.bold,
            italic: style.italic,
            href: None,
        });
    }
}

/// Link labels are shown as plain words: emphasis inside a link adds nothing worth the markup.
fn strip_markup(label: &str) -> String {
    parse_inline(label).into_iter().map(|i| i.text).collect()
}

/// The plain text of a body, for search, previews and word counts.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut s = String::new();
    for block in blocks {
        let runs: Vec<&Vec<Inline>> = match block {
            Block::Paragraph(p) => vec![p],
            Block::List(items) => items.iter().collect(),
        };
        for run in runs {
            if !s.is_empty() {
                s.push('\n');
            }
            s.extend(run.iter().map(|i| i.text.as_str()));
        }
    }
    s
}
