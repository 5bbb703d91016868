#!/usr/bin/env bash
# Sets up (first run only) and serves the preview page with the seed story at
# http://127.0.0.1:8080, rebuilding on every change, and the studio at /studio/ (built once at
# start: run the script again to see a change to the studio). Extra arguments go to `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --config www/studio/Trunk.toml
exec trunk serve "$@"
