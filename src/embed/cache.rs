//! One request per story URL per page: widgets showing the same story share one fetch and one
//! parsed `Story`. Failures are forgotten as soon as they are reported, so Retry fetches again.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};

use super::fetch::{Early, Limits, fetch_story};
use crate::model::{LoadError, Story};

type Loaded = Result<Rc<Story>, Rc<LoadError>>;

thread_local! {
    static LOADS: RefCell<HashMap<String, Shared<LocalBoxFuture<'static, Loaded>>>> =
        RefCell::new(HashMap::new());
    /// Requests `embed.js` started before the wasm was ready, by URL, each used at most once.
    static EARLY: RefCell<HashMap<String, Early>> = RefCell::new(HashMap::new());
}

/// Hands over a request `embed.js` started early; the next load of `url` uses it.
pub fn adopt_early(url: String, early: Early) {
    EARLY.with(|e| e.borrow_mut().insert(url, early));
}

/// Loads the story at `url` (absolute), joining a request already in flight or finished.
pub async fn load(url: String, limits: Limits) -> Loaded {
    let shared = LOADS.with(|loads| {
        loads
            .borrow_mut()
            .entry(url.clone())
            .or_insert_with(|| {
                let url = url.clone();
                let early = EARLY.with(|e| e.borrow_mut().remove(&url));
                async move {
                    fetch_story(&url, limits, early)
                        .await
                        .map(Rc::new)
                        .map_err(Rc::new)
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    let result = shared.await;
    if result.is_err() {
        LOADS.with(|loads| loads.borrow_mut().remove(&url));
    }
    result
}
