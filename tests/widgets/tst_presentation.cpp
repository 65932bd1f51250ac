// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"
#include "model/graph.h"
#include "model/io/designfile.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/mainwindow.h"
#include "widgets/presentation/presentationwindow.h"

#include <QAction>
#include <QGraphicsView>
#include <QLabel>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace continuity;

namespace {

Design templateDesign(const char *name)
{
    LoadResult result = loadDesignFile(
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/%1.continuity.json")
            .arg(QLatin1String(name)));
    if (!result.design)
        qFatal("template %s does not load", name);
    return std::move(*result.design);
}

// A test window that answers no question.
class QuietWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;

protected:
    QMessageBox::StandardButton askToSave() override { return QMessageBox::Discard; }
};

}  // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void slidesGoThroughDesignFindingsTradeoffAndEachRegionLoss();
    void keysStepForwardAndBack();
    void drillSlidesReplayTheLossOnTheCanvas();
    void namesShowAsPlainText();
    void escapeLeavesAndRestoresTheDesigner();
};

void TestPresentation::slidesGoThroughDesignFindingsTradeoffAndEachRegionLoss()
{
    Document document(templateDesign("active-passive"));
    LiveValidator validator(&document);
    PresentationWindow w(&document, &validator);
    using Kind = PresentationWindow::SlideKind;
    QCOMPARE(w.slideKind(0), Kind::Design);
    QCOMPARE(w.slideKind(1), Kind::Findings);
    QCOMPARE(w.slideKind(2), Kind::Tradeoff);
    QCOMPARE(w.slideKind(w.slideCount() - 1), Kind::SinglePoints);
    // One slide per step of each region's drill: the two regions of the template.
    const DesignGraph graph(document.design());
    int expected = 0;
    for (const char *location : {"centralus", "eastus2"}) {
        const auto failure = parseDrillFailure(graph, QStringLiteral("region:%1")
                                                          .arg(QLatin1String(location)));
        QVERIFY(failure);
        expected += std::max<int>(1, int(runDrill(graph, {*failure}).steps.size()));
    }
    int drills = 0;
    for (int i = 0; i < w.slideCount(); ++i)
        drills += w.slideKind(i) == Kind::Drill;
    QCOMPARE(drills, expected);
    QCOMPARE(w.slideCount(), 4 + expected);
    QCOMPARE(w.heading(), document.design().name);
}

void TestPresentation::keysStepForwardAndBack()
{
    Document document(templateDesign("active-active"));
    LiveValidator validator(&document);
    PresentationWindow w(&document, &validator);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentSlide(), 0);
    // The design fills the canvas's width or height.
    auto *view = w.findChild<QGraphicsView *>(QStringLiteral("presentationCanvas"));
    QVERIFY(view);
    const QRectF bounds = w.scene()->itemsBoundingRect();
    const auto filled = [&] {
        const QRect shown = view->mapFromScene(bounds).boundingRect();
        const QSize room = view->viewport()->size();
        return shown.width() > room.width() * 0.8 || shown.height() > room.height() * 0.8;
    };
    QTRY_VERIFY(filled());
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentSlide(), 1);
    QCOMPARE(w.heading(), QStringLiteral("Findings"));
    QTest::keyClick(&w, Qt::Key_Space);
    QCOMPARE(w.currentSlide(), 2);
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.currentSlide(), 3);
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.currentSlide(), 2);
    QTest::keyClick(&w, Qt::Key_PageUp);
    QCOMPARE(w.currentSlide(), 1);
    QTest::keyClick(&w, Qt::Key_End);
    QCOMPARE(w.currentSlide(), w.slideCount() - 1);
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.currentSlide(), w.slideCount() - 1);
    QTest::keyClick(&w, Qt::Key_Home);
    QCOMPARE(w.currentSlide(), 0);
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.currentSlide(), 0);
}

void TestPresentation::drillSlidesReplayTheLossOnTheCanvas()
{
    Document document(templateDesign("active-passive"));
    LiveValidator validator(&document);
    PresentationWindow w(&document, &validator);
    QVERIFY(w.drillView() == DrillView());
    int first = -1;
    for (int i = 0; i < w.slideCount() && first < 0; ++i) {
        if (w.slideKind(i) == PresentationWindow::SlideKind::Drill)
            first = i;
    }
    QVERIFY(first > 0);
    w.setCurrentSlide(first);
    QVERIFY(w.heading().startsWith(QLatin1String("Loss of Region")));
    QVERIFY2(w.caption().startsWith(QLatin1String("Step 1 of")), qPrintable(w.caption()));
    // The region's components are down on the canvas from the first step on.
    const DrillView view = w.drillView();
    QVERIFY(!view.failed.isEmpty());
    w.setCurrentSlide(first + 1);
    QVERIFY2(w.caption().startsWith(QLatin1String("Step 2 of")), qPrintable(w.caption()));
    // Leaving the drills clears the canvas.
    w.setCurrentSlide(0);
    QVERIFY(w.drillView() == DrillView());
    // The designer's document is untouched.
    QVERIFY(!document.isModified());
    QVERIFY(document.selectedIds().isEmpty());
}

void TestPresentation::namesShowAsPlainText()
{
    Design design = templateDesign("single-region");
    design.name = QStringLiteral("<img src=\"/etc/passwd\"> & <b>bold</b>");
    Document document(std::move(design));
    LiveValidator validator(&document);
    PresentationWindow w(&document, &validator);
    auto *heading = w.findChild<QLabel *>(QStringLiteral("presentationHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->textFormat(), Qt::PlainText);
    QCOMPARE(w.heading(), document.design().name);
}

void TestPresentation::escapeLeavesAndRestoresTheDesigner()
{
    QuietWindow window;
    QVERIFY(window.newFromTemplate(QStringLiteral("active-passive")));
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Let the window settle its docks (they are sized on the first turns of the event loop).
    QTest::qWait(300);
    const QByteArray geometry = window.saveGeometry();
    const QByteArray state = window.saveState();
    const Qt::WindowStates windowState = window.windowState();
    const bool modified = window.document()->isModified();

    auto *present = window.findChild<QAction *>(QStringLiteral("presentAction"));
    QVERIFY(present);
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    present->trigger();
    QPointer<PresentationWindow> presentation = window.findChild<PresentationWindow *>();
    QVERIFY(presentation);
    QVERIFY(presentation->isVisible());
    QVERIFY(presentation->windowState() & Qt::WindowFullScreen);
    QTest::keyClick(presentation, Qt::Key_Right);
    QTest::keyClick(presentation, Qt::Key_End);
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!presentation);

    QCOMPARE(window.windowState(), windowState);
    QCOMPARE(window.saveGeometry(), geometry);
    QCOMPARE(window.saveState(), state);
    QVERIFY(window.isVisible());
    QCOMPARE(window.document()->isModified(), modified);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
