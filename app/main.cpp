// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/application.h"
#include "app/cli/cli.h"
#include "widgets/language.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/preferences.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace continuity;

int main(int argc, char *argv[])
{
    // A verb (or --help/--version) runs headless; anything else opens the designer.
    const char *first = argc > 1 ? argv[1] : "";
    const bool option = std::strncmp(first, "-", 1) == 0;
    const cli::Verb *verb = cli::findVerb(QString::fromLocal8Bit(first));
    const bool headless = verb != nullptr || (option && std::strcmp(first, "--verbose") != 0);

    if (headless) {
        std::unique_ptr<QCoreApplication> app;
        if (verb && verb->needsGui) {
            // Rendering draws with the canvas's graphics items, which need a QApplication;
            // never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        app::setApplicationIdentity();
        app::setUpLogging(false, false);
        // The command line speaks the environment's language (LANGUAGE, LC_ALL, LANG).
        language::install();
        return cli::run(app->arguments());
    }

    QApplication app(argc, argv);
    app::setApplicationIdentity();
    QStringList args = app.arguments();
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    app::setUpLogging(verbose, true);
    // The language chosen in Preferences, else the system's.
    language::installFromSettings();
    applyStartupPreferences();

    app::reportFirstPaint();
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (args.size() > 1)
        window->openFile(args.at(1));
    // What a crash left behind is offered once, at start-up, before any editing.
    window->offerRecovery();
    return app.exec();
}
