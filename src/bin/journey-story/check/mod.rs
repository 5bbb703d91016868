//! `journey-story check`: validates story files with exactly the widget's rules and prints every
//! problem as `FILE:LINE:COLUMN: error|warning: PATH: message`, the form editors and CI logs
//! link to. The checking and the report are the library's `author::check`, which the studio
//! runs too; this is the command around it.

use journey_story::author::check::{check, report};
use journey_story::model::limits::MAX_BYTES_CEILING;

use crate::args::Spec;
use crate::error::CliError;
use crate::io::{display_name, print, read_bytes_up_to};

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

/// The report for one file and whether the story is valid. Unreadable files are reported like
/// invalid ones, so one bad path does not hide the others' results.
fn check_file(path: &str) -> (String, bool) {
    let checked = match read_bytes_up_to(path, MAX_BYTES_CEILING) {
        Ok(bytes) => check(&bytes),
        Err(CliError::Read { error, .. }) => {
            Err(format!("cannot read: {}", crate::error::io_reason(&error)))
        }
        Err(e) => Err(e.to_string()),
    };
    report(&display_name(path), checked)
}
