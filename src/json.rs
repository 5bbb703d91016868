//! Reading story JSON text natively (tools and tests). The widget never links this: in the
//! browser, `Response.json()` parses and serde-wasm-bindgen converts.

use std::fmt;

use crate::model::{Story, StoryError, Value, ValueError};

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

/// Parses JSON text into the generic tree, with the widget's nesting limit: a document nested
/// too deep is a story error naming the path, as in the widget.
pub fn parse_value(text: &str) -> Result<Value, ParseError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = match Value::from_deserializer(&mut de) {
        Ok(value) => value,
        Err(ValueError::TooDeep(e)) => return Err(ParseError::Story(e)),
        Err(ValueError::Other(e)) => return Err(syntax(e)),
    };
    de.end().map_err(syntax)?;
    Ok(value)
}

fn syntax(e: serde_json::Error) -> ParseError {
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
}

/// Parses and validates a story, with exactly the rules the widget applies.
pub fn parse_story(text: &str) -> Result<Story, ParseError> {
    Story::from_value(&parse_value(text)?).map_err(ParseError::Story)
}
