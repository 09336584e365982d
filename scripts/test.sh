#!/usr/bin/env bash
# Installs what the tests need on Debian/Ubuntu and runs every test: formatting, clippy,
# unit and property tests, crash tests, mock-runtime tests and end-to-end tests in the
# real window under Xvfb. Run it as yourself (sudo for packages) or as root (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

# shellcheck disable=SC2086
install_missing $BUILD_PACKAGES $TEST_PACKAGES
ensure_rust
rustup component add rustfmt clippy >/dev/null 2>&1 || true

if ! cargo install --list | grep -q '^tauri-driver v2\.'; then
  say "Installing tauri-driver 2.x"
  cargo install tauri-driver --locked --version '^2'
fi
export PATH="$HOME/.cargo/bin:$PATH"
# A run of every test is not an edit-and-rebuild loop: incremental caches would only cost disk.
export CARGO_INCREMENTAL=0

say "Installing axe-core (pinned in tests/package-lock.json)"
npm ci --prefix tests --no-audit --no-fund --loglevel=error

say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
say "Building the app for the end-to-end tests"
cargo build --locked -p steady
# Every test file runs even when an earlier one fails, so one failure never hides another.
failed=0
say "Unit, property, crash and mock-runtime tests"
cargo test --locked --no-fail-fast --workspace --exclude steady-e2e || failed=1
say "The page's own logic (node's test runner)"
node --test tests/js/ || failed=1
say "Disk used by the build: $(du -sh target 2>/dev/null | cut -f1) (free: $(df -h --output=avail . | tail -1 | tr -d ' '))"
say "End-to-end tests in the real window (one at a time: each has its own display)"
cargo test --locked --no-fail-fast -p steady-e2e -- --test-threads=1 || failed=1
say "Packages: build the .deb, install it, upgrade it, remove it (scripts/install-test.sh)"
scripts/install-test.sh || failed=1
exit "$failed"
