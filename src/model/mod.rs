//! The story model: types, parsing, validation and progress math. Pure Rust with no web
//! dependency, so it is tested natively and shared by the widget and the command-line tool.

pub mod budget;
pub mod encoding;
mod error;
pub mod ids;
pub mod limits;
mod reading;
mod status;
mod story;
mod text;
mod value;

pub use error::{Found, LoadError, Path, StoryError, StoryErrorKind, Want, format_bytes};
pub use ids::slug;
pub use reading::ReadSet;
pub use status::Status;
pub use story::{Author, FORMAT_VERSION, Progress, Section, Story};
pub use text::{Block, Inline, SafeHref, parse_body, parse_inline, plain_text};
pub use value::{Value, ValueError};
