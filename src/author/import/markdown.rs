//! Markdown (CommonMark, read by pulldown-cmark) to an outline. Paragraphs, lists, **bold**,
//! *italic* and links carry over into the body format; what the format cannot show (images,
//! HTML, nesting) is reduced to its text and noted.
//!
//! Structure: a single top-level heading that comes first is the title; the next level down
//! makes sections; deeper headings stay inside their section as a bold line. A post with no
//! headings at all is read like plain text, one paragraph per line.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::outline::{Item, Note, Outline, escape, is_heading_like, link, structure};

pub fn read(text: &str, title_known: bool) -> Outline {
    let mut converter = Converter::new(text);
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let line = converter.line_of(range.start);
        converter.event(event, line);
    }
    let mut outline = structure(converter.items, title_known);
    outline.notes.extend(converter.notes);
    outline
}

/// Walks the events, keeping the block being built.
struct Converter {
    line_starts: Vec<usize>,
    items: Vec<Item>,
    notes: Vec<Note>,
    /// The current paragraph, heading or list item, in body format.
    inline: String,
    /// The same text without markup.
    plain: String,
    /// The current block has markup or line breaks, so it is not a plain one-line heading.
    marked: bool,
    heading: Option<(u8, usize)>,
    block_line: usize,
    /// Open links: destination and where the label starts in `inline`.
    links: Vec<(String, usize)>,
    /// Open lists: the next number of an ordered list.
    lists: Vec<Option<u64>>,
    list_lines: Vec<String>,
    item_prefix: String,
    images: usize,
    code: Option<String>,
}

impl Converter {
    fn new(text: &str) -> Converter {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Converter {
            line_starts,
            items: Vec::new(),
            notes: Vec::new(),
            inline: String::new(),
            plain: String::new(),
            marked: false,
            heading: None,
            block_line: 0,
            links: Vec::new(),
            lists: Vec::new(),
            list_lines: Vec::new(),
            item_prefix: String::new(),
            images: 0,
            code: None,
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn event(&mut self, event: Event, line: usize) {
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(tag) => self.end(tag, line),
            Event::Text(t) => match &mut self.code {
                Some(code) => code.push_str(&t),
                None => self.text(&t),
            },
            Event::Code(t) => {
                self.marked = true;
                self.text(&t);
            }
            Event::SoftBreak | Event::HardBreak => {
                self.marked = true;
                self.text(" ");
            }
            // One note per line is enough: a line of HTML comes as several events.
            Event::Html(_) | Event::InlineHtml(_)
                if self.notes.last().and_then(|n| n.line) != Some(line) =>
            {
                self.notes
                    .push(Note::at(line, "HTML dropped: stories show text only"));
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        self.inline.push_str(&escape(t));
        self.plain.push_str(t);
    }

    /// Emphasis markers are written only where the body format shows them: not in headings
    /// (titles are plain text) and not in link labels (the widget shows labels plain).
    fn mark(&mut self, marker: &str) {
        self.marked = true;
        if self.heading.is_none() && self.links.is_empty() && self.images == 0 {
            self.inline.push_str(marker);
        }
    }

    fn start(&mut self, tag: Tag, line: usize) {
        match tag {
            Tag::Heading { level, .. } if self.lists.is_empty() => {
                self.begin_block(line);
                self.heading = Some((level as u8, line));
            }
            Tag::Paragraph if !self.lists.is_empty() && !self.inline.is_empty() => {
                self.inline.push(' ');
            }
            Tag::Paragraph if self.lists.is_empty() => self.begin_block(line),
            Tag::Emphasis => self.mark("*"),
            Tag::Strong => self.mark("**"),
            Tag::Link { dest_url, .. } if self.heading.is_none() && self.images == 0 => {
                self.marked = true;
                self.links.push((dest_url.to_string(), self.inline.len()));
            }
            Tag::Image { .. } => {
                self.images += 1;
                self.notes.push(Note::at(
                    line,
                    "image dropped: stories show text only (alt text kept)",
                ));
            }
            Tag::List(first) => {
                if self.lists.is_empty() {
                    self.list_lines.clear();
                    self.block_line = line;
                } else {
                    self.end_item();
                    if self.notes.last().and_then(|n| n.line) != Some(line) {
                        self.notes.push(Note::at(
                            line,
                            "nested list flattened: stories have one level",
                        ));
                    }
                }
                self.lists.push(first);
            }
            Tag::Item => {
                self.end_item();
                self.item_prefix = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => String::new(),
                };
            }
            Tag::CodeBlock(_) => {
                self.code = Some(String::new());
                if self.lists.is_empty() {
                    self.block_line = line;
                }
                self.notes.push(Note::at(
                    line,
                    "code block kept as plain text: stories have no code",
                ));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, line: usize) {
        match tag {
            TagEnd::Heading(_) => {
                if let Some((level, line)) = self.heading.take() {
                    let text = collapse(&std::mem::take(&mut self.plain));
                    self.inline.clear();
                    if text.is_empty() {
                        self.notes.push(Note::at(line, "empty heading ignored"));
                    } else {
                        self.items.push(Item::Heading { level, text, line });
                    }
                }
            }
            TagEnd::Paragraph if self.lists.is_empty() => self.end_block(),
            TagEnd::Emphasis => self.mark("*"),
            TagEnd::Strong => self.mark("**"),
            TagEnd::Link if self.heading.is_none() && self.images == 0 => self.end_link(line),
            TagEnd::Image => self.images = self.images.saturating_sub(1),
            TagEnd::Item => self.end_item(),
            TagEnd::List(_) => {
                self.end_item();
                self.lists.pop();
                if self.lists.is_empty() {
                    let text = std::mem::take(&mut self.list_lines).join("\n");
                    self.items.push(Item::Block {
                        text,
                        line: self.block_line,
                        heading: None,
                    });
                }
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                let was_in_list = !self.lists.is_empty();
                if !was_in_list {
                    self.begin_block(self.block_line);
                }
                self.text(&collapse(&code));
                self.marked = true;
                if !was_in_list {
                    self.end_block();
                }
            }
            _ => {}
        }
    }

    fn begin_block(&mut self, line: usize) {
        self.block_line = line;
        self.inline.clear();
        self.plain.clear();
        self.marked = false;
    }

    fn end_block(&mut self) {
        let plain = collapse(&std::mem::take(&mut self.plain));
        let heading = (!self.marked && is_heading_like(&plain)).then_some(plain);
        let text = std::mem::take(&mut self.inline).trim().to_owned();
        self.items.push(Item::Block {
            text,
            line: self.block_line,
            heading,
        });
    }

    /// Writes `[label](url)`. The body format ends a URL at the first `)` and a label at any
    /// bracket, so those are encoded or dropped; an empty label shows the URL instead.
    fn end_link(&mut self, line: usize) {
        let Some((url, start)) = self.links.pop() else {
            return;
        };
        // The label is what was written since the link opened. The guard only keeps a surprise
        // in the event stream from becoming a panic.
        let start = if self.inline.is_char_boundary(start) {
            start
        } else {
            self.inline.len()
        };
        let label = self.inline.split_off(start);
        let (written, note) = link(&label, &url);
        self.notes
            .extend(note.map(|message| Note::at(line, message)));
        self.inline.push_str(&written);
    }

    /// Ends the current list item, if it has text, as one `- ` line.
    fn end_item(&mut self) {
        let text = std::mem::take(&mut self.inline);
        self.plain.clear();
        if !text.trim().is_empty() {
            let prefix = std::mem::take(&mut self.item_prefix);
            self.list_lines.push(format!("- {prefix}{}", text.trim()));
        }
    }
}

/// Runs of whitespace (line breaks included) as single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
