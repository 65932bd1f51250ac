#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Installs the Debian 12 packages that building, running and testing Continuity need.
# Only what is missing is installed; the package lists are refreshed first only then.
# Usage: packaging/install-deps.sh [--with-tests]
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libgl-dev libpng-dev nlohmann-json3-dev libspdlog-dev
)
if [ "${1:-}" = "--with-tests" ]; then
  # The schema test, PDF checks and the sanitizer/fuzzing builds; the package check; a
  # headless browser that renders the HTML report and the SVG export as a reader sees them.
  packages+=(python3 python3-jsonschema poppler-utils clang libclang-rt-14-dev
             desktop-file-utils appstream chromium)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
