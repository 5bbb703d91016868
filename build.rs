//! Names the one platform split the code makes: `cfg(browser)` is the widget's and the studio's
//! target (wasm32-unknown-unknown, with wasm-bindgen); everything else, native and the WASI
//! build of the command that the npm package runs under Node, is a command-line platform.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(browser)");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if arch == "wasm32" && os == "unknown" {
        println!("cargo::rustc-cfg=browser");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
