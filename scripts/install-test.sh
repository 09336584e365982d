#!/usr/bin/env bash
# The install test: builds the .deb (scripts/package.sh), installs it with apt, runs the
# installed `steady --version`, opens the installed app under Xvfb and sees home, writes a
# plan item, installs a second build with a higher version over it and reads the item
# back, then removes and purges the package and finds the data folder unchanged. Needs
# root for apt (run as root, as CI does, or with sudo). scripts/test.sh runs it last.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
export PATH="$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_TARGET_DIR="$target"

version=$(cargo pkgid -p steady | sed -E 's/.*[#@]//')
# The next version: the patch number plus one.
next="${version%.*}.$(( ${version##*.} + 1 ))"
work=$(mktemp -d)
data="$work/data"
mkdir -m 700 "$data"
cleanup() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq steady >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A listing of every file in the data folder with its hash: equal means untouched.
fingerprint() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
install_deb() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  local installed
  installed=$(dpkg-query -W -f='${Version}' steady)
  [ "$installed" = "$2" ] || { echo "apt installed steady $installed, not $2" >&2; exit 1; }
  # The program agrees with its package.
  local says
  says=$(/usr/bin/steady --version)
  echo "installed: steady $installed; /usr/bin/steady --version says: $says"
  case "$says" in *"$2"*) ;; *) echo "steady --version does not say $2" >&2; exit 1 ;; esac
}
run_app() {
  STEADY_BIN=/usr/bin/steady STEADY_INSTALL_DATA="$data" STEADY_INSTALL_STEP="$1" \
    cargo test --locked -q -p steady-e2e --test install -- --ignored --test-threads=1 --nocapture
}

say "Install test: build $version"
started=$(date +%s)
scripts/package.sh
say "scripts/package.sh took $(( $(date +%s) - started )) s (release build included)"
deb=$(ls "$target"/release/bundle/deb/*_"$version"_*.deb)
say "The .deb: $(stat -c %s "$deb") bytes; installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
dpkg-deb -f "$deb" Depends
cp "$deb" "$work/first.deb"

say "Install $version with apt, open it, write a plan item"
install_deb "$work/first.deb" "$version"
run_app write
before=$(fingerprint)

say "Build $next (the same tree, one version higher) and upgrade to it"
copy="$work/next"
mkdir "$copy"
# Every file of the checkout but what git ignores (build output, node_modules).
git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$copy/"
cp -r packaging/node_modules "$copy/packaging/" 2>/dev/null || true
sed -i -E "0,/^version = \"$version\"/s//version = \"$next\"/" "$copy/Cargo.toml"
(cd "$copy" && scripts/package.sh >/dev/null)
cp "$target"/release/bundle/deb/*_"$next"_*.deb "$work/next.deb"
install_deb "$work/next.deb" "$next"
[ "$(fingerprint)" = "$before" ] || { echo "the upgrade changed the data folder" >&2; exit 1; }
run_app read

say "Remove and purge: the data folder stays as it was"
after_read=$(fingerprint)
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq steady >/dev/null
[ ! -e /usr/bin/steady ] || { echo "/usr/bin/steady is still there after removal" >&2; exit 1; }
[ "$(fingerprint)" = "$after_read" ] || { echo "removing the package changed the data folder" >&2; exit 1; }
# Steady installs no configuration files, so a removal leaves nothing for a purge: purge
# from installed to test it too.
install_deb "$work/next.deb" "$next"
as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq steady >/dev/null
! dpkg-query -W steady >/dev/null 2>&1 || { echo "steady is still known to dpkg after purge" >&2; exit 1; }
[ "$(fingerprint)" = "$after_read" ] || { echo "purging the package changed the data folder" >&2; exit 1; }
[ -n "$after_read" ] || { echo "the data folder is empty: nothing was written" >&2; exit 1; }
echo "The data folder ($(echo "$after_read" | wc -l) files) is unchanged by install, upgrade, removal and purge."
