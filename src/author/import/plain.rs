//! Plain text shaped like the seed post: the first line is the title; a short line without
//! final punctuation that starts a block (after a blank line, the title or another heading) is
//! a section heading; other lines are paragraphs, and `- ` or `1. ` lines are list items.
//!
//! Hard-wrapped text needs two more rules. A heading must start a block, so the short last
//! line of a paragraph is not one. And a line is not a heading when the next line's first word
//! would not have fitted after it within the longest line of the text: then it was wrapped,
//! like the first line of a paragraph. (In unwrapped text such as the seed the longest line
//! is a whole paragraph, so every short line passes.)

use super::outline::{Outline, escape, is_heading_like, list_item};

/// Nobody wraps text narrower than this.
const MIN_WRAP_WIDTH: usize = 40;

/// Reads plain text. `title_known`: the front matter or a flag gives the title, so the first
/// line is read like any other.
pub fn read(text: &str, title_known: bool) -> Outline {
    let mut outline = Outline::default();
    let mut block: Vec<&str> = Vec::new();
    // Whether the next line starts a block, where a heading may stand.
    let mut at_block_start = true;
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let wrapped = |i: usize, line: &str| {
        // Lines this short are not wrapped text, just short lines.
        if width < MIN_WRAP_WIDTH {
            return false;
        }
        let next_word = lines.get(i + 1).and_then(|l| l.split_whitespace().next());
        next_word.is_some_and(|w| line.chars().count() + 1 + w.chars().count() > width)
    };
    for (i, &line) in lines.iter().enumerate() {
        if line.is_empty() {
            flush(&mut outline, &mut block);
            at_block_start = true;
        } else if !title_known && outline.title.is_none() {
            outline.title = Some(line.to_owned());
            at_block_start = true;
        } else if at_block_start && is_heading_like(line) && !wrapped(i, line) {
            flush(&mut outline, &mut block);
            outline.push_section(line.to_owned(), i + 1);
        } else {
            block.push(line);
            at_block_start = false;
        }
    }
    flush(&mut outline, &mut block);
    outline
}

/// Turns a block of lines into body blocks: runs of list items become lists, other runs become
/// paragraphs (their line breaks were only wrapping).
fn flush(outline: &mut Outline, block: &mut Vec<&str>) {
    let mut lines = block.drain(..).peekable();
    while let Some(first) = lines.next() {
        let is_item = list_item(first).is_some();
        let mut run = vec![first];
        while let Some(next) = lines.next_if(|l| list_item(l).is_some() == is_item) {
            run.push(next);
        }
        let text = if is_item {
            run.iter()
                .filter_map(|l| list_item(l))
                .map(|item| format!("- {}", escape(item)))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            escape(&run.join(" "))
        };
        outline.push_block(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_shape_title_headings_paragraphs_and_an_empty_last_section() {
        let o = read(
            "Title\nIntro\nHello there.\n\nNext Part\nSome text.\n\nEnd\n",
            false,
        );
        assert_eq!(o.title.as_deref(), Some("Title"));
        let titles: Vec<_> = o.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Intro", "Next Part", "End"]);
        assert_eq!(o.sections[0].blocks, ["Hello there."]);
        assert!(o.sections[2].blocks.is_empty());
    }

    #[test]
    fn wrapped_lines_join_and_lists_split_from_paragraphs() {
        // "most of them stuck" is short and unpunctuated, but continues a paragraph.
        let text = "T\nPart\nI learned a great many things in the bootcamp, and\n\
                    most of them stuck\n- C and *\n1. SQL\nDone.\n";
        let o = read(text, false);
        assert_eq!(
            o.sections[0].blocks,
            [
                "I learned a great many things in the bootcamp, and most of them stuck",
                "- C and \\*\n- 1. SQL",
                "Done."
            ]
        );
    }

    #[test]
    fn a_known_title_makes_the_first_line_an_ordinary_line() {
        let o = read("Part One\nText.\n", true);
        assert_eq!((o.title, o.sections[0].title.as_str()), (None, "Part One"));
    }
}
