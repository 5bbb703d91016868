#!/usr/bin/env bash
# bench/run.sh: runs the journey-story benchmark (see bench/README.md). Installs the bench's own
# npm dependencies into bench/node_modules when missing or out of date, checks that dist/ exists
# (or builds it with --build), then runs bench/run.mjs with the remaining options.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"

args=()
build=0
for arg in "$@"; do
  case "$arg" in
    --build) build=1 ;;
    -h | --help)
      sed -n '/^## Run it/,/^## What/p' "$bench/README.md" | sed '$d'
      exit 0
      ;;
    *) args+=("$arg") ;;
  esac
done

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f "$bench/node_modules/.package-lock.json" ] || [ "$bench/package-lock.json" -nt "$bench/node_modules/.package-lock.json" ]; then
  (cd "$bench" && npm ci --no-audit --no-fund)
fi

if [ "$build" = 1 ]; then
  "$root/scripts/build-release.sh"
fi
if ! ls "$root"/dist/journey-story_bg*.wasm >/dev/null 2>&1; then
  echo "bench: dist/ has no build; run with --build, or: $root/scripts/build-release.sh" >&2
  exit 1
fi
if pgrep -f '^([^ ]*/)?(rustc|cargo|trunk|wasm-bindgen)( |$)|/wasm-opt ' >/dev/null; then
  echo "bench: a build is running on this machine; timings will be noisy (re-run when it is done)" >&2
fi

exec node "$bench/run.mjs" "${args[@]}"
