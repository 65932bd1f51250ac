# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
# Translations, preferences, themes and the keyboard: the designer as a desktop application.
continuity_add_test(tst_translations LABEL widgets SOURCES widgets/tst_translations.cpp
    LIBS continuity_widgets)
# It runs the built binary's --help in German and French.
add_dependencies(tst_translations continuity)
continuity_add_test(tst_desktop LABEL widgets SOURCES widgets/tst_desktop.cpp
    LIBS continuity_widgets continuity_testsupport)

# Every string the code shows has a finished German and French translation: lupdate finds
# nothing new or unfinished, and each translation keeps its source's placeholders.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND AND TARGET Qt6::lupdate)
    add_test(NAME translations_complete
             COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/tests/l10n/check_translations.py"
                     --lupdate "$<TARGET_FILE:Qt6::lupdate>" --source "${PROJECT_SOURCE_DIR}")
    set_tests_properties(translations_complete PROPERTIES LABELS widgets TIMEOUT 300)
endif()
