//! The URLs `link` and `publish` write: the folder a site serves the widget and the stories
//! from (`--base`, `--widget`), and values percent-encoded for a query string or a fragment.
//! Readers paste these URLs into other platforms, so only absolute `http`/`https` URLs in plain
//! ASCII are accepted: nothing that a platform could resolve against the wrong page or mangle.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters is encoded: safe in a query value (no `&`,
/// `=`, `#`) and in a fragment part (no `&`), whatever the value holds.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The frame page's file name, beside `embed.js` in the widget's `dist/`.
pub const FRAME: &str = "frame.html";

/// `value` percent-encoded (UTF-8) for a query value or a fragment part.
pub fn encode(value: &str) -> String {
    utf8_percent_encode(value, VALUE).to_string()
}

/// The origin (`scheme://host[:port]`) of a URL this module accepted: what the frame page's
/// `frame.config.json` lists.
pub fn origin(url: &str) -> &str {
    url.match_indices('/')
        .nth(2)
        .map_or(url, |(end, _)| &url[..end])
}

/// An absolute `http(s)` URL without a query or fragment, or why `option`'s value is not one.
fn absolute(option: &str, raw: &str) -> Result<(), String> {
    let example = "e.g. https://site.example/journeys/";
    let lower = raw.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let host = rest.map(|r| r.split('/').next().unwrap_or_default());
    if host.is_none_or(|h| h.is_empty() || h.starts_with([':', '@'])) {
        return Err(format!(
            "{option} \"{raw}\" is not an absolute http or https URL ({example})"
        ));
    }
    if let Some(c) = raw.chars().find(|c| {
        !c.is_ascii_graphic() || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
    }) {
        return Err(format!(
            "{option} \"{raw}\" contains {c:?}, which a URL cannot hold as is: write it \
             percent-encoded"
        ));
    }
    if raw.contains(['?', '#']) {
        return Err(format!(
            "{option} \"{raw}\" has a query or fragment; give the folder URL alone ({example})"
        ));
    }
    Ok(())
}

/// A folder URL given as `option`, ending with `/` (added when missing).
pub fn folder(option: &str, raw: &str) -> Result<String, String> {
    absolute(option, raw)?;
    Ok(if raw.ends_with('/') {
        raw.to_owned()
    } else {
        format!("{raw}/")
    })
}

/// The frame page's URL from `option`: the value itself when it names `frame.html`, else the
/// frame page in that folder.
pub fn frame(option: &str, raw: &str) -> Result<String, String> {
    if raw.ends_with(&format!("/{FRAME}")) {
        absolute(option, raw)?;
        return Ok(raw.to_owned());
    }
    Ok(format!("{}{FRAME}", folder(option, raw)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_only_unreserved_characters() {
        assert_eq!(
            encode("https://a.example/j s/x.json?a=1&b#c"),
            "https%3A%2F%2Fa.example%2Fj%20s%2Fx.json%3Fa%3D1%26b%23c"
        );
        assert_eq!(encode("fr-CA_1.x~"), "fr-CA_1.x~");
        assert_eq!(encode("étape"), "%C3%A9tape");
    }

    #[test]
    fn origins_end_before_the_path() {
        assert_eq!(
            origin("https://s.example:8080/j/"),
            "https://s.example:8080"
        );
        assert_eq!(origin("http://s.example/"), "http://s.example");
    }

    #[test]
    fn folders_and_frames() {
        let f = |raw| folder("--base", raw);
        assert_eq!(
            f("https://s.example/j").as_deref(),
            Ok("https://s.example/j/")
        );
        assert_eq!(f("HTTP://s.example/").as_deref(), Ok("HTTP://s.example/"));
        let frame = |raw| frame("--base", raw);
        assert_eq!(
            frame("https://s.example/w").as_deref(),
            Ok("https://s.example/w/frame.html")
        );
        assert_eq!(
            frame("https://s.example/w/frame.html").as_deref(),
            Ok("https://s.example/w/frame.html")
        );
        // Another page whose name ends the same is a folder's name, not the frame page.
        assert_eq!(
            frame("https://s.example/myframe.html").as_deref(),
            Ok("https://s.example/myframe.html/frame.html")
        );
        for bad in [
            "s.example/j/",
            "/journeys/",
            "ftp://s.example/",
            "https://",
            "https:///path",
            "https://s.example/a b/",
            "https://s.example/\"x",
            "https://s.example/é/",
            "https://s.example/?x=1",
            "https://s.example/frame.html#story=x",
        ] {
            assert!(f(bad).is_err() && frame(bad).is_err(), "{bad}");
        }
    }
}
