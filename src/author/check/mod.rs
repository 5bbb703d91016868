//! Checking a story's text with exactly the widget's rules (`Story::check`, the rules of
//! `Story::from_value` with every error collected, and the model's warnings), each problem
//! placed at its line and column: what `journey-story check` prints and what the studio shows
//! beside each field, in the same words.

mod locate;
mod warn;

pub use locate::{Locations, Pos};

use crate::i18n::Lang;
use crate::json::{ParseError, parse_value};
use crate::model::encoding::{NotUtf8, decode, strip_bom};
use crate::model::format_bytes;
use crate::model::limits::{DEFAULT_MAX_BYTES, MAX_BYTES_CEILING};
use crate::model::mojibake::line_column;
use crate::model::{Path, Story, StoryError};

/// What checking a story file found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Every problem, by position in the file (an error before a warning at the same place).
    pub problems: Vec<Problem>,
    /// The number of sections, when the story is valid.
    pub sections: Option<usize>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.error).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// Checks a story file's bytes. `Err` is a reason the file as a whole cannot be a story (larger
/// than any widget shows), reported without line or path.
pub fn check(bytes: &[u8]) -> Result<Checked, String> {
    let (mut problems, sections) = problems(bytes)?;
    problems.sort_by_key(|p| (p.pos, !p.error));
    Ok(Checked { problems, sections })
}

/// `NAME:LINE:COLUMN: error|warning: PATH: message`, the form editors and CI logs link to.
pub fn problem_line(name: &str, p: &Problem) -> String {
    let severity = if p.error { "error" } else { "warning" };
    let path = p
        .path
        .as_ref()
        .map(|p| format!("{p}: "))
        .unwrap_or_default();
    format!(
        "{name}:{}:{}: {severity}: {path}{}",
        p.pos.line, p.pos.column, p.message
    )
}

/// The report `journey-story check` prints for one file (each problem, then a summary line), and
/// whether the story is valid. `checked` is `Err` with a reason when the file could not be read
/// or checked at all.
pub fn report(name: &str, checked: Result<Checked, String>) -> (String, bool) {
    let checked = match checked {
        Ok(checked) => checked,
        Err(message) => return (format!("{name}: error: {message}\n"), false),
    };
    let mut report = String::new();
    for p in &checked.problems {
        report.push_str(&problem_line(name, p));
        report.push('\n');
    }
    let warnings = plural(checked.warnings(), "warning");
    let valid = checked.errors() == 0;
    report.push_str(&match checked.sections {
        Some(n) if valid => format!("{name}: ok, {}, {warnings}\n", plural(n, "section")),
        _ => format!(
            "{name}: invalid, {}, {warnings}\n",
            plural(checked.errors(), "error")
        ),
    });
    (report, valid)
}

/// `1 section`, `2 sections`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// One problem, ready to sort by position and print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub pos: Pos,
    /// An error (the widget refuses the story), else a warning.
    pub error: bool,
    /// Where in the story, when the problem is at a field.
    pub path: Option<Path>,
    pub message: String,
}

/// The problems in a file, and its number of sections when it is valid; `Err` when the file
/// as a whole cannot be a story (too large).
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
