//! The command line of a subcommand, read by `lexopt`: positional inputs, `--name value`,
//! `--name=value`, short aliases (`-o FILE`, `-oFILE`), `--help`, and `--` to end options. The
//! interface (`Spec`, `Parsed`, `parse`) and the messages are this module's own, so subcommands
//! do not depend on the crate and its errors read like the rest of the command's.

use lexopt::Arg;

use crate::error::CliError;

/// What a subcommand accepts.
pub struct Spec {
    pub command: &'static str,
    /// Long options that take a value, e.g. `--output`.
    pub options: &'static [&'static str],
    /// Short aliases, e.g. `("-o", "--output")`.
    pub shorts: &'static [(&'static str, &'static str)],
}

/// The parsed command line of one subcommand.
#[derive(Debug, Default)]
pub struct Parsed {
    pub positional: Vec<String>,
    options: Vec<(&'static str, String)>,
    pub help: bool,
}

impl Parsed {
    /// The last value given for an option: later flags override earlier ones.
    pub fn last(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value given for a repeatable option, in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.options
            .iter()
            .filter(move |(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

pub fn parse(spec: &Spec, args: &[String]) -> Result<Parsed, CliError> {
    let usage = |message: String| CliError::Usage {
        command: spec.command,
        message,
    };
    let mut parsed = Parsed::default();
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| usage(lexopt_message(e)))? {
        let flag = match arg {
            // A lone `-` (standard input) and everything after `--` come here too.
            Arg::Value(value) => {
                parsed.positional.push(unicode(value, spec)?);
                continue;
            }
            Arg::Long(name) => format!("--{name}"),
            Arg::Short(c) => format!("-{c}"),
        };
        if flag == "--help" || flag == "-h" {
            // `--help=x` is not a way to ask for help, as before lexopt.
            if let Some(value) = parser.optional_value() {
                let value = value.to_string_lossy();
                return Err(usage(format!("unknown option {flag}={value}")));
            }
            parsed.help = true;
            continue;
        }
        let long = spec
            .shorts
            .iter()
            .find(|(short, _)| *short == flag)
            .map_or(flag.as_str(), |(_, long)| *long);
        let Some(name) = spec.options.iter().find(|o| **o == long) else {
            return Err(usage(format!("unknown option {flag}")));
        };
        // lexopt takes the next argument as the value even when it starts with `-`, as the
        // hand-written parser did: `--title -1-` is a title.
        let value = parser
            .value()
            .map_err(|_| usage(format!("{flag} needs a value")))?;
        parsed.options.push((name, unicode(value, spec)?));
    }
    Ok(parsed)
}

/// The arguments come in as `String`s, so this only fails if lexopt splits one inside a
/// character, which it does not; the message is there rather than a panic.
fn unicode(value: std::ffi::OsString, spec: &Spec) -> Result<String, CliError> {
    value.into_string().map_err(|a| CliError::Usage {
        command: spec.command,
        message: format!("argument {a:?} is not valid Unicode"),
    })
}

/// The errors `next` can return with every option taking its value through `value`: an option
/// given a value it does not take (`--help=x` is handled above, so this is a safety net).
fn lexopt_message(error: lexopt::Error) -> String {
    match error {
        lexopt::Error::UnexpectedValue { option, value } => {
            format!("unknown option {option}={}", value.to_string_lossy())
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: Spec = Spec {
        command: "import",
        options: &["--output", "--status"],
        shorts: &[("-o", "--output")],
    };

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn options_in_every_spelling() {
        let p = parse(
            &SPEC,
            &strings(&["a.md", "-o", "x", "--output=y", "--status", "A=done", "-"]),
        )
        .expect("parses");
        assert_eq!(p.positional, ["a.md", "-"]);
        assert_eq!(p.last("--output"), Some("y"));
        assert_eq!(p.all("--status").collect::<Vec<_>>(), ["A=done"]);
    }

    #[test]
    fn unknown_and_incomplete_options_are_usage_errors() {
        for args in [&["--nope"][..], &["-o"][..]] {
            let err = parse(&SPEC, &strings(args)).expect_err("rejected");
            assert!(matches!(err, CliError::Usage { .. }));
        }
    }

    #[test]
    fn double_dash_ends_options() {
        let p = parse(&SPEC, &strings(&["--", "--help"])).expect("parses");
        assert_eq!(p.positional, ["--help"]);
        assert!(!p.help);
    }

    #[test]
    fn values_may_look_like_options_and_help_is_found_anywhere() {
        let p = parse(
            &SPEC,
            &strings(&["--status", "-x=done", "-h", "-oout.json"]),
        )
        .expect("parses");
        assert_eq!(p.all("--status").collect::<Vec<_>>(), ["-x=done"]);
        assert_eq!(p.last("--output"), Some("out.json"));
        assert!(p.help);
        let err = parse(&SPEC, &strings(&["--output"])).expect_err("no value");
        assert!(
            err.to_string().starts_with("--output needs a value"),
            "{err}"
        );
        let err = parse(&SPEC, &strings(&["--help=yes"])).expect_err("help takes no value");
        assert!(
            err.to_string().starts_with("unknown option --help=yes"),
            "{err}"
        );
    }
}
