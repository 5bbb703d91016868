//! The story a frame page address carries after `#story=`: what `journey-story link` prints and
//! the studio's "Frame" embed code holds. One encoder for both; the frame page (`frame.js`)
//! decodes it.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::deflate::{CompressionLevel, compress_to_vec};

/// The story as the frame page reads it from `#story=`: the JSON minified (every field of the
/// file kept, whitespace dropped), deflate-raw compressed, base64url without padding, which
/// `DecompressionStream('deflate-raw')` undoes in the browser. `Err` says why the text is not
/// JSON.
pub fn story_data(text: &str) -> Result<String, String> {
    let minified = serde_json::from_str::<serde_json::Value>(text)
        .and_then(|value| serde_json::to_string(&value))
        .map_err(|e| format!("cannot minify: {e}"))?;
    let level = CompressionLevel::BestCompression as u8;
    Ok(URL_SAFE_NO_PAD.encode(compress_to_vec(minified.as_bytes(), level)))
}
