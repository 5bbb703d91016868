//! The layering the README and `src/lib.rs` describe, checked on the imports: each layer of the
//! library uses only the layers before it, so the model stays free of the interface and the web.

use std::path::Path;

/// The library's layers in order, by module path under `src/`. `embed` (the glue) may use them
/// all. `author` (import and check, for the command and the studio) reads JSON (`json`) and
/// never reaches the session or the view; `render` (server rendering of the view) comes after
/// the view, and the studio's state and components after everything they use.
const LAYERS: [&str; 9] = [
    "model", "options", "i18n", "json", "author", "session", "view", "render", "studio",
];

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source is UTF-8");
            out.push((path.display().to_string(), text));
        }
    }
}

/// The layer a source file belongs to, if it is one of `LAYERS`.
fn layer_of(file: &str, src: &str) -> Option<usize> {
    let rel = file.strip_prefix(src)?.trim_start_matches('/');
    let top = rel.split(['/', '.']).next()?;
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn each_layer_imports_only_the_layers_before_it() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut files = Vec::new();
    sources(Path::new(src), &mut files);
    let mut checked = 0;
    for (file, text) in &files {
        let Some(layer) = layer_of(file, src) else {
            continue;
        };
        checked += 1;
        // Doc comments may name other layers; code may not use them.
        let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
        for line in code {
            for (at, _) in line.match_indices("crate::") {
                let used = line[at + "crate::".len()..]
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .next()
                    .unwrap_or_default();
                if let Some(other) = LAYERS.iter().position(|l| *l == used) {
                    assert!(
                        other <= layer,
                        "{file}: the {} layer uses `crate::{used}`, a later layer: {line}",
                        LAYERS[layer]
                    );
                } else {
                    panic!(
                        "{file}: the {} layer uses `crate::{used}`: {line}",
                        LAYERS[layer]
                    );
                }
            }
        }
    }
    assert!(
        checked >= 20,
        "found only {checked} layer files under {src}"
    );
}
