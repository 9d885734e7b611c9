#!/usr/bin/env bash
# Installs what is missing, builds MotCua Desk and starts it on the local store in the user's data directory
# (~/.local/share/MotCua/MotCua Desk). No server and no network are needed.
# Extra arguments go to the application, e.g. `scripts/run.sh --data-dir /tmp/motcua-demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target motcua motcua-cli
exec ./build/release/app/motcua "$@"
