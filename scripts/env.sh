# Sourced by the other scripts: puts the project's tools on PATH.
# cargo-installed tools (trunk, wasm-bindgen) and npm-installed ones (wasm-opt from binaryen).
export PATH="$HOME/.cargo/bin:$(pwd)/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
