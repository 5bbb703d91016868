//! Why `import` could not build a story, in the words the command line and the studio both show.

use std::fmt;

/// Why `import` could not build a valid story from a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The front matter opens with its fence (`---` or `+++`) but never closes.
    UnclosedFrontMatter { fence: &'static str },
    /// The front matter block is not valid YAML or TOML: the parser's message, at a 1-based line
    /// and column of the file.
    BadFrontMatter {
        language: &'static str,
        line: usize,
        column: usize,
        message: String,
    },
    /// An HTML page nests elements deeper than browsers do (`html::tree::MAX_NESTING`),
    /// at a 1-based line and column.
    TooDeep {
        line: usize,
        column: usize,
        limit: usize,
    },
    /// There is no text at all once the front matter is removed.
    NoText,
    /// Neither the text, the front matter nor a flag gives a title.
    NoTitle,
    /// Neither the front matter nor a flag gives an author.
    NoAuthor,
    /// A status names a section that the text does not have.
    UnknownSection {
        name: String,
        origin: String,
        known: Vec<String>,
    },
    /// A status value is not one the widget knows.
    BadStatus { value: String, origin: String },
    /// `--status` without `=`.
    BadStatusFlag { value: String },
    /// The story built is not valid: a bug in the importer, reported rather than written.
    Internal(String),
}

impl ImportError {
    /// Where in the input the error is, as a 1-based line and column, when it is at one place.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            ImportError::BadFrontMatter { line, column, .. }
            | ImportError::TooDeep { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::UnclosedFrontMatter { fence } => write!(
                f,
                "the front matter starts with a `{fence}` line but has no closing `{fence}` line"
            ),
            ImportError::BadFrontMatter {
                language, message, ..
            } => {
                write!(f, "the front matter is not valid {language}: {message}")?;
                // The mistake YAML front matter sees most: an unquoted value with `: ` in it.
                if message.contains("mapping values are not allowed") {
                    f.write_str(" (put a value that contains \": \" in quotes)")?;
                }
                Ok(())
            }
            ImportError::TooDeep { limit, .. } => write!(
                f,
                "the page nests elements more than {limit} deep here; browsers do not nest deeper \
                 either, so this is not a page they show as written"
            ),
            ImportError::NoText => {
                f.write_str("there is no text to import: no sections and no paragraphs")
            }
            ImportError::NoTitle => f.write_str(
                "no title found: start the text with a `# Title` line, add `title: ...` to the \
                 front matter, or pass --title \"...\"",
            ),
            ImportError::NoAuthor => f.write_str(
                "no author: add `author: Your Name` to the front matter or pass --author \"Your \
                 Name\"",
            ),
            ImportError::UnknownSection {
                name,
                origin,
                known,
            } => write!(
                f,
                "{origin} gives a status to \"{name}\", but there is no section with that title; \
                 the sections are: {}",
                known
                    .iter()
                    .map(|k| format!("\"{k}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ImportError::BadStatus { value, origin } => write!(
                f,
                "{origin}: status \"{value}\" is not one of done, current, upcoming (or none)"
            ),
            ImportError::BadStatusFlag { value } => write!(
                f,
                "--status \"{value}\" needs the form \"Section Title=done\""
            ),
            ImportError::Internal(message) => write!(
                f,
                "the imported story is not valid ({message}); this is a bug in journey-story, \
                 please report it with the input"
            ),
        }
    }
}

impl std::error::Error for ImportError {}
