//! A small argument parser: positional inputs, `--name value`, `--name=value`, short aliases,
//! `--help`, and `--` to end options. Small enough that the command needs no parser crate.

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
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            parsed.positional.extend(iter.by_ref().cloned());
            break;
        }
        if arg == "--help" || arg == "-h" {
            parsed.help = true;
            continue;
        }
        // A lone `-` is standard input, not an option.
        if !arg.starts_with('-') || arg == "-" {
            parsed.positional.push(arg.clone());
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        let long = spec
            .shorts
            .iter()
            .find(|(short, _)| *short == flag)
            .map(|(_, long)| *long)
            .unwrap_or(flag);
        let Some(name) = spec.options.iter().find(|o| **o == long) else {
            return Err(usage(format!("unknown option {flag}")));
        };
        let value = match inline {
            Some(value) => value,
            None => iter
                .next()
                .cloned()
                .ok_or_else(|| usage(format!("{flag} needs a value")))?,
        };
        parsed.options.push((name, value));
    }
    Ok(parsed)
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
}
