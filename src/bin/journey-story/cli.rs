//! The top level: picks the subcommand, prints its error once, and turns it into an exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use crate::error::CliError;
use crate::io::{print, report};

const HELP: &str = "\
journey-story: write, check, render and publish learning or career journey stories

Usage:
  journey-story import INPUT [-o STORY.json] [options]
                                 Turn a blog post (Markdown, HTML or plain text) into a story.
  journey-story check STORY.json...
                                 Validate stories with the widget's own rules, with the line
                                 and column of every problem. Exit code 1 on errors.
  journey-story render STORY.json
                                 Print a story as server-rendered HTML.
  journey-story link STORY.json --base URL [options]
                                 Print a frame page URL that carries the whole story, for
                                 sites that take an iframe but cannot run scripts.
  journey-story publish STORY.json --base URL -o OUT/ [--widget URL]
                                 Write the story, a page for it (readable without JavaScript)
                                 and its oEmbed description, ready to upload to --base.
  journey-story COMMAND --help   Options and examples of a command.

Examples:
  journey-story import my-post.md --author \"Ada Obi\" -o www/stories/my-journey.json
  journey-story check www/stories/my-journey.json
  journey-story render www/stories/my-journey.json > snippet.html
  journey-story link my-journey.json --base https://cdn.example.org/journey-story/
  journey-story publish my-journey.json --base https://site.example/journeys/ -o public/
";

/// The commands' names, for the messages that list them.
const COMMANDS: &str = "import, check, render, link and publish";

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
            message: format!("no command given; the commands are {COMMANDS}"),
        });
    };
    match command.as_str() {
        "import" => crate::import::run(rest),
        "check" => crate::check::run(rest),
        "render" => crate::render::run(rest),
        "link" => crate::link::run(rest),
        "publish" => crate::publish::run(rest),
        "help" | "--help" | "-h" => match rest.first().map(String::as_str) {
            Some("import") => print(crate::import::HELP),
            Some("check") => print(crate::check::HELP),
            Some("render") => print(crate::render::HELP),
            Some("link") => print(crate::link::HELP),
            Some("publish") => print(crate::publish::HELP),
            _ => print(HELP),
        },
        "--version" | "-V" => print(concat!("journey-story ", env!("CARGO_PKG_VERSION"), "\n")),
        other => Err(CliError::Usage {
            command: "",
            message: format!("unknown command \"{other}\"; the commands are {COMMANDS}"),
        }),
    }
}
