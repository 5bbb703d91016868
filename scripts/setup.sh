#!/usr/bin/env bash
# Installs everything journey-story needs on a fresh Debian machine, skipping whatever is
# already present at the right version, so running it again is quick.
#   - Debian: chromium + chromium-driver (end-to-end tests), node + npm if missing
#   - Rust: the toolchain and wasm32 target pinned in rust-toolchain.toml, and the nightly that
#     release builds use (RELEASE_NIGHTLY in scripts/env.sh) with the std sources it rebuilds
#   - trunk (pinned), wasm-bindgen-cli (exactly the wasm-bindgen version in Cargo.lock)
#   - npm: binaryen (a wasm-opt that reads current wasm-bindgen output), playwright-core,
#     axe-core, html-validate (the page `journey-story publish` writes)
#   - every crate, the nightly std's own included, fetched ahead because Trunk builds offline
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.22.1
say() { printf '\n== setup: %s\n' "$*"; }

apt_missing=()
command -v chromium >/dev/null || apt_missing+=(chromium)
command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
command -v node >/dev/null || apt_missing+=(nodejs)
command -v npm >/dev/null || apt_missing+=(npm)
if ((${#apt_missing[@]})); then
  say "apt-get install ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

# rustup reads rust-toolchain.toml and installs the pinned toolchain, components and target.
rustup toolchain install >/dev/null
if ! rustup run "$RELEASE_NIGHTLY" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --toolchain "$RELEASE_NIGHTLY" --installed | grep -q '^rust-src'; then
  say "rustup toolchain install $RELEASE_NIGHTLY (release builds only)"
  rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (compiles for about 20 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the library exactly. Its own lockfile pins a crate the registry
# no longer has, so it is installed without --locked.
WASM_BINDGEN=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

cargo fetch --locked --quiet
# The release build compiles std from the nightly's sources, and Trunk runs cargo offline, so
# std's own dependencies are fetched here too.
sysroot=$(rustup run "$RELEASE_NIGHTLY" rustc --print sysroot)
rustup run "$RELEASE_NIGHTLY" cargo fetch --locked --quiet \
  --manifest-path "$sysroot/lib/rustlib/src/rust/library/Cargo.toml"
