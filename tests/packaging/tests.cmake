# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The Debian package as a desktop meets it: packaging/CPackConfig.cmake, checked by
# check_package.sh (Depends, file places, desktop entry, AppStream, file type, icons, manual page,
# the packaged binary). Debian-like systems only, and never a sanitizer build: the package holds
# the binary users install.
if(UNIX AND NOT APPLE AND NOT CONTINUITY_SANITIZE)
    find_program(CONTINUITY_DPKG_DEB dpkg-deb)
    if(CONTINUITY_DPKG_DEB)
        add_test(NAME package
                 COMMAND "${CMAKE_CURRENT_LIST_DIR}/check_package.sh" "${PROJECT_BINARY_DIR}")
        set_tests_properties(package PROPERTIES LABELS packaging TIMEOUT 600)
    endif()
endif()
