# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/canvasscene.h ${CMAKE_CURRENT_LIST_DIR}/canvasscene.cpp
    ${CMAKE_CURRENT_LIST_DIR}/canvasview.h ${CMAKE_CURRENT_LIST_DIR}/canvasview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/canvastheme.h ${CMAKE_CURRENT_LIST_DIR}/canvastheme.cpp
    ${CMAKE_CURRENT_LIST_DIR}/canvastool.h ${CMAKE_CURRENT_LIST_DIR}/canvastool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/selecttool.h ${CMAKE_CURRENT_LIST_DIR}/selecttool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connecttool.h ${CMAKE_CURRENT_LIST_DIR}/connecttool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/placetool.h ${CMAKE_CURRENT_LIST_DIR}/placetool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/componentitem.h ${CMAKE_CURRENT_LIST_DIR}/componentitem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectionitem.h ${CMAKE_CURRENT_LIST_DIR}/connectionitem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/icons.h ${CMAKE_CURRENT_LIST_DIR}/icons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clipboard.h ${CMAKE_CURRENT_LIST_DIR}/clipboard.cpp
)
# Until the icons are compiled in as resources (":/icons/<kind>.svg"), the source tree's files
# stand in for them; a build that has the resources never reads this folder.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/icons.cpp PROPERTIES
    COMPILE_DEFINITIONS "CONTINUITY_ICON_DIR=\"${PROJECT_SOURCE_DIR}/resources/icons\"")

target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/canvasaccessibility.h ${CMAKE_CURRENT_LIST_DIR}/canvasaccessibility.cpp
)
