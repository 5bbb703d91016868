//! The studio's wasm: mounts the studio and exports the authoring core (import and check, the
//! command line's own code) to JavaScript, which the parity test calls in Node.

#[cfg(browser)]
mod app;
#[cfg(browser)]
mod exports;
#[cfg(browser)]
mod page;

#[cfg(browser)]
fn main() {
    // The page (www/studio/index.html) has one `#studio` element to mount into. Without a
    // document (the parity test loads this wasm in Node for its exports) there is nothing to do.
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("studio"));
    if let Some(root) = root {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}

// The studio runs in a browser; natively there is nothing to do (Trunk builds it for wasm32).
#[cfg(not(browser))]
fn main() {}
