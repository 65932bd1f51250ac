# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_cli LABEL cli SOURCES cli/tst_cli.cpp LIBS continuity_model continuity_clirun)
add_dependencies(tst_cli continuity)

# The SVG export and the HTML report as headless Chromium draws and prints them.
continuity_add_test(tst_browserview LABEL cli SOURCES cli/tst_browserview.cpp
    LIBS continuity_clirun Qt6::Gui TIMEOUT 600)
add_dependencies(tst_browserview continuity)
