//! One request per story URL and limits per page: widgets showing the same story with the same
//! limits share one fetch and one parsed `Story`. A widget with other limits gets its own load,
//! so it never sees a failure (or a success) its own `max-size` or `timeout` would not give.
//! Failures are forgotten as soon as they are reported, so Retry fetches again; a load nobody
//! waits for any more is dropped, which aborts its request.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared, WeakShared};

use super::fetch::{Early, Limits, fetch_story};
use crate::model::{LoadError, Story};

type Loaded = Result<Rc<Story>, Rc<LoadError>>;
type Load = LocalBoxFuture<'static, Loaded>;

enum Entry {
    /// In flight, held only by the widgets awaiting it; `u64` tells one attempt from the next.
    Loading(u64, WeakShared<Load>),
    Loaded(Rc<Story>),
}

thread_local! {
    static LOADS: RefCell<HashMap<(String, Limits), Entry>> = RefCell::new(HashMap::new());
    static ATTEMPTS: Cell<u64> = const { Cell::new(0) };
    /// Requests `embed.js` started before the wasm was ready, by URL, each used at most once.
    static EARLY: RefCell<HashMap<String, Early>> = RefCell::new(HashMap::new());
}

/// Hands over a request `embed.js` started early; the next load of `url` uses it.
pub fn adopt_early(url: String, early: Early) {
    EARLY.with(|e| e.borrow_mut().insert(url, early));
}

/// Loads the story at `url` (absolute), joining a load already in flight or finished.
pub async fn load(url: String, limits: Limits) -> Loaded {
    let key = (url, limits);
    let (attempt, shared): (u64, Shared<Load>) = match joined(&key) {
        Ok(story) => return Ok(story),
        Err(Some(joined)) => joined,
        Err(None) => {
            let url = key.0.clone();
            let early = EARLY.with(|e| e.borrow_mut().remove(&url));
            let load: Load = async move {
                fetch_story(&url, limits, early)
                    .await
                    .map(Rc::new)
                    .map_err(Rc::new)
            }
            .boxed_local();
            let shared = load.shared();
            let attempt = ATTEMPTS.with(|n| {
                n.set(n.get() + 1);
                n.get()
            });
            if let Some(weak) = shared.downgrade() {
                LOADS.with(|l| {
                    l.borrow_mut()
                        .insert(key.clone(), Entry::Loading(attempt, weak))
                });
            }
            (attempt, shared)
        }
    };
    let result = shared.await;
    LOADS.with(|loads| {
        let mut loads = loads.borrow_mut();
        match &result {
            Ok(story) => {
                loads.insert(key, Entry::Loaded(story.clone()));
            }
            Err(_) => {
                if matches!(loads.get(&key), Some(Entry::Loading(a, _)) if *a == attempt) {
                    loads.remove(&key);
                }
            }
        }
    });
    result
}

/// A finished story (`Ok`), a load in flight to join, or nothing to join.
#[allow(clippy::type_complexity)]
fn joined(key: &(String, Limits)) -> Result<Rc<Story>, Option<(u64, Shared<Load>)>> {
    LOADS.with(|loads| match loads.borrow().get(key) {
        Some(Entry::Loaded(story)) => Ok(story.clone()),
        Some(Entry::Loading(attempt, weak)) => Err(weak.upgrade().map(|s| (*attempt, s))),
        None => Err(None),
    })
}
