//! Growth tests: every reader of untrusted input does work and allocates memory in proportion
//! to the input, never faster. Each case runs an adversarial input at n, 2n, 4n and 8n and
//! requires the cost per doubling to stay under about 2.5× (a quadratic step shows 4×).
//!
//! Time is the best of several runs (the least disturbed by the rest of the machine); memory is
//! the bytes allocated on this thread, counted exactly by a wrapping allocator. The command line
//! is measured as a process, on inputs large enough that starting it is noise.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use journey_story::json::{parse_story, parse_value};
use journey_story::model::{Story, Value, limits, links, parse_body};
use journey_story::options::{OpenPolicy, Theme};
use journey_story::render::render_story;

struct Counting;

thread_local! {
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: allocations while a thread is torn down are simply not counted.
        let _ = ALLOCATED.try_with(|a| a.set(a.get() + layout.size() as u64));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATED.try_with(|a| a.set(a.get() + new_size as u64));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The largest cost ratio allowed per doubling, on average over the three doublings (the cube
/// root of cost(8n) / cost(n)): linear work shows about 2, quadratic work 4.
const PER_DOUBLING: f64 = 2.5;

/// Cases run one at a time: the test harness runs tests in parallel, and a neighbour's work
/// would share the caches and the memory bus with the case being timed.
static TIMING: Mutex<()> = Mutex::new(());

/// Rounds over all four sizes; each size keeps its best time. Interleaving the sizes spreads
/// a passing disturbance of the machine over all of them instead of one.
const ROUNDS: usize = 5;

/// Runs `work` on `make(n)` for n, 2n, 4n, 8n; checks time and allocation growth.
fn assert_linear<T>(name: &str, n: usize, make: impl Fn(usize) -> T, work: impl Fn(&T)) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let inputs: Vec<T> = (0..4).map(|k| make(n << k)).collect();
    let bytes: Vec<f64> = inputs
        .iter()
        .map(|input| {
            work(input); // warm-up: page faults, lazy initialisation
            let before = ALLOCATED.with(Cell::get);
            work(input);
            (ALLOCATED.with(Cell::get) - before) as f64
        })
        .collect();
    check_growth(name, "allocated bytes", &bytes);
    let mut best = [Duration::MAX; 4];
    // A busy machine can slow one size more than another; quadratic work fails every attempt.
    for attempt in 1..=ATTEMPTS {
        for _ in 0..ROUNDS {
            for (input, best) in inputs.iter().zip(&mut best) {
                let start = Instant::now();
                work(input);
                *best = (*best).min(start.elapsed());
            }
        }
        let times: Vec<f64> = best.iter().map(Duration::as_secs_f64).collect();
        if attempt == ATTEMPTS || growth(&times) < PER_DOUBLING {
            return check_growth(name, "time", &times);
        }
    }
}

/// Measurements (each the best so far) are retried this many times before a verdict.
const ATTEMPTS: usize = 4;

/// The mean cost ratio per doubling over n, 2n, 4n, 8n.
fn growth(costs: &[f64]) -> f64 {
    (costs[3] / costs[0].max(1e-9)).cbrt()
}

fn check_growth(name: &str, what: &str, costs: &[f64]) {
    let ratios: Vec<f64> = costs.windows(2).map(|w| w[1] / w[0].max(1e-9)).collect();
    let mean = growth(costs);
    println!("growth {name}: {what} ×{ratios:.2?} per doubling (mean ×{mean:.2})");
    assert!(
        mean < PER_DOUBLING,
        "{name}: {what} grows faster than linear: {costs:?} (×{ratios:.2?} per doubling)"
    );
}

/// A valid story around `sections`.
fn story_json(sections: &str) -> String {
    format!(r#"{{"version":1,"title":"T","author":{{"name":"A"}},"sections":[{sections}]}}"#)
}

fn repeated_sections(n: usize, section: &str) -> String {
    story_json(&vec![section; n].join(","))
}

// The body format, on the storms a hostile author can write.

#[test]
fn body_with_link_marks_that_never_close() {
    // The issue's case: `[]](` repeated, then one `)` at the very end.
    assert_linear(
        "[]]( storm",
        80_000,
        |n| format!("{})", "[]](".repeat(n)),
        |s| {
            parse_body(s);
        },
    );
    assert_linear(
        "[ storm",
        160_000,
        |n| "[".repeat(n),
        |s| {
            parse_body(s);
        },
    );
    assert_linear(
        "]( storm",
        160_000,
        |n| format!("[{}", "](".repeat(n)),
        |s| {
            parse_body(s);
        },
    );
    assert_linear(
        "[a]( storm",
        80_000,
        |n| format!("{})", "[a](".repeat(n)),
        |s| {
            parse_body(s);
        },
    );
}

/// `links` (what `check` warns about) runs the body parser and maps each link back into the
/// body: the same storms, plus many links in one paragraph wrapped over many lines.
#[test]
fn link_scanner_on_link_storms() {
    let scan = |s: &String| {
        links(s);
    };
    assert_linear(
        "links: []]( storm",
        40_000,
        |n| format!("{})", "[]](".repeat(n)),
        scan,
    );
    assert_linear(
        "links: [a]( storm",
        40_000,
        |n| format!("{})", "[a](".repeat(n)),
        scan,
    );
    // Many links in one paragraph wrapped over many lines: each is mapped back into the body.
    assert_linear(
        "links: wrapped paragraph",
        10_000,
        |n| "[a\nb](ftp://x)\n".repeat(n),
        scan,
    );
}

#[test]
fn body_with_emphasis_storms() {
    for (name, unit) in [
        ("* storm", "*a "),
        ("** storm", "**a "),
        ("*** storm", "***"),
        ("mixed emphasis", "**a *b "),
        ("unclosed nesting", "*a **b [c "),
        ("escapes", "\\*\\[\\]"),
    ] {
        assert_linear(
            name,
            40_000,
            |n| unit.repeat(n),
            |s| {
                parse_body(s);
            },
        );
    }
}

#[test]
fn body_with_many_list_items_links_and_paragraphs() {
    assert_linear(
        "list items",
        12_500,
        |n| "- item *x*\n".repeat(n),
        |s| {
            parse_body(s);
        },
    );
    assert_linear(
        "links",
        2_500,
        |n| "[a link](https://example.org/x) ".repeat(n),
        |s| {
            parse_body(s);
        },
    );
    assert_linear(
        "paragraphs",
        12_500,
        |n| "Words **bold**.\n\n".repeat(n),
        |s| {
            parse_body(s);
        },
    );
}

// Validation and ids.

#[test]
fn sections_with_one_title_get_ids_in_linear_time() {
    assert_linear(
        "same title",
        1_000,
        |n| {
            let doc = repeated_sections(n, r#"{"title":"a","body":"x"}"#);
            parse_value(&doc).unwrap()
        },
        |v: &Value| {
            Story::from_value(v).unwrap();
        },
    );
    // Explicit ids that take the suffixes derived ids would reach for.
    assert_linear(
        "ids colliding with derived ones",
        500,
        |n| {
            let explicit =
                (2..n + 2).map(|i| format!(r#"{{"id":"a-{i}","title":"x","body":"x"}}"#));
            let derived = (0..n).map(|_| r#"{"title":"a","body":"x"}"#.to_owned());
            let doc = story_json(&explicit.chain(derived).collect::<Vec<_>>().join(","));
            parse_value(&doc).unwrap()
        },
        |v: &Value| {
            Story::from_value(v).unwrap();
        },
    );
}

#[test]
fn parsing_and_validating_a_whole_story() {
    let section = r#"{"title":"Section","status":"done","period":"2022","body":"A **b** [c](https://e.org)\n\n- d","highlights":["h"],"skills":["s"]}"#;
    assert_linear(
        "sections",
        600,
        |n| repeated_sections(n, section),
        |s| {
            parse_story(s).unwrap();
        },
    );
    assert_linear(
        "keys in an ignored object",
        16_000,
        |n| {
            let keys: Vec<String> = (0..n).map(|i| format!(r#""k{i}":[{i}]"#)).collect();
            story_json(&format!(
                r#"{{"title":"a","body":"b","extra":{{{}}}}}"#,
                keys.join(",")
            ))
        },
        |s| {
            parse_story(s).unwrap();
        },
    );
}

#[test]
fn nesting_is_refused_at_the_limit_whatever_the_depth() {
    // An ignored field nested deeper than the limit, and a used one.
    for (name, field) in [("ignored", "extra"), ("used", "title")] {
        let deep = |n: usize| {
            let nested = format!("{}{}", "[".repeat(n), "]".repeat(n));
            story_json(&format!(r#"{{"{field}":{nested},"title":"a","body":"b"}}"#))
        };
        let error = parse_story(&deep(200_000)).unwrap_err().to_string();
        assert!(error.contains("nested deeper than 64 levels"), "{error}");
        assert!(
            error.starts_with(&format!("sections[0].{field}[0]")),
            "{error}"
        );
        assert_linear(&format!("deep {name} field"), 20_000, deep, |s| {
            parse_story(s).unwrap_err();
        });
    }
    // Objects in objects, just inside and just past the limit (the story is level 1).
    let objects = |depth: usize| {
        let inner = format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
        story_json(&format!(r#"{{"title":"a","body":"b","x":{inner}}}"#))
    };
    let at_limit = limits::MAX_DEPTH - 3;
    assert!(parse_story(&objects(at_limit)).is_ok());
    let error = parse_story(&objects(at_limit + 1)).unwrap_err().to_string();
    assert!(error.contains("nested deeper than 64"), "{error}");
}

#[test]
fn too_many_sections_is_one_clear_error() {
    let doc = repeated_sections(limits::MAX_SECTIONS + 1, r#"{"title":"a","body":"b"}"#);
    let error = parse_story(&doc).unwrap_err().to_string();
    assert_eq!(
        error,
        "sections: 10001 sections; a story may have at most 10000"
    );
    let doc = repeated_sections(limits::MAX_SECTIONS, r#"{"title":"a","body":"b"}"#);
    assert_eq!(parse_story(&doc).unwrap().sections.len(), 10_000);
}

// Server rendering (the `render` command and the no-JavaScript snippet).

#[test]
fn rendering_grows_linearly() {
    assert_linear(
        "render",
        250,
        |n| {
            parse_story(&repeated_sections(
                n,
                r#"{"title":"a","body":"*b* [c](https://e.org)","highlights":["h"]}"#,
            ))
            .unwrap()
        },
        |story| {
            render_story(story.clone(), OpenPolicy::First, Theme::Auto);
        },
    );
}

// The command line, as a process.

/// The best of three wall times of `journey-story ARGS` with `input` on standard input.
fn cli_time(args: &[&str], input: &str) -> f64 {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let mut child = Command::new(env!("CARGO_BIN_EXE_journey-story"))
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start journey-story");
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
            child.wait().unwrap();
            start.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn assert_cli_linear(name: &str, args: &[&str], n: usize, make: impl Fn(usize) -> String) {
    let inputs: Vec<String> = (0..4).map(|k| make(n << k)).collect();
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let mut times = vec![f64::MAX; 4];
    for attempt in 1..=ATTEMPTS {
        for (input, best) in inputs.iter().zip(&mut times) {
            *best = best.min(cli_time(args, input));
        }
        if attempt == ATTEMPTS || growth(&times) < PER_DOUBLING {
            break;
        }
    }
    check_growth(name, "time", &times);
}

#[test]
fn check_collects_every_error_in_linear_time() {
    // Every section wrong in two ways, so every error is collected and reported.
    assert_cli_linear("check, errors everywhere", &["check", "-"], 1_000, |n| {
        repeated_sections(n, r#"{"title":3,"body":null,"status":"won"}"#)
    });
    // One long body mis-decoded all through: each warning is located in the same string.
    assert_cli_linear("check, mojibake in one body", &["check", "-"], 5_000, |n| {
        repeated_sections(
            1,
            &format!(r#"{{"title":"S","body":"{}"}}"#, "â€“ ".repeat(n)),
        )
    });
    assert_cli_linear("check, warnings everywhere", &["check", "-"], 1_000, |n| {
        repeated_sections(
            n,
            r#"{"title":"Notes","id":"notes","body":"[x](ftp://a) â€“"}"#,
        )
        .replacen(r#""id":"notes","#, "", n - 1)
    });
}

#[test]
fn import_reads_long_and_deep_posts_in_linear_time() {
    let import = ["import", "-", "--author", "A"];
    assert_cli_linear("import markdown sections", &import, 500, |n| {
        let mut post = "# Title\n\n".to_owned();
        for i in 0..n {
            post.push_str(&format!(
                "## Part {i}\n\nSome *text* [a](https://e.org).\n\n- x\n- y\n\n"
            ));
        }
        post
    });
    assert_cli_linear("import nested quotes", &import, 2_000, |n| {
        format!("# T\n\n## S\n\n{} deep\n", ">".repeat(n))
    });
    // Each `- ` on one line opens a list inside the one before.
    assert_cli_linear("import nested lists", &import, 2_000, |n| {
        format!("# T\n\n## S\n\n{}item\n", "- ".repeat(n))
    });
    assert_cli_linear(
        "import plain text",
        &["import", "-", "--format", "text", "--author", "A"],
        1_000,
        |n| {
            let mut post = "My Journey\n\n".to_owned();
            for i in 0..n {
                post.push_str(&format!(
                    "Part {i}\nA wrapped line of text,\nand its end.\n\n"
                ));
            }
            post
        },
    );
    // Every key is parsed, located and noted: YAML and TOML front matter of many keys.
    assert_cli_linear("import YAML front matter", &import, 1_000, |n| {
        let keys: String = (0..n)
            .map(|i| format!("key{i}: \"a: {i}\"\ntags{i}:\n  - x\n  - y\n"))
            .collect();
        format!("---\n{keys}---\n# T\n\n## S\n\nText.\n")
    });
    assert_cli_linear("import TOML front matter", &import, 1_000, |n| {
        let keys: String = (0..n)
            .map(|i| format!("key{i} = \"a: {i}\"\ntags{i} = [\"x\", \"y\"]\n"))
            .collect();
        format!("+++\n{keys}+++\n# T\n\n## S\n\nText.\n")
    });
    assert_cli_linear("import mojibake", &import, 20_000, |n| {
        format!("# T\n\n## S\n\n{}\n", "â€“ â€™ ".repeat(n))
    });
}

#[test]
fn import_reads_html_pages_in_linear_time() {
    let import = ["import", "-", "--format", "html", "--author", "A"];
    // Paragraphs with emphasis, links and images, each remarked, in many sections.
    assert_cli_linear("import html paragraphs", &import, 500, |n| {
        let mut page = "<!doctype html><article><h1>T</h1>".to_owned();
        for i in 0..n {
            if i % 10 == 0 {
                page.push_str(&format!("<h2>Part {i}</h2>"));
            }
            page.push_str("<p>Some <b>bold <i>text</i></b> <a href=/x>a</a> <img alt=pic></p>\n");
        }
        page
    });
    // One long line: every remark's column is counted on the same line.
    assert_cli_linear("import html on one line", &import, 500, |n| {
        format!(
            "<article><h1>T</h1><h2>S</h2>{}</article>",
            "<p>x <img alt=a> <pre>c</pre></p>".repeat(n)
        )
    });
    // Emphasis left open on every paragraph: html5ever reopens what it can, within its limits.
    assert_cli_linear("import html unclosed emphasis", &import, 500, |n| {
        format!(
            "<article><h1>T</h1><h2>S</h2>{}</article>",
            "<p><b>x ".repeat(n)
        )
    });
    // Tags that never close, an element within the one before. Past 512 levels the page is
    // refused (html::tree::MAX_NESTING): html5ever scans its stack of open elements on many
    // start tags, which made 32,000 nested <div>s take 22 s before the limit.
    assert_cli_linear("import html nested spans", &import, 500, |n| {
        format!(
            "<article><h1>T</h1><h2>S</h2><p>{}deep</p></article>",
            "<span>".repeat(n)
        )
    });
    assert_cli_linear("import html nested divs", &import, 4_000, |n| {
        format!(
            "<article><h1>T</h1><h2>S</h2>{}<p>deep</p>{}</article>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    });
}
