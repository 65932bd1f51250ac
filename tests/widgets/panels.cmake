# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
continuity_add_test(tst_mainwindow LABEL widgets SOURCES widgets/tst_mainwindow.cpp
    LIBS continuity_widgets)
continuity_add_test(tst_propertyeditor LABEL widgets SOURCES widgets/tst_propertyeditor.cpp
    LIBS continuity_widgets)
