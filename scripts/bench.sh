#!/usr/bin/env bash
# Start-up benchmark: builds release, then launches Steady and a bare Tauri window of the
# same Tauri version (tests/bare-window) alternately under Xvfb, N times each (default 10),
# and prints the medians and ratios of start-up time and memory (PSS), and the hand-off
# time of a second `steady breathe` launch. Usage: scripts/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

# shellcheck disable=SC2086
install_missing $BUILD_PACKAGES $TEST_PACKAGES
ensure_rust

say "Building Steady and the bare window (release)"
cargo build --release -p steady -p steady-bare
say "Benchmark"
cargo bench -p steady-e2e --bench startup -- "${1:-10}"
