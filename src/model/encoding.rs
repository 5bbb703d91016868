//! How a story file's bytes become text, the same way in the widget and every tool: UTF-8, with
//! a leading byte-order mark dropped, as browsers do before `JSON.parse`.

/// `bytes` without a leading UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The text of a story file: UTF-8 after [`strip_bom`]. The error gives the byte offset (in
/// `bytes` after the mark) where the text stops being UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, NotUtf8> {
    let bytes = strip_bom(bytes);
    std::str::from_utf8(bytes).map_err(|e| NotUtf8 {
        valid_up_to: e.valid_up_to(),
    })
}

/// Story bytes that are not UTF-8 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotUtf8 {
    /// How many bytes (after the byte-order mark) are valid UTF-8.
    pub valid_up_to: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_is_dropped_once() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}"), Ok("{}"));
        assert_eq!(strip_bom(b"\xEF\xBB\xBF\xEF\xBB\xBF"), b"\xEF\xBB\xBF");
        assert_eq!(decode(b"ab\xff"), Err(NotUtf8 { valid_up_to: 2 }));
    }
}
