#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Installs what is missing, builds Continuity and runs the whole test suite with CTest: model,
# widgets (offscreen), the command line end to end, and the benchmarks (which print their
# figures). Then the same suite, benchmarks excluded, under AddressSanitizer,
# UndefinedBehaviorSanitizer and the leak checker (the asan preset), and a one-minute libFuzzer
# run over the design loader (the fuzz preset, clang). Works without a display and without
# standard input. CONTINUITY_ASAN=0 or CONTINUITY_FUZZ=0 leaves out those two phases.
set -euo pipefail
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen
packaging/install-deps.sh --with-tests
jobs=$(nproc)

# Each phase says how long it took, so that CI's time budget can be watched.
phase_start=$SECONDS
phase() {
  echo "test.sh: $1 took $((SECONDS - phase_start)) s"
  phase_start=$SECONDS
}

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
phase "release build"
ctest --preset ci
phase "release tests"

if [ "${CONTINUITY_ASAN:-1}" != 0 ]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  phase "asan build"
  ctest --preset asan
  phase "asan tests"
fi

if [ "${CONTINUITY_FUZZ:-1}" != 0 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  phase "fuzz build"
  ctest --preset fuzz
  phase "fuzz run"
fi
