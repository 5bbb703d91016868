//! The check's problems placed at the editor's fields: `author::check` runs on the exact JSON
//! the draft writes, and each problem's path names the field that shows it.

use crate::author::check::{Problem, check};
use crate::model::{Path, Step};

use super::draft::Draft;

/// An editor field, or the story as a whole for problems that belong to no field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Story,
    Title,
    AuthorName,
    AuthorUrl,
    Summary,
    Lang,
    /// The list of sections (none yet, say): shown by "Add section".
    Sections,
    /// A field of the section at this index.
    Section(usize, Part),
}

/// A section's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Status,
    Period,
    Body,
    Highlights,
    Skills,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Status => "status",
            Part::Period => "period",
            Part::Body => "body",
            Part::Highlights => "highlights",
            Part::Skills => "skills",
        }
    }
}

impl Field {
    /// The field a problem at `path` belongs to.
    pub fn of(path: &Path) -> Field {
        let steps: Vec<Step> = path.steps().collect();
        match steps.as_slice() {
            [Step::Key("title")] => Field::Title,
            [Step::Key("author")] | [Step::Key("author"), Step::Key("name"), ..] => {
                Field::AuthorName
            }
            [Step::Key("author"), Step::Key("url"), ..] => Field::AuthorUrl,
            [Step::Key("summary")] => Field::Summary,
            [Step::Key("lang")] => Field::Lang,
            [Step::Key("sections")] => Field::Sections,
            [Step::Key("sections"), Step::Index(i), rest @ ..] => {
                let part = match rest.first() {
                    Some(Step::Key("status")) => Part::Status,
                    Some(Step::Key("period")) => Part::Period,
                    Some(Step::Key("body")) => Part::Body,
                    Some(Step::Key("highlights")) => Part::Highlights,
                    Some(Step::Key("skills")) => Part::Skills,
                    // The title, and what the editor does not show (the id, which the widget
                    // derives from the title, and unknown fields): the section's first field.
                    _ => Part::Title,
                };
                Field::Section(*i, part)
            }
            _ => Field::Story,
        }
    }

    /// The element id of the field's input: sections by their key, so ids follow a section
    /// that moves. `None` for the story as a whole and for a section no longer there.
    pub fn dom_id(self, draft: &Draft) -> Option<String> {
        Some(match self {
            Field::Story => return None,
            Field::Title => "story-title".into(),
            Field::AuthorName => "story-author".into(),
            Field::AuthorUrl => "story-author-url".into(),
            Field::Summary => "story-summary".into(),
            Field::Lang => "story-lang".into(),
            Field::Sections => "add-section".into(),
            Field::Section(i, part) => section_field_id(draft.sections.get(i)?.key, part),
        })
    }
}

/// The element id of a section's field.
pub fn section_field_id(key: u32, part: Part) -> String {
    format!("s{key}-{}", part.name())
}

/// The id of the element that holds a field's messages (its `aria-describedby`).
pub fn problem_id(field_id: &str) -> String {
    format!("{field_id}-problem")
}

/// One problem, worded as `journey-story check` words it (without file name and position,
/// which mean nothing in the editor), and where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub field: Field,
    pub error: bool,
    /// `error: sections[0].title: …` or `warning: …`.
    pub line: String,
}

/// The draft's JSON and every problem the check finds in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub json: String,
    pub problems: Vec<Shown>,
}

impl Analysis {
    pub fn of(draft: &Draft) -> Analysis {
        let json = draft.to_json();
        let problems = match check(json.as_bytes()) {
            Ok(checked) => checked.problems.iter().map(shown).collect(),
            // Too large for any widget: a problem of the story as a whole.
            Err(message) => vec![Shown {
                field: Field::Story,
                error: true,
                line: format!("error: {message}"),
            }],
        };
        Analysis { json, problems }
    }

    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.error).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }

    /// The problems shown beside `field`.
    pub fn at(&self, field: Field) -> impl Iterator<Item = &Shown> {
        self.problems.iter().filter(move |p| p.field == field)
    }

    /// Whether `field` has an error (its input is `aria-invalid`).
    pub fn invalid(&self, field: Field) -> bool {
        self.at(field).any(|p| p.error)
    }
}

fn shown(p: &Problem) -> Shown {
    let severity = if p.error { "error" } else { "warning" };
    let path = p
        .path
        .as_ref()
        .map(|path| format!("{path}: "))
        .unwrap_or_default();
    Shown {
        field: p.path.as_ref().map_or(Field::Story, Field::of),
        error: p.error,
        line: format!("{severity}: {path}{}", p.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::draft::SectionDraft;

    #[test]
    fn paths_name_their_fields() {
        let root = Path::root();
        let s2 = root.key("sections").index(2);
        assert_eq!(Field::of(&root.key("title")), Field::Title);
        assert_eq!(
            Field::of(&root.key("author").key("name")),
            Field::AuthorName
        );
        assert_eq!(Field::of(&root.key("author")), Field::AuthorName);
        assert_eq!(Field::of(&root.key("author").key("url")), Field::AuthorUrl);
        assert_eq!(Field::of(&root.key("lang")), Field::Lang);
        assert_eq!(Field::of(&root.key("sections")), Field::Sections);
        assert_eq!(Field::of(&s2.key("body")), Field::Section(2, Part::Body));
        assert_eq!(
            Field::of(&s2.key("skills").index(1)),
            Field::Section(2, Part::Skills)
        );
        assert_eq!(Field::of(&s2.key("id")), Field::Section(2, Part::Title));
        assert_eq!(Field::of(&root), Field::Story);
        assert_eq!(Field::of(&root.key("version")), Field::Story);
    }

    #[test]
    fn an_empty_draft_is_flagged_at_its_fields_in_the_commands_words() {
        let draft = Draft {
            sections: vec![SectionDraft {
                key: 7,
                ..SectionDraft::default()
            }],
            ..Draft::default()
        };
        let analysis = Analysis::of(&draft);
        assert!(analysis.invalid(Field::Title));
        assert!(analysis.invalid(Field::AuthorName));
        assert!(analysis.invalid(Field::Section(0, Part::Title)));
        assert!(!analysis.invalid(Field::Summary));
        let line = &analysis
            .at(Field::Section(0, Part::Title))
            .next()
            .expect("one")
            .line;
        assert!(line.starts_with("error: sections[0].title: "), "{line}");
        assert_eq!(
            Field::Section(0, Part::Title).dom_id(&draft).as_deref(),
            Some("s7-title")
        );
        assert_eq!(Field::Section(1, Part::Title).dom_id(&draft), None);
    }

    #[test]
    fn the_seed_has_no_problem() {
        let seed = include_str!("../../www/stories/alx-backend-journey.json");
        let draft = Draft::from_json(seed, 0).expect("opens");
        let analysis = Analysis::of(&draft);
        assert_eq!(analysis.errors(), 0, "{:?}", analysis.problems);
    }
}
