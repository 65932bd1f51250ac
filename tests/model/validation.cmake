# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The validator: every rule (tst_rules), the templates, roles, the live validator and its timing
# on a generated 10,000-component design (tst_validator), and docs/rules.md (tst_rulesdoc).
continuity_add_test(tst_rules LABEL model SOURCES model/tst_rules.cpp LIBS continuity_model)
continuity_add_test(tst_validator LABEL model SOURCES model/tst_validator.cpp
    LIBS continuity_model continuity_testsupport)
continuity_add_test(tst_rulesdoc LABEL model SOURCES model/tst_rulesdoc.cpp LIBS continuity_model)
