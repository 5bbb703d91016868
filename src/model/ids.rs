//! Section ids and the links that name them. The one home of: the characters an id may hold,
//! the id a section gets from its title, the element ids of a section's header and panel, and
//! the fragment grammar: `#<story-key>/<section-id>` links to a section.
//!
//! Ids hold only letters, digits, `-` and `_`, so they can appear in a fragment, an element id
//! and one line of stored reading progress without escaping.
//!
//! A fragment is parts joined by `&`. Besides section links, the frame page (`www/frame.js`,
//! which mirrors this grammar and is held to it by the end-to-end tests) reads a story carried
//! in the fragment, `story=<data>` ([`STORY_PART`]), written by `journey-story link`.
//! WordPress appends `#?secret=…` to the address of a frame it embeds: nothing from a second
//! `#` on names a section.

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

/// The prefix of the fragment part that carries a whole story (the frame page's
/// `#story=<base64url of the deflate-raw compressed JSON>`).
pub const STORY_PART: &str = "story=";

/// The key that names a story given in the page or carried in the fragment, in links to its
/// sections (`#story=<data>&story/<section-id>`).
pub const STORY_KEY: &str = "story";

/// The parts of a (`#`-less) fragment, without what WordPress appends after a second `#`.
fn parts(fragment: &str) -> impl Iterator<Item = &str> {
    let ours = fragment.split('#').next().unwrap_or_default();
    ours.split('&').filter(|part| !part.is_empty())
}

/// The data of the story a (`#`-less) fragment carries, if it carries one.
pub fn story_in_fragment(fragment: &str) -> Option<&str> {
    parts(fragment).find_map(|part| part.strip_prefix(STORY_PART))
}

/// The section a (percent-decoded, `#`-less) fragment names, if it is addressed to the widget
/// named `story_key`. The inverse of [`fragment`] and [`link_fragment`].
pub fn section_in_fragment<'a>(story_key: &str, fragment: &'a str) -> Option<&'a str> {
    parts(fragment).find_map(|part| {
        let section = part.strip_prefix(story_key)?.strip_prefix('/')?;
        (!section.is_empty()).then_some(section)
    })
}

/// The fragment, without `#`, of a link to a section from a page whose fragment is `current`:
/// a story carried in the fragment stays (the link must still show it); section links and
/// anything else do not.
pub fn link_fragment(current: &str, story_key: &str, section: &str) -> String {
    let mut out = String::new();
    for part in parts(current).filter(|part| part.starts_with(STORY_PART)) {
        out.push_str(part);
        out.push('&');
    }
    out.push_str(&fragment(story_key, section));
    out
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
    fn fragments_with_a_story_and_a_wordpress_secret() {
        let f = "story=abc-_&story/intro#?secret=x1";
        assert_eq!(section_in_fragment("story", f), Some("intro"));
        assert_eq!(section_in_fragment("story", "story=abc#story/intro"), None);
        assert_eq!(section_in_fragment("story", "#?secret=x1"), None);
        assert_eq!(link_fragment(f, "story", "end"), "story=abc-_&story/end");
        assert_eq!(link_fragment("alx/intro", "alx", "end"), "alx/end");
        assert_eq!(link_fragment("", "alx", "end"), "alx/end");
        assert_eq!(
            section_in_fragment("alx", &link_fragment("story=q&top", "alx", "e")),
            Some("e")
        );
        assert_eq!(story_in_fragment(f), Some("abc-_"));
        assert_eq!(story_in_fragment("story/intro#?secret=x"), None);
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
