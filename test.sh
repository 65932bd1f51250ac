#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Installs what is missing, builds Continuity and runs the whole test suite with CTest:
# model, widgets (offscreen), command line end to end, and the benchmarks (which print their
# figures). Works without a display and without standard input.
set -euo pipefail
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen
packaging/install-deps.sh --with-tests
jobs=$(nproc)

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci --output-on-failure
