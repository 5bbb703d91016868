//! Reading inputs (a file or `-` for standard input) and writing outputs without panicking:
//! `println!` panics when the reader closes the pipe, so all output goes through here.

use std::io::{Read, Write};

use crate::error::CliError;

/// The name a message uses for an input: its path, or `<stdin>` for `-`.
pub fn display_name(path: &str) -> String {
    if path == "-" {
        "<stdin>".to_owned()
    } else {
        path.to_owned()
    }
}

/// Reads a whole input as bytes.
pub fn read_bytes(path: &str) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    result.map_err(|error| CliError::Read {
        source: display_name(path),
        error,
    })?;
    Ok(bytes)
}

/// Writes `text` to standard output and flushes, so a closed pipe is seen here, not at exit.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| CliError::write("standard output", e))
}

/// Writes `text` to the file at `path`, or to standard output when `path` is `None` or `-`.
pub fn write_output(path: Option<&str>, text: &str) -> Result<(), CliError> {
    match path {
        None | Some("-") => print(text),
        Some(path) => std::fs::write(path, text).map_err(|e| CliError::write(path, e)),
    }
}

/// A report line on standard error. Failing to report is not worth failing the command for.
pub fn report(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// `1 section`, `2 sections`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
