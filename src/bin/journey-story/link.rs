//! `journey-story link`: the frame page's URL with the whole story in its fragment, for sites
//! that take an iframe or a link but cannot run scripts or host a file.

use journey_story::model::ids::{STORY_KEY, STORY_PART, fragment};

use crate::args::Spec;
use crate::error::CliError;
use crate::io::{display_name, print, report};
use crate::site::{encode, frame};

pub const HELP: &str = "\
journey-story link: print a frame page URL that carries the whole story

Usage:
  journey-story link STORY.json --base URL [--section ID] [--open first|all|none]
                     [--theme auto|light|dark] [--lang TAG] [--fit grow|box]

Prints, on one line, the address of the widget's frame page (frame.html, published with
embed.js) with the story compressed into the part after #. Paste it where a site takes an
iframe or embed address (Canvas, Moodle, Google Sites, Notion, WordPress): nothing but the
widget needs hosting, and browsers never send the part after # to a server.

Options:
  --base URL       Where the widget's dist/ is published (a folder), or its frame.html URL.
  --section ID     Open that section and scroll to it (a section id, as in #key/ID links).
  --open, --theme, --lang
                   As the element's attributes: which sections start open, the colours, the
                   interface language (en, fr, ar, sw).
  --fit grow|box   grow: the frame takes the story's whole height (it posts the height to the
                   page around it); box: the story scrolls inside the frame's box.

Links over 2,000 characters get a warning: some platforms and address bars cut them. A long
story is better hosted as a file and shown with frame.html?src=URL (see journey-story publish).
Use - to read the story from standard input.

Examples:
  journey-story link my-journey.json --base https://cdn.example.org/journey-story/
  journey-story link my-journey.json --base https://cdn.example.org/journey-story/frame.html \\
      --section my-background --theme dark
";

const SPEC: Spec = Spec {
    command: "link",
    options: &[
        "--base",
        "--section",
        "--open",
        "--theme",
        "--lang",
        "--fit",
    ],
    shorts: &[],
};

/// Longer links than this are cut by some platforms and browsers' address bars (the figure
/// long quoted for Internet Explorer, still the limit of several form fields and sitemaps).
pub const LONG_LINK: usize = 2_000;

pub fn run(args: &[String]) -> Result<(), CliError> {
    let parsed = crate::args::parse(&SPEC, args)?;
    if parsed.help {
        return print(HELP);
    }
    let usage = |message: String| CliError::Usage {
        command: "link",
        message,
    };
    let [path] = parsed.positional.as_slice() else {
        return Err(usage("give exactly one STORY.json file".into()));
    };
    let base = parsed.last("--base").ok_or_else(|| {
        usage("--base is required: the URL where the widget (frame.html) is published".into())
    })?;
    let frame_url = frame("--base", base).map_err(usage)?;
    let mut query = Vec::new();
    if let Some(open) = crate::flags::open(&parsed, "link")? {
        query.push(format!("open={}", crate::flags::open_word(open)));
    }
    if let Some(theme) = crate::flags::theme(&parsed, "link")? {
        query.push(format!("theme={}", theme.as_str()));
    }
    if let Some(lang) = crate::flags::lang(&parsed, "link")? {
        query.push(format!("lang={}", encode(lang)));
    }
    if let Some(fit) = crate::flags::fit(&parsed, "link")? {
        query.push(format!("fit={}", fit.as_str()));
    }

    let file = crate::story_file::load(path)?;
    let mut hash = format!("{STORY_PART}{}", story_data(&file.text)?);
    if let Some(section) = parsed.last("--section") {
        if !file.story.sections.iter().any(|s| s.id == section) {
            let example = file.story.sections.first().map_or("", |s| s.id.as_str());
            return Err(usage(format!(
                "--section \"{section}\" is not a section of {}: give a section's \"id\", or \
                 for a section without one, its title in lower case with - between words \
                 (e.g. \"{example}\")",
                display_name(path)
            )));
        }
        hash.push('&');
        hash.push_str(&fragment(STORY_KEY, &encode(section)));
    }

    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    let url = format!("{frame_url}{query}#{hash}");
    let length = url.chars().count();
    if length > LONG_LINK {
        report(&format!(
            "journey-story link: warning: the link is {} characters long; some platforms and \
             browsers' address bars cut links over {} characters. Host the story file and use \
             {frame_url}?src=URL instead (journey-story publish writes the files).",
            grouped(length),
            grouped(LONG_LINK)
        ));
    }
    print(&format!("{url}\n"))
}

/// `2122` as `2,122`, as the README writes lengths.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The story as the frame page reads it from `#story=` (`author::link::story_data`).
pub fn story_data(text: &str) -> Result<String, CliError> {
    journey_story::author::link::story_data(text).map_err(|message| CliError::Story {
        source: "the story".into(),
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn lengths_are_grouped_by_thousands() {
        let cases = [
            (7, "7"),
            (999, "999"),
            (2_000, "2,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, text) in cases {
            assert_eq!(grouped(n), text);
        }
    }
}
