# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_document LABEL model SOURCES model/tst_document.cpp LIBS continuity_model)
continuity_add_test(tst_commands LABEL model SOURCES model/tst_commands.cpp LIBS continuity_model)
foreach(name designjson designfile catalog)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp)
        continuity_add_test(tst_${name} LABEL model SOURCES model/tst_${name}.cpp
            LIBS continuity_model)
    endif()
endforeach()

# The schema check needs the distribution's python3 with python3-jsonschema, not whichever
# interpreter a user's PATH puts first.
find_program(CONTINUITY_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT CONTINUITY_PYTHON3)
    find_program(CONTINUITY_PYTHON3 NAMES python3)
endif()
if(CONTINUITY_PYTHON3)
    add_test(NAME schema COMMAND ${CONTINUITY_PYTHON3}
        ${CMAKE_CURRENT_LIST_DIR}/check_schema.py ${PROJECT_SOURCE_DIR})
    set_tests_properties(schema PROPERTIES LABELS model)
endif()
continuity_add_test(tst_undoproperty LABEL model SOURCES model/tst_undoproperty.cpp
    LIBS continuity_model)
include(${CMAKE_CURRENT_LIST_DIR}/validation.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/estimation.cmake OPTIONAL)
if(UNIX)
    qt_add_executable(continuity_saveloop model/saveloop.cpp)
    target_link_libraries(continuity_saveloop PRIVATE continuity_model continuity_warnings)
    # 300 child processes: several minutes under the sanitizers.
    continuity_add_test(tst_savekill LABEL model SOURCES model/tst_savekill.cpp
        LIBS continuity_model TIMEOUT 900)
    target_compile_definitions(tst_savekill PRIVATE
        CONTINUITY_SAVELOOP="$<TARGET_FILE:continuity_saveloop>")
    add_dependencies(tst_savekill continuity_saveloop)
endif()
include(${CMAKE_CURRENT_LIST_DIR}/simulation.cmake OPTIONAL)
