#!/usr/bin/env bash
# Builds dist/ for release with `trunk build --release`, on the pinned nightly (RELEASE_NIGHTLY in
# scripts/env.sh) with std rebuilt for size: 17 KB gzip less than stable, the same code. First
# the command line is built for WASI on stable (the npm package's `bin` runs it under Node);
# Trunk's post-build hook puts it in dist/cli/. Then the studio (www/studio/), then the widget,
# whose post-build hook copies the studio into dist/studio/.
#   --stable   build on the stable toolchain of rust-toolchain.toml instead (no unstable flags)
# Other arguments go to `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

args=()
stable=0
for arg in "$@"; do
  if [ "$arg" = --stable ]; then stable=1; else args+=("$arg"); fi
done

cargo build --locked --release --target wasm32-wasip1 --bin journey-story
export JOURNEY_CLI_WASM="$PWD/target/wasm32-wasip1/release/journey-story.wasm"

[ "$stable" = 1 ] || use_release_nightly
# The studio first: the widget's post-build hook copies it into dist/studio/.
studio_dist="${CARGO_TARGET_DIR:-target}/studio"
[[ "$studio_dist" = /* ]] || studio_dist="$PWD/$studio_dist"
export JOURNEY_STUDIO_DIST="$studio_dist"
trunk build --release --config www/studio/Trunk.toml --dist "$JOURNEY_STUDIO_DIST"
exec trunk build --release "${args[@]}"
