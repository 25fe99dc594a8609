#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, and nothing that is already
# there at the right version: a second run takes seconds. Safe on a bare machine of this kind
# (Rust via rustup, Node.js and npm, Debian's apt), which reaches only the package registries.
#
#   scripts/ensure-tools.sh            # build tools: wasm32 target, Trunk, wasm-bindgen, wasm-opt,
#                                      # esbuild
#   scripts/ensure-tools.sh --browser  # and what the browser tests need: Chromium, ChromeDriver,
#                                      # CJK fonts and poppler (to read printed PDFs), nginx (to
#                                      # serve the app as deployed), Playwright; for the smoke
#                                      # runs in the other engines, Firefox ESR with geckodriver
#                                      # and WebKitGTK's WebKitWebDriver with Xvfb
#
# Source it (`. scripts/ensure-tools.sh`) to also get the tools on PATH in the calling shell; the
# installs then run in a subshell with `set -euo pipefail`, so the caller's shell options are left
# as they were, and a failed install returns non-zero.
#
# Chromium and ChromeDriver are looked up on the PATH (`chromium`, `chromedriver`), or taken from
# $CHROMIUM and $CHROMEDRIVER. Debian packages are installed as root, or through sudo.

TIC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
BINARYEN_VERSION="132"
export PATH="$HOME/.cargo/bin:$TIC_ROOT/tools/node_modules/.bin:$PATH"
# The browser build names the crates' source files (in its panic locations) by their path in the
# Cargo home; with that prefix left out, the wasm is the same byte for byte whatever the
# machine's Cargo home, so the size budget measures the same file everywhere (and it is 0.3 KB
# smaller). Set for the wasm32 target only: every wasm32 build (Trunk, the component tests, the
# lints) shares the flags and the cache. scripts/test.sh checks that no such path is left.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src="

say() { printf '[ensure-tools] %s\n' "$*" >&2; }

# The wasm-bindgen CLI must match the library to the patch level, so read it from Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$TIC_ROOT/Cargo.lock"
}

# The exact Rust release in rust-toolchain.toml, with clippy, rustfmt and the wasm32 target.
ensure_rust_toolchain() {
  local channel
  channel="$(sed -n 's/^channel = "\(.*\)"$/\1/p' "$TIC_ROOT/rust-toolchain.toml")"
  if ! rustup toolchain list 2>/dev/null | grep -q "^${channel}-"; then
    say "installing Rust ${channel} (rust-toolchain.toml)"
    rustup toolchain install "$channel" --profile minimal --component clippy,rustfmt \
      --target wasm32-unknown-unknown
  fi
  if ! rustup target list --toolchain "$channel" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target to Rust ${channel}"
    rustup target add --toolchain "$channel" wasm32-unknown-unknown
  fi
}

# Runs a command as root: directly when this is root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "installing Debian packages needs root: run this as root, or install sudo"
    return 1
  fi
}

# Installs a tool from the crates registry at an exact version. First with `--locked`, the
# dependency versions its publisher recorded; when the registry these machines reach does not
# serve one of them (wasm-bindgen-cli 0.2.130's lock names webpki-roots 1.0.11, which it lacks),
# cargo stops at once while resolving, and the same tool version is installed again without
# `--locked`, its dependencies resolved within their declared ranges. Any other failure (a
# compile error, no network) is not retried: it is reported as it is.
ensure_cargo_tool() { # binary, expected `--version` line, crate, install args…
  local bin="$1" expected="$2" crate="$3" log
  shift 3
  local found
  found="$("$bin" --version 2>/dev/null | head -n1 || true)"
  # Some tools follow the version with a commit and date: "geckodriver 0.37.1 (abc 2025-…)".
  if [ "$found" != "$expected" ] && [ "${found#"$expected "}" = "$found" ]; then
    say "installing $crate ($expected); this compiles from source and takes minutes, once"
    log="$(mktemp)"
    # pipefail (set in main's shell) makes the pipeline fail when cargo does.
    if ! cargo install --locked "$crate" "$@" 2>&1 | tee "$log" >&2; then
      if grep -qE 'failed to select a version|no matching package named' "$log"; then
        say "the registry lacks a version in $crate's own lock file: installing $expected without --locked"
        rm -f "$log"
        cargo install "$crate" "$@"
      else
        rm -f "$log"
        return 1
      fi
    fi
    rm -f "$log"
  fi
}

# wasm-opt (binaryen), esbuild, which minifies the release build's glue and stylesheets
# (tools/minify.mjs), and Zopfli, which compresses what the server sends
# (scripts/served-gzip.mjs), all at the versions tools/package-lock.json pins.
ensure_node_build_tools() {
  local esbuild_version
  esbuild_version="$(node -p "require('$TIC_ROOT/tools/package.json').devDependencies.esbuild")"
  if ! wasm-opt --version 2>/dev/null | grep -q "version_${BINARYEN_VERSION}" ||
    [ "$("$TIC_ROOT/tools/node_modules/.bin/esbuild" --version 2>/dev/null)" != "$esbuild_version" ] ||
    [ ! -f "$TIC_ROOT/tools/node_modules/.package-lock.json" ] ||
    [ "$TIC_ROOT/tools/package-lock.json" -nt "$TIC_ROOT/tools/node_modules/.package-lock.json" ]; then
    say "installing wasm-opt (npm binaryen@${BINARYEN_VERSION}), esbuild@${esbuild_version} and Zopfli"
    (cd "$TIC_ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_browser() {
  local missing=()
  [ -n "${CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 ||
    command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
  [ -n "${CHROMEDRIVER:-}" ] || command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  # The end-to-end tests also serve the app through nginx with deploy/nginx/'s configuration.
  [ -n "${NGINX:-}" ] || command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] ||
    missing+=(nginx-light)
  # Without CJK fonts Chinese renders as empty boxes in screenshots and printed PDFs.
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
  # The smoke runs in Gecko and WebKit (tests/e2e/webdriver/): Firefox ESR, and WebKitGTK's
  # driver with its MiniBrowser, which has no headless mode and runs on Xvfb's virtual display.
  [ -n "${FIREFOX:-}" ] || command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 ||
    missing+=(firefox-esr)
  [ -n "${WEBKIT_WEBDRIVER:-}" ] || command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
  # The construction-plan outline is opened by a real word processor: LibreOffice Writer,
  # headless, converts it to PDF and text (tests/outline-in-writer.sh).
  [ -n "${SOFFICE:-}" ] || command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  if [ "${#missing[@]}" -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      say "missing ${missing[*]}, and this is not a Debian system: install them, or set CHROMIUM and CHROMEDRIVER"
      return 1
    fi
    say "installing ${missing[*]} (Debian packages)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Playwright for the end-to-end tests, pinned by tests/e2e/package-lock.json; reinstalled only
# when the lock file changes.
ensure_e2e_packages() {
  local dir="$TIC_ROOT/tests/e2e"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
    [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing the end-to-end test packages (npm)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

main() {
  ensure_rust_toolchain
  local wb
  wb="$(wasm_bindgen_version)"
  ensure_cargo_tool wasm-bindgen "wasm-bindgen $wb" wasm-bindgen-cli --version "=$wb"
  ensure_cargo_tool trunk "trunk $TRUNK_VERSION" trunk --version "$TRUNK_VERSION"
  ensure_node_build_tools
  # Trunk builds offline (Trunk.toml): fetch the crates first; instant when they are cached.
  (cd "$TIC_ROOT" && cargo fetch --locked --quiet)
  if [ "${1:-}" = "--browser" ]; then
    ensure_browser
    ensure_e2e_packages
    # Firefox's WebDriver server, from the crates registry (Mozilla's prebuilt binaries are not
    # reachable from these machines).
    [ -n "${GECKODRIVER:-}" ] ||
      ensure_cargo_tool geckodriver "geckodriver $GECKODRIVER_VERSION" geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  main "$@"
else
  # Sourced: strict mode only inside the subshell, never in the caller's shell.
  (set -euo pipefail && main "$@")
fi
