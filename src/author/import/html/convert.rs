//! The article's elements to outline items: headings, and blocks in the body format
//! (paragraphs, `- ` lists, `**bold**`, `*italic*`, `[links](https://...)`). What the format
//! cannot show is reduced to text and remarked: images to their alt text, code blocks to their
//! text, embeds to their title, tables to a paragraph per row, nested lists flattened.
//!
//! The walk keeps its own stack, so deep nesting costs memory, not the call stack. Emphasis and
//! link openings wait until text comes (`pending_from`), so empty `<b></b>` writes nothing and
//! spaces inside a tag's edges are written outside its markers, as the body format wants.

use super::article::{describe, is_header, left_out};
use super::page::collapse;
use super::tree::{Dom, Id, Kind};
use crate::author::import::outline::{Item, link};

/// What an element opened, to close when the walk leaves it.
#[derive(Debug)]
enum Mark {
    Emphasis(&'static str),
    Link(String),
}

#[derive(Debug)]
struct Open {
    mark: Mark,
    /// Not written at all: emphasis in a heading or link label, or anything in a header.
    ignored: bool,
    /// Written (for a link: its label has started at `label_at`).
    written: bool,
    label_at: usize,
    /// The element's offset, for remarks about it.
    at: usize,
}

/// What leaving an element must do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    Nothing,
    Block,
    Heading,
    List,
    Item,
    Mark,
    Header,
}

pub struct Converter<'a> {
    dom: &'a Dom,
    base: Option<&'a str>,
    /// Headings and blocks, with byte offsets where `Item` has lines (mapped by the caller).
    pub items: Vec<Item>,
    /// Remarks at byte offsets.
    pub notes: Vec<(usize, String)>,
    inline: String,
    plain: String,
    marked: bool,
    pending_space: bool,
    block_at: usize,
    /// The offset of the element being read: where a block that starts now starts.
    here: usize,
    opens: Vec<Open>,
    pending_from: Option<usize>,
    links: usize,
    heading: Option<(u8, usize)>,
    /// Open lists: the next number of an ordered list.
    lists: Vec<Option<u64>>,
    list_lines: Vec<String>,
    item_prefix: String,
    /// Inside a `<header>` of the article: only headings are read.
    headers: usize,
    header_text_dropped: bool,
}

impl<'a> Converter<'a> {
    pub fn new(dom: &'a Dom, base: Option<&'a str>) -> Converter<'a> {
        Converter {
            dom,
            base,
            items: Vec::new(),
            notes: Vec::new(),
            inline: String::new(),
            plain: String::new(),
            marked: false,
            pending_space: false,
            block_at: 0,
            here: 0,
            opens: Vec::new(),
            pending_from: None,
            links: 0,
            heading: None,
            lists: Vec::new(),
            list_lines: Vec::new(),
            item_prefix: String::new(),
            headers: 0,
            header_text_dropped: false,
        }
    }

    /// Reads `root` and everything under it.
    pub fn walk(&mut self, root: Id) {
        let mut stack: Vec<(Id, Option<Exit>)> = vec![(root, None)];
        while let Some((id, exit)) = stack.pop() {
            if let Some(exit) = exit {
                self.exit(id, exit);
                continue;
            }
            if self.dom.name(id).is_some() {
                self.here = self.dom.node(id).offset;
            }
            if let Some(exit) = self.enter(id) {
                stack.push((id, Some(exit)));
                stack.extend(self.dom.children_rev(id).map(|c| (c, None)));
            }
        }
        self.end_block();
    }

    fn note(&mut self, at: usize, message: impl Into<String>) {
        self.notes.push((at, message.into()));
    }

    /// Text and elements are read only outside headers, or in a header's heading.
    fn muted(&self) -> bool {
        self.headers > 0 && self.heading.is_none()
    }

    /// Starts reading an element; `None` when its children are not to be walked.
    fn enter(&mut self, id: Id) -> Option<Exit> {
        let dom = self.dom;
        let at = dom.node(id).offset;
        let name = match &dom.node(id).kind {
            Kind::Text(text) => {
                self.text(text);
                return None;
            }
            Kind::Element { .. } => dom.name(id).unwrap_or_default(),
            _ => return Some(Exit::Nothing),
        };
        if let Some(why) = left_out(dom, id) {
            // Styles and hidden elements were never seen by a reader of the page.
            if !matches!(why, "style" | "hidden element") {
                let what = describe(dom, id);
                self.note(at, format!("{why} left out ({what})"));
            }
            return None;
        }
        if is_header(dom, id) && self.heading.is_none() {
            self.end_block();
            self.headers += 1;
            return Some(Exit::Header);
        }
        let level = match name.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
            _ => None,
        };
        if let Some(level) = level
            && self.lists.is_empty()
            && self.heading.is_none()
        {
            self.end_block();
            self.heading = Some((level, at));
            self.plain.clear();
            return Some(Exit::Heading);
        }
        if self.muted() {
            return Some(Exit::Nothing);
        }
        match name {
            "strong" | "b" => Some(self.open(Mark::Emphasis("**"))),
            "em" | "i" => Some(self.open(Mark::Emphasis("*"))),
            "a" => match dom.attr(id, "href").and_then(|h| self.resolve(h)) {
                Some(url) => Some(self.open(Mark::Link(url))),
                None => Some(Exit::Nothing),
            },
            "code" | "kbd" | "samp" => {
                self.marked = true;
                Some(Exit::Nothing)
            }
            "br" => {
                self.marked = true;
                self.pending_space = true;
                None
            }
            "img" => {
                self.image(id, at);
                None
            }
            "pre" => {
                self.code(id, at);
                None
            }
            "iframe" | "video" | "audio" | "object" | "embed" => {
                self.embed(id, name, at);
                None
            }
            "table" => {
                self.note(at, "table reduced to its text, a paragraph per row");
                Some(self.boundary())
            }
            "td" | "th" => {
                if !self.inline.is_empty() {
                    self.text(" |");
                    self.pending_space = true;
                }
                Some(Exit::Nothing)
            }
            "ul" | "ol" | "menu" => {
                if self.lists.is_empty() {
                    self.end_block();
                    self.list_lines.clear();
                    self.block_at = at;
                } else {
                    self.end_item();
                    self.note(at, "nested list flattened: stories have one level");
                }
                let first = (name == "ol").then(|| {
                    dom.attr(id, "start")
                        .and_then(|s| s.trim().parse().ok())
                        .unwrap_or(1)
                });
                self.lists.push(first);
                Some(Exit::List)
            }
            "li" if !self.lists.is_empty() => {
                self.end_item();
                self.item_prefix = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => String::new(),
                };
                Some(Exit::Item)
            }
            "p" | "div" | "section" | "article" | "main" | "blockquote" | "figure"
            | "figcaption" | "li" | "dl" | "dt" | "dd" | "address" | "details" | "summary"
            | "center" | "hgroup" | "tr" | "caption" | "hr" | "body" | "html" | "fieldset" => {
                Some(self.boundary())
            }
            _ => Some(Exit::Nothing),
        }
    }

    fn exit(&mut self, id: Id, exit: Exit) {
        match exit {
            Exit::Nothing => {}
            Exit::Block => {
                if self.lists.is_empty() {
                    self.end_block();
                } else {
                    self.pending_space = true;
                }
            }
            Exit::Heading => {
                if let Some((level, at)) = self.heading.take() {
                    let text = collapse(&std::mem::take(&mut self.plain));
                    if text.is_empty() {
                        self.note(at, "empty heading ignored");
                    } else {
                        self.items.push(Item::Heading {
                            level,
                            text,
                            line: at,
                        });
                    }
                }
            }
            Exit::List => {
                self.end_item();
                self.lists.pop();
                if self.lists.is_empty() && !self.list_lines.is_empty() {
                    let text = std::mem::take(&mut self.list_lines).join("\n");
                    self.items.push(Item::Block {
                        text,
                        line: self.block_at,
                        heading: None,
                    });
                }
            }
            Exit::Item => self.end_item(),
            Exit::Mark => self.close(),
            Exit::Header => {
                self.headers -= 1;
                if self.headers == 0 && std::mem::take(&mut self.header_text_dropped) {
                    let at = self.dom.node(id).offset;
                    self.note(
                        at,
                        "the article's header left out but for its heading (bylines, dates)",
                    );
                }
            }
        }
    }

    /// A block element: what came before it is a block of its own, and so is what it holds.
    fn boundary(&mut self) -> Exit {
        if self.lists.is_empty() {
            self.end_block();
            self.block_at = self.here;
        } else {
            self.pending_space = true;
        }
        Exit::Block
    }

    fn open(&mut self, mark: Mark) -> Exit {
        let ignored = match mark {
            Mark::Emphasis(_) => self.heading.is_some() || self.links > 0,
            // A link inside a heading or another link keeps its text, not its target.
            Mark::Link(_) => self.heading.is_some() || self.links > 0,
        };
        if matches!(mark, Mark::Link(_)) {
            self.links += 1;
        }
        if !ignored && self.pending_from.is_none() {
            self.pending_from = Some(self.opens.len());
        }
        self.opens.push(Open {
            mark,
            ignored,
            written: false,
            label_at: 0,
            at: self.here,
        });
        Exit::Mark
    }

    fn close(&mut self) {
        let Some(open) = self.opens.pop() else { return };
        if let Mark::Link(_) = open.mark {
            self.links -= 1;
        }
        if self
            .pending_from
            .is_some_and(|from| from >= self.opens.len())
        {
            self.pending_from = None;
        }
        if open.ignored || !open.written {
            return;
        }
        self.write_close(&open);
    }

    /// Writes the end of a written mark; a link becomes `[label](url)`, with a remark when it
    /// will not be clickable.
    fn write_close(&mut self, open: &Open) {
        match &open.mark {
            Mark::Emphasis(marker) => self.inline.push_str(marker),
            Mark::Link(url) => {
                let start = open.label_at.min(self.inline.len());
                let label = self.inline.split_off(start);
                let (written, note) = link(&label, url);
                if let Some(note) = note {
                    self.note(open.at, note);
                }
                self.inline.push_str(&written);
            }
        }
    }

    /// Writes the space and the openings waiting for text.
    fn flush_pending(&mut self) {
        if self.pending_space && !self.inline.is_empty() {
            self.inline.push(' ');
            self.plain.push(' ');
        }
        self.pending_space = false;
        let Some(from) = self.pending_from.take() else {
            return;
        };
        for open in &mut self.opens[from..] {
            if open.ignored || open.written {
                continue;
            }
            open.written = true;
            self.marked = true;
            match open.mark {
                Mark::Emphasis(marker) => self.inline.push_str(marker),
                Mark::Link(_) => open.label_at = self.inline.len(),
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.muted() {
            self.header_text_dropped |= !text.trim().is_empty();
            return;
        }
        if self.heading.is_some() {
            self.plain.push_str(text);
            return;
        }
        for c in text.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if self.pending_space || self.pending_from.is_some() || self.inline.is_empty() {
                self.flush_pending();
            }
            if matches!(c, '\\' | '*' | '[' | ']') {
                self.inline.push('\\');
            }
            self.inline.push(c);
            self.plain.push(c);
        }
    }

    /// The current block's text, with every written mark closed; they reopen in the next
    /// block if it is still inside them.
    fn take_inline(&mut self) -> (String, String, bool) {
        let mut opens = std::mem::take(&mut self.opens);
        for open in opens.iter().rev().filter(|o| o.written && !o.ignored) {
            self.write_close(open);
        }
        let mut first_pending = None;
        for (i, open) in opens.iter_mut().enumerate() {
            if !open.ignored {
                open.written = false;
                first_pending = first_pending.or(Some(i));
            }
        }
        self.opens = opens;
        self.pending_from = first_pending;
        self.pending_space = false;
        let marked = std::mem::take(&mut self.marked);
        (
            std::mem::take(&mut self.inline),
            std::mem::take(&mut self.plain),
            marked,
        )
    }

    fn end_block(&mut self) {
        if self.inline.is_empty() {
            return;
        }
        let at = self.block_at;
        let (text, plain, marked) = self.take_inline();
        let heading =
            (!marked && crate::author::import::outline::is_heading_like(&plain)).then_some(plain);
        self.items.push(Item::Block {
            text,
            line: at,
            heading,
        });
    }

    fn end_item(&mut self) {
        if self.inline.is_empty() {
            return;
        }
        let (text, _, _) = self.take_inline();
        let prefix = std::mem::take(&mut self.item_prefix);
        self.list_lines.push(format!("- {prefix}{text}"));
    }

    /// An image: its alt text, unless a caption beside it says it.
    fn image(&mut self, id: Id, at: usize) {
        let alt = self.dom.attr(id, "alt").map(collapse).unwrap_or_default();
        let figure = std::iter::successors(self.dom.parent(id), |&p| self.dom.parent(p))
            .take(3)
            .find(|&p| self.dom.name(p) == Some("figure"));
        let captioned = figure.is_some_and(|f| {
            self.dom
                .children(f)
                .any(|c| self.dom.name(c) == Some("figcaption"))
        });
        let kept = if captioned {
            "caption kept"
        } else if alt.is_empty() {
            "it has no alt text"
        } else {
            self.text(&alt);
            self.pending_space = true;
            "alt text kept"
        };
        self.note(
            at,
            format!("image dropped: stories show text only ({kept})"),
        );
    }

    /// A code block: its text, as a paragraph (or in the list item it is in).
    fn code(&mut self, id: Id, at: usize) {
        let mut text = String::new();
        let mut stack = vec![id];
        while let Some(node) = stack.pop() {
            match self.dom.text(node) {
                Some(t) => text.push_str(t),
                None if left_out(self.dom, node).is_none() => {
                    stack.extend(self.dom.children_rev(node));
                }
                None => {}
            }
        }
        self.note(at, "code block kept as plain text: stories have no code");
        if self.lists.is_empty() {
            self.end_block();
            self.block_at = at;
            self.text(&text);
            self.end_block();
        } else {
            self.pending_space = true;
            self.text(&text);
        }
    }

    /// An embedded video, sound or page: its title, linked to it when it is on the web.
    fn embed(&mut self, id: Id, name: &str, at: usize) {
        let title = ["title", "aria-label"]
            .iter()
            .find_map(|key| self.dom.attr(id, key))
            .map(collapse)
            .filter(|t| !t.is_empty());
        let src = ["src", "data"]
            .iter()
            .find_map(|key| self.dom.attr(id, key))
            .or_else(|| {
                self.dom
                    .children(id)
                    .filter(|&c| self.dom.name(c) == Some("source"))
                    .find_map(|c| self.dom.attr(c, "src"))
            })
            .and_then(|src| self.resolve(src))
            .filter(|src| crate::model::SafeHref::parse(src).is_some());
        let Some(title) = title else {
            let what = src.map(|s| format!(" ({s})")).unwrap_or_default();
            self.note(
                at,
                format!("embed <{name}> left out: it has no title{what}"),
            );
            return;
        };
        self.pending_space = true;
        match src {
            Some(src) => {
                self.open(Mark::Link(src));
                self.text(&title);
                self.close();
            }
            None => self.text(&title),
        }
        self.pending_space = true;
        self.note(
            at,
            format!("embed <{name}> reduced to its title: stories show text only"),
        );
    }

    /// A link target: absolute as written, or resolved against the page's address; links
    /// within the page (`#...`) are not links in a story, so `None`.
    fn resolve(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') {
            return None;
        }
        let has_scheme = href.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
        if has_scheme {
            return Some(href.to_owned());
        }
        let Some(base) = self.base.filter(|b| b.contains("://")) else {
            return Some(href.to_owned());
        };
        let (scheme, rest) = base.split_once("://")?;
        let host_end = rest.find('/').unwrap_or(rest.len());
        let origin = &base[..scheme.len() + 3 + host_end];
        Some(if let Some(path) = href.strip_prefix("//") {
            format!("{scheme}://{path}")
        } else if href.starts_with('/') {
            format!("{origin}{href}")
        } else {
            let path = &rest[host_end..];
            let path = path.split(['?', '#']).next().unwrap_or_default();
            let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
            let dir = if dir.is_empty() { "/" } else { dir };
            format!("{origin}{dir}{href}")
        })
    }
}
