//! journey-story: a learning or career journey as an embeddable widget.
//!
//! Three layers, each depending only on the ones before it:
//! - [`model`]: story types, parsing, validation, progress math. Pure Rust, no web dependency.
//! - [`view`]: Yew components that render a story and raise events; no DOM or network access.
//! - `embed` (wasm32 only): the glue that mounts components in a shadow root and fetches stories.
//! - [`json`] and [`render`] (native only): reading story files and server-side rendering, for
//!   the `journey-story` command and the tests.

pub mod i18n;
pub mod model;
pub mod options;
pub mod view;

#[cfg(target_arch = "wasm32")]
mod embed;

#[cfg(not(target_arch = "wasm32"))]
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
