//! The studio: write, check, preview and publish a story in the browser. Pure state and
//! components here (tested natively); the glue that touches the page is `src/bin/studio/`.
//!
//! - [`draft`]: the story as editable text, written through `author::write`, opened leniently.
//! - [`state`]: the studio's state and its reducer.
//! - [`problems`]: the check's problems placed at the fields.
//! - [`publish`]: the embed code for each way to publish.
//! - [`templates`], [`text`]: the compiled-in templates and the studio's words.
//! - [`view`]: the components.

pub mod draft;
pub mod problems;
pub mod publish;
pub mod state;
pub mod templates;
pub mod text;
pub mod view;
