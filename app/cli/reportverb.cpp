// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/validation/validator.h"
#include "widgets/export/reportwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace continuity::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("continuity::cli", text);  // lupdate's context here
}

// Reproducible builds set SOURCE_DATE_EPOCH: a report made in such a pipeline carries that
// date, so that the same design gives the same file.
QDate reportDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

}  // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The design file."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the report to OUT: OUT.html or OUT.pdf."),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    if (auto status = parseVerbOptions(
            parser, arguments,
            tr("Writes a design's review report: its name, model and date, the diagram, the "
               "findings with hints and references, the estimates with their terms, the "
               "trade-off and cost charts, a drill of the loss of each region, the single "
               "points of failure, the assumptions and the catalog's sources. HTML is one "
               "self-contained file; PDF is paginated. No display needed."),
            1, 1))
        return *status;
    if (!parser.isSet(output))
        return usageError(arguments[0], tr("-o OUT is required"));
    const QString outPath = parser.value(output);
    const QString suffix = QFileInfo(outPath).suffix();
    const std::optional<ReportFormat> format = reportFormatFromName(suffix);
    if (!format) {
        return usageError(arguments[0],
                          suffix.isEmpty()
                              ? tr("cannot tell the report format from '%1': end it in .html "
                                   "or .pdf").arg(outPath)
                              : tr("unknown report format '%1': use .html or .pdf").arg(suffix));
    }

    std::optional<Design> design = loadDesignOrReport(parser.positionalArguments().value(1));
    if (!design)
        return ExitUnreadable;

    Document document(std::move(*design));
    LiveValidator validator(&document, &Catalog::builtin());
    ReportWriter writer(&document, &validator, &Catalog::builtin());
    ReportOptions options;
    options.format = *format;
    options.date = reportDate();
    if (!writer.exportToFile(outPath, options)) {
        err() << QStringLiteral("continuity report: %1\n").arg(writer.errorString());
        return ExitFailed;
    }
    return ExitOk;
}

}  // namespace continuity::cli
