//! Authoring: turning a post into a story ([`import`]), checking a story's text ([`check`]),
//! putting a story in a frame page address ([`link`]) and writing story JSON ([`write`]),
//! the same code for the `journey-story` command (native and WASI) and the studio (wasm in the
//! browser). Behind the `author` feature, which the widget's build leaves out, so the widget's
//! wasm carries none of it. Uses the model, the i18n words and `json`; nothing of the web.

pub mod check;
pub mod import;
pub mod link;
pub mod write;
