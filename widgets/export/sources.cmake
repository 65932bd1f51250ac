# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diagramexporter.h ${CMAKE_CURRENT_LIST_DIR}/diagramexporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pngencoder.h ${CMAKE_CURRENT_LIST_DIR}/pngencoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svgpaintdevice.h ${CMAKE_CURRENT_LIST_DIR}/svgpaintdevice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svgsafety.h ${CMAKE_CURRENT_LIST_DIR}/svgsafety.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exportdialog.h ${CMAKE_CURRENT_LIST_DIR}/exportdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportwriter.h ${CMAKE_CURRENT_LIST_DIR}/reportwriter.cpp
)
