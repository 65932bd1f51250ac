# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# Failure drills: what still serves after a failure, the timeline back, and the single points
# of failure of a design (docs/drills.md).
target_sources(continuity_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/drill.h ${CMAKE_CURRENT_LIST_DIR}/drill.cpp
)
