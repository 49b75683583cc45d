#!/usr/bin/env bash
# Installs what cchc needs from Debian 12's packages: the build dependencies
# (tests/deps/build.txt), and with --test also what the test suite uses
# (tests/deps/test.txt; Node.js for ajv-cli). The lists are the ones the CI
# workflows of docs/ci.md use, so the two cannot drift.
set -euo pipefail
deps="$(dirname "$0")/deps"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
read_list() { grep -v '^[[:space:]]*\(#\|$\)' "$1"; }
mapfile -t packages < <(read_list "$deps/build.txt")
if [ "${1:-}" = "--test" ]; then
  mapfile -t -O "${#packages[@]}" packages < <(read_list "$deps/test.txt")
  # Node.js and npm (for ajv-cli): a machine may already have them from another
  # source (NodeSource's nodejs bundles npm and conflicts with Debian's npm).
  if ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
