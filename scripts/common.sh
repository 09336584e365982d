# Shared by scripts/run.sh and scripts/test.sh. Sourced, not run.

# System packages to build and run Steady (Debian/Ubuntu names).
BUILD_PACKAGES="build-essential pkg-config curl libwebkit2gtk-4.1-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev libasound2-dev"
# What the tests add: a virtual display, the WebKit WebDriver, screenshots, strace for the
# no-network check, PulseAudio with a null sink to hear what breathing plays. node/npm (for the pinned axe-core) only if npm is missing: a NodeSource
# nodejs already bundles npm and Debian's npm package would clash with it.
TEST_PACKAGES="xvfb x11-utils xdotool desktop-file-utils webkit2gtk-driver imagemagick strace pulseaudio pulseaudio-utils libasound2-plugins"
command -v npm >/dev/null 2>&1 || TEST_PACKAGES="$TEST_PACKAGES nodejs npm"

say() { printf '\n== %s\n' "$*"; }

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "This step needs root: run it as root or install sudo." >&2
    return 1
  fi
}

# Installs the named Debian packages that are not installed yet; nothing if all are.
install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "System packages: all present."
    return 0
  fi
  say "Installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Rust 1.90 or newer (Tauri 2.12 needs it); Debian's own rustc is too old, so rustup.
ensure_rust() {
  [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  if ! command -v cargo >/dev/null 2>&1; then
    say "Installing Rust with rustup (https://rustup.rs)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy
    . "$HOME/.cargo/env"
  fi
  local minor
  minor=$(rustc --version | sed -E 's/^rustc 1\.([0-9]+).*/\1/')
  if [ "${minor:-0}" -lt 90 ]; then
    echo "Steady needs Rust 1.90 or newer; this is $(rustc --version). Run: rustup update stable" >&2
    return 1
  fi
}
