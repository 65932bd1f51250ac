// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Canvas benchmarks on generated designs (design/QUALITY.md): building the scene for 10,000
// components, and frame times while 100 selected components are dragged among 5,000 with long
// connectors, at 100% and with the whole design in view, for each scene index method. Prints
// one line per figure ("name value unit"); asserts nothing.
#include "model/document.h"
#include "model/io/designjson.h"
#include "widgets/mainwindow.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/componentitem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace continuity;

namespace {

// Regions in a grid, 50 components each in 10 columns; two thirds of the connections inside a
// region, a third from a database to one in a region across the canvas.
Design generate(int regions, int connections, quint32 seed)
{
    QRandomGenerator random(seed);
    Design d;
    const int perRegion = 50;
    const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(double(regions)))));
    const ComponentKind kinds[] = {ComponentKind::AksCluster, ComponentKind::ApplicationGateway,
                                   ComponentKind::ContainerRegistry, ComponentKind::KeyVault,
                                   ComponentKind::LogAnalytics, ComponentKind::Firewall,
                                   ComponentKind::Database, ComponentKind::StorageAccount,
                                   ComponentKind::BackupVault, ComponentKind::Database};
    for (int r = 0; r < regions; ++r) {
        Component region;
        region.id = QStringLiteral("r%1").arg(r);
        region.kind = ComponentKind::Region;
        region.name = QStringLiteral("Region %1").arg(r);
        region.properties["location"] = "eastus2";
        const QPointF origin((r % columns) * 2120.0, (r / columns) * 900.0);
        region.pos = origin;
        region.size = QSizeF(2040, 820);
        d.components.emplace(region.id, region);
        for (int i = 0; i < perRegion; ++i) {
            Component c;
            c.id = QStringLiteral("r%1-c%2").arg(r).arg(i);
            c.kind = kinds[i % 10];
            c.name = QStringLiteral("%1 %2").arg(toString(c.kind)).arg(i);
            c.parent = region.id;
            c.pos = origin + QPointF(20 + (i % 10) * 200, 60 + (i / 10) * 150);
            d.components.emplace(c.id, std::move(c));
        }
    }
    for (int n = 0; n < connections; ++n) {
        Connection c;
        c.id = QStringLiteral("k%1").arg(n);
        const int r = static_cast<int>(random.bounded(regions));
        const int row = static_cast<int>(random.bounded(5));
        if (n % 3 == 0) {
            const int far = (r + regions / 2) % regions;
            c.from = QStringLiteral("r%1-c%2").arg(r).arg(row * 10 + 6);
            c.to = QStringLiteral("r%1-c%2").arg(far).arg(row * 10 + 9);
        } else {
            const int target = 1 + static_cast<int>(random.bounded(8));
            c.from = QStringLiteral("r%1-c%2").arg(r).arg(row * 10);
            c.to = QStringLiteral("r%1-c%2").arg(r).arg(row * 10 + target);
            if (target == 1 || target == 8)
                std::swap(c.from, c.to);  // gateway → cluster, backup vault → cluster
        }
        d.connections.emplace(c.id, std::move(c));
    }
    return d;
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    const auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * v.size()))]; };
    return {at(0.5), at(0.95), v.back()};
}

// Figures taken before the window is shown would time nothing: say so.
void waitExposed(QWidget *widget)
{
    if (!QTest::qWaitForWindowExposed(widget))
        std::fprintf(stderr, "bench_canvas: the window was not shown; figures are void\n");
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%-58s %10.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A view that times its own paints.
class TimedView : public CanvasView
{
public:
    using CanvasView::CanvasView;
    int paints = 0;
    double lastPaintMs = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        CanvasView::paintEvent(event);
        lastPaintMs = timer.nsecsElapsed() / 1e6;
        ++paints;
    }
};

// Drags the children of two neighbouring regions (100 components) in small steps. A frame is
// the work of one step: handling the mouse event and the scene's updates, plus the paint that
// follows (the wait for the window system's repaint timer is left out).
Stats dragFrames(QGraphicsScene::ItemIndexMethod index, bool wholeDesign, int steps,
                 Stats *paintStats = nullptr, bool layer = true)
{
    Document doc(generate(100, 7500, 42));
    CanvasScene scene(&doc);
    scene.setItemIndexMethod(index);
    TimedView view(&scene);
    view.setDragLayerEnabled(layer);
    view.resize(1600, 1000);
    view.show();
    waitExposed(&view);
    QSet<QString> selected;
    for (const QString &region : {QStringLiteral("r44"), QStringLiteral("r45")}) {
        for (const QString &id : doc.childrenOf(region))
            selected.insert(id);
    }
    doc.setSelection(selected);
    const ComponentItem *grab = scene.componentItem(QStringLiteral("r44-c12"));
    if (wholeDesign)
        view.zoomToFit();
    else
        view.centerOn(grab->rect().center());
    QTest::qWait(50);

    QPoint p = view.mapFromScene(grab->rect().center() + QPointF(10, 10));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, p);
    std::vector<double> frames;
    std::vector<double> paintTimes;
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        // Steps of a grid cell and a bit, so that every step moves the snapped items.
        p += QPoint(i % 40 < 20 ? 21 : -21, i % 20 < 10 ? 21 : -21);
        const int before = view.paints;
        timer.start();
        QMouseEvent move(QEvent::MouseMove, QPointF(p), view.viewport()->mapToGlobal(QPointF(p)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        QCoreApplication::processEvents();
        double work = timer.nsecsElapsed() / 1e6;
        // The paint either happened within that turn of the event loop (and is counted in
        // it) or comes with the window system's repaint timer.
        const bool paintedAlready = view.paints != before;
        for (int spin = 0; spin < 50 && view.paints == before; ++spin)
            QTest::qWait(1);
        if (view.paints != before) {
            if (!paintedAlready)
                work += view.lastPaintMs;
            paintTimes.push_back(view.lastPaintMs);
        }
        frames.push_back(work);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, p);
    if (paintStats)
        *paintStats = stats(paintTimes);
    return stats(frames);
}

}  // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);  // the designer's settings stay the user's
    QApplication app(argc, argv);
    const int steps = argc > 1 ? QByteArray(argv[1]).toInt() : 120;
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    if (only == "static") {
        for (const auto index : {QGraphicsScene::NoIndex, QGraphicsScene::BspTreeIndex}) {
            Document doc(generate(100, 7500, 42));
            CanvasScene scene(&doc);
            scene.setItemIndexMethod(index);
            TimedView view(&scene);
            view.resize(1600, 1000);
            view.show();
            waitExposed(&view);
            view.centerOn(scene.componentItem(QStringLiteral("r44-c12"))->rect().center());
            QTest::qWait(50);
            std::vector<double> times;
            for (int i = 0; i < 30; ++i) {
                view.viewport()->repaint();
                times.push_back(view.lastPaintMs);
            }
            print(index == QGraphicsScene::NoIndex ? "static repaint 100%, NoIndex"
                                                   : "static repaint 100%, BSP",
                  stats(times).p50, "ms");
        }
        return 0;
    }
    if (only == "drag" || only == "drag-every-item") {
        // "drag-every-item": each frame paints every item, without the picture of what stands
        // still (for comparison).
        Stats paint;
        const Stats s = dragFrames(QGraphicsScene::NoIndex, argc > 3 && QByteArray(argv[3]) == "whole",
                                   steps, &paint, only == "drag");
        print("drag 100 of 5k, NoIndex, p50", s.p50, "ms");
        print("drag 100 of 5k, NoIndex, p95", s.p95, "ms");
        print("drag 100 of 5k, NoIndex, paint p50", paint.p50, "ms");
        print("drag 100 of 5k, NoIndex, paint p95", paint.p95, "ms");
        return 0;
    }
    if (only.isEmpty() || only == "open") {
        // What a user waits for: from choosing a 10k file to its first painted frame in the
        // designer, with the validator, the estimates and every panel attached.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.continuity.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(writeDesign(generate(200, 15000, 7))) < 0)
            qFatal("cannot write the 10k design");
        file.close();
        std::vector<double> toPaint, toSettled;
        for (int run = 0; run < 5; ++run) {
            MainWindow window;
            window.show();
            waitExposed(&window);
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            if (!window.openFile(path))
                qFatal("the 10k design does not open");
            window.view()->viewport()->repaint();
            toPaint.push_back(timer.nsecsElapsed() / 1e6);
            QCoreApplication::processEvents();
            toSettled.push_back(timer.nsecsElapsed() / 1e6);
        }
        print("open 10k file to first painted frame, p50", stats(toPaint).p50, "ms");
        print("open 10k file to first painted frame, max", stats(toPaint).max, "ms");
        print("open 10k file until every panel is filled, p50", stats(toSettled).p50, "ms");
        if (only == "open")
            return 0;
    }
    const bool buildOnly = only == "build";

    {
        Design big = generate(200, 15000, 7);
        Document doc(big);
        QElapsedTimer timer;
        timer.start();
        CanvasScene scene(&doc);
        print("scene build, 10k components + 15k connections", timer.nsecsElapsed() / 1e6, "ms");
        CanvasView view(&scene);
        view.resize(1600, 1000);
        view.show();
        waitExposed(&view);
        timer.start();
        view.zoomToFit();
        view.viewport()->repaint();
        print("fit and first paint of the whole 10k design", timer.nsecsElapsed() / 1e6, "ms");
        timer.start();
        doc.resetDesign(big);
        print("scene rebuild on reset, 10k", timer.nsecsElapsed() / 1e6, "ms");
    }
    if (buildOnly)
        return 0;

    for (const auto &[index, name] : {std::pair{QGraphicsScene::NoIndex, "NoIndex"},
                                      std::pair{QGraphicsScene::BspTreeIndex, "BspTreeIndex"}}) {
        for (const bool whole : {false, true}) {
            const Stats s = dragFrames(index, whole, steps);
            const QByteArray label = QByteArray("drag 100 of 5k, ") + name
                + (whole ? ", whole design in view" : ", 100%");
            print((label + ", p50").constData(), s.p50, "ms");
            print((label + ", p95").constData(), s.p95, "ms");
            print((label + ", max").constData(), s.max, "ms");
        }
    }
    return 0;
}
