//! Section ids and the links that name them. The one home of: the characters an id may hold,
//! the id a section gets from its title, the element ids of a section's header and panel, and
//! the `#<story-key>/<section-id>` fragment that links to a section.
//!
//! Ids hold only letters, digits, `-` and `_`, so they can appear in a fragment, an element id
//! and one line of stored reading progress without escaping.

/// A character an explicit section id may contain.
pub fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// Whether `s` is a usable section id: non-empty, only [`is_id_char`] characters.
pub fn is_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_id_char)
}

/// `"Why I Chose the Backend Specialization"` becomes `why-i-chose-the-backend-specialization`;
/// a title with no letters or digits becomes `section-N` (N counted from 1). Always an id.
pub fn slug(title: &str, index: usize) -> String {
    let mut out = String::with_capacity(title.len());
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        format!("section-{}", index + 1)
    } else {
        out
    }
}

/// The element id of a section's header button (or heading, when it has no text).
pub fn heading_id(section: &str) -> String {
    format!("h-{section}")
}

/// The element id of a section's panel.
pub fn panel_id(section: &str) -> String {
    format!("p-{section}")
}

/// The fragment, without `#`, that links to a section of the widget named `story_key`.
pub fn fragment(story_key: &str, section: &str) -> String {
    format!("{story_key}/{section}")
}

/// The section a (percent-decoded, `#`-less) fragment names, if it is addressed to the widget
/// named `story_key`. The inverse of [`fragment`].
pub fn section_in_fragment<'a>(story_key: &str, fragment: &'a str) -> Option<&'a str> {
    let section = fragment.strip_prefix(story_key)?.strip_prefix('/')?;
    (!section.is_empty()).then_some(section)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip_and_address_one_widget() {
        let f = fragment("alx", "my-background");
        assert_eq!(f, "alx/my-background");
        assert_eq!(section_in_fragment("alx", &f), Some("my-background"));
        assert_eq!(section_in_fragment("al", &f), None);
        assert_eq!(section_in_fragment("alx", "alx/"), None);
        assert_eq!(section_in_fragment("alx", "alx"), None);
    }

    #[test]
    fn slugs_are_ids() {
        for title in ["Why I Chose It!", "  ", "Émile & co", "--", "日本語"] {
            assert!(is_id(&slug(title, 3)), "{title}");
        }
        assert_eq!(slug("?!", 3), "section-4");
        assert!(!is_id("a b") && !is_id("") && !is_id("a/b") && is_id("a_b-1"));
    }
}
