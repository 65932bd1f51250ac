# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
target_sources(continuity_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/autosave.h ${CMAKE_CURRENT_LIST_DIR}/autosave.cpp
    ${CMAKE_CURRENT_LIST_DIR}/designjson.h ${CMAKE_CURRENT_LIST_DIR}/designjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/migrations.h ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/designfile.h ${CMAKE_CURRENT_LIST_DIR}/designfile.cpp
)
