//! `journey-story import`: a blog post (Markdown, an HTML page or plain text) to a version 1
//! story file.
//!
//! Steps, each in its own module: decode and repair the text, split off front matter, read the
//! outline (markdown, html or plain), assemble it with metadata and statuses, write JSON. The result
//! is checked with the widget's own parser before it is written, so import never writes a story
//! the widget would refuse.

mod assemble;
mod front_matter;
mod html;
mod markdown;
mod outline;
mod plain;
mod write;

use front_matter::{Meta, StatusEntry};
use outline::{Note, Outline};

use crate::args::{Parsed, Spec};
use crate::error::{CliError, ImportError};
use crate::io::{display_name, plural, read_bytes, report, write_output};
use journey_story::model::encoding;
use journey_story::model::mojibake;

pub const HELP: &str = "\
journey-story import: turn a blog post into a story file

Usage:
  journey-story import INPUT [-o STORY.json] [options]

INPUT is a Markdown file (.md), an HTML page (.html, .htm), a plain-text file (.txt), or -
for standard input (the shape is then recognised by the content).
Without -o the story is written to standard output. Repairs and remarks go to standard error.

Markdown: a single top heading (# Title) is the story's title and the next level of headings
(## Section) makes sections; paragraphs, lists, **bold**, *italic* and [links](https://...)
carry over. HTML (a saved or copied page: Medium, Hashnode, WordPress, dev.to, any blog):
the <article> (else <main>, else the largest block of text) is read like Markdown, <h1> the
title and <h2> the sections; navigation, headers, footers, share buttons, comments and
scripts are left out; author, summary and language come from the page's <meta> tags and
JSON-LD. Plain text: the first line is the title, and a short line without final
punctuation that starts a block is a section heading.

Front matter (optional, at the very top): YAML between `---` lines (Jekyll, Hugo, Astro,
dev.to) or TOML between `+++` lines (Hugo).
  ---
  title: \"My Journey: Year One\"        (else taken from the text; quote values with `: `)
  author: Your Name                    (required here or with --author; also `authors`, a
                                       list, or `name:` and `url:` lines under `author:`)
  author_url: https://example.org
  lang: en                             (also `language` or `locale`)
  summary: >                           (or `description`)
    One or two sentences under the title.
  status:
    My Background: done                (done, current, upcoming or none)
  ---
Other keys (tags, date, layout, ...) are noted and ignored.

Options (they override the front matter and the page's metadata):
  -o, --output FILE        Write the story here (- for standard output).
  --author NAME            The author's name.
  --author-url URL         Links the author's name (http, https or mailto).
  --lang TAG               Language of the story, e.g. en, fr, ar.
  --title TEXT             The story's title.
  --summary TEXT           A line or two under the title.
  --status \"TITLE=STATUS\"  A section's status; repeat for each section. TITLE may also be
                           the section's id (my-background). STATUS: done, current,
                           upcoming or none.
  --format FORMAT          markdown, html or text. Default: from the file name (.md, .html,
                           .txt), else from the content.

Examples:
  journey-story import my-post.md --author \"Ada Obi\" -o www/stories/my-journey.json
  journey-story import saved-post.html -o story.json
  journey-story import post.txt --lang en --status \"My Background=done\" \\
      --status \"Next Steps=current\" -o story.json
  pbpaste | journey-story import - --author \"Ada Obi\" > story.json
";

const SPEC: Spec = Spec {
    command: "import",
    options: &[
        "--output",
        "--author",
        "--author-url",
        "--lang",
        "--title",
        "--summary",
        "--status",
        "--format",
    ],
    shorts: &[("-o", "--output")],
};

pub fn run(args: &[String]) -> Result<(), CliError> {
    let parsed = crate::args::parse(&SPEC, args)?;
    if parsed.help {
        return crate::io::print(HELP);
    }
    let [input] = parsed.positional.as_slice() else {
        return Err(usage(
            "give exactly one INPUT file (or - for standard input)",
        ));
    };
    let format = format_flag(&parsed)?;
    let flags = flag_meta(&parsed)?;
    let name = display_name(input);
    let (text, mut notes) = decode(read_bytes(input)?);
    let result = import(&text, input, format, flags, &mut notes);
    // Remarks are useful even when the import fails: they often say why.
    notes.sort_by_key(|n| n.line.unwrap_or(usize::MAX));
    for note in &notes {
        report(&located(&name, note));
    }
    let (json, sections, with_status) = result.map_err(|error| CliError::Import {
        source: name.clone(),
        error,
    })?;
    let output = parsed.last("--output");
    write_output(output, &json)?;
    let target = output.filter(|o| *o != "-").unwrap_or("standard output");
    report(&format!(
        "{name}: wrote {} ({with_status} with a status) to {target}",
        plural(sections, "section")
    ));
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Html,
    Text,
}

/// Builds the story JSON; also returns the number of sections and of sections with a status.
fn import(
    text: &str,
    input: &str,
    format: Option<Format>,
    flags: Meta,
    notes: &mut Vec<Note>,
) -> Result<(String, usize, usize), ImportError> {
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
    let (draft, assemble_notes) = assemble::assemble(outline, meta)?;
    notes.extend(assemble_notes);
    let json = write::to_json(&draft).map_err(|e| ImportError::Internal(e.to_string()))?;
    journey_story::json::parse_story(&json).map_err(|e| ImportError::Internal(e.to_string()))?;
    let with_status = draft.sections.iter().filter(|s| s.status.is_some()).count();
    Ok((json, draft.sections.len(), with_status))
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

fn format_flag(parsed: &Parsed) -> Result<Option<Format>, CliError> {
    match parsed
        .last("--format")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("auto") => Ok(None),
        Some("markdown" | "md") => Ok(Some(Format::Markdown)),
        Some("text" | "txt" | "plain") => Ok(Some(Format::Text)),
        Some("html" | "htm") => Ok(Some(Format::Html)),
        Some(other) => Err(usage(&format!(
            "--format \"{other}\" is not markdown, html or text"
        ))),
    }
}

fn flag_meta(parsed: &Parsed) -> Result<Meta, CliError> {
    // A blank flag (`--lang ""`) means "not given", as a blank field does in a story.
    let owned = |name| {
        parsed
            .last(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let mut statuses = Vec::new();
    for value in parsed.all("--status") {
        // Titles may contain `=`, statuses never do.
        let Some((section, status)) = value.rsplit_once('=') else {
            return Err(CliError::Import {
                source: "command line".into(),
                error: ImportError::BadStatusFlag {
                    value: value.to_owned(),
                },
            });
        };
        statuses.push(StatusEntry {
            section: section.to_owned(),
            value: status.to_owned(),
            origin: format!("--status \"{value}\""),
        });
    }
    Ok(Meta {
        title: owned("--title"),
        summary: owned("--summary"),
        author: owned("--author"),
        author_url: owned("--author-url"),
        lang: owned("--lang"),
        statuses,
    })
}

fn located(name: &str, note: &Note) -> String {
    match (note.line, note.column) {
        (Some(line), Some(column)) => format!("{name}:{line}:{column}: {}", note.message),
        (Some(line), None) => format!("{name}:{line}: {}", note.message),
        _ => format!("{name}: {}", note.message),
    }
}

fn usage(message: &str) -> CliError {
    CliError::Usage {
        command: "import",
        message: message.to_owned(),
    }
}
