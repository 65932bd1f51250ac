# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# Failure drills (model), `continuity drill` (the command line, end to end) and the drill panel.
continuity_add_test(tst_simulation LABEL model SOURCES model/tst_simulation.cpp
    LIBS continuity_model continuity_testsupport)
continuity_add_test(tst_drillcli LABEL cli SOURCES cli/tst_drillcli.cpp
    LIBS continuity_model continuity_clirun)
add_dependencies(tst_drillcli continuity)
continuity_add_test(tst_drillpanel LABEL widgets SOURCES widgets/tst_drillpanel.cpp
    LIBS continuity_widgets)
