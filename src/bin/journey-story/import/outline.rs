//! What the Markdown and plain-text readers produce: a title, sections of body-format text, and
//! notes for the author. Also the rules both readers share (what looks like a heading, how text
//! is escaped for the body format).

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
