//! A story file for the commands that need a valid story (`render`, `link`, `publish`): read,
//! decoded, parsed and validated with the widget's rules in one place, so each command refuses
//! exactly what the widget refuses, with the same message at the same line and column.

use journey_story::json::{ParseError, parse_story};
use journey_story::model::encoding::decode;
use journey_story::model::limits::MAX_BYTES_CEILING;
use journey_story::model::{Story, format_bytes};

use crate::error::CliError;
use crate::io::{display_name, read_bytes_up_to};
use journey_story::author::check::locate_error;

/// A valid story and the file it came from.
pub struct StoryFile {
    /// The file's bytes as read, byte-order mark included (`publish` copies them unchanged).
    pub bytes: Vec<u8>,
    /// The JSON text: the bytes after the byte-order mark, which browsers drop too.
    pub text: String,
    pub story: Story,
}

/// Reads the story at `path` (`-` for standard input). Any problem is a [`CliError::Story`]
/// naming the file, and its line and column where it has one; `check` lists every problem.
pub fn load(path: &str) -> Result<StoryFile, CliError> {
    let source = display_name(path);
    let error = |source: String, message: String| CliError::Story { source, message };
    // Read one byte past the ceiling: enough to know a file is too large without holding it.
    let bytes = read_bytes_up_to(path, MAX_BYTES_CEILING)?;
    if bytes.len() as u64 > MAX_BYTES_CEILING {
        return Err(error(
            source,
            format!(
                "larger than {}: no widget shows a story this large",
                format_bytes(MAX_BYTES_CEILING)
            ),
        ));
    }
    let text = decode(&bytes)
        .map_err(|_| {
            error(
                source.clone(),
                "not UTF-8 text: save the story with UTF-8 encoding".into(),
            )
        })?
        .to_owned();
    let story = parse_story(&text).map_err(|e| match &e {
        ParseError::Story(story_error) => {
            let pos = locate_error(&text, story_error);
            error(
                format!("{source}:{}:{}", pos.line, pos.column),
                format!("{e} (`journey-story check` lists every problem)"),
            )
        }
        ParseError::Syntax {
            line,
            column,
            message,
        } => error(
            // serde_json says column 0 at the very end of a line; editors count from 1.
            format!("{source}:{line}:{}", column.max(&1)),
            format!("not valid JSON: {message}"),
        ),
    })?;
    Ok(StoryFile { bytes, text, story })
}
