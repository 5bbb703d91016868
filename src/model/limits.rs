//! The resource limits every reader of a story applies (widget, `check`, `render`): one home, so
//! no tool accepts what another refuses. Each bounds work or memory that a story file controls.

/// The deepest nesting of arrays and objects a story may have, counting the story object as 1
/// and ignored fields included. Real stories use 4; the limit keeps every tree walk (conversion,
/// drop, the command line's scans) far from the wasm stack, whatever a file holds.
pub const MAX_DEPTH: usize = 64;

/// The most sections a story may have. The widget renders and clicks instantly at this size;
/// a journey with more is a generated file, not a story.
pub const MAX_SECTIONS: usize = 10_000;

/// The largest story the widget downloads when its `max-size` attribute says nothing.
pub const DEFAULT_MAX_BYTES: u64 = 1024 * 1024;

/// The largest story any widget downloads, whatever its `max-size` says: 16 MB.
pub const MAX_BYTES_CEILING: u64 = 16 * 1024 * 1024;
