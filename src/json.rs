//! Reading story JSON text natively (tools and tests). The widget never links this: in the
//! browser, `Response.json()` parses and serde-wasm-bindgen converts.

use std::fmt;

use crate::model::{Story, StoryError, Value};

/// Why a JSON text is not a story.
#[derive(Debug)]
pub enum ParseError {
    /// Not JSON at all; `line` and `column` are 1-based.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a valid story.
    Story(StoryError),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Syntax {
                line,
                column,
                message,
            } => write!(f, "{line}:{column}: not valid JSON: {message}"),
            ParseError::Story(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses JSON text into the generic tree.
pub fn parse_value(text: &str) -> Result<Value, ParseError> {
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the position is reported separately.
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        ParseError::Syntax {
            line: e.line(),
            column: e.column(),
            message,
        }
    })
}

/// Parses and validates a story, with exactly the rules the widget applies.
pub fn parse_story(text: &str) -> Result<Story, ParseError> {
    Story::from_value(&parse_value(text)?).map_err(ParseError::Story)
}
