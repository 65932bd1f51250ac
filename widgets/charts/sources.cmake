# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The charts: the only place that uses QtCharts (deprecated from Qt 6.10 in favour of Qt Graphs),
# so that a switch touches this folder alone. The estimates panel that shows them is listed here
# too, beside its charts.
target_sources(continuity_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartstyle.h ${CMAKE_CURRENT_LIST_DIR}/chartstyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tradeoffchart.h ${CMAKE_CURRENT_LIST_DIR}/tradeoffchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/costbreakdownchart.h ${CMAKE_CURRENT_LIST_DIR}/costbreakdownchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../panels/estimatespanel.h
    ${CMAKE_CURRENT_LIST_DIR}/../panels/estimatespanel.cpp
)
