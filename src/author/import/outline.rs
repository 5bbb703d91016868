//! What the Markdown, HTML and plain-text readers produce: a title, sections of body-format
//! text, and notes for the author. Also the rules the readers share: what looks like a heading,
//! how headings of several levels make a title and sections, how text is escaped and links are
//! written in the body format.

use crate::model::SafeHref;

/// A remark for the author about the import, printed on standard error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line in the input, when the remark is about one place.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Note {
    pub fn at(line: usize, message: impl Into<String>) -> Note {
        Note {
            line: Some(line),
            column: None,
            message: message.into(),
        }
    }

    pub fn general(message: impl Into<String>) -> Note {
        Note {
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outline {
    /// The title the text itself gives, if any.
    pub title: Option<String>,
    /// Body blocks before the first section heading.
    pub lead: Vec<String>,
    pub sections: Vec<DraftSection>,
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSection {
    pub title: String,
    pub line: usize,
    /// Blocks in the story body format: paragraphs, or lists of `- ` lines.
    pub blocks: Vec<String>,
}

impl Outline {
    /// Adds a body block to the current section, or to the lead before any section.
    pub fn push_block(&mut self, block: String) {
        if block.trim().is_empty() {
            return;
        }
        match self.sections.last_mut() {
            Some(section) => section.blocks.push(block),
            None => self.lead.push(block),
        }
    }

    pub fn push_section(&mut self, title: String, line: usize) {
        self.sections.push(DraftSection {
            title,
            line,
            blocks: Vec::new(),
        });
    }
}

/// A heading, or a block already in body format.
pub enum Item {
    Heading {
        level: u8,
        text: String,
        line: usize,
    },
    Block {
        text: String,
        line: usize,
        /// The plain text when the block is a one-line paragraph that reads as a heading.
        heading: Option<String>,
    },
}

pub fn structure(items: Vec<Item>, title_known: bool) -> Outline {
    let mut outline = Outline::default();
    let levels: Vec<u8> = items
        .iter()
        .filter_map(|i| match i {
            Item::Heading { level, .. } => Some(*level),
            Item::Block { .. } => None,
        })
        .collect();
    let Some(&top) = levels.iter().min() else {
        for item in items {
            if let Item::Block {
                text,
                line,
                heading,
            } = item
            {
                match heading {
                    Some(h) if !title_known && outline.title.is_none() && outline.is_empty() => {
                        outline.title = Some(h);
                    }
                    Some(h) => outline.push_section(h, line),
                    None => outline.push_block(text),
                }
            }
        }
        return outline;
    };
    // A lone top heading is the title when it comes first and either nothing else names the
    // story or it has sub-headings (then it is plainly the post's title, not a section).
    let single_top = levels.iter().filter(|l| **l == top).count() == 1 && levels[0] == top;
    let is_title = single_top && (!title_known || levels.iter().any(|l| *l > top));
    let section_level = levels.iter().skip(usize::from(is_title)).min().copied();
    let mut title_pending = is_title;
    for item in items {
        match item {
            Item::Heading { text, .. } if title_pending => {
                outline.title = Some(text);
                title_pending = false;
            }
            Item::Heading { level, text, line } if Some(level) == section_level => {
                outline.push_section(text, line);
            }
            Item::Heading { text, .. } => outline.push_block(format!("**{}**", escape(&text))),
            Item::Block { text, .. } => outline.push_block(text),
        }
    }
    outline
}

impl Outline {
    fn is_empty(&self) -> bool {
        self.lead.is_empty() && self.sections.is_empty()
    }
}

/// A link in the body format, `[label](url)`, with a remark when the widget will not make it
/// clickable. `label` is already in the body format. The format ends a URL at the first `)` and
/// a label at any bracket, so those are encoded or dropped; an empty label shows the URL.
pub fn link(label: &str, url: &str) -> (String, Option<String>) {
    let label = label.replace("\\[", "").replace("\\]", "");
    let label = if label.trim().is_empty() {
        escape(url)
    } else {
        label
    };
    let url = url
        .trim()
        .replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29");
    let note = SafeHref::parse(&url).is_none().then(|| {
        format!(
            "link to \"{url}\" will show as plain words: only http, https and mailto links are \
             clickable"
        )
    });
    (format!("[{label}]({url})"), note)
}

/// Headings in plain text are short.
const HEADING_MAX_CHARS: usize = 80;

/// Whether a line of plain text reads as a heading: short, with letters or digits, not a list
/// item, and not ending like a sentence (closing quotes and brackets are looked through).
pub fn is_heading_like(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > HEADING_MAX_CHARS || list_item(line).is_some() {
        return false;
    }
    let end = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    let sentence_end = end.ends_with(['.', '!', '?', ',', ';', ':', '…']);
    !sentence_end && line.chars().any(char::is_alphanumeric)
}

/// The text of a plain-text list item (`- `, `* `, `• `), or of a numbered one with its number
/// kept (`1. ` or `1) `), since the body format only has bullets.
pub fn list_item(line: &str) -> Option<&str> {
    if let Some(rest) = ["- ", "* ", "• "].iter().find_map(|m| line.strip_prefix(m)) {
        return Some(rest.trim());
    }
    let digits = line.find(|c: char| !c.is_ascii_digit())?;
    let after = &line[digits..];
    (digits > 0 && (after.starts_with(". ") || after.starts_with(") "))).then_some(line)
}

/// Escapes text so the body format shows it literally: `*` would start emphasis, `[` a link,
/// and `\` an escape.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_short_and_unpunctuated() {
        for heading in [
            "Introduction",
            "Why I Chose the Backend Specialization",
            "2023 (so far)",
        ] {
            assert!(is_heading_like(heading), "{heading}");
        }
        let long = "x".repeat(81);
        for text in [
            "Hello everyone!",
            "It was \"great.\"",
            "- item",
            "1. First",
            "---",
            &long,
        ] {
            assert!(!is_heading_like(text), "{text}");
        }
    }

    #[test]
    fn numbered_items_keep_their_number() {
        assert_eq!(list_item("2) Second"), Some("2) Second"));
        assert_eq!(list_item("- a"), Some("a"));
        assert_eq!(list_item("2023 was good"), None);
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape(r"2 * 3 [x] \o/"), r"2 \* 3 \[x\] \\o/");
    }
}
