//! Native tests of the section body format: blocks, emphasis, links and hostile input.

use journey_story::model::{Block, Inline, SafeHref, links, parse_body, parse_inline};

fn plain(text: &str) -> Inline {
    Inline {
        text: text.into(),
        bold: false,
        italic: false,
        href: None,
    }
}

#[test]
fn paragraphs_split_at_blank_lines_and_lists_are_recognised() {
    let blocks = parse_body("One\nstill one\n\n  \n- a\n- b\n\nTwo");
    assert_eq!(
        blocks,
        vec![
            Block::Paragraph(vec![plain("One still one")]),
            Block::List(vec![vec![plain("a")], vec![plain("b")]]),
            Block::Paragraph(vec![plain("Two")]),
        ]
    );
    assert!(parse_body("  \n\n ").is_empty());
}

#[test]
fn bold_italic_and_links() {
    let runs = parse_inline("I **built** *APIs* with [Node.js](https://nodejs.org).");
    let styles: Vec<(&str, bool, bool, Option<&str>)> = runs
        .iter()
        .map(|r| {
            (
                r.text.as_str(),
                r.bold,
                r.italic,
                r.href.as_ref().map(SafeHref::as_str),
            )
        })
        .collect();
    assert_eq!(
        styles,
        vec![
            ("I ", false, false, None),
            ("built", true, false, None),
            (" ", false, false, None),
            ("APIs", false, true, None),
            (" with ", false, false, None),
            ("Node.js", false, false, Some("https://nodejs.org")),
            (".", false, false, None),
        ]
    );
}

#[test]
fn nested_emphasis_and_escapes() {
    let runs = parse_inline("**bold *both***");
    assert_eq!(runs[0].text, "bold ");
    assert!(runs[0].bold && !runs[0].italic);
    assert_eq!(runs[1].text, "both");
    assert!(runs[1].bold && runs[1].italic);
    assert_eq!(parse_inline(r"\*not italic\*"), vec![plain("*not italic*")]);
}

#[test]
fn unmatched_or_spaced_markers_stay_literal() {
    for text in [
        "5 * 3 * 2",
        "**open",
        "a *b",
        "[label](",
        "[x]y(z)",
        "* not a list item",
    ] {
        let joined: String = parse_inline(text).into_iter().map(|r| r.text).collect();
        assert_eq!(joined, text);
    }
}

#[test]
fn links_with_other_schemes_render_as_their_words_only() {
    for href in [
        "javascript:alert`1`",
        "JAVASCRIPT:alert`1`",
        "vbscript:msgbox",
        "data:text/html;base64,PHNjcmlwdD4=",
        "jav&#x61;script:alert`1`",
        "java script:alert`1`",
        "/relative",
        "ftp://files.example",
    ] {
        let runs = parse_inline(&format!("see [the docs]({href})"));
        assert!(
            runs.iter().all(|r| r.href.is_none()),
            "{href} became a link"
        );
        let joined: String = runs.into_iter().map(|r| r.text).collect();
        assert_eq!(joined, "see the docs");
    }
}

#[test]
fn hostile_inputs_finish_quickly() {
    // Quadratic scanning would take minutes on these; linear takes milliseconds.
    let big = 200_000;
    for text in [
        "**a ".repeat(big / 4),
        "*a ".repeat(big / 3),
        "[".repeat(big) + "](x",
        "[a](".repeat(big / 4),
        "*".repeat(big),
    ] {
        let start = std::time::Instant::now();
        let joined: String = parse_inline(&text).into_iter().map(|r| r.text).collect();
        assert_eq!(joined.len(), text.len());
        assert!(start.elapsed().as_secs() < 5, "too slow on {}", &text[..8]);
    }
}

#[test]
fn links_are_found_as_the_parser_reads_them() {
    let body = "See [site](https://a.b) and \\[not](x) and **[me](javascript:alert(1))**\n\
                wrapped [over\n  two](/x)\n\n- [item](ftp://i)";
    let got: Vec<(usize, &str, &str)> = links(body)
        .into_iter()
        .map(|l| (l.offset, l.label, l.url))
        .collect();
    assert_eq!(
        got,
        [
            (4, "site", "https://a.b"),
            (44, "me", "javascript:alert(1"),
            (80, "over\n  two", "/x"),
            (100, "item", "ftp://i"),
        ]
    );
    for (offset, ..) in got {
        assert!(body[offset..].starts_with('['));
    }
    // Escaped, unclosed and bracketed labels are not links, as in the parser.
    assert!(links("\\[a](b) [a [b](c [d]e](f)").len() == 1);
}
