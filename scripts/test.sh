#!/usr/bin/env bash
# The project's whole test suite, as CI runs it (.ci/run calls exactly this). Installs whatever
# is missing first; a second run installs nothing.
#
#   1. formatting and lints (native and wasm32)
#   2. native tests: rules, boundaries, properties, scenarios, the tic-assess command line
#   3. the release build with Trunk, offline, and the size budget of what it produced
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh

step() { printf '\n=== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings

step "native tests"
cargo test --quiet

step "release build (trunk, offline)"
trunk build --release --quiet
test -s dist/index.html && test -s dist/tic-selfcheck_bg.wasm && test -s dist/boot.js

step "size of dist/ (budget: first load <= 120 KB gzip)"
node scripts/size-report.mjs --budget-kb 120 dist
