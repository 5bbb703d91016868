//! Widget options set by the host page's attributes, and their parsing. Pure Rust: the embed
//! glue reads the attributes, the view uses the parsed values, tests run natively.

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

/// How long to wait for a story before giving up (`timeout` attribute, in seconds).
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
pub use crate::model::limits::{DEFAULT_MAX_BYTES, MAX_BYTES_CEILING};

/// Parses seconds such as `10` or `2.5` into milliseconds, between 0.1 s and one hour.
/// Decimal digits are read by hand so no float parsing code reaches the wasm.
pub fn parse_timeout_ms(attr: &str) -> Option<u32> {
    let attr = attr.trim().trim_end_matches('s');
    let (whole, frac) = attr.split_once('.').unwrap_or((attr, ""));
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(frac) || whole.len() > 4 {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut ms = whole * 1000;
    for (i, scale) in [100, 10, 1].into_iter().enumerate() {
        if let Some(b) = frac.as_bytes().get(i) {
            ms += u32::from(b - b'0') * scale;
        }
    }
    (100..=3_600_000).contains(&ms).then_some(ms)
}

/// Parses a size such as `1048576`, `512K`, `512KB`, `4M` or `4MB` (binary units) into bytes.
pub fn parse_size(attr: &str) -> Option<u64> {
    let attr = attr.trim().to_ascii_uppercase();
    let attr = attr.strip_suffix('B').unwrap_or(&attr);
    let (number, unit) = match attr.strip_suffix('K') {
        Some(n) => (n, 1024),
        None => match attr.strip_suffix('M') {
            Some(n) => (n, 1024 * 1024),
            None => (attr, 1),
        },
    };
    let n: u64 = number.trim().parse().ok()?;
    n.checked_mul(unit).filter(|&bytes| bytes > 0)
}
