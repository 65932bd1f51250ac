# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/presentationwindow.h ${CMAKE_CURRENT_LIST_DIR}/presentationwindow.cpp
)
