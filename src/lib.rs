//! journey-story: a learning or career journey as an embeddable widget.
//!
//! Layers, each depending only on the ones before it (the README's "Architecture" has the
//! invariants):
//! - [`model`]: story types, parsing, validation (every error and warning, with typed paths),
//!   progress math, and one module per shared rule (ids and fragments, status words, encoding).
//!   Pure Rust, no web dependency; imports nothing else from this crate.
//! - [`options`]: the element's attributes as typed options.
//! - [`i18n`]: every interface string and message, including the words of the model's errors.
//! - [`session`]: one widget's state and the pure reducer of its events.
//! - [`view`]: Yew components that render a session and raise its events; no DOM or network.
//! - `embed` (wasm32 only): the glue that mounts components in a shadow root, holds each
//!   widget's session and performs its effects (fetch, storage, fragments, clipboard, focus).
//! - [`json`] and [`render`] (native only): reading story files and server-side rendering, for
//!   the `journey-story` command and the tests. `json` is also in the studio's wasm.
//! - [`author`] (feature `author`, not in the widget's wasm): import a post, check a story's
//!   text; shared by the command and the studio.
//! - [`studio`] (feature `studio`): the studio's state and components; its glue is the
//!   `journey-story-studio` binary, built by Trunk from `www/studio/`.

pub mod i18n;
pub mod model;
pub mod options;
pub mod session;
pub mod view;

#[cfg(browser)]
mod embed;

#[cfg(feature = "author")]
pub mod author;
#[cfg(any(not(browser), feature = "author"))]
pub mod json;
#[cfg(any(not(browser), feature = "studio"))]
pub mod render;
#[cfg(feature = "studio")]
pub mod studio;
