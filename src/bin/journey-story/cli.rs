//! The top level: picks the subcommand, prints its error once, and turns it into an exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use crate::error::CliError;
use crate::io::{print, report};

const HELP: &str = "\
journey-story: write, check and render learning or career journey stories

Usage:
  journey-story import INPUT [-o STORY.json] [options]
                                 Turn a blog post (Markdown, HTML or plain text) into a story.
  journey-story check STORY.json...
                                 Validate stories with the widget's own rules, with the line
                                 and column of every problem. Exit code 1 on errors.
  journey-story render STORY.json
                                 Print a story as server-rendered HTML.
  journey-story COMMAND --help   Options and examples of a command.

Examples:
  journey-story import my-post.md --author \"Ada Obi\" -o www/stories/my-journey.json
  journey-story check www/stories/my-journey.json
  journey-story render www/stories/my-journey.json > snippet.html
";

pub fn run(raw: Vec<OsString>) -> ExitCode {
    match dispatch(raw) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            match &error {
                // Already reported line by line, or nobody is reading any more.
                CliError::Invalid | CliError::BrokenPipe => {}
                CliError::Usage { command: "", .. } => {
                    report(&format!("journey-story: {error}"));
                }
                CliError::Usage { command, .. } => {
                    report(&format!("journey-story {command}: {error}"));
                }
                _ => report(&format!("journey-story: {error}")),
            }
            error.exit_code()
        }
    }
}

fn dispatch(raw: Vec<OsString>) -> Result<(), CliError> {
    let mut args = Vec::with_capacity(raw.len());
    for arg in raw {
        // Paths that are not valid Unicode are rare enough to refuse plainly.
        let arg = arg.into_string().map_err(|a| CliError::Usage {
            command: "",
            message: format!("argument {a:?} is not valid Unicode"),
        })?;
        args.push(arg);
    }
    let Some((command, rest)) = args.split_first() else {
        return Err(CliError::Usage {
            command: "",
            message: "no command given; the commands are import, check and render".into(),
        });
    };
    match command.as_str() {
        "import" => crate::import::run(rest),
        "check" => crate::check::run(rest),
        "render" => crate::render::run(rest),
        "help" | "--help" | "-h" => match rest.first().map(String::as_str) {
            Some("import") => print(crate::import::HELP),
            Some("check") => print(crate::check::HELP),
            Some("render") => print(crate::render::HELP),
            _ => print(HELP),
        },
        "--version" | "-V" => print(concat!("journey-story ", env!("CARGO_PKG_VERSION"), "\n")),
        other => Err(CliError::Usage {
            command: "",
            message: format!(
                "unknown command \"{other}\"; the commands are import, check and render"
            ),
        }),
    }
}
