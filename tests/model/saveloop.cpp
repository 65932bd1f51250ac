// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// A child for tst_savekill: saves generation after generation of a design to one file until it
// is killed. Generation N is the template with the name "generation N".

#include "model/io/designfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace continuity;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 64;
    LoadResult base = loadDesignFile(QString::fromLocal8Bit(argv[1]));
    if (!base.design)
        return 2;
    const QString target = QString::fromLocal8Bit(argv[2]);
    std::printf("ready\n");
    std::fflush(stdout);
    for (long generation = 1;; ++generation) {
        base.design->name = QStringLiteral("generation %1").arg(generation);
        QString error;
        if (!saveDesignFile(target, *base.design, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}
