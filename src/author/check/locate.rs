//! Where things are in a JSON file: a small scan that records the line and column of every
//! value under the typed [`Path`] the model's errors and warnings carry, so a problem can point
//! into the file, and the keys written twice (a warning about the text, which the model's tree
//! no longer shows). serde_json has already accepted the text; the scan is still careful never
//! to panic, and simply records less if the text surprises it.

use std::collections::HashMap;

use crate::model::Path;

/// A 1-based line and column; columns count characters, as editors do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// A string value: where each of its decoded characters came from in the file, by the byte
/// offset of the character in the decoded string (increasing, so found by binary search).
#[derive(Debug, Default)]
pub struct StrPos {
    chars: Vec<(usize, Pos)>,
}

impl StrPos {
    /// The position of the character at byte `offset` of the decoded string.
    pub fn at(&self, offset: usize) -> Option<Pos> {
        let i = self.chars.binary_search_by_key(&offset, |&(o, _)| o).ok()?;
        Some(self.chars[i].1)
    }
}

/// Positions by path. Object members are located at their key, array items at their value.
#[derive(Debug, Default)]
pub struct Locations {
    values: HashMap<Path, Pos>,
    strings: HashMap<Path, StrPos>,
    /// Keys written twice in one object: the path, and the position of the later one.
    pub duplicate_keys: Vec<(Path, Pos)>,
}

impl Locations {
    pub fn scan(text: &str) -> Locations {
        let mut scanner = Scanner {
            chars: text.chars().peekable(),
            pos: Pos { line: 1, column: 1 },
            found: Locations::default(),
        };
        scanner.value(Path::root(), true);
        scanner.found
    }

    /// The position of `path`, or of its nearest ancestor present in the file (a missing
    /// field is shown where its object starts).
    pub fn find(&self, path: &Path) -> Pos {
        let mut path = path.clone();
        loop {
            if let Some(pos) = self.values.get(&path) {
                return *pos;
            }
            match path.parent() {
                Some(p) => path = p,
                None => return Pos { line: 1, column: 1 },
            }
        }
    }

    /// Where the character at byte `offset` of the string at `path` is, else where `path` is.
    pub fn find_in(&self, path: &Path, offset: Option<usize>) -> Pos {
        offset
            .and_then(|offset| self.strings.get(path)?.at(offset))
            .unwrap_or_else(|| self.find(path))
    }
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    pos: Pos,
    found: Locations,
}

impl Scanner<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.pos.line += 1;
            self.pos.column = 1;
        } else {
            self.pos.column += 1;
        }
        Some(c)
    }

    fn skip_ws(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.bump();
        }
    }

    /// Scans one value; `record`: store its position (members store their key's instead).
    fn value(&mut self, path: Path, record: bool) -> Option<()> {
        self.skip_ws();
        if record {
            self.found.values.insert(path.clone(), self.pos);
        }
        match *self.chars.peek()? {
            '{' => self.object(&path),
            '[' => self.array(&path),
            '"' => {
                let (_, chars) = self.string()?;
                self.found.strings.insert(path, StrPos { chars });
                Some(())
            }
            _ => {
                while self
                    .chars
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | ']' | '}') && !c.is_whitespace())
                {
                    self.bump();
                }
                Some(())
            }
        }
    }

    fn object(&mut self, path: &Path) -> Option<()> {
        self.bump();
        let mut seen = std::collections::HashSet::new();
        loop {
            self.skip_ws();
            match *self.chars.peek()? {
                '}' => {
                    self.bump();
                    return Some(());
                }
                ',' => {
                    self.bump();
                }
                _ => {
                    let at = self.pos;
                    let (key, _) = self.string()?;
                    let path = path.field(key.clone());
                    if !seen.insert(key) {
                        self.found.duplicate_keys.push((path.clone(), at));
                    }
                    // The last of duplicate keys wins, in the model and here.
                    self.found.values.insert(path.clone(), at);
                    self.skip_ws();
                    (self.bump()? == ':').then_some(())?;
                    self.value(path, false)?;
                }
            }
        }
    }

    fn array(&mut self, path: &Path) -> Option<()> {
        self.bump();
        let mut index = 0;
        loop {
            self.skip_ws();
            match *self.chars.peek()? {
                ']' => {
                    self.bump();
                    return Some(());
                }
                ',' => {
                    self.bump();
                }
                _ => {
                    self.value(path.index(index), true)?;
                    index += 1;
                }
            }
        }
    }

    /// A string literal, decoded, with the position of each decoded character.
    fn string(&mut self) -> Option<(String, Vec<(usize, Pos)>)> {
        (self.bump()? == '"').then_some(())?;
        let mut text = String::new();
        let mut chars = Vec::new();
        loop {
            let at = self.pos;
            let c = match self.bump()? {
                '"' => return Some((text, chars)),
                '\\' => self.escape()?,
                c => c,
            };
            chars.push((text.len(), at));
            text.push(c);
        }
    }

    fn escape(&mut self) -> Option<char> {
        Some(match self.bump()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'u' => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) {
                    // A surrogate pair: the low half follows as another \u escape.
                    (self.bump()? == '\\' && self.bump()? == 'u').then_some(())?;
                    let low = self.hex4()?;
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low.checked_sub(0xDC00)?))?
                } else {
                    char::from_u32(high)?
                }
            }
            other => other,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + self.bump()?.to_digit(16)?;
        }
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        "{\n  \"title\": \"a\\u00e9b\",\n  \"sections\": [\n    {\"body\": 3},\n    {}\n  ]\n}";

    fn section(i: usize) -> Path {
        Path::root().key("sections").index(i)
    }

    #[test]
    fn finds_members_items_and_falls_back_to_ancestors() {
        let at = Locations::scan(DOC);
        let pos = |line, column| Pos { line, column };
        assert_eq!(at.find(&Path::root().key("title")), pos(2, 3));
        assert_eq!(at.find(&section(0)), pos(4, 5));
        assert_eq!(at.find(&section(0).key("body")), pos(4, 6));
        assert_eq!(at.find(&section(1).key("title")), pos(5, 5));
        assert_eq!(at.find(&Path::root().key("summary")), pos(1, 1));
    }

    #[test]
    fn string_characters_map_through_escapes() {
        let at = Locations::scan(DOC);
        let title = Path::root().key("title");
        assert_eq!(
            at.find_in(&title, Some(3)),
            Pos {
                line: 2,
                column: 20
            }
        );
        // Not a character boundary of the string: the string's own position.
        assert_eq!(at.find_in(&title, Some(2)), Pos { line: 2, column: 3 });
    }

    #[test]
    fn duplicate_keys_are_recorded_and_the_last_wins() {
        let at = Locations::scan("{\"a\": 1,\n \"a\": 2}");
        let a = Path::root().key("a");
        assert_eq!(at.duplicate_keys, [(a.clone(), Pos { line: 2, column: 2 })]);
        assert_eq!(at.find(&a), Pos { line: 2, column: 2 });
    }
}
