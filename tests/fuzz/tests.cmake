# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The loader's fuzz target (README.md here). With clang and CONTINUITY_FUZZ, a libFuzzer binary
# and a one-minute CTest run; with any other compiler, a replay driver that runs every corpus
# file through the same function, so that the corpus is exercised in every build.
set(continuity_fuzz_seeds
    ${CMAKE_CURRENT_LIST_DIR}/corpus
    ${PROJECT_SOURCE_DIR}/resources/templates
    ${PROJECT_SOURCE_DIR}/tests/data/hostile
    ${PROJECT_SOURCE_DIR}/tests/data/openable)

if(CONTINUITY_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_executable(fuzz_design ${CMAKE_CURRENT_LIST_DIR}/fuzz_design.cpp)
    target_link_libraries(fuzz_design PRIVATE continuity_model continuity_warnings)
    target_compile_options(fuzz_design PRIVATE -fsanitize=fuzzer,address,undefined
        -fno-omit-frame-pointer)
    target_link_options(fuzz_design PRIVATE -fsanitize=fuzzer,address,undefined)

    # New inputs go to a folder in the build tree; the seed folders are only read.
    set(work ${CMAKE_CURRENT_BINARY_DIR}/fuzz_design_corpus)
    file(MAKE_DIRECTORY ${work})
    add_test(NAME fuzz_design_smoke
        COMMAND fuzz_design -max_total_time=60 -max_len=65536 -timeout=10 -rss_limit_mb=4096
            -print_final_stats=1 ${work} ${continuity_fuzz_seeds})
    set_tests_properties(fuzz_design_smoke PROPERTIES LABELS fuzz TIMEOUT 240
        ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
else()
    add_executable(fuzz_design_replay ${CMAKE_CURRENT_LIST_DIR}/fuzz_design.cpp)
    target_compile_definitions(fuzz_design_replay PRIVATE CONTINUITY_FUZZ_REPLAY)
    target_link_libraries(fuzz_design_replay PRIVATE continuity_model continuity_warnings)
    add_test(NAME fuzz_design_replay COMMAND fuzz_design_replay ${continuity_fuzz_seeds})
    set_tests_properties(fuzz_design_replay PROPERTIES LABELS model TIMEOUT 300)
endif()
