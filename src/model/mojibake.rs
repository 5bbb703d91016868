//! Finding and repairing mis-decoded text: UTF-8 that was read as Windows-1252 and saved again,
//! which turns `–` into `â€“` and `’` into `â€™` (the seed post has one). Used by the story
//! checks ([`crate::model::Story::check`] warns) and by `journey-story import` (which repairs),
//! with the line and column arithmetic both report positions with.
//!
//! The repair is exact, not a lookup of known pairs: each run of characters that Windows-1252
//! maps to bytes is turned back into those bytes and kept only if they are a valid UTF-8
//! character. Real text almost never contains such runs (`Ã©`, `â€™`), so false repairs are rare.

/// One mis-decoded run: where it starts in the text (byte offset), what it is, what it meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub offset: usize,
    pub found: String,
    pub fixed: String,
}

/// Windows-1252 bytes 0x80..=0x9F that are not Latin-1 (`None`: undefined in Windows-1252).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The Windows-1252 byte a character came from, if it could have. Decoders that meet the five
/// undefined bytes usually pass them through as C1 control characters, so those count too.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    CP1252_HIGH
        .iter()
        .position(|&m| m == Some(c))
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// The character Windows-1252 gives a byte (C1 controls for the undefined ones).
pub fn cp1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => CP1252_HIGH[usize::from(byte - 0x80)].unwrap_or(char::from(byte)),
        _ => char::from(byte),
    }
}

/// Every repairable run in `text`, in order.
pub fn find(text: &str) -> Vec<Repair> {
    let mut repairs = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let Some(lead) = cp1252_byte(c) else { continue };
        let width = match lead {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => continue,
        };
        let mut bytes = vec![lead];
        let mut end = offset + c.len_utf8();
        let mut ahead = chars.clone();
        while bytes.len() < width {
            match ahead.next() {
                Some((at, next))
                    if cp1252_byte(next).is_some_and(|b| (0x80..=0xBF).contains(&b)) =>
                {
                    bytes.extend(cp1252_byte(next));
                    end = at + next.len_utf8();
                }
                _ => break,
            }
        }
        // from_utf8 rejects overlong and surrogate forms, so only real characters are repairs.
        if let Ok(fixed) = std::str::from_utf8(&bytes)
            && bytes.len() == width
        {
            repairs.push(Repair {
                offset,
                found: text[offset..end].to_owned(),
                fixed: fixed.to_owned(),
            });
            chars = ahead;
        }
    }
    repairs
}

/// A repair made, with the 1-based line and column (in characters) where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub column: usize,
    pub repair: Repair,
}

/// The text with every run repaired, and the repairs made. Text mis-decoded twice needs a
/// second pass (reported separately); three passes cover anything seen in practice.
pub fn repair(text: &str) -> (String, Vec<Located>) {
    let mut text = text.to_owned();
    let mut made = Vec::new();
    for _ in 0..3 {
        let found = find(&text);
        if found.is_empty() {
            break;
        }
        let mut fixed = String::with_capacity(text.len());
        let mut from = 0;
        let mut at = Cursor::default();
        for r in found {
            fixed.push_str(&text[from..r.offset]);
            fixed.push_str(&r.fixed);
            from = r.offset + r.found.len();
            let (line, column) = at.advance(&text, r.offset);
            made.push(Located {
                line,
                column,
                repair: r,
            });
        }
        fixed.push_str(&text[from..]);
        text = fixed;
    }
    (text, made)
}

/// Line and column of increasing offsets, each found by reading on from the previous one, so
/// that locating every repair in a long text stays linear.
#[derive(Default)]
pub struct Cursor {
    offset: usize,
    /// Lines and characters passed so far, both from 0.
    line: usize,
    column: usize,
}

impl Cursor {
    /// 1-based line and column of `offset`, which must not be before the previous one.
    pub fn advance(&mut self, text: &str, offset: usize) -> (usize, usize) {
        for c in text.get(self.offset..offset).unwrap_or_default().chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 0;
            } else {
                self.column += 1;
            }
        }
        self.offset = self.offset.max(offset);
        (self.line + 1, self.column + 1)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    Cursor::default().advance(text, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_the_seed_dash_and_apostrophes() {
        let (text, made) = repair("scenes â€“ the server’s,\nI â€™m, cafÃ©");
        assert_eq!(text, "scenes – the server’s,\nI ’m, café");
        let found: Vec<_> = made.iter().map(|r| r.repair.found.as_str()).collect();
        assert_eq!(found, ["â€“", "â€™", "Ã©"]);
        assert_eq!((made[1].line, made[1].column), (2, 3));
    }

    #[test]
    fn repairs_text_mis_decoded_twice() {
        let (text, made) = repair("a Ã¢â‚¬â€œ b");
        assert_eq!((text.as_str(), made.len()), ("a – b", 4));
    }

    #[test]
    fn leaves_real_text_alone() {
        for text in ["naïve café – “quoted” €5 Ümlaut", "Â", "â€", "Ã", ""] {
            assert!(find(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn undefined_bytes_as_c1_controls_are_repaired() {
        // `”` is E2 80 9D; 0x9D is undefined in Windows-1252 and often kept as U+009D.
        assert_eq!(repair("â€\u{9d}").0, "”");
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_column("ab\ncâ€“", 4), (2, 2));
        let mut at = Cursor::default();
        assert_eq!(at.advance("ab\ncâ€“\nd", 4), (2, 2));
        assert_eq!(at.advance("ab\ncâ€“\nd", 13), (3, 1));
    }
}
