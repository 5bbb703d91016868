//! `journey-story import`: a blog post (Markdown, an HTML page or plain text) to a version 1
//! story file.
//!
//! The importer itself is the library's `author::import`, which the studio runs too; this is
//! the command around it: arguments, files, remarks on standard error. It never writes a story
//! the widget would refuse.

use journey_story::author::import::{Format, Imported, Meta, import, located, status_entry};

use crate::args::{Parsed, Spec};
use crate::error::CliError;
use crate::io::{display_name, plural, read_bytes, report, write_output};

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
    let outcome = import(read_bytes(input)?, input, format, flags);
    for note in &outcome.notes {
        report(&located(&name, note));
    }
    let Imported {
        json,
        sections,
        with_status,
    } = outcome.story.map_err(|error| CliError::Import {
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

fn format_flag(parsed: &Parsed) -> Result<Option<Format>, CliError> {
    let Some(name) = parsed.last("--format") else {
        return Ok(None);
    };
    Format::parse(name).map_err(|_| {
        usage(&format!(
            "--format \"{}\" is not markdown, html or text",
            name.to_ascii_lowercase()
        ))
    })
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
        statuses.push(status_entry(value).map_err(|error| CliError::Import {
            source: "command line".into(),
            error,
        })?);
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

fn usage(message: &str) -> CliError {
    CliError::Usage {
        command: "import",
        message: message.to_owned(),
    }
}
