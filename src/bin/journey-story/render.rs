//! `journey-story render`: a story as the widget's server-rendered HTML, to paste inside
//! `<journey-story>` for readers without JavaScript.

use journey_story::json::{ParseError, parse_story};
use journey_story::render::render_story;
use journey_story::view::{OpenPolicy, Theme};

use crate::args::Spec;
use crate::check::locate_error;
use crate::error::CliError;
use crate::io::{display_name, print, read_bytes};

pub const HELP: &str = "\
journey-story render: print a story as server-rendered HTML

Usage:
  journey-story render STORY.json [--open first|all|none] [--theme auto|light|dark]

The HTML is what the widget shows, without scripts. Paste it inside the <journey-story>
element: readers see it while the widget loads, and keep it if the widget cannot run.
Sections are open by default (--open all), so the text is readable without JavaScript.
Use - to read the story from standard input.

Examples:
  journey-story render www/stories/my-journey.json > snippet.html
  journey-story render my-journey.json --open first --theme dark | head
";

const SPEC: Spec = Spec {
    command: "render",
    options: &["--open", "--theme"],
    shorts: &[],
};

pub fn run(args: &[String]) -> Result<(), CliError> {
    let parsed = crate::args::parse(&SPEC, args)?;
    if parsed.help {
        return print(HELP);
    }
    let usage = |message: String| CliError::Usage {
        command: "render",
        message,
    };
    let [path] = parsed.positional.as_slice() else {
        return Err(usage("give exactly one STORY.json file".into()));
    };
    let open = match parsed.last("--open") {
        None => OpenPolicy::All,
        Some(v) => OpenPolicy::parse(v)
            .ok_or_else(|| usage(format!("--open \"{v}\" is not first, all or none")))?,
    };
    let theme = match parsed.last("--theme") {
        None => Theme::Auto,
        Some(v) => Theme::parse(v)
            .ok_or_else(|| usage(format!("--theme \"{v}\" is not auto, light or dark")))?,
    };
    let source = display_name(path);
    let bytes = read_bytes(path)?;
    let text = journey_story::model::encoding::decode(&bytes).map_err(|_| CliError::Story {
        source: source.clone(),
        message: "not UTF-8 text: save the story with UTF-8 encoding".into(),
    })?;
    let story = parse_story(text).map_err(|e| match &e {
        ParseError::Story(error) => {
            let pos = locate_error(text, error);
            CliError::Story {
                source: format!("{source}:{}:{}", pos.line, pos.column),
                message: format!("{e} (`journey-story check` lists every problem)"),
            }
        }
        ParseError::Syntax {
            line,
            column,
            message,
        } => CliError::Story {
            source: format!("{source}:{line}:{}", column.max(&1)),
            message: format!("not valid JSON: {message}"),
        },
    })?;
    let mut html = render_story(story, open, theme);
    html.push('\n');
    print(&html)
}
