#!/usr/bin/env bash
# Installs what is missing, builds the app for release and serves it on this machine only.
#   scripts/serve.sh            # http://127.0.0.1:8080
#   PORT=9000 scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh
PORT="${PORT:-8080}"
echo "Serving the self-check at http://127.0.0.1:${PORT}/ (Ctrl+C to stop)"
exec trunk serve --release --locked --address 127.0.0.1 --port "$PORT"
