//! The state of one widget while it runs, and every way it changes: a pure reducer of
//! [`Event`]s, tested natively. The glue (`embed/root.rs`) owns no state of its own: it feeds
//! events in (a story arrived, the fragment changed, the reader clicked) and performs the
//! effects the state asks for: a load for each `attempt`, and each of its `notices` once (tell
//! the page, paint the collapsed text, save reading progress, scroll to a section, copy a
//! link), after which it reports them `Announced`. The view renders a `Session` and raises
//! events.
//!
//! Invariants: `expanded` has one flag per section of the loaded story (empty otherwise);
//! `read` changes only by the reader's own doing (opening a section, following a link,
//! resetting), and `read_changes` counts exactly those changes, each with a `Notice::Read`, so
//! storage is written only when there is something new to keep.

use std::rc::Rc;

use crate::model::{LoadError, ReadSet, Story};
use crate::options::OpenPolicy;

/// What the widget has to show so far.
#[derive(Debug, Clone)]
pub enum LoadState {
    Loading,
    Ready(Rc<Story>),
    Failed(Rc<LoadError>),
}

impl PartialEq for LoadState {
    /// By identity: a story is parsed once and then shared, so comparing pointers is exact and
    /// avoids walking thousands of sections on every render.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (LoadState::Loading, LoadState::Loading) => true,
            (LoadState::Ready(a), LoadState::Ready(b)) => Rc::ptr_eq(a, b),
            (LoadState::Failed(a), LoadState::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for LoadState {}

/// A copy the glue is asked for: the nonce tells which request a `CopyFinished` answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The section's id.
    pub section: String,
    pub nonce: u32,
}

/// Something the glue has to do once, decided here so that it is tested natively: above all,
/// what the host page is told (the element's events `journey-story:load`, `:error`, `:toggle`
/// and `:progress`; README: Styling and scripting API), and what goes with it (paint the text
/// after the headers, save reading progress, scroll, copy). Shared parts only, so a list of
/// them is cheap to copy.
#[derive(Debug, Clone)]
pub enum Notice {
    /// A story is shown: each new story or version, never the same one again.
    Loaded(Rc<Story>),
    /// It cannot be shown (`LoadError::code` and `LoadError::path` say why to the page).
    Failed(Rc<LoadError>),
    /// The reader opened or closed the section at `index` of `story`.
    Toggled {
        story: Rc<Story>,
        index: usize,
        open: bool,
    },
    /// The reader changed what they have read (opened a section for the first time, reset):
    /// the glue saves it and tells the page the new progress. A story shown tells its
    /// progress too, but is not saved: stored progress is never overwritten before it is read.
    Read,
    /// Scroll to this section (its id) and focus its header: each time a link is followed,
    /// even to the same section.
    Reveal(String),
    /// Put a link to a section on the clipboard, then report `CopyFinished` with the nonce.
    Copy(Request),
}

/// The notices the glue has yet to act on. Compared by identity, like the load state, so the
/// glue's effect runs once per change without comparing stories: an addition goes through
/// `Rc::make_mut`, which copies a list anyone else holds (the effect keeps the one it has
/// seen), and `Announced` makes a new list, so a changed list is never the one the glue saw.
#[derive(Debug, Clone, Default)]
pub struct Notices(pub Rc<Vec<Notice>>);

impl PartialEq for Notices {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Notices {}

/// Everything that can happen to a widget.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The story for the current attempt arrived (or a new version of the one on screen).
    Loaded(Rc<Story>),
    /// It could not be shown.
    Failed(Rc<LoadError>),
    /// The reader asked to try again (offered only for retryable failures).
    Retried,
    /// The story's headers have been painted: the collapsed sections' text may render now.
    Painted,
    /// The reader opened or closed the section at this index.
    Toggled(usize),
    /// Expand all (`true`) or collapse all.
    ExpandedAll(bool),
    /// The reader asked to forget which sections they read.
    ResetRead,
    /// A link (the page's fragment) names this section: open it and bring it into view.
    DeepLinked(String),
    /// "Continue reading": open the first section not yet read and bring it into view.
    Resumed,
    /// The reader asked for a link to this section on the clipboard.
    CopyRequested(String),
    /// The copy request with this nonce is done; `ok` says whether the link is on the
    /// clipboard.
    CopyFinished { nonce: u32, ok: bool },
    /// The glue has told the page the first `n` of `notices`.
    Announced(usize),
}

/// One widget's state. See the module documentation for its invariants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub load: LoadState,
    /// Which attempt at loading this is; the glue loads again whenever it changes.
    pub attempt: u32,
    /// Which sections start open when a story arrives.
    pub open: OpenPolicy,
    /// One flag per section of the loaded story. Shared, like the story and `read`, so that a
    /// session is cheap to clone and to hand to the view.
    pub expanded: Rc<Vec<bool>>,
    /// The sections the reader has opened, on this visit and earlier ones.
    pub read: Rc<ReadSet>,
    /// How many times the reader changed `read`; the glue saves it when this changes.
    pub read_changes: u32,
    /// Whether collapsed sections' text may render (the story's first paint is headers only).
    pub bodies: bool,
    /// A link to copy; cleared when the copy is done.
    pub copy: Option<Request>,
    /// The section whose link was copied last, to confirm it beside that link.
    pub copied: Option<String>,
    /// What the page has yet to be told, in order, until the glue has told it. A list, not one
    /// request, because a script can click several headers before the glue runs. A toggle is
    /// the reader's doing (a click, a key, Expand or Collapse all: one per section whose state
    /// changed, a link, Continue reading); the open policy of a new story is not.
    pub notices: Notices,
    /// A link that arrived before its story: followed once the story is loaded.
    pending_link: Option<String>,
    /// The last nonce handed out for a `copy` request.
    nonce: u32,
}

impl Session {
    /// A widget that has just started loading, with the reading progress saved from earlier
    /// visits.
    pub fn new(open: OpenPolicy, read: ReadSet) -> Session {
        Session {
            load: LoadState::Loading,
            attempt: 0,
            open,
            expanded: Rc::default(),
            read: Rc::new(read),
            read_changes: 0,
            bodies: false,
            copy: None,
            copied: None,
            notices: Notices::default(),
            pending_link: None,
            nonce: 0,
        }
    }

    /// A session showing `story` in full at once, as server rendering does.
    pub fn showing(story: Rc<Story>, open: OpenPolicy) -> Session {
        let mut session = Session::new(open, ReadSet::default());
        session.apply(Event::Loaded(story));
        session.apply(Event::Painted);
        session
    }

    /// The loaded story, if there is one.
    pub fn story(&self) -> Option<&Rc<Story>> {
        match &self.load {
            LoadState::Ready(story) => Some(story),
            _ => None,
        }
    }

    pub fn is_expanded(&self, index: usize) -> bool {
        self.expanded.get(index).copied().unwrap_or(false)
    }

    /// Applies one event. Events that make no sense in the current state (a toggle before the
    /// story arrived, a retry of a failure that retrying cannot fix) change nothing.
    pub fn apply(&mut self, event: Event) {
        match event {
            // The same story again (a cached one) changes nothing: the reader keeps their place.
            Event::Loaded(story) if self.story().is_some_and(|s| Rc::ptr_eq(s, &story)) => {}
            Event::Loaded(story) => {
                self.expanded = Rc::new(self.opening(&story));
                // Headers first is for a first paint; a new version of a story on screen (an
                // edited inline block) keeps its text, so nothing flickers.
                self.bodies &= self.story().is_some();
                self.notify(Notice::Loaded(story.clone()));
                self.load = LoadState::Ready(story);
                self.copied = None;
                if let Some(section) = self.pending_link.take() {
                    self.follow(&section);
                }
            }
            Event::Failed(error) => {
                self.notify(Notice::Failed(error.clone()));
                self.load = LoadState::Failed(error);
                self.expanded = Rc::default();
            }
            Event::Retried => {
                if matches!(&self.load, LoadState::Failed(e) if e.is_retryable()) {
                    self.load = LoadState::Loading;
                    self.attempt = self.attempt.wrapping_add(1);
                }
            }
            Event::Painted => self.bodies = self.story().is_some(),
            Event::Toggled(index) => {
                if index < self.expanded.len() {
                    let flag = &mut Rc::make_mut(&mut self.expanded)[index];
                    *flag = !*flag;
                    let open = *flag;
                    self.announce(&[index], open);
                    if open {
                        self.mark_read([index]);
                    }
                }
            }
            Event::ExpandedAll(open) => {
                let changed: Vec<usize> = (0..self.expanded.len())
                    .filter(|&i| self.expanded[i] != open)
                    .collect();
                Rc::make_mut(&mut self.expanded)
                    .iter_mut()
                    .for_each(|f| *f = open);
                self.announce(&changed, open);
                if open {
                    self.mark_read(changed);
                }
            }
            Event::ResetRead => {
                if !self.read.is_empty() {
                    self.read = Rc::new(ReadSet::default());
                    self.read_changed();
                }
            }
            Event::DeepLinked(section) => match self.load {
                LoadState::Ready(_) => self.follow(&section),
                // Kept for the story still on its way, or for the one a retry may bring: the
                // latest link wins.
                LoadState::Loading | LoadState::Failed(_) => self.pending_link = Some(section),
            },
            Event::Resumed => {
                if let Some(story) = self.story().cloned()
                    && let Some(index) = self.read.first_unread(&story)
                {
                    self.open_and_reveal(&story, index);
                }
            }
            Event::CopyRequested(section) => {
                if self.story().is_some() {
                    let request = Request {
                        section,
                        nonce: self.next_nonce(),
                    };
                    self.copy = Some(request.clone());
                    self.notify(Notice::Copy(request));
                }
            }
            Event::CopyFinished { nonce, ok } => {
                if let Some(request) = self.copy.take_if(|r| r.nonce == nonce) {
                    self.copied = ok.then_some(request.section);
                }
            }
            Event::Announced(n) => {
                if n > 0 {
                    let rest = self.notices.0.get(n..).unwrap_or_default();
                    self.notices = Notices(Rc::new(rest.to_vec()));
                }
            }
        }
    }

    /// Which sections of a newly loaded story start open: those open under the same id in the
    /// story it replaces (an edited story keeps the reader's place), else the `open` policy.
    fn opening(&self, story: &Story) -> Vec<bool> {
        // Each section of the story on screen, by id: whether it is open.
        let before: std::collections::HashMap<&str, bool> = match self.story() {
            Some(old) => (old.sections.iter().map(|s| s.id.as_str()))
                .zip(self.expanded.iter().copied())
                .collect(),
            None => Default::default(),
        };
        (story.sections.iter().enumerate())
            .map(|(i, s)| match before.get(s.id.as_str()) {
                Some(&was_open) => was_open,
                None => self.open.starts_open(i),
            })
            .collect()
    }

    /// Opens the section a link names, if the story has it.
    fn follow(&mut self, section: &str) {
        let Some(story) = self.story().cloned() else {
            return;
        };
        if let Some(index) = story.sections.iter().position(|s| s.id == section) {
            self.open_and_reveal(&story, index);
        }
    }

    fn open_and_reveal(&mut self, story: &Story, index: usize) {
        if !self.is_expanded(index) {
            Rc::make_mut(&mut self.expanded)[index] = true;
            self.announce(&[index], true);
            self.mark_read([index]);
        }
        self.notify(Notice::Reveal(story.sections[index].id.clone()));
    }

    /// Opening a section is reading it. Sections open from the start were not opened by the
    /// reader, so they are not marked; nor are sections with nothing to read.
    fn mark_read(&mut self, opened: impl IntoIterator<Item = usize>) {
        let Some(story) = self.story().cloned() else {
            return;
        };
        let ids: Vec<&str> = opened
            .into_iter()
            .filter_map(|i| story.sections.get(i))
            .filter(|s| s.has_content() && !self.read.contains(&s.id))
            .map(|s| s.id.as_str())
            .collect();
        // Copied only when something is new: an unchanged set keeps its pointer.
        if !ids.is_empty() && Rc::make_mut(&mut self.read).extend(ids) {
            self.read_changed();
        }
    }

    /// Tells the page that the sections at these indices (of the story on screen) opened or
    /// closed.
    fn announce(&mut self, indices: &[usize], open: bool) {
        let Some(story) = self.story().cloned() else {
            return;
        };
        // A section with no text has no panel to open: nothing to tell the page about.
        for &index in indices {
            if story.sections.get(index).is_some_and(|s| s.has_content()) {
                self.notify(Notice::Toggled {
                    story: story.clone(),
                    index,
                    open,
                });
            }
        }
    }

    /// The reader changed what they have read: save it, and tell the page.
    fn read_changed(&mut self) {
        self.read_changes = self.read_changes.wrapping_add(1);
        self.notify(Notice::Read);
    }

    fn notify(&mut self, notice: Notice) {
        Rc::make_mut(&mut self.notices.0).push(notice);
    }

    fn next_nonce(&mut self) -> u32 {
        self.nonce = self.nonce.wrapping_add(1);
        self.nonce
    }
}
