//! Front matter: the metadata block at the top of a post, YAML between `---` lines (Jekyll,
//! Astro, dev.to, Hugo) or TOML between `+++` lines (Hugo). This module finds the block, has it
//! parsed (`parse.rs`) and maps the keys the blog engines use to the story's fields; every other
//! key is noted once and ignored.

mod parse;

use parse::{Entry, Node, Value};

use super::outline::Note;
use crate::author::import::ImportError;

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

/// The two fences, each with the lines that may close it and the language inside.
const FENCES: [(&str, &[&str], Language); 2] = [
    ("---", &["---", "..."], Language::Yaml),
    ("+++", &["+++"], Language::Toml),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Language {
    Yaml,
    Toml,
}

impl Language {
    fn name(self) -> &'static str {
        match self {
            Language::Yaml => "YAML",
            Language::Toml => "TOML",
        }
    }
}

/// Splits front matter off `text`. The lines it took are left blank in the returned text, so
/// line numbers in later notes still match the file.
pub fn split(text: &str) -> Result<(Meta, String, Vec<Note>), ImportError> {
    let lines: Vec<&str> = text.split('\n').collect();
    let first = lines.first().map(|l| l.trim_end()).unwrap_or_default();
    let Some(&(fence, closers, language)) = FENCES.iter().find(|(f, ..)| *f == first) else {
        return Ok((Meta::default(), text.to_owned(), Vec::new()));
    };
    let close = lines
        .iter()
        .skip(1)
        .position(|l| closers.contains(&l.trim_end()))
        .ok_or(ImportError::UnclosedFrontMatter { fence })?
        + 1;
    let block = lines[1..close].join("\n");
    // The block starts on the file's second line.
    let parsed = match language {
        Language::Yaml => parse::yaml(&block, 2),
        Language::Toml => parse::toml(&block, 2),
    };
    let root = parsed.map_err(|e| ImportError::BadFrontMatter {
        language: language.name(),
        line: e.line,
        column: e.column,
        message: e.message,
    })?;
    let mut notes = Vec::new();
    let meta = read(root, &mut notes);
    let body = lines
        .iter()
        .enumerate()
        .map(|(i, line)| if i <= close { "" } else { line })
        .collect::<Vec<_>>()
        .join("\n");
    Ok((meta, body, notes))
}

/// A story field and the keys that give it, the first present one winning: `summary` is what a
/// post says of itself, `description` often a line written for search engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Summary,
    Author,
    AuthorUrl,
    Lang,
}

const FIELDS: [(Field, &[&str]); 5] = [
    (Field::Title, &["title"]),
    (Field::Summary, &["summary", "description"]),
    (Field::Author, &["author", "authors"]),
    (Field::AuthorUrl, &["author_url", "author-url"]),
    (Field::Lang, &["lang", "language", "locale"]),
];

fn field_of(key: &str) -> Option<(Field, usize)> {
    FIELDS.iter().find_map(|(field, keys)| {
        let rank = keys.iter().position(|k| k.eq_ignore_ascii_case(key))?;
        Some((*field, rank))
    })
}

/// Maps the parsed block to story fields, noting every key that gives none.
fn read(root: Node, notes: &mut Vec<Note>) -> Meta {
    let mut meta = Meta::default();
    let entries = match root.value {
        Value::Map(entries) => entries,
        Value::Null => return meta,
        Value::Text(_) | Value::List(_) => {
            notes.push(Note::at(
                root.line,
                "front matter is not `key: value` lines; ignored",
            ));
            return meta;
        }
    };
    // Per field, the entry of the best-ranked key; the others are noted once the winner is known.
    let mut chosen: Vec<(Field, usize, Entry)> = Vec::new();
    let mut statuses: Vec<(usize, StatusEntry)> = Vec::new();
    for entry in entries {
        let key = entry.key.trim().to_owned();
        if let Some((field, rank)) = field_of(&key) {
            match chosen.iter_mut().find(|(f, ..)| *f == field) {
                Some(slot) if slot.1 <= rank => notes.push(shadowed(&entry, &slot.2.key)),
                Some(slot) => {
                    let (_, _, lost) = std::mem::replace(slot, (field, rank, entry));
                    notes.push(shadowed(&lost, &slot.2.key));
                }
                None => chosen.push((field, rank, entry)),
            }
        } else if key.eq_ignore_ascii_case("status") {
            read_statuses(entry, &mut statuses, notes);
        } else if let Some(section) = strip_prefix_ignore_case(&key, "status.") {
            status_entry(section, entry.value, entry.line, &mut statuses, notes);
        } else {
            notes.push(unused(&entry.key, entry.line));
        }
    }
    for (field, _, entry) in chosen {
        match field {
            Field::Title => meta.title = text_of(&entry, notes),
            Field::Summary => meta.summary = text_of(&entry, notes),
            Field::Lang => {
                meta.lang = text_of(&entry, notes).map(|tag| lang_tag(tag, &entry, notes))
            }
            // A URL inside the author object wins over a separate key, being the more specific.
            Field::AuthorUrl => {
                let url = text_of(&entry, notes);
                meta.author_url = meta.author_url.take().or(url);
            }
            Field::Author => {
                let (name, url) = read_author(entry, notes);
                meta.author = name;
                if url.is_some() {
                    meta.author_url = url;
                }
            }
        }
    }
    // Later statuses win, so they keep the order of the file whatever shape gave them.
    statuses.sort_by_key(|(line, _)| *line);
    meta.statuses = statuses.into_iter().map(|(_, s)| s).collect();
    meta
}

fn unused(key: &str, line: usize) -> Note {
    Note::at(
        line,
        format!("front matter key \"{key}\" is not used in stories; ignored"),
    )
}

fn shadowed(entry: &Entry, winner: &str) -> Note {
    Note::at(
        entry.line,
        format!(
            "front matter key \"{}\" is not used: \"{winner}\" gives the same field; ignored",
            entry.key
        ),
    )
}

fn strip_prefix_ignore_case<'a>(key: &'a str, prefix: &str) -> Option<&'a str> {
    let head = key.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &key[prefix.len()..])
}

/// A field's text, trimmed; a blank or missing value means "not given", as a blank flag does.
fn text_of(entry: &Entry, notes: &mut Vec<Note>) -> Option<String> {
    scalar(&entry.value, &entry.key, notes)
}

fn scalar(node: &Node, key: &str, notes: &mut Vec<Note>) -> Option<String> {
    match &node.value {
        Value::Text(text) => Some(text.trim().to_owned()).filter(|t| !t.is_empty()),
        Value::Null => None,
        Value::List(_) | Value::Map(_) => {
            notes.push(Note::at(
                node.line,
                format!("front matter key \"{key}\" is not a single value; ignored"),
            ));
            None
        }
    }
}

/// `en_US` (as `locale` keys write it) is `en-US` in the language tags pages use.
fn lang_tag(tag: String, entry: &Entry, notes: &mut Vec<Note>) -> String {
    if !tag.contains('_') {
        return tag;
    }
    let fixed = tag.replace('_', "-");
    notes.push(Note::at(
        entry.line,
        format!("language \"{tag}\" written as the language tag \"{fixed}\""),
    ));
    fixed
}

/// The author's name and URL: a name, an object with `name` and `url`, or a list of either, of
/// which the story shows the first (a story has one author).
fn read_author(entry: Entry, notes: &mut Vec<Note>) -> (Option<String>, Option<String>) {
    let key = entry.key;
    let node = match entry.value.value {
        Value::List(items) => {
            let count = items.len();
            let Some(first) = items.into_iter().next() else {
                return (None, None);
            };
            let read = author_node(first, &key, notes);
            if count > 1 {
                let name = read.0.as_deref().unwrap_or("");
                notes.push(Note::at(
                    entry.line,
                    format!(
                        "front matter lists {count} authors; a story has one, so it names the \
                         first, \"{name}\""
                    ),
                ));
            }
            return read;
        }
        value => Node {
            line: entry.value.line,
            value,
        },
    };
    author_node(node, &key, notes)
}

fn author_node(node: Node, key: &str, notes: &mut Vec<Note>) -> (Option<String>, Option<String>) {
    let Value::Map(fields) = node.value else {
        return (scalar(&node, key, notes), None);
    };
    let (mut name, mut url) = (None, None);
    for field in fields {
        match field.key.to_ascii_lowercase().as_str() {
            "name" => name = text_of(&field, notes),
            "url" => url = text_of(&field, notes),
            _ => notes.push(unused(&format!("{key}.{}", field.key), field.line)),
        }
    }
    (name, url)
}

/// `status:` with one `Section title: status` line per section.
fn read_statuses(entry: Entry, statuses: &mut Vec<(usize, StatusEntry)>, notes: &mut Vec<Note>) {
    match entry.value.value {
        Value::Map(sections) => {
            for section in sections {
                status_entry(&section.key, section.value, section.line, statuses, notes);
            }
        }
        Value::Null => {}
        Value::Text(_) | Value::List(_) => notes.push(Note::at(
            entry.line,
            format!(
                "front matter key \"{}\" needs one `Section title: status` line per section \
                 under it; ignored",
                entry.key
            ),
        )),
    }
}

fn status_entry(
    section: &str,
    value: Node,
    line: usize,
    statuses: &mut Vec<(usize, StatusEntry)>,
    notes: &mut Vec<Note>,
) {
    let key = format!("status.{section}");
    // A section listed without a status gives none, as before this block was parsed for real.
    let Some(value) = scalar(&value, &key, notes) else {
        return;
    };
    let entry = StatusEntry {
        section: section.trim().to_owned(),
        value,
        origin: format!("front matter line {line}"),
    };
    statuses.push((line, entry));
}

impl Meta {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_nested_statuses_and_keeps_line_numbers() {
        let text = "---\ntitle: \"My year\"\nauthor:\n  name: Ada\n  url: https://ada.dev\n\
                    status:\n  Start: done\n\"status.Next: Part 2\": current\ntags: x\n---\n# Body\n";
        let (meta, body, notes) = split(text).expect("front matter");
        assert_eq!(meta.title.as_deref(), Some("My year"));
        assert_eq!(meta.author.as_deref(), Some("Ada"));
        assert_eq!(meta.author_url.as_deref(), Some("https://ada.dev"));
        let statuses: Vec<_> = meta.statuses.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(statuses, ["Start", "Next: Part 2"]);
        assert_eq!(meta.statuses[1].origin, "front matter line 8");
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
            Err(ImportError::UnclosedFrontMatter { fence: "---" })
        );
        assert_eq!(
            split("+++\ntitle = 'x'\n"),
            Err(ImportError::UnclosedFrontMatter { fence: "+++" })
        );
    }

    #[test]
    fn summary_wins_over_description_and_authors_list_names_the_first() {
        let text = "---\ndescription: For search engines.\nsummary: |\n  Mine.\nauthors:\n  - \
                    name: Ada\n    url: https://ada.dev\n  - Grace\nlocale: en_GB\n---\n";
        let (meta, _, notes) = split(text).expect("front matter");
        assert_eq!(meta.summary.as_deref(), Some("Mine."));
        assert_eq!(meta.author.as_deref(), Some("Ada"));
        assert_eq!(meta.author_url.as_deref(), Some("https://ada.dev"));
        assert_eq!(meta.lang.as_deref(), Some("en-GB"));
        let lines: Vec<_> = notes.iter().map(|n| n.line).collect();
        assert_eq!(lines, [Some(2), Some(5), Some(9)]);
    }

    #[test]
    fn toml_front_matter_gives_the_same_fields() {
        let text =
            "+++\ntitle = \"T\"\nauthor = \"Ada\"\ndraft = false\n[status]\nOne = \"done\"\n+++\n";
        let (meta, body, notes) = split(text).expect("front matter");
        assert_eq!(
            (meta.title.as_deref(), meta.author.as_deref()),
            (Some("T"), Some("Ada"))
        );
        assert_eq!(meta.statuses[0].origin, "front matter line 6");
        assert_eq!(notes, [unused("draft", 4)]);
        assert_eq!(body, "\n".repeat(7));
    }

    #[test]
    fn a_block_that_does_not_parse_is_an_error_at_its_place_in_the_file() {
        let err = split("---\ntitle: Backend: year one\n---\n").expect_err("bad");
        assert!(
            matches!(
                err,
                ImportError::BadFrontMatter {
                    language: "YAML",
                    line: 2,
                    column: 15,
                    ..
                }
            ),
            "{err:?}"
        );
    }
}
