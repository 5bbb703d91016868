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
    read_bytes_up_to(path, u64::MAX)
}

/// Reads an input as bytes, stopping after `limit + 1` of them: enough to tell that it is too
/// large without holding all of it.
pub fn read_bytes_up_to(path: &str, limit: u64) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    let take = limit.saturating_add(1);
    let result = if path == "-" {
        std::io::stdin()
            .lock()
            .take(take)
            .read_to_end(&mut bytes)
            .map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|f| f.take(take).read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|error| CliError::Read {
        source: display_name(path),
        error,
    })?;
    Ok(bytes)
}

/// What a terminal would act on rather than show: escape sequences (ESC, CSI), carriage returns
/// and the other C0 and C1 controls. Story text is untrusted, and messages quote it; each such
/// character is printed as U+FFFD instead. Line breaks and tabs stay.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| if unsafe_char(c) { '\u{fffd}' } else { c })
        .collect::<String>()
        .into()
}

/// Writes `text` to standard output and flushes, so a closed pipe is seen here, not at exit.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(printable(text).as_bytes())
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
    let _ = writeln!(std::io::stderr().lock(), "{}", printable(line));
}

/// `1 section`, `2 sections`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn terminal_controls_are_replaced_and_line_breaks_kept() {
        assert_eq!(
            printable("a\u{1b}[2Jb\rc\u{9b}d\n\te"),
            "a\u{fffd}[2Jb\u{fffd}c\u{fffd}d\n\te"
        );
        assert!(matches!(
            printable("plain\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
