#!/usr/bin/env bash
# Lists the crisis-line entries checked more than 12 months ago (exit 1 if any), then those
# found in one source only or with no primary source. How to correct an entry: README.md,
# "Correcting a crisis line".
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --quiet -p steady-core --example check_lines
