# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_canvas LABEL widgets SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_canvas.cpp
    LIBS continuity_widgets)

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
