#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Installs what is missing, builds Continuity and runs the whole test suite with CTest: model,
# widgets (offscreen), the command line end to end, and the benchmarks (which print their
# figures). Works without a display and without standard input.
# CONTINUITY_ASAN=1 also runs the suite under AddressSanitizer, UndefinedBehaviorSanitizer and
# the leak checker (the asan preset; benchmarks excluded).
set -euo pipefail
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen
packaging/install-deps.sh --with-tests
jobs=$(nproc)

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci

if [ "${CONTINUITY_ASAN:-0}" = 1 ]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  ctest --preset asan
fi
