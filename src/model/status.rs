//! Where a section stands on the author's journey, and the one place its words in the story
//! format (`"done"`, `"current"`, `"upcoming"`) are spelled.

/// Where a section stands on the author's journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Done,
    Current,
    Upcoming,
}

impl Status {
    /// Every status, in journey order.
    pub const ALL: [Status; 3] = [Status::Done, Status::Current, Status::Upcoming];

    /// The word the story format uses (and the widget's `data-status`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Current => "current",
            Status::Upcoming => "upcoming",
        }
    }

    /// Reads a story format word, exactly as written (the format is case-sensitive).
    pub fn parse(word: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("Done"), None);
    }
}
