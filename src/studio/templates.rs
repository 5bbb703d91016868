//! The templates a story can start from, compiled into the studio (no request at run time):
//! bootcamp, degree, career change, apprenticeship, and the seed story as an example.

use crate::i18n::Lang;

use super::text::Words;

/// A template in the studio's "Template" menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Template {
    #[default]
    Bootcamp,
    Degree,
    CareerChange,
    Apprenticeship,
    Example,
}

impl Template {
    pub const ALL: [Template; 5] = [
        Template::Bootcamp,
        Template::Degree,
        Template::CareerChange,
        Template::Apprenticeship,
        Template::Example,
    ];

    /// The story JSON of the template.
    pub fn json(self) -> &'static str {
        match self {
            Template::Bootcamp => include_str!("templates/bootcamp.json"),
            Template::Degree => include_str!("templates/degree.json"),
            Template::CareerChange => include_str!("../../www/stories/career-change.json"),
            Template::Apprenticeship => include_str!("templates/apprenticeship.json"),
            Template::Example => include_str!("../../www/stories/alx-backend-journey.json"),
        }
    }

    /// The value of its `<option>`.
    pub fn value(self) -> &'static str {
        match self {
            Template::Bootcamp => "bootcamp",
            Template::Degree => "degree",
            Template::CareerChange => "career-change",
            Template::Apprenticeship => "apprenticeship",
            Template::Example => "example",
        }
    }

    pub fn from_value(value: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.value() == value)
    }

    /// Its name in the menu.
    pub fn name(self, lang: Lang) -> &'static str {
        let words = Words::of(lang);
        match self {
            Template::Bootcamp => words.bootcamp,
            Template::Degree => words.degree,
            Template::CareerChange => words.career_change,
            Template::Apprenticeship => words.apprenticeship,
            Template::Example => words.example,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::author::check::check;

    #[test]
    fn every_template_is_a_story_without_errors() {
        for t in Template::ALL {
            let checked = check(t.json().as_bytes()).expect("checks");
            assert_eq!(checked.errors(), 0, "{t:?}: {:?}", checked.problems);
            assert_eq!(Template::from_value(t.value()), Some(t));
        }
    }
}
