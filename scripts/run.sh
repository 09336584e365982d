#!/usr/bin/env bash
# Installs what is missing on Debian/Ubuntu, builds Steady (release) and opens it.
# Run it as yourself (it asks sudo for the system packages) or as root.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

# shellcheck disable=SC2086
install_missing $BUILD_PACKAGES
ensure_rust
say "Building Steady (the first build takes a few minutes)"
cargo build --release --locked -p steady
say "Opening Steady"
exec target/release/steady "$@"
