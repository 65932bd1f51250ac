# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# Autosave, crash recovery and saving over files changed on disk.
continuity_add_test(tst_autosave LABEL widgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autosave.cpp LIBS continuity_widgets continuity_testsupport)
continuity_add_test(tst_changedondisk LABEL widgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_changedondisk.cpp LIBS continuity_widgets)

# Edit, SIGKILL, restart the real binary, restore, compare.
if(UNIX)
    qt_add_executable(continuity_autosavehelper ${CMAKE_CURRENT_LIST_DIR}/autosavehelper.cpp)
    target_link_libraries(continuity_autosavehelper PRIVATE continuity_widgets continuity_warnings)
    continuity_add_test(tst_killrestore LABEL widgets
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_killrestore.cpp LIBS continuity_model TIMEOUT 300)
    target_compile_definitions(tst_killrestore PRIVATE
        CONTINUITY_AUTOSAVEHELPER="$<TARGET_FILE:continuity_autosavehelper>")
    add_dependencies(tst_killrestore continuity_autosavehelper continuity)
endif()
