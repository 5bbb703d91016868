//! Argument handling and the subcommands.

use std::io::Read;
use std::process::ExitCode;

use journey_story::json::parse_story;
use journey_story::render::render_story;
use journey_story::view::{OpenPolicy, Theme};

const HELP: &str = "\
journey-story: check and render journey stories

Usage:
  journey-story check STORY.json...   Validate stories with the widget's own rules.
                                      Exit code 0 when all are valid, 1 otherwise.
  journey-story render STORY.json     Print the story as server-rendered HTML, to paste
                                      inside <journey-story> for readers without JavaScript.
  journey-story help                  Show this help.

Use - as STORY.json to read standard input.

Examples:
  journey-story check www/stories/*.json
  journey-story render my-journey.json > snippet.html
";

pub fn run(args: Vec<String>) -> ExitCode {
    let Some((command, rest)) = args.split_first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    match command.as_str() {
        "check" if !rest.is_empty() => check(rest),
        "render" if rest.len() == 1 => render(&rest[0]),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("journey-story: unknown or incomplete command\n");
            eprint!("{HELP}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("standard input: {e}"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn check(paths: &[String]) -> ExitCode {
    let mut ok = true;
    for path in paths {
        match read(path).and_then(|t| parse_story(&t).map_err(|e| format!("{path}: {e}"))) {
            Ok(story) => println!("{path}: ok ({} sections)", story.sections.len()),
            Err(message) => {
                ok = false;
                println!("{message}");
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn render(path: &str) -> ExitCode {
    match read(path).and_then(|t| parse_story(&t).map_err(|e| format!("{path}: {e}"))) {
        Ok(story) => {
            println!("{}", render_story(story, OpenPolicy::All, Theme::Auto));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
