#!/usr/bin/env bash
# Builds Steady's release packages, a .deb and an .rpm, with the Tauri CLI pinned in
# packaging/package-lock.json (its npm package ships a ready binary: nothing to compile),
# and prints each package's path, size and SHA-256 sum. Run it as yourself (sudo for
# packages) or as root (CI). The AppImage is left out: its bundler downloads linuxdeploy
# while it builds, which a machine without network cannot do (README, "Packages").
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

# shellcheck disable=SC2086
install_missing $BUILD_PACKAGES
ensure_rust
export PATH="$HOME/.cargo/bin:$PATH"

say "The Tauri CLI (pinned in packaging/package-lock.json)"
npm ci --prefix packaging --no-audit --no-fund --loglevel=error
tauri="$PWD/packaging/node_modules/.bin/tauri"
"$tauri" --version

# The version has one home, the workspace's Cargo.toml; the packages and
# `steady --version` both take it from there.
version=$(cargo pkgid -p steady | sed -E 's/.*[#@]//')
say "Building Steady $version (release) and its packages"
started=$(date +%s)
(cd src-tauri && "$tauri" build --bundles deb,rpm)
took=$(( $(date +%s) - started ))

target="${CARGO_TARGET_DIR:-$PWD/target}"
say "Packages (built in ${took} s)"
for f in "$target"/release/bundle/deb/*_"$version"_*.deb "$target"/release/bundle/rpm/*-"$version"-*.rpm; do
  [ -f "$f" ] || { echo "missing: $f" >&2; exit 1; }
  printf '%s\n  %s bytes\n  sha256 %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done
