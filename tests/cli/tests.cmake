# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_cli LABEL cli SOURCES cli/tst_cli.cpp LIBS continuity_model)
add_dependencies(tst_cli continuity)
