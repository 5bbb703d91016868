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

/// The characters Windows-1252 gives the bytes 0x80..=0x9F, the only ones it does not share
/// with Latin-1, as `encoding_rs` decodes them: the WHATWG table, which gives the five bytes
/// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the C1 control characters of
/// the same number, as most decoders pass them through.
fn cp1252_high() -> &'static [char; 32] {
    static TABLE: std::sync::OnceLock<[char; 32]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let bytes: Vec<u8> = (0x80..=0x9F).collect();
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        let mut table = ['\u{fffd}'; 32];
        for (slot, c) in table.iter_mut().zip(text.chars()) {
            *slot = c;
        }
        table
    })
}

/// The Windows-1252 byte a character came from, if it could have. Decoders that meet the five
/// undefined bytes usually pass them through as C1 control characters, so those count too, and
/// so does every other U+0080..=U+00FF character, read as the byte of the same number.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    cp1252_high()
        .iter()
        .position(|&m| m == c)
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// Text from bytes read as Windows-1252 (what older editors save), C1 controls for the five
/// undefined bytes.
pub fn decode_cp1252(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
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
    fn the_table_is_windows_1252_with_c1_controls_for_undefined_bytes() {
        let high = cp1252_high();
        assert_eq!((high[0], high[0x13], high[0x1F]), ('€', '“', 'Ÿ'));
        for undefined in [0x81_u8, 0x8D, 0x8F, 0x90, 0x9D] {
            assert_eq!(high[usize::from(undefined - 0x80)], char::from(undefined));
        }
        let all: Vec<u8> = (0..=255).collect();
        let text = decode_cp1252(&all);
        assert_eq!(text.chars().count(), 256);
        for (byte, c) in all.iter().zip(text.chars()) {
            assert_eq!(
                cp1252_byte(c),
                (*byte >= 0x80).then_some(*byte),
                "{byte:#x}"
            );
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
