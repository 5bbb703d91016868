#!/usr/bin/env bash
# bench/names-build.sh: builds journey-story from the committed HEAD with the wasm name section
# kept, into bench/.build/dist-names/, so CPU profiles name Rust functions instead of
# wasm-function[N]. Same code and optimisation as Trunk's release build (cargo --release, then
# wasm-bindgen, then wasm-opt -Oz with the flags in index.html), plus wasm-opt -g. Optional: the
# benchmark uses it for its CPU profiles when it exists. Cargo output goes to CARGO_TARGET_DIR
# (default /work/target-bench), never to the project's target/.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
target="${CARGO_TARGET_DIR:-/work/target-bench}"
src="$target/names-src"
out="$bench/.build/dist-names"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

rm -rf "$src" "$out"
mkdir -p "$src" "$out"
git -C "$root" archive HEAD | tar -x -C "$src"
# The release build's toolchain and flags (scripts/env.sh), into "$target/release-nightly".
(cd "$src" && source scripts/env.sh && export CARGO_TARGET_DIR="$target" && use_release_nightly \
  && nice cargo build --release --locked --lib --target wasm32-unknown-unknown)
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name journey-story \
  "$target/release-nightly/wasm32-unknown-unknown/release/journey_story.wasm"
flags=$(grep -o 'data-wasm-opt-params="[^"]*"' "$src/index.html" | sed 's/^[^"]*"//; s/"$//')
# shellcheck disable=SC2086
nice wasm-opt -Oz -g $flags "$out/journey-story_bg.wasm" -o "$out/journey-story_bg.wasm"
cp "$src/www/embed.js" "$src/www/journey-story.css" "$out/"
git -C "$root" rev-parse --short HEAD >"$out/COMMIT"
echo "names build of $(cat "$out/COMMIT") in $out"
