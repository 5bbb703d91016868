//! The story model: types, parsing, validation, warnings and progress math. Pure Rust with no
//! web dependency and no import from the layers above it, so it is tested natively and shared
//! by the widget and the command-line tool.
//!
//! What only tools use ([`Story::check`] and its warnings, [`mojibake`], [`links`]) is compiled
//! natively only, like `crate::json`: the widget's wasm has a hard size ceiling, and even code it
//! never calls changes how the rest is optimised.

pub mod budget;
#[cfg(any(not(browser), feature = "author"))]
mod check;
pub mod encoding;
mod error;
pub mod ids;
pub mod limits;
#[cfg(any(not(browser), feature = "author"))]
pub mod mojibake;
mod reading;
mod status;
mod story;
mod text;
mod value;

#[cfg(any(not(browser), feature = "author"))]
pub use check::{LONG_SECTION_WORDS, Report, Warning, WarningKind};
pub use error::{Found, LoadError, Path, Step, StoryError, StoryErrorKind, Want, format_bytes};
pub use ids::slug;
pub use reading::ReadSet;
pub use status::Status;
pub use story::{Author, FORMAT_VERSION, Progress, Section, Story};
pub use text::{Block, Inline, SafeHref, parse_body, parse_inline, plain_text};
#[cfg(any(not(browser), feature = "author"))]
pub use text::{Link, links};
pub use value::{Value, ValueError};
