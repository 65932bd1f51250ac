// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/io/designfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace continuity::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "The design file."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "Write to OUT."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("Cli", "Output format: json (default: from OUT's extension)."),
        QStringLiteral("FORMAT"));
    parser.addOptions({output, format});
    if (auto status = parseVerbOptions(
            parser, arguments,
            QCoreApplication::translate("Cli", "Writes a design in another form: its canonical "
                                               "JSON (a design written by hand or a script, "
                                               "formatted and with every position filled in)."),
            1, 1))
        return *status;
    if (!parser.isSet(output))
        return usageError(arguments[0], QCoreApplication::translate("Cli", "-o OUT is required"));
    const QString outPath = parser.value(output);
    QString fmt = parser.isSet(format) ? parser.value(format).toLower()
                                       : QFileInfo(outPath).suffix().toLower();
    if (fmt != QLatin1String("json"))
        return usageError(arguments[0],
                          QCoreApplication::translate("Cli", "unknown output format '%1'")
                              .arg(fmt));

    std::optional<Design> design = loadDesignOrReport(parser.positionalArguments().value(1));
    if (!design)
        return ExitUnreadable;
    QString error;
    if (!saveDesignFile(outPath, *design, &error)) {
        err() << QStringLiteral("continuity export: %1\n").arg(error);
        return ExitFailed;
    }
    return ExitOk;
}

}  // namespace continuity::cli
