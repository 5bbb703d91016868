//! Option values that several commands take, each parsed by the parser the widget applies to the
//! matching attribute or frame parameter, so a command accepts exactly what the widget does.

use journey_story::i18n::Lang;
use journey_story::view::{OpenPolicy, Theme};

use crate::args::Parsed;
use crate::error::CliError;

fn usage(command: &'static str, message: String) -> CliError {
    CliError::Usage { command, message }
}

/// `--open first|all|none`, if given.
pub fn open(parsed: &Parsed, command: &'static str) -> Result<Option<OpenPolicy>, CliError> {
    parsed
        .last("--open")
        .map(|v| {
            OpenPolicy::parse(v)
                .ok_or_else(|| usage(command, format!("--open \"{v}\" is not first, all or none")))
        })
        .transpose()
}

/// `--theme auto|light|dark`, if given.
pub fn theme(parsed: &Parsed, command: &'static str) -> Result<Option<Theme>, CliError> {
    parsed
        .last("--theme")
        .map(|v| {
            Theme::parse(v).ok_or_else(|| {
                usage(
                    command,
                    format!("--theme \"{v}\" is not auto, light or dark"),
                )
            })
        })
        .transpose()
}

/// The word the widget reads for an open policy (the inverse of `OpenPolicy::parse`).
pub fn open_word(open: OpenPolicy) -> &'static str {
    match open {
        OpenPolicy::First => "first",
        OpenPolicy::All => "all",
        OpenPolicy::None => "none",
    }
}

/// `--lang TAG`, if given: a language tag the interface speaks (by its primary subtag, as the
/// widget chooses), returned trimmed as written.
pub fn lang<'a>(parsed: &'a Parsed, command: &'static str) -> Result<Option<&'a str>, CliError> {
    parsed
        .last("--lang")
        .map(|v| {
            Lang::from_tag(v).map(|_| v.trim()).ok_or_else(|| {
                usage(
                    command,
                    format!(
                        "--lang \"{v}\" is not a language the widget speaks: en, fr, ar or sw \
                         (a tag such as fr-CA counts by its first part)"
                    ),
                )
            })
        })
        .transpose()
}

/// How the frame page sizes the story (`fit` parameter): `grow` to its whole height (the frame
/// posts it to the embedding page), `box` to scroll inside the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Grow,
    Box,
}

impl Fit {
    pub fn as_str(self) -> &'static str {
        match self {
            Fit::Grow => "grow",
            Fit::Box => "box",
        }
    }
}

/// `--fit grow|box`, if given. Read like the other values: trimmed, any case.
pub fn fit(parsed: &Parsed, command: &'static str) -> Result<Option<Fit>, CliError> {
    parsed
        .last("--fit")
        .map(|v| match v.trim().to_ascii_lowercase().as_str() {
            "grow" => Ok(Fit::Grow),
            "box" => Ok(Fit::Box),
            _ => Err(usage(command, format!("--fit \"{v}\" is not grow or box"))),
        })
        .transpose()
}
