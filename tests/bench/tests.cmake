# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# Deterministic large designs for benchmarks and scale tests.
add_library(continuity_testsupport STATIC support/designgen.h support/designgen.cpp)
target_link_libraries(continuity_testsupport PUBLIC continuity_model PRIVATE continuity_warnings)

# The benchmark prints its figures as JSON; under CTest it runs the 1,000- and 10,000-component
# designs once and fails only if a step fails, never on time (budgets are read from its output).
if(CONTINUITY_BUILD_BENCHMARKS)
    qt_add_executable(continuity_bench bench/bench.cpp)
    target_link_libraries(continuity_bench PRIVATE continuity_testsupport continuity_warnings)
    add_test(NAME bench COMMAND continuity_bench --sizes 1000,10000)
    set_tests_properties(bench PROPERTIES LABELS bench TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
