# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The estimators (model) and `continuity estimate` (the command line, end to end).
continuity_add_test(tst_estimation LABEL model SOURCES model/tst_estimation.cpp
    LIBS continuity_model continuity_testsupport)
continuity_add_test(tst_estimatecli LABEL cli SOURCES cli/tst_estimatecli.cpp
    LIBS continuity_model continuity_clirun)
add_dependencies(tst_estimatecli continuity)
continuity_add_test(tst_estimatespanel LABEL widgets SOURCES widgets/tst_estimatespanel.cpp
    LIBS continuity_widgets)
