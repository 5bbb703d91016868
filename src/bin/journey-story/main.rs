//! The `journey-story` command: import blog posts as stories, check and render story files, and
//! link and publish them for sites, natively, with the widget's own rules.

#[cfg(not(browser))]
mod args;
#[cfg(not(browser))]
mod check;
#[cfg(not(browser))]
mod cli;
#[cfg(not(browser))]
mod error;
#[cfg(not(browser))]
mod flags;
#[cfg(not(browser))]
mod import;
#[cfg(not(browser))]
mod io;
#[cfg(not(browser))]
mod link;
#[cfg(not(browser))]
mod publish;
#[cfg(not(browser))]
mod render;
#[cfg(not(browser))]
mod site;
#[cfg(not(browser))]
mod story_file;

#[cfg(not(browser))]
fn main() -> std::process::ExitCode {
    // Under Node (the npm package's `bin`, `www/cli/journey-story.mjs`), WASI starts in `/`,
    // where the host's whole file system is mapped; the launcher passes its working directory
    // so that relative paths mean what they mean to the native command.
    #[cfg(target_os = "wasi")]
    if let Some(dir) = std::env::var_os("PWD") {
        let _ = std::env::set_current_dir(dir);
    }
    cli::run(std::env::args_os().skip(1).collect())
}

// Trunk builds every target of the package for the browser; the command has nothing to do there.
#[cfg(browser)]
fn main() {}
