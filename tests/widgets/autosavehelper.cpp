// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// A stand-in for a designer that is about to crash: opens a design (or starts an untitled one
// for "-"), edits it, lets Autosave write it into the given folder, prints "autosaved" and then
// waits to be killed. Used by tst_killrestore only.

#include "model/document.h"
#include "model/io/autosave.h"
#include "model/io/designfile.h"
#include "model/kinds.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace continuity;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: autosavehelper <design or -> <autosave folder>\n");
        return 2;
    }
    const QString design = QString::fromLocal8Bit(argv[1]);
    Document document;
    FileStamp stamp;
    if (design != QLatin1String("-")) {
        const QString path = QFileInfo(design).absoluteFilePath();
        LoadResult loaded = loadDesignFile(path, &stamp);
        if (!loaded.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error.message));
            return 2;
        }
        document.resetDesign(std::move(*loaded.design));
        document.setFileName(path);
    }
    Autosave autosave(&document, QString::fromLocal8Bit(argv[2]));
    autosave.setOriginalStamp(stamp);
    autosave.setDebounceMs(100);
    QObject::connect(&autosave, &Autosave::saved, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    QObject::connect(&autosave, &Autosave::failed, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(3);
    });

    document.setDesignName(QStringLiteral("Edited before the crash"));
    document.addComponent(ComponentKind::KeyVault, QPointF(120, 80));
    return app.exec();
}
