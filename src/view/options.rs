//! Widget options set by the host page's attributes.

/// Which sections start expanded (`open` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OpenPolicy {
    #[default]
    First,
    All,
    None,
}

impl OpenPolicy {
    /// `None` for a value the widget does not know, so the caller can warn and use the default.
    pub fn parse(attr: &str) -> Option<OpenPolicy> {
        match attr.trim().to_ascii_lowercase().as_str() {
            "first" => Some(OpenPolicy::First),
            "all" => Some(OpenPolicy::All),
            "none" => Some(OpenPolicy::None),
            _ => None,
        }
    }

    /// Whether the section at `index` starts expanded.
    pub fn starts_open(self, index: usize) -> bool {
        match self {
            OpenPolicy::First => index == 0,
            OpenPolicy::All => true,
            OpenPolicy::None => false,
        }
    }
}

/// Colour scheme (`theme` attribute). `Auto` follows the reader's `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(attr: &str) -> Option<Theme> {
        match attr.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}
