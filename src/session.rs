//! The state of one widget while it runs, and every way it changes: a pure reducer of
//! [`Event`]s, tested natively. The glue (`embed/root.rs`) owns no state of its own: it feeds
//! events in (a story arrived, the fragment changed, the reader clicked) and performs the
//! effects the state asks for (load for each `attempt`, save on each `read_changes`, scroll to
//! each `reveal`, copy each `copy` request). The view renders a `Session` and raises events.
//!
//! Invariants: `expanded` has one flag per section of the loaded story (empty otherwise);
//! `read` changes only by the reader's own doing (opening a section, following a link,
//! resetting), and `read_changes` counts exactly those changes, so storage is written only when
//! there is something new to keep.

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

/// Something the glue is asked to do once per request: the nonce tells a new request for the
/// same section (the same link followed twice) from the one already done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The section's id.
    pub section: String,
    pub nonce: u32,
}

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
    /// The section to scroll to and focus.
    pub reveal: Option<Request>,
    /// A link to copy; cleared when the copy is done.
    pub copy: Option<Request>,
    /// The section whose link was copied last, to confirm it beside that link.
    pub copied: Option<String>,
    /// A link that arrived before its story: followed once the story is loaded.
    pending_link: Option<String>,
    /// The last nonce handed out for a `reveal` or `copy` request.
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
            reveal: None,
            copy: None,
            copied: None,
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
                self.load = LoadState::Ready(story);
                self.copied = None;
                if let Some(section) = self.pending_link.take() {
                    self.follow(&section);
                }
            }
            Event::Failed(error) => {
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
                    if *flag {
                        self.mark_read([index]);
                    }
                }
            }
            Event::ExpandedAll(open) => {
                let closed: Vec<usize> = (0..self.expanded.len())
                    .filter(|&i| !self.expanded[i])
                    .collect();
                Rc::make_mut(&mut self.expanded)
                    .iter_mut()
                    .for_each(|f| *f = open);
                if open {
                    self.mark_read(closed);
                }
            }
            Event::ResetRead => {
                if !self.read.is_empty() {
                    self.read = Rc::new(ReadSet::default());
                    self.read_changes = self.read_changes.wrapping_add(1);
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
                    self.copy = Some(Request {
                        section,
                        nonce: self.next_nonce(),
                    });
                }
            }
            Event::CopyFinished { nonce, ok } => {
                if let Some(request) = self.copy.take_if(|r| r.nonce == nonce) {
                    self.copied = ok.then_some(request.section);
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
            self.mark_read([index]);
        }
        self.reveal = Some(Request {
            section: story.sections[index].id.clone(),
            nonce: self.next_nonce(),
        });
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
            self.read_changes = self.read_changes.wrapping_add(1);
        }
    }

    fn next_nonce(&mut self) -> u32 {
        self.nonce = self.nonce.wrapping_add(1);
        self.nonce
    }
}
