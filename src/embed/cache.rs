//! One request per story URL per page: widgets showing the same story share one fetch and one
//! parsed `Story`. Failures are forgotten as soon as they are reported, so Retry fetches again.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};

use super::fetch::{Limits, fetch_story};
use crate::model::{LoadError, Story};

type Loaded = Result<Rc<Story>, Rc<LoadError>>;

thread_local! {
    static LOADS: RefCell<HashMap<String, Shared<LocalBoxFuture<'static, Loaded>>>> =
        RefCell::new(HashMap::new());
}

/// Loads the story at `url` (absolute), joining a request already in flight or finished.
pub async fn load(url: String, limits: Limits) -> Loaded {
    let shared = LOADS.with(|loads| {
        loads
            .borrow_mut()
            .entry(url.clone())
            .or_insert_with(|| {
                let url = url.clone();
                async move {
                    fetch_story(&url, limits)
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
