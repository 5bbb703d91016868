//! `journey-story check`: validates story files with exactly the widget's rules
//! (`Story::check`, the rules of `Story::from_value` with every error collected, and the
//! model's warnings) and prints every problem as `FILE:LINE:COLUMN: error|warning: PATH:
//! message`, the form editors and CI logs link to.

mod locate;
mod warn;

use journey_story::i18n::Lang;
use journey_story::json::{ParseError, parse_value};
use journey_story::model::encoding::{NotUtf8, decode, strip_bom};
use journey_story::model::mojibake::line_column;
use journey_story::model::{Path, Story, StoryError};

pub use locate::{Locations, Pos};

use crate::args::Spec;
use crate::error::CliError;
use crate::io::{display_name, plural, print, read_bytes_up_to};
use journey_story::model::format_bytes;
use journey_story::model::limits::{DEFAULT_MAX_BYTES, MAX_BYTES_CEILING};

pub const HELP: &str = "\
journey-story check: validate story files with the widget's own rules

Usage:
  journey-story check STORY.json...

Prints each problem as FILE:LINE:COLUMN: error|warning: PATH: message, then one summary line
per file. Errors are what the widget refuses to show. Warnings are likely mistakes it accepts:
mis-decoded text (â€“ for –), sections with no text, links that will not be clickable (only
http, https and mailto are), section ids that collide, very long sections, keys written twice.

Exit code: 0 when every file is valid (warnings allowed), 1 when any has an error.
Use - to read a story from standard input.

Examples:
  journey-story check www/stories/my-journey.json
  journey-story check www/stories/*.json
  curl -s https://example.org/stories/my-journey.json | journey-story check -
";

const SPEC: Spec = Spec {
    command: "check",
    options: &[],
    shorts: &[],
};

pub fn run(args: &[String]) -> Result<(), CliError> {
    let parsed = crate::args::parse(&SPEC, args)?;
    if parsed.help {
        return print(HELP);
    }
    if parsed.positional.is_empty() {
        return Err(CliError::Usage {
            command: "check",
            message: "give at least one STORY.json file (or - for standard input)".into(),
        });
    }
    let mut all_valid = true;
    for path in &parsed.positional {
        let (report, valid) = check_file(path);
        all_valid &= valid;
        print(&report)?;
    }
    if all_valid {
        Ok(())
    } else {
        Err(CliError::Invalid)
    }
}

/// One problem, ready to sort by position and print.
struct Problem {
    pos: Pos,
    error: bool,
    path: Option<Path>,
    message: String,
}

/// The report for one file and whether the story is valid. Unreadable files are reported like
/// invalid ones, so one bad path does not hide the others' results.
fn check_file(path: &str) -> (String, bool) {
    let name = display_name(path);
    let problems = match read_bytes_up_to(path, MAX_BYTES_CEILING) {
        Ok(bytes) => problems(&bytes),
        Err(CliError::Read { error, .. }) => {
            Err(format!("cannot read: {}", crate::error::io_reason(&error)))
        }
        Err(e) => Err(e.to_string()),
    };
    let (mut problems, sections) = match problems {
        Ok(found) => found,
        Err(message) => return (format!("{name}: error: {message}\n"), false),
    };
    problems.sort_by_key(|p| (p.pos, !p.error));
    let mut report = String::new();
    for p in &problems {
        let severity = if p.error { "error" } else { "warning" };
        let path = p
            .path
            .as_ref()
            .map(|p| format!("{p}: "))
            .unwrap_or_default();
        report.push_str(&format!(
            "{name}:{}:{}: {severity}: {path}{}\n",
            p.pos.line, p.pos.column, p.message
        ));
    }
    let errors = problems.iter().filter(|p| p.error).count();
    let warnings = plural(problems.len() - errors, "warning");
    let valid = errors == 0;
    report.push_str(&match sections {
        Some(n) if valid => format!("{name}: ok, {}, {warnings}\n", plural(n, "section")),
        _ => format!("{name}: invalid, {}, {warnings}\n", plural(errors, "error")),
    });
    (report, valid)
}

/// The problems in a file, and its number of sections when it is valid.
fn problems(bytes: &[u8]) -> Result<(Vec<Problem>, Option<usize>), String> {
    // The widget's download limits: no attribute raises the ceiling; the default needs one.
    if bytes.len() as u64 > MAX_BYTES_CEILING {
        return Err(format!(
            "larger than {}: no widget shows a story this large",
            format_bytes(MAX_BYTES_CEILING)
        ));
    }
    let size_warning = (bytes.len() as u64 > DEFAULT_MAX_BYTES).then(|| Problem {
        pos: Pos { line: 1, column: 1 },
        error: false,
        path: None,
        message: format!(
            "{} bytes, over the widget's default limit of {}: set max-size=\"{}M\" on the element",
            bytes.len(),
            format_bytes(DEFAULT_MAX_BYTES),
            (bytes.len() as u64).div_ceil(1024 * 1024)
        ),
    });
    let (mut found, sections) = problems_in(bytes)?;
    found.extend(size_warning);
    Ok((found, sections))
}

fn problems_in(bytes: &[u8]) -> Result<(Vec<Problem>, Option<usize>), String> {
    // Browsers drop a byte-order mark before parsing JSON; so does the check.
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(NotUtf8 { valid_up_to }) => {
            let valid = strip_bom(bytes).get(..valid_up_to).unwrap_or_default();
            let valid = String::from_utf8_lossy(valid);
            let (line, column) = line_column(&valid, valid.len());
            return Ok((
                vec![Problem {
                    pos: Pos { line, column },
                    error: true,
                    path: None,
                    message: "not UTF-8 text: save the story with UTF-8 encoding".into(),
                }],
                None,
            ));
        }
    };
    let doc = match parse_value(text) {
        Ok(doc) => doc,
        Err(ParseError::Syntax {
            line,
            column,
            message,
        }) => {
            // serde_json says column 0 at the very end of a line; editors count from 1.
            let problem = Problem {
                pos: Pos {
                    line,
                    column: column.max(1),
                },
                error: true,
                path: None,
                message: format!("not valid JSON: {message}"),
            };
            return Ok((vec![problem], None));
        }
        Err(ParseError::Story(e)) => return Err(e.to_string()),
    };
    let at = Locations::scan(text);
    let report = Story::check(&doc);
    let errors = report.errors.into_iter().map(|e| Problem {
        pos: at.find(&e.path),
        error: true,
        message: Lang::En.story_error_kind(&e.kind),
        path: Some(e.path),
    });
    let mut found: Vec<Problem> = errors.collect();
    found.extend(warn::problems(&report.warnings, &at));
    Ok((found, report.story.map(|s| s.sections.len())))
}

/// Where in `text` a model error points.
pub fn locate_error(text: &str, error: &StoryError) -> Pos {
    Locations::scan(text).find(&error.path)
}
