// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Diagram export benchmarks on generated designs (design/QUALITY.md: a 10k design to PNG
// within 1 s, to SVG within 1.5 s and 30 MiB, to PDF within 2 s). Each export starts from a
// fresh exporter, as the menu and the command line do, so the figure includes building the
// exporter's scene; that part is also printed on its own. The review report (HTML, PDF) of
// the same design is timed too. Prints one line per figure
// ("name value unit"); asserts nothing.
#include "model/document.h"
#include "model/validation/validator.h"
#include "tests/support/designgen.h"
#include "widgets/export/diagramexporter.h"
#include "widgets/export/pngencoder.h"
#include "widgets/export/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace continuity;

namespace {

void print(const char *name, int components, double value, const char *unit)
{
    std::printf("%s_%d %.1f %s\n", name, components, value, unit);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes{1000, 10000};
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--sizes")); at >= 0) {
        sizes.clear();
        for (const QString &s : args.value(at + 1).split(u','))
            sizes << s.toInt();
    }
    // --no-report: the diagram exports alone.
    const bool withReport = !args.contains(QStringLiteral("--no-report"));
    // --formats png,svg: only these (for profiling one of them).
    QList<DiagramFormat> formats{DiagramFormat::Png, DiagramFormat::Svg, DiagramFormat::Pdf};
    if (const qsizetype at = args.indexOf(QStringLiteral("--formats")); at >= 0) {
        formats.clear();
        for (const QString &f : args.value(at + 1).split(u','))
            if (const auto format = diagramFormatFromName(f))
                formats << *format;
    }
    for (const int n : sizes) {
        Document document(testsupport::generateDesign(n, 1));
        LiveValidator validator(&document);
        {
            QElapsedTimer timer;
            timer.start();
            DiagramExporter exporter(&document, &validator);
            exporter.diagramRect({});
            print("export_scene", n, double(timer.nsecsElapsed()) / 1e6, "ms");
        }
        for (const DiagramFormat format : std::as_const(formats)) {
            DiagramExportOptions options;
            options.format = format;
            const QByteArray name = "export_" + diagramFormatSuffix(format).toLatin1();
            QElapsedTimer timer;
            timer.start();
            DiagramExporter exporter(&document, &validator);
            const QByteArray bytes = exporter.render(options);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (bytes.isEmpty()) {
                std::fprintf(stderr, "%s failed: %s\n", name.constData(),
                             qPrintable(exporter.errorString()));
                return 1;
            }
            print(name.constData(), n, ms, "ms");
            print((name + "_size").constData(), n, double(bytes.size()) / (1024.0 * 1024.0),
                  "MiB");
            if (format == DiagramFormat::Png) {
                const QSize size = exporter.imageSize(options);
                std::printf("export_png_pixels_%d %dx%d scale %.3f\n", n, size.width(),
                            size.height(), exporter.effectiveScale());
                // Where the time goes: drawing the image, then encoding it.
                DiagramExporter painter(&document, &validator);
                painter.diagramRect({});
                timer.restart();
                const QImage image = painter.renderImage(options);
                print("export_png_paint", n, double(timer.nsecsElapsed()) / 1e6, "ms");
                timer.restart();
                const QByteArray encoded = encodePng(image);
                print("export_png_encode", n, double(timer.nsecsElapsed()) / 1e6, "ms");
            }
        }
        // The review report: gathering the figures, drills and pictures, then writing.
        if (withReport) {
            for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf}) {
                const char *name = format == ReportFormat::Html ? "report_html" : "report_pdf";
                QElapsedTimer timer;
                timer.start();
                ReportWriter writer(&document, &validator);
                ReportOptions options;
                options.format = format;
                const QByteArray bytes = writer.render(options);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (bytes.isEmpty()) {
                    std::fprintf(stderr, "%s failed: %s\n", name,
                                 qPrintable(writer.errorString()));
                    return 1;
                }
                print(name, n, ms, "ms");
                print((QByteArray(name) + "_size").constData(), n,
                      double(bytes.size()) / (1024.0 * 1024.0), "MiB");
            }
        }
    }
    return 0;
}
