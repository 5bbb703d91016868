//! What several native test files know about the seed story.

/// The default story, as committed.
pub const SEED: &str = include_str!("../../www/stories/alx-backend-journey.json");

/// Its nine section titles, in order.
pub const SEED_TITLES: [&str; 9] = [
    "Introduction",
    "My Background",
    "Why I Chose the Backend Specialization",
    "Expectations and Learning Objectives",
    "Highlights of the Program",
    "Growth and Accomplishments",
    "Certification and Future Prospects",
    "Gratitude",
    "Conclusion",
];
