// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// A designer that is about to crash: the real main window, under the designer's own name (so
// that it autosaves where the designer does), opens a design (or starts an untitled one for
// "-"), is edited, prints "autosaved" once its own autosave has written the edit, and then
// waits to be killed. Used by tst_killrestore only.

#include "model/document.h"
#include "model/io/autosave.h"
#include "model/kinds.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

using namespace continuity;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: autosavehelper <design or ->\n");
        return 2;
    }
    // The designer's identity: its settings and its autosave folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Continuity"));
    QCoreApplication::setApplicationName(QStringLiteral("continuity"));

    MainWindow window;
    window.show();
    const QString design = QString::fromLocal8Bit(argv[1]);
    if (design != QLatin1String("-") && !window.openFile(QFileInfo(design).absoluteFilePath()))
        return 2;
    QObject::connect(window.autosave(), &Autosave::saved, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    QObject::connect(window.autosave(), &Autosave::failed, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(3);
    });

    // The edits a user makes in the window go through its document as these do.
    window.document()->setDesignName(QStringLiteral("Edited before the crash"));
    window.document()->addComponent(ComponentKind::KeyVault, QPointF(120, 80));
    return app.exec();
}
