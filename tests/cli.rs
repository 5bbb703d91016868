//! The `journey-story` command end to end: the seed post imports to the committed default
//! story, golden files for `import` and `check` (regenerate with `UPDATE_GOLDEN=1 cargo test
//! --test cli`), help, usage errors, and a closed output pipe.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_journey-story");
const SEED_STORY: &str = "www/stories/alx-backend-journey.json";
const SEED_TEXT: &str = "tests/golden/import/alx-backend-journey.txt";

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

impl Run {
    /// Standard error with the exit code, as the golden files keep it.
    fn stderr_with_code(&self) -> String {
        format!("{}[exit {}]\n", self.stderr, self.code)
    }
}

/// Runs the command from the repository root, so paths in messages are stable.
fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start journey-story");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        // A command that fails on its arguments exits without reading; that is not an error.
        let _ = pipe.write_all(input);
    }
    let out = child.wait_with_output().expect("run journey-story");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
        code: out.status.code().unwrap_or(-1),
    }
}

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Compares `actual` with a golden file, or rewrites the file under `UPDATE_GOLDEN=1`.
/// Returns a description of the mismatch, so one run reports every stale golden.
fn golden(path: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, actual).expect("write golden");
        return None;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{} differs (UPDATE_GOLDEN=1 rewrites it)\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        )
    })
}

/// Input files of a golden folder with the given extension, sorted.
fn inputs(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root(dir))
        .expect("golden folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    found.sort();
    found
}

fn relative(path: &Path) -> String {
    let rel = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .expect("in repo");
    rel.to_string_lossy().into_owned()
}

const SEED_FLAGS: [&str; 16] = [
    "--author",
    "Ademola Adebowale",
    "--lang",
    "en",
    "--status",
    "My Background=done",
    "--status",
    "Why I Chose the Backend Specialization=done",
    "--status",
    "Expectations and Learning Objectives=done",
    "--status",
    "Highlights of the Program=done",
    "--status",
    "Growth and Accomplishments=done",
    "--status",
    "Certification and Future Prospects=current",
];

#[test]
fn seed_text_with_status_flags_reproduces_the_default_story_byte_for_byte() {
    let mut args = vec!["import", SEED_TEXT];
    args.extend(SEED_FLAGS);
    let out = run(&args, None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let committed = std::fs::read_to_string(root(SEED_STORY)).expect("seed story");
    assert_eq!(out.stdout, committed);
    assert!(
        out.stderr
            .contains(":9:125: repaired mis-decoded text \"â€“\" -> \"–\"")
    );
    assert!(out.stderr.contains("section \"Conclusion\" has no text"));
}

#[test]
fn seed_text_with_front_matter_from_stdin_reproduces_the_default_story() {
    let front_matter = "---\nauthor: Ademola Adebowale\nlang: en\nstatus:\n  My Background: done\n  \
         Why I Chose the Backend Specialization: done\n  Expectations and Learning Objectives: \
         done\n  Highlights of the Program: done\n  Growth and Accomplishments: done\n  \
         Certification and Future Prospects: current\n---\n";
    let seed = std::fs::read_to_string(root(SEED_TEXT)).expect("seed text");
    let input = format!("{front_matter}{seed}");
    let out = run(&["import", "-"], Some(input.as_bytes()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let parse = |t: &str| journey_story::json::parse_value(t).expect("json");
    let committed = std::fs::read_to_string(root(SEED_STORY)).expect("seed story");
    assert_eq!(parse(&out.stdout), parse(&committed));
    assert_eq!(out.stdout, committed);
}

#[test]
fn import_goldens() {
    let mut failures = Vec::new();
    // The seed text has tests of its own, against the committed default story.
    let texts = inputs("tests/golden/import", "txt").into_iter();
    let texts = texts.filter(|p| !p.ends_with("alx-backend-journey.txt"));
    let pages = inputs("tests/golden/import", "html").into_iter();
    for input in inputs("tests/golden/import", "md")
        .into_iter()
        .chain(pages)
        .chain(texts)
    {
        let name = relative(&input);
        let args_file = input.with_extension("args");
        let flags = std::fs::read_to_string(&args_file).unwrap_or_default();
        let mut args = vec!["import", name.as_str()];
        args.extend(flags.lines());
        let out = run(&args, None);
        let stem = input.with_extension("");
        failures.extend(golden(
            &stem.with_extension("stderr"),
            &out.stderr_with_code(),
        ));
        if out.code == 0 {
            failures.extend(golden(&input.with_extension("json"), &out.stdout));
            let check = run(&["check", "-"], Some(out.stdout.as_bytes()));
            if check.code != 0 {
                failures.push(format!(
                    "{name}: imported story fails check:\n{}",
                    check.stdout
                ));
            }
        } else if !out.stdout.is_empty() {
            failures.push(format!("{name}: failed import wrote to standard output"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn check_goldens() {
    let mut failures = Vec::new();
    for input in inputs("tests/golden/check", "json") {
        let out = run(&["check", &relative(&input)], None);
        let report = format!("{}[exit {}]\n", out.stdout, out.code);
        failures.extend(golden(&input.with_extension("out"), &report));
        if !out.stderr.is_empty() {
            failures.push(format!(
                "{}: unexpected stderr {}",
                input.display(),
                out.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_shipped_story_passes_check() {
    let out = run(
        &["check", SEED_STORY, "www/stories/career-change.json"],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout
            .contains("alx-backend-journey.json: ok, 9 sections")
    );
}

#[test]
fn check_reports_each_file_and_fails_if_any_is_invalid() {
    let bad = "tests/golden/check/wrong-version.json";
    let out = run(&["check", SEED_STORY, bad, "no/such/file.json"], None);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("alx-backend-journey.json: ok"));
    assert!(out.stdout.contains("wrong-version.json: invalid, 1 error"));
    assert!(out.stdout.contains("no/such/file.json: error: cannot read"));
}

#[test]
fn every_command_has_help_with_examples() {
    for args in [
        &["--help"][..],
        &["help"],
        &["import", "--help"],
        &["check", "-h"],
        &["render", "--help"],
        &["help", "import"],
    ] {
        let out = run(args, None);
        assert_eq!(out.code, 0, "{args:?}");
        assert!(
            out.stdout.contains("Usage:") && out.stdout.contains("Examples:"),
            "{args:?}"
        );
    }
}

#[test]
fn usage_errors_exit_2_and_point_to_help() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["import"],
        &["import", "a.md", "b.md"],
        &["import", "a.md", "--bogus"],
        &["import", "a.md", "--format", "docx"],
        &["check"],
        &["render"],
        &["render", SEED_STORY, "--open", "some"],
    ] {
        let out = run(args, None);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("--help"), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn import_errors_are_clear_and_write_nothing() {
    let cases: [(&[&str], &[u8], &str); 4] = [
        (&["--author", "A"], b"", "no text to import"),
        (&["--author", "A"], b"---\ntitle: x\n", "no closing `---`"),
        (
            &["--author", "A", "--status", "Part"],
            b"# T\n## Part\nx\n",
            "Section Title=done",
        ),
        (
            &["--status", "Part=done"],
            b"# T\n## Part\nx\n",
            "no author",
        ),
    ];
    for (flags, input, expected) in cases {
        let mut args = vec!["import", "-"];
        args.extend(flags);
        let out = run(&args, Some(input));
        assert_eq!(out.code, 1, "{flags:?}");
        assert!(out.stderr.contains(expected), "{flags:?}: {}", out.stderr);
        assert!(out.stdout.is_empty());
    }
}

/// HTML copied from a browser has no file name: it is recognised by its content, and its
/// article read (the issue's page gave "there is no text to import").
#[test]
fn import_recognises_a_pasted_html_article() {
    let page = "<article><h1>My Year</h1><h2>Start</h2><p>I <em>began</em>.</p>\
                <h2>Now</h2><p>I work.</p></article>";
    let out = run(&["import", "-", "--author", "A"], Some(page.as_bytes()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("\"title\": \"My Year\""),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("I *began*."), "{}", out.stdout);
    assert!(out.stderr.contains("wrote 2 sections"), "{}", out.stderr);
    // Markdown with a tag in it stays Markdown.
    let post = "<div align=\"center\">Logo</div>\n\n# T\n\n## S\n\nText with <b>x</b>.\n";
    let out = run(&["import", "-", "--author", "A"], Some(post.as_bytes()));
    assert!(out.stderr.contains("HTML dropped"), "{}", out.stderr);
}

#[test]
fn import_reads_windows_1252_and_writes_the_output_file() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cp1252-story.json");
    let target = target.to_string_lossy().into_owned();
    let input = b"My Year\nCaf\xe9 Days\nI coded \x93every\x94 day.\n";
    let out = run(
        &["import", "-", "--author", "A", "-o", &target],
        Some(input),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("not UTF-8; read it as Windows-1252"));
    let story = std::fs::read_to_string(&target).expect("written");
    assert!(story.contains("\"title\": \"Café Days\"") && story.contains("I coded “every” day."));
}

#[test]
fn render_prints_html_and_locates_errors() {
    let out = run(
        &["render", SEED_STORY, "--open", "first", "--theme", "dark"],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("My ALX Backend Development Specialization Journey")
    );
    let out = run(&["render", "tests/golden/check/wrong-version.json"], None);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("wrong-version.json:2:3: version: version 2 is not supported")
    );
}

/// A reader that stops early (`| head`) closes the pipe: the command stops quietly with the
/// status of a process ended by SIGPIPE, and never panics.
#[test]
fn closed_stdout_is_not_a_panic() {
    let sections: Vec<String> = (0..400)
        .map(|i| {
            format!(
                r#"{{"title": "Part {i}", "body": "{}"}}"#,
                "word ".repeat(100)
            )
        })
        .collect();
    let story = format!(
        r#"{{"version": 1, "title": "Big", "author": {{"name": "A"}}, "sections": [{}]}}"#,
        sections.join(",")
    );
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("big-story.json");
    std::fs::write(&path, story).expect("write story");
    let path = path.to_string_lossy().into_owned();
    let many: Vec<&str> = std::iter::repeat_n(SEED_STORY, 2000).collect();
    for args in [
        vec!["render", path.as_str()],
        [vec!["check"], many].concat(),
    ] {
        let mut child = Command::new(BIN)
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        // Closing our end before reading anything: the output (over 64 KiB) cannot all fit in
        // the pipe, so the command must meet the closed pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(141), "{}: {stderr}", args[0]);
        assert!(stderr.is_empty(), "{stderr}");
    }
}

#[test]
fn check_applies_the_widgets_limits() {
    let story = |sections: &str, extra: &str| {
        format!(
            r#"{{"version":1,"title":"T","author":{{"name":"A"}},"sections":[{sections}]{extra}}}"#
        )
    };
    let deep = story(
        r#"{"title":"S","body":"b"}"#,
        &format!(r#","extra":{}{}"#, "[".repeat(100_000), "]".repeat(100_000)),
    );
    let out = run(&["check", "-"], Some(deep.as_bytes()));
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with("<stdin>: error: extra[0][0]")
            && out
                .stdout
                .contains("nested deeper than 64 levels of arrays and objects"),
        "{}",
        out.stdout
    );
    // Over the default 1 MB: shown only with max-size, so a warning that says which.
    let big = story(
        &format!(r#"{{"title":"S","body":"{}"}}"#, "word ".repeat(300_000)),
        "",
    );
    let out = run(&["check", "-"], Some(big.as_bytes()));
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains(
            "warning: 1500084 bytes, over the widget's default limit of 1 MB: set max-size=\"2M\" on the element"
        ),
        "{}",
        out.stdout
    );
    let many = story(&vec![r#"{"title":"a","body":""}"#; 10_001].join(","), "");
    let out = run(&["check", "-"], Some(many.as_bytes()));
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("sections: 10001 sections; a story may have at most 10000"),
        "{}",
        out.stdout
    );
}

#[test]
fn story_text_cannot_drive_the_terminal() {
    // A title that would clear the screen and rewrite the line, quoted by a warning.
    let story = r#"{"version":1,"title":"T","author":{"name":"A"},"sections":[{"title":"\u001b[2J\rGotcha","body":""}]}"#;
    let out = run(&["check", "-"], Some(story.as_bytes()));
    assert!(!out.stdout.contains('\u{1b}') && !out.stdout.contains('\r'));
    assert!(
        out.stdout.contains("\u{fffd}[2J\u{fffd}Gotcha"),
        "{}",
        out.stdout
    );
}
