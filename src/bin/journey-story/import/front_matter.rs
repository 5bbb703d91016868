//! Front matter: an optional `---` block of `key: value` lines at the top of a post, as blog
//! engines write it. Only the keys a story uses are read; a one-level indented block under a key
//! (`status:` then `  My Background: done`) is the same as `status.My Background: done`.

use super::outline::Note;
use crate::error::ImportError;

/// The story fields a post's front matter (or the command line) can give.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub author: Option<String>,
    pub author_url: Option<String>,
    pub lang: Option<String>,
    pub statuses: Vec<StatusEntry>,
}

/// A status given to a section by name, with where it was given, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    pub section: String,
    pub value: String,
    pub origin: String,
}

/// Splits front matter off `text`. The lines it took are left blank in the returned text, so
/// line numbers in later notes still match the file.
pub fn split(text: &str) -> Result<(Meta, String, Vec<Note>), ImportError> {
    let mut meta = Meta::default();
    let mut notes = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return Ok((meta, text.to_owned(), notes));
    }
    let close = lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim_end(), "---" | "..."))
        .ok_or(ImportError::UnclosedFrontMatter)?
        + 1;
    let mut parent: Option<&str> = None;
    for (i, line) in lines.iter().enumerate().take(close).skip(1) {
        let number = i + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let nested = line.starts_with([' ', '\t']);
        // Section titles may contain `:`, statuses never do: split status lines at the last one.
        let status_line =
            line.trim().starts_with("status.") || (nested && parent == Some("status"));
        let split = if status_line {
            line.trim().rsplit_once(':')
        } else {
            line.trim().split_once(':')
        };
        let Some((key, value)) = split else {
            // Indented lines without a key are list entries of a key stories do not use (tags).
            if !nested {
                notes.push(Note::at(
                    number,
                    "front matter line is not `key: value`; ignored",
                ));
            }
            continue;
        };
        let (key, value) = (key.trim(), unquote(value.trim()));
        let key = match (nested, parent) {
            (true, Some(parent)) => format!("{parent}.{key}"),
            _ => {
                parent = value.is_empty().then_some(key);
                key.to_owned()
            }
        };
        if value.is_empty() {
            continue;
        }
        if !meta.set(&key, value, number) {
            notes.push(Note::at(
                number,
                format!("front matter key \"{key}\" is not used in stories; ignored"),
            ));
        }
    }
    let body = lines
        .iter()
        .enumerate()
        .map(|(i, line)| if i <= close { "" } else { line })
        .collect::<Vec<_>>()
        .join("\n");
    Ok((meta, body, notes))
}

impl Meta {
    /// Sets a field from a front matter key; `false` for a key stories do not use.
    fn set(&mut self, key: &str, value: &str, line: usize) -> bool {
        let field = match key.to_ascii_lowercase().as_str() {
            "title" => &mut self.title,
            "summary" | "description" => &mut self.summary,
            "author" | "author.name" => &mut self.author,
            "author_url" | "author-url" | "author.url" => &mut self.author_url,
            "lang" | "language" => &mut self.lang,
            _ => {
                let Some(section) = key.strip_prefix("status.") else {
                    return false;
                };
                self.statuses.push(StatusEntry {
                    section: section.trim().to_owned(),
                    value: value.to_owned(),
                    origin: format!("front matter line {line}"),
                });
                return true;
            }
        };
        *field = Some(value.to_owned());
        true
    }

    /// Fields given by `other` replace those here; statuses are added after (so they win).
    pub fn overridden_by(mut self, other: Meta) -> Meta {
        let pick = |mine: &mut Option<String>, theirs: Option<String>| {
            if theirs.is_some() {
                *mine = theirs;
            }
        };
        pick(&mut self.title, other.title);
        pick(&mut self.summary, other.summary);
        pick(&mut self.author, other.author);
        pick(&mut self.author_url, other.author_url);
        pick(&mut self.lang, other.lang);
        self.statuses.extend(other.statuses);
        self
    }
}

/// YAML-style quotes around a value are not part of it.
fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_nested_statuses_and_keeps_line_numbers() {
        let text = "---\ntitle: \"My year\"\nauthor:\n  name: Ada\n  url: https://ada.dev\n\
                    status:\n  Start: done\nstatus.Next: Part 2: current\ntags: x\n---\n# Body\n";
        let (meta, body, notes) = split(text).expect("front matter");
        assert_eq!(meta.title.as_deref(), Some("My year"));
        assert_eq!(meta.author.as_deref(), Some("Ada"));
        assert_eq!(meta.author_url.as_deref(), Some("https://ada.dev"));
        let statuses: Vec<_> = meta.statuses.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(statuses, ["Start", "Next: Part 2"]);
        assert_eq!(body.lines().nth(10), Some("# Body"));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].line, Some(9));
    }

    #[test]
    fn no_front_matter_and_unclosed_front_matter() {
        let (meta, body, _) = split("Title\n---\n").expect("no front matter");
        assert_eq!((meta, body.as_str()), (Meta::default(), "Title\n---\n"));
        assert_eq!(
            split("---\ntitle: x\n"),
            Err(ImportError::UnclosedFrontMatter)
        );
    }
}
