//! `journey-story render`: a story as the widget's server-rendered HTML, to paste inside
//! `<journey-story>` for readers without JavaScript.

use journey_story::render::render_story;
use journey_story::view::OpenPolicy;

use crate::args::Spec;
use crate::error::CliError;
use crate::io::print;

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
    // Sections open by default: the snippet is for readers without JavaScript.
    let open = crate::flags::open(&parsed, "render")?.unwrap_or(OpenPolicy::All);
    let theme = crate::flags::theme(&parsed, "render")?.unwrap_or_default();
    let story = crate::story_file::load(path)?.story;
    let mut html = render_story(story, open, theme);
    html.push('\n');
    print(&html)
}
