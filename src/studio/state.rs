//! The studio's state and its pure reducer, in the style of Yew's `function_todomvc`: every
//! change is an [`Action`], and [`reduce`] gives the next state. What the glue must do on the
//! page (download, copy, move focus) is asked for by a nonce that changes, so asking twice acts
//! twice.

use crate::author::import::{self, Meta, Options};
use crate::i18n::Lang;
use crate::model::Status;

use super::draft::{Draft, OpenError, SectionDraft};
use super::problems::{Part, section_field_id};
use super::publish::EmbedKind;
use super::templates::Template;
use super::text::{self, Words};

/// Everything the studio shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub draft: Draft,
    /// The key the next new section gets.
    pub next_key: u32,
    pub lang: Lang,
    /// The text in "Paste your post".
    pub paste: String,
    pub template: Template,
    /// The last import's remarks, as the command prints them.
    pub remarks: Vec<String>,
    /// Why the last import, or the last file opened, failed.
    pub failure: Option<Failure>,
    /// What the live region says about the last import, template or file.
    pub announcement: Option<Announcement>,
    pub dark: bool,
    pub embed: EmbedKind,
    /// The JSON last downloaded (or restored on load): leaving with another asks first.
    pub baseline: String,
    /// Changes each time the author asks for a download.
    pub download: u32,
    /// Changes each time the author asks to copy the embed code.
    pub copy: u32,
    /// Whether the last copy worked (the live region says "Copied").
    pub copied: bool,
    /// The element to focus after this render, with a nonce.
    pub focus: Option<(u32, String)>,
}

/// What replaced the draft, said in the live region (in the studio's current language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    Imported(usize),
    Template(Template),
    /// A file's name and its number of sections.
    Opened(String, usize),
}

impl Announcement {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Announcement::Imported(n) => text::imported(lang, *n),
            Announcement::Template(t) => {
                format!("{}: {}", Words::of(lang).template_used, t.name(lang))
            }
            Announcement::Opened(name, n) => text::opened(lang, name, *n),
        }
    }
}

/// Why an import or a file failed: typed, so the message follows the studio's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The import's error line, as the command prints it (`post:3:1: ...`).
    Import(String),
    /// The file's name and the JSON parser's message.
    NotJson(String, String),
    NotAStory(String),
    Unreadable(String),
}

impl Failure {
    pub fn text(&self, lang: Lang) -> String {
        let words = Words::of(lang);
        match self {
            Failure::Import(line) => line.clone(),
            Failure::NotJson(name, why) => format!("{name}: {}: {why}", words.not_json),
            Failure::NotAStory(name) => format!("{name}: {}", words.not_a_story),
            Failure::Unreadable(name) => format!("{name}: {}", words.unreadable),
        }
    }
}

/// A change to the studio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    SetPaste(String),
    Import,
    SetTemplate(Template),
    UseTemplate,
    /// A file's name and text (or why it could not be read).
    Open(String, Result<String, ()>),
    Edit(StoryField, String),
    EditSection(u32, SectionEdit),
    AddSection,
    RemoveSection(u32),
    /// Moves the section with this key one place up (`true`) or down.
    MoveSection(u32, bool),
    SetDark(bool),
    SetEmbed(EmbedKind),
    Download,
    Copy,
    Copied(bool),
    /// Focus an element by id (a problem's button focuses its field).
    Focus(String),
}

/// A story-level text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryField {
    Title,
    Author,
    AuthorUrl,
    Summary,
    Lang,
}

/// A change to one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionEdit {
    Title(String),
    Status(Option<Status>),
    Period(String),
    Body(String),
    Highlights(String),
    Skills(String),
}

impl State {
    /// A studio showing `draft` (restored from storage, or empty), in `lang`. `downloaded` is
    /// the story last downloaded, if any: changes since then are unsaved, even across reloads
    /// (a restored draft is not a saved one); an untouched empty draft has nothing to lose.
    pub fn new(draft: Draft, lang: Lang, downloaded: Option<String>) -> State {
        let next_key = draft.sections.iter().map(|s| s.key + 1).max().unwrap_or(0);
        State {
            baseline: downloaded.unwrap_or_else(|| Draft::default().to_json()),
            draft,
            next_key,
            lang,
            ..State::default()
        }
    }

    /// Whether the draft has changed since it was last downloaded.
    pub fn unsaved(&self) -> bool {
        self.draft.to_json() != self.baseline
    }

    fn focus(&mut self, id: String) {
        let nonce = self.focus.as_ref().map_or(0, |(n, _)| n + 1);
        self.focus = Some((nonce, id));
    }

    /// Replaces the draft (import, template, file): no confirm, autosave and download keep
    /// the previous one safe enough, and the live region says what happened.
    fn replace(&mut self, draft: Draft, announcement: Announcement) {
        self.draft = draft;
        self.next_key = self
            .draft
            .sections
            .iter()
            .map(|s| s.key + 1)
            .max()
            .unwrap_or(0);
        self.announcement = Some(announcement);
    }

    fn section(&mut self, key: u32) -> Option<&mut SectionDraft> {
        self.draft.sections.iter_mut().find(|s| s.key == key)
    }

    fn import(&mut self) {
        // The author's own fields win over the post's: they are typed by the person publishing.
        let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let meta = Meta {
            author: given(&self.draft.author),
            author_url: given(&self.draft.author_url),
            ..Meta::default()
        };
        let options = Options {
            author_optional: true,
        };
        let outcome =
            import::import_with(self.paste.clone().into_bytes(), POST, None, meta, options);
        self.remarks = outcome
            .notes
            .iter()
            .map(|n| import::located(POST, n))
            .collect();
        match outcome.story {
            Ok(imported) => match Draft::from_json(&imported.json, self.next_key) {
                Ok(draft) => {
                    self.failure = None;
                    self.replace(draft, Announcement::Imported(imported.sections));
                }
                // The importer checks its JSON with the widget's parser: this does not happen.
                Err(_) => self.failure = Some(Failure::NotAStory(POST.into())),
            },
            Err(e) => {
                self.failure = Some(Failure::Import(match e.location() {
                    Some((line, column)) => format!("{POST}:{line}:{column}: {e}"),
                    None => format!("{POST}: {e}"),
                }));
                self.announcement = None;
            }
        }
    }

    fn open(&mut self, name: &str, text: Result<String, ()>) {
        self.remarks.clear();
        let Ok(text) = text else {
            self.failure = Some(Failure::Unreadable(name.into()));
            self.announcement = None;
            return;
        };
        match Draft::from_json(&text, self.next_key) {
            Ok(draft) => {
                self.failure = None;
                let said = Announcement::Opened(name.into(), draft.sections.len());
                self.replace(draft, said);
            }
            Err(OpenError::NotJson(why)) => {
                self.failure = Some(Failure::NotJson(name.into(), why));
                self.announcement = None;
            }
            Err(OpenError::NotAStory) => {
                self.failure = Some(Failure::NotAStory(name.into()));
                self.announcement = None;
            }
        }
    }
}

/// The name an import gives the pasted text in its remarks, as the command gives the file's.
pub const POST: &str = "post";

/// The next state.
pub fn reduce(mut state: State, action: Action) -> State {
    match action {
        Action::SetLang(lang) => state.lang = lang,
        Action::SetPaste(text) => state.paste = text,
        Action::Import => state.import(),
        Action::SetTemplate(t) => state.template = t,
        Action::UseTemplate => {
            state.remarks.clear();
            state.failure = None;
            // A template's JSON is compiled in and tested to open.
            if let Ok(draft) = Draft::from_json(state.template.json(), state.next_key) {
                let said = Announcement::Template(state.template);
                state.replace(draft, said);
            }
        }
        Action::Open(name, text) => state.open(&name, text),
        Action::Edit(field, value) => {
            let draft = &mut state.draft;
            *match field {
                StoryField::Title => &mut draft.title,
                StoryField::Author => &mut draft.author,
                StoryField::AuthorUrl => &mut draft.author_url,
                StoryField::Summary => &mut draft.summary,
                StoryField::Lang => &mut draft.lang,
            } = value;
        }
        Action::EditSection(key, edit) => {
            if let Some(section) = state.section(key) {
                match edit {
                    SectionEdit::Title(v) => section.title = v,
                    SectionEdit::Status(v) => section.status = v,
                    SectionEdit::Period(v) => section.period = v,
                    SectionEdit::Body(v) => section.body = v,
                    SectionEdit::Highlights(v) => section.highlights = v,
                    SectionEdit::Skills(v) => section.skills = v,
                }
            }
        }
        Action::AddSection => {
            let key = state.next_key;
            state.next_key += 1;
            state.draft.sections.push(SectionDraft {
                key,
                ..SectionDraft::default()
            });
            state.focus(section_field_id(key, Part::Title));
        }
        Action::RemoveSection(key) => {
            let sections = &mut state.draft.sections;
            if let Some(at) = sections.iter().position(|s| s.key == key) {
                sections.remove(at);
                // Focus stays in the list: the next section's button, else "Add section".
                let next = sections.get(at).map(|s| remove_id(s.key));
                state.focus(next.unwrap_or_else(|| "add-section".into()));
            }
        }
        Action::MoveSection(key, up) => {
            let sections = &mut state.draft.sections;
            if let Some(at) = sections.iter().position(|s| s.key == key) {
                let to = if up { at.checked_sub(1) } else { Some(at + 1) };
                if let Some(to) = to.filter(|&to| to < sections.len()) {
                    sections.swap(at, to);
                    let last = sections.len() - 1;
                    // The same button again, unless the move made it inapplicable: then its
                    // partner, which is always enabled there.
                    let same = if (up && to == 0) || (!up && to == last) {
                        !up
                    } else {
                        up
                    };
                    state.focus(move_id(key, same));
                }
            }
        }
        Action::SetDark(dark) => state.dark = dark,
        Action::SetEmbed(kind) => {
            state.embed = kind;
            state.copied = false;
        }
        Action::Download => {
            state.baseline = state.draft.to_json();
            state.download += 1;
        }
        Action::Copy => {
            state.copied = false;
            state.copy += 1;
        }
        Action::Copied(ok) => state.copied = ok,
        Action::Focus(id) => state.focus(id),
    }
    state
}

/// The id of a section's "Move up" (`true`) or "Move down" button.
pub fn move_id(key: u32, up: bool) -> String {
    format!("s{key}-{}", if up { "up" } else { "down" })
}

/// The id of a section's "Remove section" button.
pub fn remove_id(key: u32) -> String {
    format!("s{key}-remove")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../www/stories/alx-backend-journey.json");
    const POST_TEXT: &str = include_str!("../../tests/golden/import/alx-backend-journey.txt");

    fn run(state: State, actions: impl IntoIterator<Item = Action>) -> State {
        actions.into_iter().fold(state, reduce)
    }

    fn key_of(state: &State, title: &str) -> u32 {
        state
            .draft
            .sections
            .iter()
            .find(|s| s.title == title)
            .map(|s| s.key)
            .expect(title)
    }

    #[test]
    fn importing_the_seed_text_and_filling_in_gives_the_seed_byte_for_byte() {
        let mut state = run(
            State::default(),
            [Action::SetPaste(POST_TEXT.into()), Action::Import],
        );
        assert_eq!(state.failure, None);
        let said = state.announcement.as_ref().map(|a| a.text(Lang::En));
        assert_eq!(said.as_deref(), Some("Imported 9 sections"));
        assert!(
            state.remarks.iter().any(|r| r.starts_with("post:9:")
                && r.ends_with("repaired mis-decoded text \"â€“\" -> \"–\"")),
            "{:?}",
            state.remarks
        );
        assert_eq!(state.draft.author, "");
        let done = [
            "My Background",
            "Why I Chose the Backend Specialization",
            "Expectations and Learning Objectives",
            "Highlights of the Program",
            "Growth and Accomplishments",
        ];
        let mut actions = vec![
            Action::Edit(StoryField::Author, "Ademola Adebowale".into()),
            Action::Edit(StoryField::Lang, "en".into()),
        ];
        for title in done {
            let key = key_of(&state, title);
            actions.push(Action::EditSection(
                key,
                SectionEdit::Status(Some(Status::Done)),
            ));
        }
        let key = key_of(&state, "Certification and Future Prospects");
        actions.push(Action::EditSection(
            key,
            SectionEdit::Status(Some(Status::Current)),
        ));
        state = run(state, actions);
        assert_eq!(state.draft.to_json(), SEED);
        assert!(state.unsaved());
        let state = reduce(state, Action::Download);
        assert!(!state.unsaved());
        assert_eq!(state.download, 1);
    }

    #[test]
    fn an_author_typed_first_is_used_by_the_import() {
        let state = run(
            State::default(),
            [
                Action::Edit(StoryField::Author, "Ann".into()),
                Action::SetPaste("# T\n\n## One\n\nText.\n".into()),
                Action::Import,
            ],
        );
        assert_eq!(state.draft.author, "Ann");
        assert_eq!(state.draft.sections.len(), 1);
    }

    #[test]
    fn a_failed_import_keeps_the_draft_and_says_why() {
        let state = State::new(
            Draft::from_json(SEED, 0).expect("seed"),
            Lang::En,
            Some(SEED.into()),
        );
        let state = run(state, [Action::SetPaste("   ".into()), Action::Import]);
        let failure = state.failure.as_ref().map(|f| f.text(Lang::En));
        assert!(failure.is_some_and(|f| f.starts_with("post")));
        assert_eq!(state.draft.to_json(), SEED);
    }

    #[test]
    fn sections_are_added_moved_and_removed_with_focus_following() {
        let state = run(
            State::default(),
            [Action::AddSection, Action::AddSection, Action::AddSection],
        );
        let keys = |s: &State| s.draft.sections.iter().map(|s| s.key).collect::<Vec<_>>();
        assert_eq!(keys(&state), [0, 1, 2]);
        assert_eq!(state.focus, Some((2, "s2-title".into())));
        let state = reduce(state, Action::MoveSection(1, true));
        assert_eq!(keys(&state), [1, 0, 2]);
        // First now: "Move up" is disabled, so focus goes to its "Move down".
        assert_eq!(state.focus.as_ref().map(|f| f.1.as_str()), Some("s1-down"));
        let state = reduce(state, Action::MoveSection(0, false));
        assert_eq!(keys(&state), [1, 2, 0]);
        assert_eq!(state.focus.as_ref().map(|f| f.1.as_str()), Some("s0-up"));
        let state = reduce(state, Action::MoveSection(1, true));
        assert_eq!(keys(&state), [1, 2, 0], "the first cannot move up");
        let state = reduce(state, Action::RemoveSection(2));
        assert_eq!(keys(&state), [1, 0]);
        assert_eq!(
            state.focus.as_ref().map(|f| f.1.as_str()),
            Some("s0-remove")
        );
        let state = reduce(state, Action::RemoveSection(0));
        assert_eq!(
            state.focus.as_ref().map(|f| f.1.as_str()),
            Some("add-section")
        );
        let state = reduce(state, Action::AddSection);
        assert_eq!(keys(&state), [1, 3], "keys are never reused");
    }

    #[test]
    fn templates_and_files_replace_the_draft() {
        let state = run(
            State::default(),
            [Action::SetTemplate(Template::Example), Action::UseTemplate],
        );
        assert_eq!(state.draft.to_json(), SEED);
        let state = reduce(state, Action::Open("story.json".into(), Ok("{".into())));
        let failure = state.failure.as_ref().map(|f| f.text(Lang::En));
        assert!(
            failure.is_some_and(|f| f.starts_with("story.json: This file is not valid JSON: 1:")),
            "{:?}",
            state.failure
        );
        assert_eq!(state.draft.to_json(), SEED, "a bad file changes nothing");
        let state = reduce(
            state,
            Action::Open("x.json".into(), Ok(Template::CareerChange.json().into())),
        );
        assert_eq!(state.failure, None);
        let said = state.announcement.as_ref().map(|a| a.text(Lang::En));
        assert_eq!(said.as_deref(), Some("Opened x.json: 4 sections"));
        assert_eq!(state.draft.sections[0].id, "teaching");
    }

    #[test]
    fn edits_change_one_field() {
        let state = run(
            State::default(),
            [
                Action::AddSection,
                Action::EditSection(0, SectionEdit::Skills("Go\nSQL".into())),
                Action::Edit(StoryField::Title, "T".into()),
            ],
        );
        assert_eq!(state.draft.title, "T");
        assert_eq!(state.draft.to_doc().sections[0].skills, ["Go", "SQL"]);
    }
}
