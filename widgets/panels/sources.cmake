# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/assumptionsdialog.h ${CMAKE_CURRENT_LIST_DIR}/assumptionsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findingspanel.h ${CMAKE_CURRENT_LIST_DIR}/findingspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labels.h ${CMAKE_CURRENT_LIST_DIR}/labels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/palettewidget.h ${CMAKE_CURRENT_LIST_DIR}/palettewidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recoverydialog.h ${CMAKE_CURRENT_LIST_DIR}/recoverydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/propertyeditor.h ${CMAKE_CURRENT_LIST_DIR}/propertyeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/templatedialog.h ${CMAKE_CURRENT_LIST_DIR}/templatedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uiicons.h ${CMAKE_CURRENT_LIST_DIR}/uiicons.cpp
)
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/drillpanel.h ${CMAKE_CURRENT_LIST_DIR}/drillpanel.cpp
)
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/preferences.h ${CMAKE_CURRENT_LIST_DIR}/preferences.cpp
    ${CMAKE_CURRENT_LIST_DIR}/preferencesdialog.h ${CMAKE_CURRENT_LIST_DIR}/preferencesdialog.cpp
)
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/loadprogress.h ${CMAKE_CURRENT_LIST_DIR}/loadprogress.cpp
)
