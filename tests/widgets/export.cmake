# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_export LABEL widgets SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export.cpp
    LIBS continuity_widgets)

# The export verb end to end: the real binary, with no display.
continuity_add_test(tst_exportcli LABEL cli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/../cli/tst_exportcli.cpp
    LIBS continuity_model continuity_clirun Qt6::Gui)
add_dependencies(tst_exportcli continuity)

# Diagram export of generated designs (PNG, SVG, PDF); prints figures, asserts nothing.
if(CONTINUITY_BUILD_BENCHMARKS)
    qt_add_executable(bench_export ${CMAKE_CURRENT_LIST_DIR}/bench_export.cpp)
    target_link_libraries(bench_export PRIVATE continuity_widgets continuity_testsupport
        continuity_warnings)
    add_test(NAME bench_export COMMAND bench_export)
    set_tests_properties(bench_export PROPERTIES LABELS bench TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()

# The review report (HTML, PDF) of each template, and hostile names through every export.
continuity_add_test(tst_report LABEL widgets SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_report.cpp
    LIBS continuity_widgets)

# The report verb end to end: the real binary, with no display.
continuity_add_test(tst_reportcli LABEL cli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/../cli/tst_reportcli.cpp
    LIBS continuity_model continuity_clirun Qt6::Gui)
add_dependencies(tst_reportcli continuity)

# Presentation mode: stepping, the drills on the canvas, leaving it.
continuity_add_test(tst_presentation LABEL widgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_presentation.cpp LIBS continuity_widgets)
