//! The `journey-story` command end to end: the seed post imports to the committed default
//! story, golden files for `import`, `check`, `link` and `publish` (regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test cli`), the story a link carries decoded back, escaping in
//! published pages, help, usage errors, and a closed output pipe.

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
        &["link", "--help"],
        &["publish", "-h"],
        &["help", "import"],
        &["help", "publish"],
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
        &["publish", SEED_STORY, "-o", "x"],
        &[
            "publish",
            SEED_STORY,
            "--base",
            "site.example/j/",
            "-o",
            "x",
        ],
        &[
            "publish",
            SEED_STORY,
            "--base",
            "https://s.example/",
            "--widget",
            "/w/",
            "-o",
            "x",
        ],
        &["publish", SEED_STORY, "--base", "https://s.example/"],
        &["publish", "-", "--base", "https://s.example/", "-o", "x"],
        &[
            "publish",
            SEED_STORY,
            SEED_STORY,
            "--base",
            "https://s.example/",
            "-o",
            "x",
        ],
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

/// `link` cases, one `.args` file each (one argument a line): standard error and exit code
/// are goldens, and so is the printed URL when there is one, so a change of the data format
/// shows up in review.
#[test]
fn link_goldens() {
    let mut failures = Vec::new();
    for args_file in inputs("tests/golden/link", "args") {
        let flags = std::fs::read_to_string(&args_file).expect("args");
        let mut args = vec!["link"];
        args.extend(flags.lines());
        let out = run(&args, None);
        failures.extend(golden(
            &args_file.with_extension("stderr"),
            &out.stderr_with_code(),
        ));
        if out.code == 0 {
            failures.extend(golden(&args_file.with_extension("url"), &out.stdout));
        } else if !out.stdout.is_empty() {
            failures.push(format!(
                "{}: failed link printed a URL",
                args_file.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The story a `link` URL carries, decoded as the frame page does: base64url without padding,
/// then deflate-raw.
fn story_in_link(url: &str) -> serde_json::Value {
    use base64::Engine;
    let fragment = url.trim_end().split_once('#').expect("a fragment").1;
    let data = fragment.split('&').next().expect("a part");
    let data = data.strip_prefix("story=").expect("the story part first");
    assert!(
        data.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "only the base64url alphabet, no padding: {data}"
    );
    let compressed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(data)
        .expect("base64url");
    let json = miniz_oxide::inflate::decompress_to_vec(&compressed).expect("deflate-raw");
    serde_json::from_slice(&json).expect("JSON")
}

#[test]
fn link_carries_every_field_of_the_story() {
    // A story with every field, non-ASCII text, markup-like text and an unknown field.
    let story = r#"{
  "version": 1, "title": "Étapes </script> & \"more\"", "x-unknown": {"kept": [1, 2.5, null, true]},
  "author": {"name": "Zoë", "url": "https://example.org/zoë"}, "summary": "Résumé ☕", "lang": "fr",
  "sections": [{"id": "début", "title": "Début", "status": "done", "period": "2020–2021",
    "body": "Du **texte**.\n\n- un\n- deux", "highlights": ["Prix"], "skills": ["C"]}]
}"#;
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("link-every-field.json");
    std::fs::write(&path, story).expect("write story");
    let path = path.to_string_lossy().into_owned();
    let base = "https://cdn.example.org/js/";
    for story_path in [SEED_STORY, "www/stories/career-change.json", path.as_str()] {
        let out = run(&["link", story_path, "--base", base], None);
        assert_eq!(out.code, 0, "{story_path}: {}", out.stderr);
        assert!(
            out.stdout
                .starts_with("https://cdn.example.org/js/frame.html#story=")
        );
        assert_eq!(out.stdout.lines().count(), 1);
        let file = std::fs::read_to_string(root(story_path)).expect("story file");
        let expected: serde_json::Value = serde_json::from_str(&file).expect("JSON");
        assert_eq!(story_in_link(&out.stdout), expected, "{story_path}");
    }
    // A section link follows the story part, its id percent-encoded, and the story still
    // decodes; the options become the frame's query parameters.
    let out = run(
        &[
            "link",
            &path,
            "--base",
            base,
            "--section",
            "début",
            "--theme",
            "Dark",
        ],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .starts_with("https://cdn.example.org/js/frame.html?theme=dark#story=")
    );
    assert!(
        out.stdout.trim_end().ends_with("&story/d%C3%A9but"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.is_empty(),
        "a short link has no warning: {}",
        out.stderr
    );
    assert_eq!(
        story_in_link(&out.stdout)["title"],
        "Étapes </script> & \"more\""
    );
    // Standard input works like a file.
    let out = run(&["link", "-", "--base", base], Some(story.as_bytes()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(story_in_link(&out.stdout)["summary"], "Résumé ☕");
}

const SITE: &str = "https://site.example/journeys/";

/// Publishes `story` into a fresh folder named `out` under the test's temporary folder.
fn publish(story: &str, out: &str, more: &[&str]) -> (Run, PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(out);
    let _ = std::fs::remove_dir_all(&dir);
    let target = dir.to_string_lossy().into_owned();
    let mut args = vec!["publish", story, "--base", SITE, "-o", &target];
    args.extend(more);
    (run(&args, None), dir)
}

#[test]
fn publish_goldens_for_the_seed() {
    let (out, dir) = publish(SEED_STORY, "publish-seed", &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let name = "alx-backend-journey";
    let copied = std::fs::read(dir.join(format!("{name}.json"))).expect("story copied");
    assert_eq!(copied, std::fs::read(root(SEED_STORY)).expect("seed"));
    let mut failures = Vec::new();
    for ext in ["html", "oembed.json"] {
        let written = std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).expect("written");
        let golden_file = root(&format!("tests/golden/publish/{name}.{ext}"));
        failures.extend(golden(&golden_file, &written));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    for line in [
        format!("wrote {}/{name}.json (the story)", dir.display()),
        format!("wrote {}/{name}.html (its page)", dir.display()),
        format!(
            "Upload {}/* to {SITE}; the page will be {SITE}{name}.html",
            dir.display()
        ),
    ] {
        assert!(out.stderr.contains(&line), "{line}\n{}", out.stderr);
    }
}

#[test]
fn published_page_has_every_section_title_and_the_widget() {
    let widget = "https://cdn.example.org/journey-story";
    let (out, dir) = publish(SEED_STORY, "publish-widget", &["--widget", widget]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(dir.join("alx-backend-journey.html")).expect("page");
    let text = std::fs::read_to_string(root(SEED_STORY)).expect("seed");
    let story = journey_story::json::parse_story(&text).expect("seed story");
    for section in &story.sections {
        let title = format!("<span class=\"section-title\">{}</span>", section.title);
        assert!(html.contains(&title), "{}", section.title);
    }
    // Every section open, so the text is there without JavaScript.
    assert!(!html.contains("aria-expanded=\"false\""));
    assert!(html.contains(
        "<script type=\"module\" src=\"https://cdn.example.org/journey-story/embed.js\"></script>"
    ));
    let oembed = std::fs::read_to_string(dir.join("alx-backend-journey.oembed.json"));
    let oembed: serde_json::Value = serde_json::from_str(&oembed.expect("oembed")).expect("JSON");
    assert_eq!(
        oembed["provider_url"],
        "https://cdn.example.org/journey-story/"
    );
    let embed = oembed["html"].as_str().expect("html");
    assert!(embed.contains(
        "<iframe src=\"https://cdn.example.org/journey-story/frame.html?src=https%3A%2F%2Fsite.example%2Fjourneys%2Falx-backend-journey.json\""
    ));
}

#[test]
fn publish_escapes_hostile_text_everywhere() {
    let story = r#"{"version": 1,
  "title": "</title><script>alert(1)</script> & \"q\" 'a'",
  "author": {"name": "<img src=x onerror=alert(2)>", "url": "https://a.example/?q=\"><svg/onload=alert(3)>"},
  "summary": "</script><script>alert(4)</script><!--",
  "lang": "en\"><script>alert(5)</script>",
  "sections": [{"title": "<b>bold</b> & co", "body": "<i>text</i>"}]}"#;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("publish-hostile-story");
    std::fs::create_dir_all(&dir).expect("folder");
    // A file name that needs encoding in a URL, and would break an attribute if it were not.
    let path = dir.join("my story&<x>\".json");
    std::fs::write(&path, story).expect("write story");
    let (out, dir) = publish(&path.to_string_lossy(), "publish-hostile", &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(dir.join("my story&<x>\".html")).expect("page");
    let tags = ["<script", "<img", "<svg", "<b>", "<i>", "<!--"];
    let scripts = [
        "<script type=\"application/ld+json\">",
        "<script type=\"module\" src",
    ];
    let mut rest = html.clone();
    for allowed in scripts {
        rest = rest.replacen(allowed, "", 1);
    }
    for tag in tags {
        assert!(!rest.contains(tag), "{tag} in\n{html}");
    }
    assert_eq!(html.matches("</script>").count(), 2, "{html}");
    assert!(html.contains(
        "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; — &lt;img src=x onerror=alert(2)&gt;</title>"
    ));
    assert!(html.contains("<html lang=\"en&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;\">"));
    assert!(html.contains(
        "\"description\": \"\\u003c/script>\\u003cscript>alert(4)\\u003c/script>\\u003c!--\""
    ));
    assert!(html.contains("<journey-story src=\"my%20story%26%3Cx%3E%22.json\">"));
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://site.example/journeys/my%20story%26%3Cx%3E%22.html\">"
    ));
    // The JSON-LD block still reads as the story's text.
    let ld = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .expect("JSON-LD");
    let ld: serde_json::Value =
        serde_json::from_str(ld.split("</script>").next().expect("end")).expect("JSON-LD parses");
    assert_eq!(
        ld["headline"],
        "</title><script>alert(1)</script> & \"q\" 'a'"
    );
    assert_eq!(
        ld["author"]["url"],
        "https://a.example/?q=\"><svg/onload=alert(3)>"
    );

    let oembed = std::fs::read_to_string(dir.join("my story&<x>\".oembed.json")).expect("oembed");
    let oembed: serde_json::Value = serde_json::from_str(&oembed).expect("JSON");
    assert_eq!(
        oembed["title"],
        "</title><script>alert(1)</script> & \"q\" 'a'"
    );
    let embed = oembed["html"].as_str().expect("html");
    assert!(embed.starts_with(
        "<blockquote class=\"journey-story-embed\"><a href=\"https://site.example/journeys/my%20story%26%3Cx%3E%22.html\">&lt;/title&gt;"
    ));
    assert!(embed.contains("</a> by &lt;img src=x onerror=alert(2)&gt;</blockquote>"));
    assert!(embed.contains(
        "?src=https%3A%2F%2Fsite.example%2Fjourneys%2Fmy%2520story%2526%253Cx%253E%2522.json\""
    ));
    for tag in tags {
        assert!(!embed.contains(tag), "{tag} in {embed}");
    }
}

#[test]
fn publish_writes_nothing_for_an_invalid_story() {
    let (out, dir) = publish(
        "tests/golden/check/wrong-version.json",
        "publish-invalid",
        &[],
    );
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("wrong-version.json:2:3: version: version 2 is not supported"),
        "{}",
        out.stderr
    );
    assert!(!dir.exists(), "nothing written, not even the folder");
    let (out, dir) = publish("tests/golden/check/not-json.json", "publish-not-json", &[]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("not-json.json:"), "{}", out.stderr);
    assert!(out.stderr.contains("not valid JSON"), "{}", out.stderr);
    assert!(!dir.exists());
}

#[test]
fn published_page_allows_a_story_over_the_default_size() {
    let body = "word ".repeat(300_000);
    let story = format!(
        r#"{{"version":1,"title":"Big","author":{{"name":"A"}},"sections":[{{"title":"S","body":"{body}"}}]}}"#
    );
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("big-published.json");
    std::fs::write(&path, story).expect("write story");
    let (out, dir) = publish(&path.to_string_lossy(), "publish-big", &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(dir.join("big-published.html")).expect("page");
    assert!(html.contains("<journey-story src=\"big-published.json\" max-size=\"2M\">"));
    let (_, seed) = publish(SEED_STORY, "publish-small", &[]);
    let html = std::fs::read_to_string(seed.join("alx-backend-journey.html")).expect("page");
    assert!(!html.contains("max-size"));
}
