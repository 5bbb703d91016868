//! Joins an outline read from the text with the metadata from front matter and flags into a
//! story ready to write ([`Doc`]): title and author chosen, statuses matched to sections, empty
//! sections noted.

use crate::author::write::{Doc, DocSection};
use crate::model::SafeHref;

use super::front_matter::{Meta, StatusEntry};
use super::outline::{DraftSection, Note, Outline};
use crate::author::import::ImportError;
use crate::model::Status;

/// The name of the section made from text that comes before any heading.
const LEAD_TITLE: &str = "Introduction";

/// Joins an outline and metadata. Without an author, `Err(NoAuthor)` unless `author_optional`
/// (the studio, where the author's name is a field typed after pasting): then the name is left
/// empty, for `check` to flag beside that field.
pub fn assemble(
    mut outline: Outline,
    meta: Meta,
    author_optional: bool,
) -> Result<(Doc, Vec<Note>), ImportError> {
    let mut notes = std::mem::take(&mut outline.notes);
    if !outline.lead.is_empty() {
        notes.push(Note::general(if outline.sections.is_empty() {
            format!(
                "no section headings found: the whole text is one section \"{LEAD_TITLE}\"; \
                     mark headings (## Heading) to split it"
            )
        } else {
            format!("text before the first heading became a section \"{LEAD_TITLE}\"")
        }));
        let lead = DraftSection {
            title: LEAD_TITLE.to_owned(),
            line: 1,
            blocks: std::mem::take(&mut outline.lead),
        };
        outline.sections.insert(0, lead);
    }
    if outline.sections.is_empty() {
        return Err(ImportError::NoText);
    }
    let title = meta.title.or(outline.title).ok_or(ImportError::NoTitle)?;
    let author = match meta.author {
        Some(author) => author,
        None if author_optional => String::new(),
        None => return Err(ImportError::NoAuthor),
    };
    if let Some(url) = &meta.author_url
        && SafeHref::parse(url).is_none()
    {
        notes.push(Note::general(format!(
            "author URL \"{url}\" will not be linked: only http, https and mailto are"
        )));
    }
    let statuses = resolve_statuses(&outline.sections, &meta.statuses)?;
    let mut sections = Vec::with_capacity(outline.sections.len());
    for (section, status) in outline.sections.into_iter().zip(statuses) {
        if section.blocks.is_empty() {
            notes.push(Note::at(
                section.line,
                format!(
                    "section \"{}\" has no text; kept as a heading with an empty body",
                    section.title
                ),
            ));
        }
        sections.push(DocSection {
            title: section.title,
            status,
            body: section.blocks.join("\n\n"),
            ..DocSection::default()
        });
    }
    let draft = Doc {
        title,
        author,
        author_url: meta.author_url,
        summary: meta.summary,
        lang: meta.lang,
        sections,
    };
    Ok((draft, notes))
}

/// The status of each section. Later entries win, so flags (added last) beat front matter.
fn resolve_statuses(
    sections: &[DraftSection],
    entries: &[StatusEntry],
) -> Result<Vec<Option<Status>>, ImportError> {
    let mut statuses = vec![None; sections.len()];
    for entry in entries {
        let word = entry.value.trim().to_ascii_lowercase();
        let status = match Status::parse(&word) {
            Some(status) => Some(status),
            None if word == "none" || word.is_empty() => None,
            None => {
                return Err(ImportError::BadStatus {
                    value: entry.value.clone(),
                    origin: entry.origin.clone(),
                });
            }
        };
        let matches = matching(sections, &entry.section);
        if matches.is_empty() {
            return Err(ImportError::UnknownSection {
                name: entry.section.clone(),
                origin: entry.origin.clone(),
                known: sections.iter().map(|s| s.title.clone()).collect(),
            });
        }
        for i in matches {
            statuses[i] = status;
        }
    }
    Ok(statuses)
}

/// Sections a status names: by exact title, else ignoring case, else by letters and digits
/// alone, which also matches the section's id (`my-background`, `whats-next`).
fn matching(sections: &[DraftSection], name: &str) -> Vec<usize> {
    let name = name.trim();
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let rules: [&dyn Fn(&str) -> bool; 3] = [
        &|title| title == name,
        &|title| title.to_lowercase() == name.to_lowercase(),
        &|title| !squash(name).is_empty() && squash(title) == squash(name),
    ];
    rules
        .iter()
        .map(|rule| {
            (0..sections.len())
                .filter(|&i| rule(&sections[i].title))
                .collect::<Vec<_>>()
        })
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(titles: &[&str]) -> Outline {
        let mut o = Outline {
            title: Some("T".into()),
            ..Outline::default()
        };
        for t in titles {
            o.push_section((*t).to_owned(), 1);
            o.push_block("text".into());
        }
        o
    }

    fn status(section: &str, value: &str) -> StatusEntry {
        StatusEntry {
            section: section.into(),
            value: value.into(),
            origin: "--status".into(),
        }
    }

    #[test]
    fn statuses_match_by_title_case_or_id_and_later_ones_win() {
        let meta = Meta {
            author: Some("A".into()),
            statuses: vec![
                status("my background", "done"),
                status("next-steps", "Current"),
                status("My Background", "none"),
            ],
            ..Meta::default()
        };
        let (draft, _) =
            assemble(outline(&["My Background", "Next Steps"]), meta, false).expect("ok");
        let got: Vec<_> = draft.sections.iter().map(|s| s.status).collect();
        assert_eq!(got, [None, Some(Status::Current)]);
    }

    #[test]
    fn unknown_sections_bad_values_and_missing_author_are_errors() {
        let with = |entry| Meta {
            author: Some("A".into()),
            statuses: vec![entry],
            ..Meta::default()
        };
        let err =
            assemble(outline(&["One"]), with(status("Two", "done")), false).expect_err("unknown");
        assert!(matches!(err, ImportError::UnknownSection { .. }));
        let err =
            assemble(outline(&["One"]), with(status("One", "finished")), false).expect_err("bad");
        assert!(matches!(err, ImportError::BadStatus { .. }));
        let err = assemble(outline(&["One"]), Meta::default(), false).expect_err("author");
        assert_eq!(err, ImportError::NoAuthor);
        let (doc, _) = assemble(outline(&["One"]), Meta::default(), true).expect("optional");
        assert_eq!(doc.author, "");
    }
}
