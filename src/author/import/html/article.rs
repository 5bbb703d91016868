//! Where the post is on the page, and what is not the post: the article is the longest
//! `<article>`, else `<main>`, else the largest block of text; navigation, footers, asides,
//! scripts, styles, forms, buttons, share buttons, bylines and comments are left out wherever
//! they are (by element, ARIA role, or a class, id or label word such as `share`, `social`,
//! `comments`, `byline`).

use super::tree::{Dom, Id, Kind};

/// Why an element is left out, as a remark names it, or `None` to read it.
pub fn left_out(dom: &Dom, id: Id) -> Option<&'static str> {
    let name = dom.name(id)?;
    let by_name = match name {
        "nav" => Some("navigation"),
        "footer" => Some("footer"),
        "aside" => Some("aside"),
        "script" => Some("script"),
        "style" | "link" => Some("style"),
        "form" => Some("form"),
        "button" => Some("button"),
        "input" | "select" | "textarea" => Some("form field"),
        "noscript" => Some("noscript fallback"),
        "template" => Some("template"),
        "svg" | "canvas" | "math" => Some("drawing"),
        "head" => Some("head"),
        "dialog" => Some("dialog"),
        _ => None,
    };
    if by_name.is_some() {
        return by_name;
    }
    if dom.attr(id, "hidden").is_some() || dom.attr(id, "aria-hidden") == Some("true") {
        return Some("hidden element");
    }
    let by_role = match dom.attr(id, "role").map(str::to_ascii_lowercase).as_deref() {
        Some("navigation") => Some("navigation"),
        Some("contentinfo") => Some("footer"),
        Some("complementary") => Some("aside"),
        Some("search") => Some("search form"),
        _ => None,
    };
    if by_role.is_some() {
        return by_role;
    }
    // Share bars and comment sections are plain <div>s or <section>s: only their names say.
    let named = ["class", "id", "aria-label"]
        .iter()
        .filter_map(|key| dom.attr(id, key))
        .flat_map(|value| value.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_ascii_lowercase);
    for word in named {
        match word.as_str() {
            "share" | "sharing" | "sharedaddy" | "social" => return Some("share buttons"),
            "comment" | "comments" | "disqus" => return Some("comments"),
            // Bylines repeat the author and date, which the story shows from metadata.
            "byline" | "author" | "meta" => return Some("byline"),
            _ => {}
        }
    }
    None
}

/// Page headers: left out around the article; inside it only their headings are read.
pub fn is_header(dom: &Dom, id: Id) -> bool {
    dom.name(id) == Some("header") || dom.attr(id, "role") == Some("banner")
}

/// The element read as the post, how it was chosen (for the remark), and what was left out
/// around it.
pub struct Choice {
    pub root: Id,
    pub how: &'static str,
    pub around: Vec<&'static str>,
}

/// Block elements whose text is the post's text, for finding the largest block.
const TEXT_BLOCKS: [&str; 14] = [
    "p",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "table",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// The share of the page's block text the chosen block must hold: the deepest element that
/// holds this much is the post, so a post split into `<section>`s is read whole.
const LARGEST_SHARE: f64 = 0.8;

pub fn choose(dom: &Dom) -> Choice {
    let n = dom.len();
    // Text lengths of each subtree without the parts left out: `all` counts every character,
    // `block` only those in text blocks (and loose text), for the largest-block rule.
    let mut all = vec![0usize; n];
    let mut block = vec![0usize; n];
    let mut articles = Vec::new();
    let mut mains = Vec::new();
    let mut body = None;
    // Post-order without recursion: a node is finished when popped the second time.
    let mut stack = vec![(Dom::DOCUMENT, false)];
    while let Some((id, done)) = stack.pop() {
        if left_out(dom, id).is_some() {
            continue;
        }
        if !done {
            stack.push((id, true));
            stack.extend(dom.children_rev(id).map(|c| (c, false)));
            match dom.name(id) {
                Some("article") => articles.push(id),
                Some("main") => mains.push(id),
                Some(_) if dom.attr(id, "role") == Some("main") => mains.push(id),
                Some("body") => body = body.or(Some(id)),
                _ => {}
            }
            continue;
        }
        if let Kind::Text(text) = &dom.node(id).kind {
            let len = text.trim().len();
            (all[id], block[id]) = (len, len);
        } else {
            for c in dom.children(id) {
                all[id] += all[c];
                block[id] += block[c];
            }
            if dom.name(id).is_some_and(|name| TEXT_BLOCKS.contains(&name)) {
                block[id] = all[id];
            } else if is_header(dom, id) {
                // A site's name and tagline are not the post, however long.
                block[id] = 0;
            }
        }
    }
    let longest = |ids: &[Id]| {
        ids.iter()
            .copied()
            .max_by_key(|&id| (all[id], usize::MAX - id))
    };
    let (root, how) = if let Some(article) = longest(&articles) {
        (article, "article")
    } else if let Some(main) = longest(&mains) {
        (main, "main")
    } else {
        let body = body.unwrap_or(Dom::DOCUMENT);
        let need = (block[body] as f64 * LARGEST_SHARE).ceil() as usize;
        let mut at = body;
        while let Some(child) = dom
            .children(at)
            .find(|&c| dom.name(c).is_some() && block[c] >= need.max(1))
        {
            at = child;
        }
        (at, "largest")
    };
    Choice {
        root,
        how,
        around: around(dom, root),
    }
}

/// The kinds of things left out around `root`, in the order they first appear.
fn around(dom: &Dom, root: Id) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    let mut stack = vec![Dom::DOCUMENT];
    while let Some(id) = stack.pop() {
        if id == root {
            continue;
        }
        let kind = left_out(dom, id).or_else(|| is_header(dom, id).then_some("header"));
        match kind {
            Some("script" | "style" | "head" | "hidden element" | "template") => {}
            Some(kind) => {
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
            None => stack.extend(dom.children_rev(id)),
        }
    }
    kinds
}

/// An element as a remark names it: `<div class="entry-content">`.
pub fn describe(dom: &Dom, id: Id) -> String {
    let name = dom.name(id).unwrap_or("document");
    match (dom.attr(id, "id"), dom.attr(id, "class")) {
        (Some(v), _) if !v.trim().is_empty() => format!("<{name} id=\"{}\">", v.trim()),
        (_, Some(v)) if !v.trim().is_empty() => format!("<{name} class=\"{}\">", v.trim()),
        _ => format!("<{name}>"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::parse;
    use super::*;

    fn chosen(html: &str) -> (String, &'static str, Vec<&'static str>) {
        let dom = parse(html).expect("shallow");
        let c = choose(&dom);
        (describe(&dom, c.root), c.how, c.around)
    }

    #[test]
    fn the_longest_article_then_main_then_the_largest_block() {
        let (root, how, around) = chosen(
            "<nav>Menu</nav><article id=a>short</article><article id=b>much longer text</article>\
             <div class=comments><article>a much much longer comment here</article></div>",
        );
        assert_eq!((root.as_str(), how), ("<article id=\"b\">", "article"));
        assert_eq!(around, ["navigation", "comments"]);
        let (root, how, _) = chosen("<header>Site</header><main><p>Text</p></main>");
        assert_eq!((root.as_str(), how), ("<main>", "main"));
        let (root, how, around) = chosen(
            "<header>Site name and a long tagline</header><div class=wrap><div class=post>\
             <section><p>One paragraph of the post.</p></section><section><p>Another \
             paragraph of it.</p></section></div><div class=share-bar>Share this</div></div>",
        );
        assert_eq!((root.as_str(), how), ("<div class=\"post\">", "largest"));
        assert_eq!(around, ["header", "share buttons"]);
    }

    #[test]
    fn share_and_comment_names_are_whole_words() {
        let dom =
            parse("<div class='x-share'>a</div><div id=commentary-box>b</div>").expect("shallow");
        let divs: Vec<Id> = (0..dom.len())
            .filter(|&i| dom.name(i) == Some("div"))
            .collect();
        assert_eq!(left_out(&dom, divs[0]), Some("share buttons"));
        assert_eq!(left_out(&dom, divs[1]), None);
    }
}
