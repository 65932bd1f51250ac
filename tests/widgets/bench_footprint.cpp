// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Memory and start-up benchmarks (design/QUALITY.md: at most 4 KiB a component for the
// document, scene and connectors with the parsed JSON tree freed after loading; the first
// window painted within 300 ms of the process starting; at most 80 MiB resident when idle).
//
// Memory is the heap in use (glibc's mallinfo2) before and after each step on a generated
// design saved to a file: the JSON tree alone, the design loaded from the file (the tree is
// gone by then), the document, validator and scene built on it. Start-up runs the designer
// the build made, offscreen with a fresh home, and reads the time and memory it logs at its
// first painted frame (--verbose), then its resident memory after a second of idling.
// Prints one line per figure ("name value unit"); asserts nothing.
#include "model/document.h"
#include "model/io/designfile.h"
#include "model/io/designjson.h"
#include "model/validation/validator.h"
#include "tests/support/designgen.h"
#include "widgets/canvas/canvasscene.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace continuity;

namespace {

double heapInUse()
{
    malloc_trim(0);
    return double(mallinfo2().uordblks);
}

void print(const char *name, int components, double value, const char *unit)
{
    std::printf("%s_%d %.2f %s\n", name, components, value, unit);
    std::fflush(stdout);
}

void measureMemory(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.continuity.json"));
    {
        const Design generated = testsupport::generateDesign(n, 1);
        QString error;
        if (!saveDesignFile(path, generated, &error)) {
            std::fprintf(stderr, "cannot write the design: %s\n", qPrintable(error));
            return;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    file.close();
    print("file_size", n, double(bytes.size()) / 1024.0 / n, "KiB/component");

    double before = heapInUse();
    {
        const auto tree = std::make_unique<nlohmann::json>(
            nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size()));
        print("memory_json_tree", n, (heapInUse() - before) / 1024.0 / n, "KiB/component");
    }

    before = heapInUse();
    LoadResult loaded = loadDesignFile(path);
    if (!loaded.design) {
        std::fprintf(stderr, "cannot load the design: %s\n", qPrintable(loaded.error.message));
        return;
    }
    const double afterLoad = heapInUse();
    print("memory_design_after_load", n, (afterLoad - before) / 1024.0 / n, "KiB/component");

    auto document = std::make_unique<Document>(std::move(*loaded.design));
    loaded = LoadResult();
    const double afterDocumentAlone = heapInUse();
    print("memory_document", n, (afterDocumentAlone - before) / 1024.0 / n, "KiB/component");
    auto validator = std::make_unique<LiveValidator>(document.get());
    const double afterDocument = heapInUse();
    print("memory_document_validator", n, (afterDocument - before) / 1024.0 / n,
          "KiB/component");
    auto scene = std::make_unique<CanvasScene>(document.get(), validator.get());
    QCoreApplication::sendPostedEvents();
    const double afterScene = heapInUse();
    print("memory_scene", n, (afterScene - afterDocument) / 1024.0 / n, "KiB/component");
    print("memory_steady", n, (afterScene - before) / 1024.0 / n, "KiB/component");

    // Every item drawn once at 100 %, as panning over the whole design would: the items then
    // keep their laid-out labels.
    {
        QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        QStyleOptionGraphicsItem option;
        const QList<QGraphicsItem *> items = scene->items();
        for (QGraphicsItem *item : items) {
            option.exposedRect = item->boundingRect();
            painter.setTransform(QTransform::fromTranslate(-item->boundingRect().x(),
                                                           -item->boundingRect().y()));
            item->paint(&painter, &option, nullptr);
        }
    }
    const double afterPaint = heapInUse();
    print("memory_steady_all_drawn", n, (afterPaint - before) / 1024.0 / n, "KiB/component");
}

struct StartFigures {
    double firstPaintMs = -1;
    double firstPaintMiB = -1;
    double idleMiB = -1;
};

double residentMiBOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toDouble() / 1024;
    }
    return -1;
}

StartFigures startDesigner(const QStringList &arguments)
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CONTINUITY_BINARY),
                  QStringList{QStringLiteral("--verbose")} + arguments);
    StartFigures figures;
    const QRegularExpression painted(
        QStringLiteral("First window painted (\\d+) ms .* resident memory ([\\d.]+) MiB"));
    QByteArray output;
    while (process.waitForReadyRead(20000)) {
        output += process.readAll();
        const QRegularExpressionMatch m = painted.match(QString::fromUtf8(output));
        if (m.hasMatch()) {
            figures.firstPaintMs = m.captured(1).toDouble();
            figures.firstPaintMiB = m.captured(2).toDouble();
            break;
        }
    }
    if (figures.firstPaintMs >= 0) {
        // Idle: nothing to do for a second.
        QThread::msleep(1000);
        figures.idleMiB = residentMiBOf(process.processId());
    } else {
        std::fprintf(stderr, "the designer did not report its first paint:\n%s\n",
                     output.constData());
    }
    process.kill();
    process.waitForFinished();
    return figures;
}

void measureStart(const char *name, const QStringList &arguments, int runs)
{
    std::vector<double> ms;
    std::vector<double> idle;
    for (int i = 0; i < runs; ++i) {
        const StartFigures f = startDesigner(arguments);
        if (f.firstPaintMs < 0)
            return;
        ms.push_back(f.firstPaintMs);
        idle.push_back(f.idleMiB);
        if (i == 0)
            std::printf("%s_first_run %.0f ms\n", name, f.firstPaintMs);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(idle.begin(), idle.end());
    std::printf("%s_first_paint_median %.0f ms (min %.0f, max %.0f, %d runs)\n", name,
                ms[ms.size() / 2], ms.front(), ms.back(), runs);
    std::printf("%s_idle_resident_median %.1f MiB (max %.1f)\n", name, idle[idle.size() / 2],
                idle.back());
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
    for (const int n : std::as_const(sizes))
        measureMemory(n);
    if (args.contains(QStringLiteral("--no-start")))
        return 0;
    const int runs = 5;
    measureStart("start_empty", {}, runs);
    measureStart("start_template",
                 {QStringLiteral(CONTINUITY_SOURCE_DIR
                                 "/resources/templates/active-passive.continuity.json")},
                 runs);
    return 0;
}
