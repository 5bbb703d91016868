//! Typed errors of the command line, each with the message a user reads and its exit code.

use std::fmt;
use std::process::ExitCode;

/// Why a command stopped. Every variant is printed once, by `cli::run`.
#[derive(Debug)]
pub enum CliError {
    /// The command line itself is wrong; `command` names the subcommand whose help applies.
    Usage {
        command: &'static str,
        message: String,
    },
    /// An input file (or standard input) could not be read.
    Read {
        source: String,
        error: std::io::Error,
    },
    /// The output could not be written.
    Write {
        target: String,
        error: std::io::Error,
    },
    /// Standard output was closed by the reader (`| head`): not a failure worth a message.
    BrokenPipe,
    /// The input could not be turned into a story.
    Import { source: String, error: ImportError },
    /// `check` found invalid stories; the problems are already printed.
    Invalid,
    /// `render` was given a story that is not valid; the message names where.
    Story { source: String, message: String },
}

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
    /// An HTML page nests elements deeper than browsers do (`import::html::tree::MAX_NESTING`),
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

impl CliError {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Usage { .. } => ExitCode::from(2),
            // What a process killed by SIGPIPE reports, so `set -o pipefail` scripts see it.
            CliError::BrokenPipe => ExitCode::from(141),
            _ => ExitCode::FAILURE,
        }
    }

    /// Maps an output error: a closed pipe is its own quiet case.
    pub fn write(target: &str, error: std::io::Error) -> CliError {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Write {
                target: target.to_owned(),
                error,
            }
        }
    }
}

/// The system's words for an I/O error without its ` (os error N)`: the number differs between
/// platforms (2 natively, 44 under WASI for a missing file) and helps no reader, and the native
/// command and its Node build must print the same message.
pub fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_owned(),
        _ => text,
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage { command, message } => {
                let help = if command.is_empty() {
                    "journey-story --help".to_owned()
                } else {
                    format!("journey-story {command} --help")
                };
                write!(f, "{message}\nRun `{help}` for usage and examples.")
            }
            CliError::Read { source, error } => {
                write!(f, "cannot read {source}: {}", io_reason(error))
            }
            CliError::Write { target, error } => {
                write!(f, "cannot write {target}: {}", io_reason(error))
            }
            CliError::BrokenPipe => f.write_str("output closed"),
            CliError::Import { source, error } => match error.location() {
                Some((line, column)) => write!(f, "{source}:{line}:{column}: {error}"),
                None => write!(f, "{source}: {error}"),
            },
            CliError::Invalid => f.write_str("invalid story"),
            CliError::Story { source, message } => write!(f, "{source}: {message}"),
        }
    }
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

impl std::error::Error for CliError {}
impl std::error::Error for ImportError {}

#[cfg(test)]
mod tests {
    use super::io_reason;
    use std::io::Error;

    #[test]
    fn io_reasons_drop_the_platform_error_number() {
        assert_eq!(
            io_reason(&Error::from_raw_os_error(2)),
            "No such file or directory"
        );
        assert_eq!(io_reason(&Error::other("disk full")), "disk full");
    }
}
