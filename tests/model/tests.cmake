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
