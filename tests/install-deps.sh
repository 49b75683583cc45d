#!/usr/bin/env bash
# Installs what cchc needs from Debian 12's packages: the build dependencies,
# and with --test also what the test suite uses (Python, Node.js for ajv-cli).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages=(build-essential cmake pkg-config
  libyaml-cpp-dev libfmt-dev libcli11-dev nlohmann-json3-dev libhowardhinnant-date-dev
  libutf8proc-dev libxlsxwriter-dev libzip-dev libpugixml-dev libgit2-dev catch2 help2man dpkg-dev)
if [ "${1:-}" = "--test" ]; then
  # python3-openpyxl reads the xlsx files back; chromium renders the HTML
  # report headless (fonts-liberation: a Times New Roman-metric serif face).
  # libreoffice-calc-nogui prints the workbooks to PDF, poppler-utils measures them.
  packages+=(python3 python3-yaml python3-icalendar python3-openpyxl chromium fonts-liberation
    clang-format libreoffice-calc-nogui poppler-utils git)
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
