#!/usr/bin/env bash
# Sets up (first run only) and runs every check: format, lints (host and wasm32), native tests,
# the release build with its size report, and the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (host)"
cargo clippy --locked --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "native tests: model, text format, server-rendered HTML, command line"
cargo test --locked

step "release build (trunk build --release)"
trunk build --release

step "download sizes"
node scripts/sizes.mjs

step "end-to-end tests in headless Chromium"
node --test tests/e2e/
