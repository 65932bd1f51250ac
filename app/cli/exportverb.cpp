// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/io/designfile.h"
#include "model/validation/validator.h"
#include "widgets/export/diagramexporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace continuity::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("continuity::cli", text);  // lupdate's context here
}

}  // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The design file."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Output format: png, svg, pdf or json (default: from OUT's extension)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        tr("PNG: pixels per canvas unit, 1 = the canvas at 100% (default 1); SVG and PDF: "
           "multiplies the nominal size."),
        QStringLiteral("F"));
    const QCommandLineOption noBadges(QStringLiteral("no-badges"),
                                      tr("Leave out the finding badges and colours."));
    const QCommandLineOption transparent(
        QStringLiteral("transparent"),
        tr("No background (PNG and SVG); a PDF page stays white."));
    parser.addOptions({output, format, scale, noBadges, transparent});
    if (auto status = parseVerbOptions(
            parser, arguments,
            tr("Writes a design in another form: its diagram as PNG, SVG or PDF, drawn as the "
               "canvas draws it (light appearance, no display needed), or its canonical JSON "
               "(a design written by hand or a script, formatted and with every position "
               "filled in)."),
            1, 1))
        return *status;
    if (!parser.isSet(output))
        return usageError(arguments[0], tr("-o OUT is required"));
    const QString outPath = parser.value(output);
    const QString fmt = parser.isSet(format) ? parser.value(format).toLower()
                                             : QFileInfo(outPath).suffix().toLower();
    const std::optional<DiagramFormat> diagram = diagramFormatFromName(fmt);
    if (!diagram && fmt != QLatin1String("json")) {
        return usageError(arguments[0],
                          fmt.isEmpty() ? tr("cannot tell the output format from '%1': use "
                                             "--format png|svg|pdf|json").arg(outPath)
                                        : tr("unknown output format '%1'").arg(fmt));
    }
    DiagramExportOptions options;
    if (parser.isSet(scale)) {
        bool ok = false;
        options.scale = parser.value(scale).toDouble(&ok);
        if (!ok || !std::isfinite(options.scale) || options.scale <= 0 || options.scale > 16)
            return usageError(arguments[0],
                              tr("--scale takes a number above 0 and at most 16, not '%1'")
                                  .arg(parser.value(scale)));
    }
    if (!diagram
        && (parser.isSet(scale) || parser.isSet(noBadges) || parser.isSet(transparent)))
        return usageError(arguments[0],
                          tr("--scale, --no-badges and --transparent apply to diagrams only"));

    std::optional<Design> design = loadDesignOrReport(parser.positionalArguments().value(1));
    if (!design)
        return ExitUnreadable;

    if (!diagram) {
        QString error;
        if (!saveDesignFile(outPath, *design, &error)) {
            err() << QStringLiteral("continuity export: %1\n").arg(error);
            return ExitFailed;
        }
        return ExitOk;
    }

    options.format = *diagram;
    options.showFindings = !parser.isSet(noBadges);
    options.transparent = parser.isSet(transparent);
    Document document(std::move(*design));
    LiveValidator validator(&document, &Catalog::builtin());
    DiagramExporter exporter(&document, &validator);
    if (!exporter.exportToFile(outPath, options)) {
        err() << QStringLiteral("continuity export: %1\n").arg(exporter.errorString());
        return ExitFailed;
    }
    if (options.format == DiagramFormat::Png && exporter.effectiveScale() < options.scale) {
        err() << tr("continuity export: the diagram is too large for a PNG at scale %1; "
                    "drawn at %2\n")
                     .arg(options.scale)
                     .arg(exporter.effectiveScale(), 0, 'g', 3);
    }
    return ExitOk;
}

}  // namespace continuity::cli
