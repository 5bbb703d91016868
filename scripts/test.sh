#!/usr/bin/env bash
# Sets up (first run only) and runs every check: format, lints (host, wasm32 and WASI), native
# tests, the release build with its size report, the end-to-end tests in headless Chromium, for
# the nightly release build and again for the same widget built on stable.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (host)"
cargo clippy --locked --all-targets --all-features -- -D warnings

step "clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --all-features -- -D warnings
# The widget as Trunk builds it: without the authoring code.
cargo clippy --locked --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings

step "clippy (wasm32-wasip1: the command for Node)"
cargo clippy --locked --target wasm32-wasip1 --bin journey-story -- -D warnings

step "native tests: model, text format, server-rendered HTML, command line"
cargo test --locked --all-features

step "release build (scripts/build-release.sh: trunk build --release on the pinned nightly)"
scripts/build-release.sh

step "download sizes (fails over the ceiling in scripts/sizes.mjs)"
node scripts/sizes.mjs

step "end-to-end tests in headless Chromium"
node --test tests/e2e/

step "the command for Node (npx journey-story) against the native command, over tests/golden/"
node --test tests/node/

# Stable must build the same widget and pass the same tests: only the size differs.
step "release build on stable (scripts/build-release.sh --stable, into target/dist-stable)"
scripts/build-release.sh --stable --dist target/dist-stable

step "download sizes of the stable build"
node scripts/sizes.mjs target/dist-stable

step "end-to-end tests in headless Chromium, stable build"
JOURNEY_DIST=target/dist-stable/ node --test tests/e2e/
