//! The `journey-story` command: check and render story files, natively, with the widget's rules.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run(std::env::args().skip(1).collect())
}

// Trunk builds every target of the package for wasm32; the command has nothing to do there.
#[cfg(target_arch = "wasm32")]
fn main() {}
