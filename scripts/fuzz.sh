#!/usr/bin/env bash
# Runs the fuzzer (examples/fuzz.rs): the answers-file reader, the amount parser and the date
# parser fed with generated and mutated inputs. Not part of scripts/test.sh (a million inputs
# take seconds, ten million a minute); the counts and times are written down in docs/fuzzing.md.
#
#   scripts/fuzz.sh [inputs] [seed]        # default: 1000000 inputs, seed 20240815
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh
cargo run --locked --release --quiet --example fuzz -- "${1:-1000000}" "${2:-20240815}"
