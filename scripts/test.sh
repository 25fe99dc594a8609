#!/usr/bin/env bash
# The project's whole test suite, as CI runs it (.ci/run calls exactly this). Installs whatever
# is missing first; a second run installs nothing.
#
#   1. formatting and lints (native and wasm32)
#   2. native tests: rules, wizard reducer, boundaries, properties, scenarios, command line;
#      the construction-plan outline opened by LibreOffice Writer
#   3. component tests in headless Chromium (wasm-bindgen-test)
#   4. the release build with Trunk, offline, and the size budget of what it produced
#   5. end-to-end tests: Playwright drives the release build in Chromium
#   6. a smoke run of the release build in each engine through WebDriver: Chromium, Firefox ESR
#      and WebKitGTK (Safari's engine)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh --browser

step() { printf '\n=== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --all-targets --quiet -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings

step "native tests"
cargo test --locked --quiet

step "the release build's byte tricks, on fixtures (node --test)"
node --test tests/tools/

step "the construction-plan outline opened by LibreOffice Writer"
scripts/outline-in-writer.sh

step "the README's command-line examples"
scripts/readme-examples.sh

step "component tests in headless Chromium"
CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}" \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "release build (trunk, offline)"
trunk build --release --locked --quiet
test -s dist/index.html && test -s dist/tic-selfcheck_bg.wasm && test -s dist/boot.js
# The same bytes on every machine: no path of this machine's Cargo home in the wasm.
if grep -qaF "${CARGO_HOME:-$HOME/.cargo}/registry" dist/tic-selfcheck_bg.wasm; then
  echo "dist/tic-selfcheck_bg.wasm names files by this machine's Cargo home (see scripts/ensure-tools.sh)" >&2
  exit 1
fi

# The first load (what the start page needs) must stay within 170 KB gzip, and all files with
# the long texts fetched after it within 220 KB (DEVELOPERS.md). docs/size.md says where the
# bytes go.
step "size of dist/ (first load <= 170 KB gzip, all files <= 220 KB; see docs/size.md)"
node scripts/size-report.mjs --budget-kb 170 --total-budget-kb 220 dist

step "end-to-end tests in Chromium"
(cd tests/e2e && npx playwright test)

step "smoke runs in Chromium, Firefox ESR and WebKitGTK (WebDriver)"
node tests/e2e/webdriver/smoke.mjs
