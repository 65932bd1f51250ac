# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
target_sources(continuity_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/catalog.h ${CMAKE_CURRENT_LIST_DIR}/catalog.cpp
)
