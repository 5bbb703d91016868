//! `journey-story publish`: the files a site uploads to show a story everywhere: the story
//! itself, its page (readable without JavaScript, with the metadata search engines and link
//! previews read) and its oEmbed description (how WordPress and others embed it from a link).

mod html;
mod oembed;
mod page;

use std::path::Path;

use crate::args::Spec;
use crate::error::CliError;
use crate::io::{print, report};
use crate::site::{FRAME, encode, folder, origin};

pub const HELP: &str = "\
journey-story publish: write a story's files for a site: the story, its page and its oEmbed

Usage:
  journey-story publish STORY.json --base URL -o OUT/ [--widget URL]

For NAME, the story file's name without .json, writes into OUT/ (created if missing):
  NAME.json         the story, byte for byte;
  NAME.html         its page: the whole story readable without JavaScript (every section
                    open), a title, description, Open Graph and schema.org metadata, and the
                    widget, which takes over where scripts run;
  NAME.oembed.json  its oEmbed description: paste the page's URL into WordPress (or any site
                    that reads oEmbed) and it embeds the story in a 600 by 600 frame, which
                    grows to the story's height where the site follows the height it posts.
Upload them to --base. An invalid story writes nothing, with the same message as render.

Options:
  --base URL     Where the files will be served from: an absolute http or https folder URL.
  --widget URL   Where the widget's dist/ (embed.js, frame.html) is published; default: --base.
  -o, --output OUT/
                 The folder to write the files to.

Examples:
  journey-story publish my-journey.json --base https://site.example/journeys/ -o public/journeys/
  journey-story publish my-journey.json --base https://site.example/journeys/ \\
      --widget https://cdn.example.org/journey-story/ -o public/journeys/
";

const SPEC: Spec = Spec {
    command: "publish",
    options: &["--base", "--widget", "--output"],
    shorts: &[("-o", "--output")],
};

/// Where the published files are served from: every URL the page and the oEmbed give.
pub struct Site {
    /// The folder the files are uploaded to, ending with `/`.
    base: String,
    /// The folder the widget's dist/ is served from, ending with `/`.
    widget: String,
    /// The story file's stem, percent-encoded for a URL.
    name: String,
}

impl Site {
    fn page_url(&self) -> String {
        format!("{}{}.html", self.base, self.name)
    }

    fn oembed_url(&self) -> String {
        format!("{}{}.oembed.json", self.base, self.name)
    }

    /// The story as the page names it: beside the page, so a copy of the folder still works.
    fn story_src(&self) -> String {
        format!("{}.json", self.name)
    }

    fn embed_js(&self) -> String {
        format!("{}embed.js", self.widget)
    }

    /// The frame page showing the story, by its absolute URL: the frame lives on the widget's
    /// origin, which may not be the story's.
    fn frame_src(&self) -> String {
        let story = format!("{}{}", self.base, self.story_src());
        format!("{}{FRAME}?src={}", self.widget, encode(&story))
    }
}

pub fn run(args: &[String]) -> Result<(), CliError> {
    let parsed = crate::args::parse(&SPEC, args)?;
    if parsed.help {
        return print(HELP);
    }
    let usage = |message: String| CliError::Usage {
        command: "publish",
        message,
    };
    let [path] = parsed.positional.as_slice() else {
        return Err(usage("give exactly one STORY.json file".into()));
    };
    let stem = Path::new(path).file_stem().and_then(|s| s.to_str());
    let Some(stem) = stem.filter(|_| path != "-") else {
        return Err(usage(
            "give a story file, not standard input: its name names the published files".into(),
        ));
    };
    let base = parsed.last("--base").ok_or_else(|| {
        usage("--base is required: the URL of the folder the files will be served from".into())
    })?;
    let base = folder("--base", base).map_err(&usage)?;
    let widget = match parsed.last("--widget") {
        Some(widget) => folder("--widget", widget).map_err(&usage)?,
        None => base.clone(),
    };
    let out = parsed
        .last("--output")
        .ok_or_else(|| usage("-o OUT/ is required: the folder to write the files to".into()))?;

    let file = crate::story_file::load(path)?;
    let site = Site {
        base,
        widget,
        name: encode(stem),
    };
    let internal = |e: serde_json::Error| CliError::Story {
        source: path.clone(),
        message: format!("cannot write its metadata as JSON: {e}"),
    };
    let page = page::page(&file.story, file.bytes.len(), &site).map_err(internal)?;
    let oembed = oembed::oembed(&file.story, &site).map_err(internal)?;

    // Everything is built before the first write: a story that fails writes nothing.
    std::fs::create_dir_all(out).map_err(|e| CliError::write(out, e))?;
    let files: [(&str, &[u8], &str); 3] = [
        ("json", &file.bytes, "the story"),
        ("html", page.as_bytes(), "its page"),
        ("oembed.json", oembed.as_bytes(), "its oEmbed description"),
    ];
    for (extension, contents, what) in files {
        let target = Path::new(out).join(format!("{stem}.{extension}"));
        let shown = target.display().to_string();
        std::fs::write(&target, contents).map_err(|e| CliError::write(&shown, e))?;
        report(&format!("{path}: wrote {shown} ({what})"));
    }
    report(&format!(
        "Upload {}/* to {}; the page will be {}{}",
        out.trim_end_matches('/'),
        site.base,
        site.page_url(),
        if site.widget == site.base {
            ", with the widget's dist/ in the same folder"
        } else {
            ""
        }
    ));
    // The frame page only shows stories from its own origin unless told otherwise.
    if origin(&site.widget) != origin(&site.base) {
        report(&format!(
            "The oEmbed frame ({}{FRAME}) loads the story from another origin: add \"{}\" to the \"origins\" list of {}frame.config.json",
            site.widget,
            origin(&site.base),
            site.widget
        ));
    }
    Ok(())
}
