# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_document LABEL model SOURCES model/tst_document.cpp LIBS continuity_model)
continuity_add_test(tst_commands LABEL model SOURCES model/tst_commands.cpp LIBS continuity_model)
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/tst_designjson.cpp)
    continuity_add_test(tst_designjson LABEL model SOURCES model/tst_designjson.cpp
        LIBS continuity_model)
    continuity_add_test(tst_designfile LABEL model SOURCES model/tst_designfile.cpp
        LIBS continuity_model)
endif()
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/tst_catalog.cpp)
    continuity_add_test(tst_catalog LABEL model SOURCES model/tst_catalog.cpp
        LIBS continuity_model)
endif()

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
    add_test(NAME schema COMMAND Python3::Interpreter
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
    continuity_add_test(tst_savekill LABEL model SOURCES model/tst_savekill.cpp
        LIBS continuity_model)
    target_compile_definitions(tst_savekill PRIVATE
        CONTINUITY_SAVELOOP="$<TARGET_FILE:continuity_saveloop>")
    add_dependencies(tst_savekill continuity_saveloop)
endif()
