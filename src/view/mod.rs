//! Yew components that draw a story. They only render and raise events: no DOM access, no
//! network, no storage. The same components run in the browser and in native server rendering.

mod body;
pub mod dom;
mod header;
mod journey;
mod message;
pub mod parts;
mod section;
mod story_view;

pub use crate::options::{OpenPolicy, Theme};
pub use journey::{Journey, JourneyProps};
