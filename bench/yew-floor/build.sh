#!/usr/bin/env bash
# bench/yew-floor/build.sh: builds the minimal Yew app in this folder for release, on stable and
# on the release nightly with the widget's flags (scripts/env.sh), through wasm-bindgen and
# wasm-opt with the flags in index.html, and prints its download size with scripts/sizes.mjs,
# next to the widget's loader and CSS (those ship with any Yew renderer). Not part of the test
# command.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root" && source scripts/env.sh && cd "$here"
flags=$(grep -o 'data-wasm-opt-params="[^"]*"' "$root/index.html" | sed 's/^[^"]*"//; s/"$//')
base="${CARGO_TARGET_DIR:-$root/target}/yew-floor"

build() { # $1: stable | nightly
  (
    export CARGO_TARGET_DIR="$base"
    if [ "$1" = nightly ]; then use_release_nightly; fi
    cargo build --release --locked --quiet --target wasm32-unknown-unknown
    out="$base/out-$1"
    rm -rf "$out" && mkdir -p "$out"
    # Named like the widget's files, beside its loader and CSS, so sizes.mjs measures the same set.
    wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name journey-story \
      "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/yew_floor.wasm"
    # shellcheck disable=SC2086
    wasm-opt -Oz $flags "$out/journey-story_bg.wasm" -o "$out/journey-story_bg.wasm"
    cp "$root/www/embed.js" "$root/www/journey-story.css" "$out/"
    echo
    echo "$1 build of the minimal Yew app (KB = 1,024 bytes; the budget is 64 KB gzip):"
    node "$root/scripts/sizes.mjs" "$out"
  )
}

build stable
build nightly
