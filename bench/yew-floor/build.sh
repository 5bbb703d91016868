#!/usr/bin/env bash
# bench/yew-floor/build.sh: builds the minimal Yew app in this folder for release, on stable and
# on the release nightly with the widget's flags (scripts/env.sh), through wasm-bindgen and
# wasm-opt with the flags in index.html, and prints its download size next to the widget's
# loader and CSS in dist/ (those ship with any Yew renderer). Not part of the test command.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root" && source scripts/env.sh && cd "$here"
flags=$(grep -o 'data-wasm-opt-params="[^"]*"' "$root/index.html" | sed 's/^[^"]*"//; s/"$//')
base="${CARGO_TARGET_DIR:-$root/target}/yew-floor"

gz() { gzip -9c "$1" | wc -c; }
br() {
  node -e "const z=require('zlib');const d=require('fs').readFileSync(process.argv[1]);
console.log(z.brotliCompressSync(d,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)" "$1"
}
row() { printf '%-22s %9d %9d %9d\n' "$1" "$(wc -c <"$2")" "$(gz "$2")" "$(br "$2")"; }

build() { # $1: stable | nightly
  (
    export CARGO_TARGET_DIR="$base"
    if [ "$1" = nightly ]; then use_release_nightly; fi
    cargo build --release --locked --quiet --target wasm32-unknown-unknown
    out="$base/out-$1"
    rm -rf "$out" && mkdir -p "$out"
    wasm-bindgen --target web --no-typescript --out-dir "$out" \
      "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/yew_floor.wasm"
    # shellcheck disable=SC2086
    wasm-opt -Oz $flags "$out/yew_floor_bg.wasm" -o "$out/yew_floor_bg.wasm"
    printf '\n%s build               raw B    gzip B  brotli B\n' "$1"
    row wasm "$out/yew_floor_bg.wasm"
    row "JS glue" "$out/yew_floor.js"
    total=$(($(gz "$out/yew_floor_bg.wasm") + $(gz "$out/yew_floor.js")))
    kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
    echo "Yew app, wasm + glue: $(kb "$total") gzip"
    if [ -f "$root/dist/embed.js" ]; then
      total=$((total + $(gz "$root/dist/embed.js") + $(gz "$root/dist/journey-story.css")))
      echo "with the widget's embed.js and CSS: $(kb "$total") gzip (the budget is 64 KB)"
    fi
  )
}

build stable
build nightly
