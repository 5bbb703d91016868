//! How much one story may put on the page. Browsers lay out list items, links and styled runs
//! at tens of microseconds each, so a body of 100,000 list items would freeze any page for
//! seconds, whoever renders it. Each section shows at most [`PARTS_PER_SECTION`] parts
//! (paragraphs, list items, styled or linked runs, highlights, skills) and a story at most
//! [`PARTS_PER_STORY`]; past that, the rest of the section's text is kept, as plain text in one
//! last paragraph (and one last highlight or skill), so nothing the author wrote is lost.

use super::story::Section;
use super::text::{Block, Inline};

/// Collapsed text stays findable by the browser's find-in-page (`hidden="until-found"`) in
/// stories of up to this many sections. Chromium's cost for such panels grows with their
/// number, faster than linearly (measured: 10,000 of them make a click 770 ms instead of 170,
/// and collapsing them all 52 s), so larger stories hide collapsed panels plainly and let the
/// page skip laying out sections out of view (`content-visibility`).
pub const FINDABLE_SECTIONS: usize = 250;

/// Far above any real section (the seed's longest has about 30).
pub const PARTS_PER_SECTION: usize = 1_000;
/// 10,000 sections of 25 parts: the largest story that renders as written.
pub const PARTS_PER_STORY: usize = 250_000;

/// Fits a section into what is left of the story's budget; returns whether it had to be cut.
pub(crate) fn fit(section: &mut Section, story_left: &mut usize) -> bool {
    let mut left = PARTS_PER_SECTION.min(*story_left);
    let body_cut = fit_body(&mut section.body, &mut left);
    let highlights_cut = fit_list(&mut section.highlights, &mut left);
    let skills_cut = fit_list(&mut section.skills, &mut left);
    *story_left -= PARTS_PER_SECTION.min(*story_left) - left;
    body_cut || highlights_cut || skills_cut
}

/// Keeps blocks, and the first items of a long list, while they fit, always leaving room for
/// one last paragraph; the text of everything after becomes that plain paragraph.
fn fit_body(blocks: &mut Vec<Block>, left: &mut usize) -> bool {
    // A paragraph and its run: the room kept for whatever does not fit.
    const REST: usize = 2;
    let mut kept = Vec::new();
    let mut rest: Option<String> = None;
    let fits = |cost: usize, left: &mut usize| {
        let fit = cost + REST <= *left;
        if fit {
            *left -= cost;
        }
        fit
    };
    for block in blocks.drain(..) {
        match block {
            Block::Paragraph(runs) if rest.is_none() && fits(1 + runs.len(), left) => {
                kept.push(Block::Paragraph(runs));
            }
            Block::List(items) if rest.is_none() => {
                let mut list = Vec::new();
                let opened = fits(1, left);
                for runs in items {
                    if opened && rest.is_none() && fits(1 + runs.len(), left) {
                        list.push(runs);
                    } else {
                        add_text(rest.get_or_insert_with(String::new), runs);
                    }
                }
                if !list.is_empty() {
                    kept.push(Block::List(list));
                } else if opened {
                    *left += 1;
                }
            }
            Block::Paragraph(runs) => add_text(rest.get_or_insert_with(String::new), runs),
            Block::List(items) => {
                for runs in items {
                    add_text(rest.get_or_insert_with(String::new), runs);
                }
            }
        }
    }
    let cut = rest.is_some();
    if let Some(text) = rest {
        *left = left.saturating_sub(REST);
        kept.push(Block::Paragraph(vec![Inline {
            text,
            bold: false,
            italic: false,
            href: None,
        }]));
    }
    *blocks = kept;
    cut
}

/// Appends the words of a run of inlines, on a line of its own.
fn add_text(rest: &mut String, runs: Vec<Inline>) {
    if !rest.is_empty() {
        rest.push('\n');
    }
    rest.extend(runs.into_iter().map(|run| run.text));
}

/// Keeps entries while they fit; the rest become one entry, joined by commas.
fn fit_list(list: &mut Vec<String>, left: &mut usize) -> bool {
    if list.len() <= *left {
        *left -= list.len();
        return false;
    }
    let keep = left.saturating_sub(1);
    let rest = list.split_off(keep.min(list.len())).join(", ");
    list.push(rest);
    *left = 0;
    true
}
