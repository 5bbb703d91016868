//! Import: a blog post (Markdown, an HTML page or plain text) to a version 1 story, for the
//! `journey-story import` command and the studio's "Paste your post", which both call [`import`].
//!
//! Steps, each in its own module: decode and repair the text, split off front matter, read the
//! outline (markdown, html or plain), assemble it with metadata and statuses, write JSON. The result
//! is checked with the widget's own parser before it is returned, so import never gives a story
//! the widget would refuse.

mod assemble;
mod error;
mod front_matter;
mod html;
mod markdown;
mod outline;
mod plain;

pub use error::ImportError;
pub use front_matter::{Meta, StatusEntry};
pub use outline::Note;

use outline::Outline;

use crate::author::write::{Doc, to_json};
use crate::model::encoding;
use crate::model::mojibake;

/// A story built from a post: its JSON text, as written to a file, and what the summary line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub json: String,
    pub sections: usize,
    pub with_status: usize,
}

/// What an import gives: the story or why not, and the remarks, in the order of the input
/// (general remarks last). Remarks are useful even when the import fails: they often say why.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub story: Result<Imported, ImportError>,
    pub notes: Vec<Note>,
}

/// Imports the bytes of a post. `input` is its file name (its extension chooses the format when
/// `format` is `None`; `-` or any name without one lets the content decide); `flags` override
/// the front matter and the page's metadata.
pub fn import(bytes: Vec<u8>, input: &str, format: Option<Format>, flags: Meta) -> Outcome {
    import_with(bytes, input, format, flags, Options::default())
}

/// How strict an import is. The command wants a complete story; the studio imports first and
/// lets the author fill in what is missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Without an author (no front matter, flag or page metadata), import anyway with an empty
    /// name (which `check` flags at `author.name`) instead of failing with `NoAuthor`.
    pub author_optional: bool,
}

/// [`import`] with [`Options`].
pub fn import_with(
    bytes: Vec<u8>,
    input: &str,
    format: Option<Format>,
    flags: Meta,
    options: Options,
) -> Outcome {
    let (text, mut notes) = decode(bytes);
    let story = build(&text, input, format, flags, options, &mut notes);
    notes.sort_by_key(|n| n.line.unwrap_or(usize::MAX));
    Outcome { story, notes }
}

impl Format {
    /// A format's name as `--format` takes it: `Ok(None)` for `auto`.
    pub fn parse(name: &str) -> Result<Option<Format>, UnknownFormat> {
        match name.to_ascii_lowercase().as_str() {
            "auto" => Ok(None),
            "markdown" | "md" => Ok(Some(Format::Markdown)),
            "text" | "txt" | "plain" => Ok(Some(Format::Text)),
            "html" | "htm" => Ok(Some(Format::Html)),
            _ => Err(UnknownFormat),
        }
    }
}

/// A format name that is not `markdown`, `html`, `text` or `auto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownFormat;

/// One `--status "TITLE=STATUS"` (or a studio field in the same form), as a front-matter entry.
pub fn status_entry(value: &str) -> Result<StatusEntry, ImportError> {
    // Titles may contain `=`, statuses never do.
    let Some((section, status)) = value.rsplit_once('=') else {
        return Err(ImportError::BadStatusFlag {
            value: value.to_owned(),
        });
    };
    Ok(StatusEntry {
        section: section.to_owned(),
        value: status.to_owned(),
        origin: format!("--status \"{value}\""),
    })
}

/// The shape of an input, from `--format` or the studio's choice; `None` guesses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Text,
}

/// Builds the story JSON; also returns the number of sections and of sections with a status.
fn build(
    text: &str,
    input: &str,
    format: Option<Format>,
    flags: Meta,
    options: Options,
    notes: &mut Vec<Note>,
) -> Result<Imported, ImportError> {
    let (repaired, repairs) = mojibake::repair(text);
    notes.extend(repairs.iter().map(|r| Note {
        line: Some(r.line),
        column: Some(r.column),
        message: format!(
            "repaired mis-decoded text \"{}\" -> \"{}\"",
            r.repair.found, r.repair.fixed
        ),
    }));
    let (meta, body, fm_notes) = front_matter::split(&repaired).map_err(|mut error| {
        if let ImportError::BadFrontMatter { line, column, .. } = &mut error {
            *column = original_column(&repairs, *line, *column);
        }
        error
    })?;
    notes.extend(fm_notes);
    let meta = meta.overridden_by(flags);
    let title_known = meta.title.is_some();
    let format = format.unwrap_or_else(|| guess_format(input, &body));
    let (outline, meta): (Outline, Meta) = match format {
        Format::Markdown => (markdown::read(&body, title_known), meta),
        Format::Text => (plain::read(&body, title_known), meta),
        Format::Html => {
            let (mut outline, page) = html::read(&body, &meta).map_err(|mut error| {
                if let ImportError::TooDeep { line, column, .. } = &mut error {
                    *column = original_column(&repairs, *line, *column);
                }
                error
            })?;
            shift_columns(&mut outline.notes, &repairs);
            (outline, page.overridden_by(meta))
        }
    };
    let (draft, assemble_notes) = assemble::assemble(outline, meta, options.author_optional)?;
    notes.extend(assemble_notes);
    let write = |doc: &Doc| to_json(doc).map_err(|e| ImportError::Internal(e.to_string()));
    let json = write(&draft)?;
    // Every rule but the author's name, which an optional-author import may leave empty for the
    // studio to ask for: the check runs on a copy that has one, never written anywhere.
    let checked = if draft.author.is_empty() {
        write(&Doc {
            author: "(author)".into(),
            ..draft.clone()
        })?
    } else {
        json.clone()
    };
    crate::json::parse_story(&checked).map_err(|e| ImportError::Internal(e.to_string()))?;
    let with_status = draft.sections.iter().filter(|s| s.status.is_some()).count();
    Ok(Imported {
        json,
        sections: draft.sections.len(),
        with_status,
    })
}

/// The column in the file of a column in the repaired text: each repair earlier on the line
/// made the text shorter by the difference of its two spellings.
fn original_column(repairs: &[mojibake::Located], line: usize, column: usize) -> usize {
    let mut original = column;
    for r in repairs.iter().filter(|r| r.line == line) {
        if r.column < original {
            original +=
                (r.repair.found.chars().count()).saturating_sub(r.repair.fixed.chars().count());
        }
    }
    original
}

/// Moves columns in the repaired text to columns in the file, as `original_column` does, for
/// many notes at once: notes and repairs are both taken in order, so the cost is linear.
fn shift_columns(notes: &mut [Note], repairs: &[mojibake::Located]) {
    let mut repairs: Vec<&mojibake::Located> = repairs.iter().collect();
    repairs.sort_by_key(|r| (r.line, r.column));
    let mut order: Vec<usize> = (0..notes.len()).collect();
    order.sort_by_key(|&i| (notes[i].line, notes[i].column));
    let (mut next, mut line, mut shift) = (0, 0, 0);
    for i in order {
        let (Some(note_line), Some(column)) = (notes[i].line, notes[i].column) else {
            continue;
        };
        if note_line != line {
            (line, shift) = (note_line, 0);
        }
        while let Some(r) = repairs.get(next)
            && (r.line, r.column) < (note_line, column + shift)
        {
            if r.line == note_line {
                shift += r.repair.found.chars().count() - r.repair.fixed.chars().count();
            }
            next += 1;
        }
        notes[i].column = Some(column + shift);
    }
}

/// Text from bytes: UTF-8 (without a byte-order mark, with `\n` line ends), or Windows-1252
/// when the bytes are not UTF-8, which is what older editors save.
fn decode(bytes: Vec<u8>) -> (String, Vec<Note>) {
    let bytes = match encoding::strip_bom(&bytes) {
        rest if rest.len() < bytes.len() => rest.to_vec(),
        _ => bytes,
    };
    let (text, notes) = match String::from_utf8(bytes) {
        Ok(text) => (text, Vec::new()),
        Err(e) => {
            let text = mojibake::decode_cp1252(e.as_bytes());
            let note = Note::general("the input is not UTF-8; read it as Windows-1252");
            (text, vec![note])
        }
    };
    (text.replace("\r\n", "\n").replace('\r', "\n"), notes)
}

/// Markdown for `.md` names, HTML for `.html` names or text that is plainly a page, Markdown for
/// text with Markdown headings, links or bold; else plain text.
fn guess_format(input: &str, text: &str) -> Format {
    let ext = std::path::Path::new(input)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown" | "mdown" | "mkd") => return Format::Markdown,
        Some("html" | "htm" | "xhtml") => return Format::Html,
        Some("txt" | "text") => return Format::Text,
        _ => {}
    }
    if html::looks_like_html(text) {
        return Format::Html;
    }
    let atx = |l: &str| {
        let hashes = l.len() - l.trim_start_matches('#').len();
        (1..=6).contains(&hashes) && l[hashes..].starts_with([' ', '\t'])
    };
    let markdown = text.lines().any(atx) || text.contains("](") || text.contains("**");
    if markdown {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// A remark as the command prints it and the studio lists it: `NAME:LINE:COLUMN: message`.
pub fn located(name: &str, note: &Note) -> String {
    match (note.line, note.column) {
        (Some(line), Some(column)) => format!("{name}:{line}:{column}: {}", note.message),
        (Some(line), None) => format!("{name}:{line}: {}", note.message),
        _ => format!("{name}: {}", note.message),
    }
}
