# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_canvas LABEL widgets SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_canvas.cpp
    LIBS continuity_widgets continuity_testsupport)

continuity_add_test(tst_layout LABEL model SOURCES ${CMAKE_CURRENT_LIST_DIR}/../model/tst_layout.cpp
    LIBS continuity_model)

# Frame times and scene building on large generated designs; prints figures, asserts nothing.
if(CONTINUITY_BUILD_BENCHMARKS)
    qt_add_executable(bench_canvas ${CMAKE_CURRENT_LIST_DIR}/bench_canvas.cpp)
    target_link_libraries(bench_canvas PRIVATE continuity_widgets Qt6::Test continuity_warnings)
    add_test(NAME bench_canvas COMMAND bench_canvas)
    set_tests_properties(bench_canvas PROPERTIES LABELS bench TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()

# Memory per component and the designer's start-up (time to the first painted window, idle
# memory); prints figures, asserts nothing.
if(CONTINUITY_BUILD_BENCHMARKS)
    qt_add_executable(bench_footprint ${CMAKE_CURRENT_LIST_DIR}/bench_footprint.cpp)
    target_link_libraries(bench_footprint PRIVATE continuity_widgets continuity_testsupport
        continuity_warnings)
    target_compile_definitions(bench_footprint PRIVATE
        CONTINUITY_SOURCE_DIR="${PROJECT_SOURCE_DIR}" CONTINUITY_BINARY="$<TARGET_FILE:continuity>")
    add_dependencies(bench_footprint continuity)
    add_test(NAME bench_footprint COMMAND bench_footprint)
    set_tests_properties(bench_footprint PROPERTIES LABELS bench TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
