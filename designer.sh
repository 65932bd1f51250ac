#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Installs what is missing, builds Continuity (Release) and opens the designer on a sample
# design, or on the files given.
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
if [ $# -eq 0 ]; then
  set -- resources/templates/active-passive.continuity.json
fi
exec build/release/app/continuity "$@"
