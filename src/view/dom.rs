//! What code outside the view may rely on in the rendered DOM, and nothing else: class names
//! are for the stylesheet and may change. `www/embed.js` (arrow keys between headers, opening
//! a panel that find-in-page revealed), the glue (`embed/page.rs`: focus and scroll to a
//! section) and the tests that find headers use only these:
//! - every header button carries [`TOGGLE`], with `aria-expanded` and `aria-controls`;
//! - a section's header has the element id `model::ids::heading_id(section)`, its panel
//!   `model::ids::panel_id(section)`, and the panel's `aria-labelledby` names the header.
//!
//! `tests/ssr.rs` checks that the rendered HTML and `embed.js` agree with this module.

/// The attribute on every section header button (value-less).
pub const TOGGLE: &str = "data-toggle";

/// The selector `embed.js` finds header buttons with.
pub const TOGGLE_SELECTOR: &str = "button[data-toggle]";
