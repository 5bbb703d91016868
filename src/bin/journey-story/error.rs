//! Typed errors of the command line, each with the message a user reads and its exit code.

use std::fmt;
use std::process::ExitCode;

use journey_story::author::import::ImportError;

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

impl std::error::Error for CliError {}

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
