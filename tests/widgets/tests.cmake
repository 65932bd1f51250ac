# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
include(${CMAKE_CURRENT_LIST_DIR}/canvas.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/panels.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/reliability.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/export.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/desktop.cmake OPTIONAL)
