//! Reader progress: which sections a reader has opened, and how that is stored between visits.

use std::collections::BTreeSet;

use super::Story;
use super::ids::is_id;

/// The ids of the sections a reader has opened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadSet(BTreeSet<String>);

impl ReadSet {
    /// Reads what [`ReadSet::to_stored`] wrote. Ids never contain line breaks (see `ids`), so one
    /// id per line is unambiguous; anything else in storage is ignored rather than trusted.
    pub fn from_stored(stored: &str) -> ReadSet {
        ReadSet(
            stored
                .lines()
                .filter(|id| is_id(id))
                .map(str::to_owned)
                .collect(),
        )
    }

    pub fn to_stored(&self) -> String {
        self.0
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// Adds ids; returns whether anything was new.
    pub fn extend<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) -> bool {
        let before = self.0.len();
        self.0.extend(ids.into_iter().map(str::to_owned));
        self.0.len() != before
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Read sections out of the sections there are to read (those with content).
    pub fn progress(&self, story: &Story) -> (usize, usize) {
        let readable = story.sections.iter().filter(|s| s.has_content());
        let total = readable.clone().count();
        (readable.filter(|s| self.contains(&s.id)).count(), total)
    }

    /// Where a returning reader continues: the first section with content not yet read.
    pub fn first_unread(&self, story: &Story) -> Option<usize> {
        story
            .sections
            .iter()
            .position(|s| s.has_content() && !self.contains(&s.id))
    }
}
