# Sourced by the other scripts: puts the project's tools on PATH.
# cargo-installed tools (trunk, wasm-bindgen) and npm-installed ones (wasm-opt from binaryen).
export PATH="$HOME/.cargo/bin:$(pwd)/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The nightly used only for release builds of the wasm (scripts/build-release.sh): it rebuilds
# std for size. Tests, lints and `trunk serve` use the stable toolchain of rust-toolchain.toml.
export RELEASE_NIGHTLY="nightly-2026-05-20"

# Switches this shell's cargo to the release build on the nightly: std is compiled with the
# widget, so it is optimised for size with it and LTO drops what is unused; `immediate-abort`
# turns a panic into a trap without formatting a message, and `fmt-debug=none` and
# `location-detail=none` drop Debug output and panic locations, which no reader sees. A separate
# target folder, because these flags rebuild everything.
use_release_nightly() {
  export RUSTUP_TOOLCHAIN="$RELEASE_NIGHTLY"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
  # Absolute: Trunk runs cargo from the folder of its configuration (www/studio/ for the studio).
  local dir="${CARGO_TARGET_DIR:-target}"
  [[ "$dir" = /* ]] || dir="$PWD/$dir"
  export CARGO_TARGET_DIR="$dir/release-nightly"
}
