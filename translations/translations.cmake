# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# German and French through Qt Linguist. The .ts files here are the sources translators edit;
# the build compiles them (lrelease) into .qm files embedded in continuity_widgets as the
# resources ":/i18n/continuity_LANG.qm", so the designer, the command line and the tests all
# find them without an installed file. `cmake --build --preset release --target
# update_translations` runs lupdate over every source of the three layers; it is never part of
# the default build (it rewrites files in the source tree).
# Included from widgets/CMakeLists.txt, after continuity_widgets exists.

set(CONTINUITY_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/continuity_de.ts"
    "${PROJECT_SOURCE_DIR}/translations/continuity_fr.ts")

# What lupdate reads: every source of model/, widgets/ and app/, whatever target builds it.
file(GLOB_RECURSE _continuity_tr_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/model/*.cpp" "${PROJECT_SOURCE_DIR}/model/*.h"
    "${PROJECT_SOURCE_DIR}/widgets/*.cpp" "${PROJECT_SOURCE_DIR}/widgets/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")

qt_add_translations(continuity_widgets
    TS_FILES ${CONTINUITY_TS_FILES}
    SOURCES ${_continuity_tr_sources}
    # lupdate resolves "widgets/…" includes from the source root, so a class's namespace, and
    # with it the translation context, is the one tr() looks up at run time.
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
    RESOURCE_PREFIX "/i18n"
    # No line numbers: an edit elsewhere in a file would rewrite every .ts. Strings that left
    # the code leave the .ts files.
    LUPDATE_OPTIONS -no-obsolete -locations none
    LRELEASE_OPTIONS -silent)

# Choosing and installing the translators: shared by the designer, the command line and tests.
target_sources(continuity_widgets PRIVATE
    "${PROJECT_SOURCE_DIR}/widgets/language.h" "${PROJECT_SOURCE_DIR}/widgets/language.cpp")
