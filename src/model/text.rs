//! The light text format of section bodies: paragraphs, bullet lists, **bold**, *italic* and
//! `[links](https://…)`.
//!
//! Invariants: parsing never fails and never panics (anything that is not well-formed markup is
//! kept as literal text), runs in linear time on hostile input, and produces only [`SafeHref`]
//! links, so the view can render every [`Inline`] as DOM nodes without further checks.
//!
//! The one home of the `[label](url)` grammar: [`links`], which tools use to point at links, is
//! the parser itself listening for them, so no second reading of the syntax can drift.

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
    for_each_block(body, |lines| blocks.push(parse_block(lines, &mut ())));
    blocks
}

#[cfg(any(not(browser), feature = "author"))]
/// A `[label](url)` link as the body format reads it, clickable or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'a> {
    /// Byte offset of the `[` in the body.
    pub offset: usize,
    /// The label as written in the body (a label wrapped over two lines keeps its line break).
    pub label: &'a str,
    pub url: &'a str,
}

#[cfg(any(not(browser), feature = "author"))]
/// Every link in a body, in order: exactly the links [`parse_body`] reads, because they are
/// found by the same parser (escapes, emphasis, lists and soft line breaks included), in the
/// same linear time. For tools; the widget never calls it.
pub fn links(body: &str) -> Vec<Link<'_>> {
    let mut found = LinkList {
        body,
        text: 0,
        pieces: Vec::new(),
        links: Vec::new(),
    };
    for_each_block(body, |lines| {
        parse_block(lines, &mut found);
    });
    found.links
}

/// Calls `block` with the trimmed lines of each block of `body` (each line a slice of `body`).
fn for_each_block<'a>(body: &'a str, mut block: impl FnMut(&[&'a str])) {
    let mut lines: Vec<&str> = Vec::new();
    for line in body.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                block(&lines);
                lines.clear();
            }
        } else {
            lines.push(line.trim());
        }
    }
}

fn list_item(line: &str) -> Option<&str> {
    line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))
}

fn parse_block<L: Listen>(lines: &[&str], listen: &mut L) -> Block {
    let inline = |text: &str, listen: &mut L| {
        let mut out = Vec::new();
        Parser::default().run(text, Style::default(), &mut out, listen);
        out
    };
    if lines.iter().all(|l| list_item(l).is_some()) {
        let items = lines
            .iter()
            .filter_map(|l| list_item(l))
            .map(|item| {
                listen.text(item, &[item]);
                inline(item, listen)
            })
            .collect();
        Block::List(items)
    } else {
        // Single line breaks inside a paragraph are soft, as in Markdown.
        let joined = lines.join(" ");
        listen.text(&joined, lines);
        Block::Paragraph(inline(&joined, listen))
    }
}

/// Parses inline markup into styled runs. Unmatched markers stay literal.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    Parser::default().run(text, Style::default(), &mut out, &mut ());
    out
}

/// What the parser reports, besides the runs it builds, to whoever needs to know where the
/// markup was: [`links`] does. `()` listens to nothing, and is all the widget compiles.
trait Listen {
    /// A text is about to be parsed: `pieces` of the body, joined by single spaces.
    fn text(&mut self, _text: &str, _pieces: &[&str]) {}
    /// A link was read: `open` starts at its `[`; all three are slices of the announced text.
    fn link(&mut self, _open: &str, _label: &str, _url: &str) {}
}

impl Listen for () {}

#[cfg(any(not(browser), feature = "author"))]
/// Collects links and maps them back into the body. The parser hands out slices of the text it
/// was given (nested runs parse slices of slices), so where a slice starts, minus where that text
/// starts, is its offset in the text; `pieces` then maps that offset into the body.
struct LinkList<'a> {
    body: &'a str,
    /// The address of the text being parsed.
    text: usize,
    /// For each piece of that text: where it starts in the text, where in the body, its length.
    pieces: Vec<(usize, usize, usize)>,
    links: Vec<Link<'a>>,
}

#[cfg(any(not(browser), feature = "author"))]
impl LinkList<'_> {
    /// The body offset of the text's byte at `at` (a byte of a joining space: the line's end).
    fn in_body(&self, at: usize) -> usize {
        let piece = self.pieces.partition_point(|&(start, _, _)| start <= at);
        match self.pieces.get(piece.wrapping_sub(1)) {
            Some(&(start, body_start, len)) => body_start + (at - start).min(len),
            None => 0,
        }
    }

    /// Where `slice` (a slice of the announced text) starts in the text.
    fn start(&self, slice: &str) -> Option<usize> {
        (slice.as_ptr() as usize).checked_sub(self.text)
    }

    /// The same words as `slice`, sliced from the body.
    fn body_slice<'b>(&self, body: &'b str, slice: &str) -> Option<&'b str> {
        let start = self.start(slice)?;
        body.get(self.in_body(start)..self.in_body(start + slice.len()))
    }
}

#[cfg(any(not(browser), feature = "author"))]
impl Listen for LinkList<'_> {
    fn text(&mut self, text: &str, pieces: &[&str]) {
        self.text = text.as_ptr() as usize;
        self.pieces.clear();
        let body = self.body.as_ptr() as usize;
        let mut start = 0;
        for piece in pieces {
            let body_start = (piece.as_ptr() as usize).saturating_sub(body);
            self.pieces.push((start, body_start, piece.len()));
            start += piece.len() + 1;
        }
    }

    fn link(&mut self, open: &str, label: &str, url: &str) {
        let body = self.body;
        let (Some(open), Some(label), Some(url)) = (
            self.start(open),
            self.body_slice(body, label),
            self.body_slice(body, url),
        ) else {
            return;
        };
        let offset = self.in_body(open);
        self.links.push(Link { offset, label, url });
    }
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
    fn run<L: Listen>(&mut self, text: &str, style: Style, out: &mut Vec<Inline>, listen: &mut L) {
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
                        listen,
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
                        listen,
                    );
                    i += len + 2;
                    continue;
                }
            } else if bytes[i] == b'['
                && let Some((label, url, used)) = self.link(rest, i)
            {
                flush(&mut literal, style, out);
                listen.link(rest, label, url);
                match SafeHref::parse(url) {
                    Some(href) => out.push(Inline {
                        text: strip_markup(label),
                        bold: style.bold,
                        italic: style.italic,
                        href: Some(href),
                    }),
                    // A link we will not make clickable still shows its words.
                    None => Parser::default().run(label, style, out, listen),
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
