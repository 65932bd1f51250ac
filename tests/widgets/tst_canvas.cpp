// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"
#include "model/layout.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/canvas/icons.h"
#include "tests/support/designgen.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace continuity;

namespace {

Component component(const QString &id, ComponentKind kind, const QString &parent, QPointF pos)
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = id;
    c.parent = parent;
    c.pos = pos;
    return c;
}

Component region(const QString &id, const QString &location, QRectF rect)
{
    Component c = component(id, ComponentKind::Region, {}, rect.topLeft());
    c.size = rect.size();
    c.properties["location"] = location.toStdString();
    return c;
}

Connection connection(const QString &id, const QString &from, const QString &to,
                      nlohmann::json properties = nlohmann::json::object())
{
    Connection c;
    c.id = id;
    c.from = from;
    c.to = to;
    c.properties = std::move(properties);
    return c;
}

// Two regions side by side, a Front Door above them, a gateway and a cluster in the first and
// a cluster in the second.
Design sampleDesign()
{
    Design d;
    for (Component c : {region(QStringLiteral("r1"), QStringLiteral("eastus2"),
                               QRectF(0, 0, 560, 400)),
                        region(QStringLiteral("r2"), QStringLiteral("centralus"),
                               QRectF(640, 0, 560, 400)),
                        component(QStringLiteral("afd"), ComponentKind::FrontDoor, {},
                                  QPointF(540, -160)),
                        component(QStringLiteral("agw1"), ComponentKind::ApplicationGateway,
                                  QStringLiteral("r1"), QPointF(20, 60)),
                        component(QStringLiteral("aks1"), ComponentKind::AksCluster,
                                  QStringLiteral("r1"), QPointF(220, 60)),
                        component(QStringLiteral("kv1"), ComponentKind::KeyVault,
                                  QStringLiteral("r1"), QPointF(20, 220)),
                        component(QStringLiteral("aks2"), ComponentKind::AksCluster,
                                  QStringLiteral("r2"), QPointF(860, 60))}) {
        const QString id = c.id;
        d.components.emplace(id, std::move(c));
    }
    for (Connection c : {connection(QStringLiteral("c1"), QStringLiteral("afd"),
                                    QStringLiteral("agw1"), {{"priority", 1}, {"weight", 70}}),
                         connection(QStringLiteral("c2"), QStringLiteral("agw1"),
                                    QStringLiteral("aks1")),
                         connection(QStringLiteral("c3"), QStringLiteral("afd"),
                                    QStringLiteral("aks2"), {{"priority", 2}})}) {
        const QString id = c.id;
        d.connections.emplace(id, std::move(c));
    }
    return d;
}

QSet<QString> designIds(const Document &doc)
{
    QSet<QString> ids;
    for (const auto &[id, c] : doc.design().components)
        ids.insert(id);
    for (const auto &[id, c] : doc.design().connections)
        ids.insert(id);
    return ids;
}

QSet<QString> itemIds(const CanvasScene &scene)
{
    QSet<QString> ids;
    for (QGraphicsItem *item : scene.items()) {
        if (item->type() == ComponentItem::Type)
            ids.insert(static_cast<ComponentItem *>(item)->id());
        else if (item->type() == ConnectionItem::Type)
            ids.insert(static_cast<ConnectionItem *>(item)->id());
    }
    return ids;
}

// A document with its scene and a view on screen (offscreen), at 100%, showing scene
// coordinates (-100, -250) at its top-left corner.
struct Canvas {
    Document doc;
    std::unique_ptr<LiveValidator> validator;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;

    explicit Canvas(Design design = sampleDesign(), bool withValidator = false)
        : doc(std::move(design))
    {
        if (withValidator)
            validator = std::make_unique<LiveValidator>(&doc);
        scene = std::make_unique<CanvasScene>(&doc, validator.get());
        view = std::make_unique<CanvasView>(scene.get());
        view->resize(1400, 800);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->zoomReset();
        view->horizontalScrollBar()->setValue(0);
        view->verticalScrollBar()->setValue(0);
        const QPointF topLeft = view->mapToScene(QPoint(0, 0));
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value()
                                              + int(-100 - topLeft.x()));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value()
                                            + int(-250 - topLeft.y()));
    }

    QWidget *viewport() const { return view->viewport(); }
    QPoint at(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    QPointF posOf(const QString &id) const { return *doc.component(id)->pos; }

    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, at(from));
        const int steps = 8;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport(), at(from + (to - from) * (double(i) / steps)));
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, at(to));
    }

    void drop(ComponentKind kind, const QPointF &scenePos)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(KindMimeType), toString(kind).toUtf8());
        const QPoint p = at(scenePos);
        QDragEnterEvent enter(p, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &enter);
        QDragMoveEvent move(p, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &move);
        QDropEvent drop(QPointF(p), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &drop);
    }
};

QImage render(CanvasScene &scene, const QRectF &area)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(), area.size()), area);
    return image;
}

}  // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sceneMirrorsTheDocumentAfterAddRemoveUndoAndRedo();
    void sceneRebuildsWhenTheDesignIsReplaced();
    void draggingAnItemMovesItOnTheGridInOneUndoEntry();
    void aDragThatEndsWhereItBeganLeavesNoUndoEntry();
    void escapeDuringADragPutsTheItemBack();
    void draggingIntoAnotherRegionReparentsInOneUndoEntry();
    void draggingARegionMovesItsChildrenInOneUndoEntry();
    void draggingARegionBorderResizesItInOneUndoEntry();
    void aRegionCannotBeResizedPastItsChildren();
    void aDropFromThePaletteLandsInTheRegionUnderTheCursor();
    void aGlobalServiceDroppedOnARegionStaysOutsideIt();
    void aRegionalComponentDroppedOutsideRegionsIsAddedWithoutParent();
    void aRegionDroppedOnAnotherSlidesBesideIt();
    void aPlacementClickAddsTheChosenKindAndEnds();
    void draggingFromAPortToAnotherComponentConnectsThem();
    void connectingIncompatibleKindsAddsNothingAndSaysWhy();
    void aRubberBandSelectsTheComponentsItTouches();
    void clickingSelectsAndCtrlClickAddsToTheSelection();
    void selectionMirrorsTheDocumentBothWays();
    void deleteKeyRemovesTheSelectionInOneUndoEntry();
    void arrowKeysNudgeAndARepeatedKeyIsOneUndoEntry();
    void copyAndPasteThroughTheClipboardAddsCopiesWithNewIds();
    void pasteWorksInAnotherWindow();
    void duplicateAddsCopiesInOneUndoEntry();
    void alignLeftLinesUpTheSelection();
    void aFindingMarksItsSubjectsAndClearsWhenMended();
    void hidingFindingsRemovesTheirMarks();
    void labelsWithMarkupShowLiterally();
    void routingEdgesAreLabelledWithPriorityAndWeight();
    void connectionsFollowTheirEndsWhileDragged();
    void connectionsBetweenTheSameTwoAreDrawnApart();
    void aDragFramePaintsWhatMovesOverAPictureOfWhatStandsStill();
    void anEmptyCanvasSaysWhereToStart();
    void componentsWithoutPositionsAreShownInsideTheirRegion();
    void zoomKeepsThePointUnderTheCursorAndFitShowsEverything();
    void contextMenuRequestNamesTheItemsUnderThePointer();
    void everyKindHasAnIcon();
    void darkPaletteGivesADarkCanvas();
    void aLargeDesignKeepsOnlyTheLabelsLastLaidOut();
};

void TestCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCanvas::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestCanvas::sceneMirrorsTheDocumentAfterAddRemoveUndoAndRedo()
{
    Canvas c;
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));

    const QString added = c.doc.addComponent(ComponentKind::Database, QPointF(220, 220),
                                             QStringLiteral("r1"));
    QVERIFY(c.scene->componentItem(added));
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));

    const QSet<QString> full = designIds(c.doc);
    c.doc.removeItems({QStringLiteral("r1")});  // takes its children and their connections
    QVERIFY(!c.scene->componentItem(QStringLiteral("aks1")));
    QVERIFY(!c.scene->connectionItem(QStringLiteral("c1")));
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));

    c.doc.undoStack()->undo();
    QCOMPARE(itemIds(*c.scene), full);
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks1"))->rect(),
             QRectF(220, 60, layout::ComponentWidth, layout::ComponentHeight));
    QVERIFY(c.scene->connectionItem(QStringLiteral("c2"))->isVisible());

    c.doc.undoStack()->redo();
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));
    c.doc.undoStack()->undo();
    c.doc.undoStack()->undo();
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));
    QVERIFY(!c.scene->componentItem(added));
}

void TestCanvas::sceneRebuildsWhenTheDesignIsReplaced()
{
    Canvas c;
    Design other;
    Component only = region(QStringLiteral("solo"), QStringLiteral("westeurope"),
                            QRectF(0, 0, 400, 300));
    other.components.emplace(only.id, only);
    c.doc.resetDesign(other);
    QCOMPARE(itemIds(*c.scene), QSet<QString>{QStringLiteral("solo")});
}

void TestCanvas::draggingAnItemMovesItOnTheGridInOneUndoEntry()
{
    Canvas c;
    const QPointF grab(260, 100);  // inside aks1, away from its ports
    c.drag(grab, grab + QPointF(93, 47));
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(220 + 100, 60 + 40));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks1"))->pos(), QPointF(320, 100));
    QCOMPARE(c.doc.component(QStringLiteral("aks1"))->parent, QStringLiteral("r1"));
    c.doc.undoStack()->undo();
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks1"))->pos(), QPointF(220, 60));
}

void TestCanvas::aDragThatEndsWhereItBeganLeavesNoUndoEntry()
{
    Canvas c;
    const QPointF grab(260, 100);
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at(grab));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(100, 100)));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(2, 1)));
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at(grab + QPointF(2, 1)));
    QCOMPARE(c.doc.undoStack()->count(), 0);
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(220, 60));
}

void TestCanvas::escapeDuringADragPutsTheItemBack()
{
    Canvas c;
    const QPointF grab(260, 100);
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at(grab));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(60, 60)));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(120, 120)));
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks1"))->pos(), QPointF(340, 180));
    QTest::keyClick(c.view.get(), Qt::Key_Escape);
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at(grab + QPointF(120, 120)));
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks1"))->pos(), QPointF(220, 60));
    QCOMPARE(c.doc.undoStack()->count(), 0);
}

void TestCanvas::draggingIntoAnotherRegionReparentsInOneUndoEntry()
{
    Canvas c;
    const QPointF grab(60, 240);  // kv1
    c.drag(grab, grab + QPointF(800, 0));
    const Component *kv = c.doc.component(QStringLiteral("kv1"));
    QCOMPARE(kv->parent, QStringLiteral("r2"));
    QCOMPARE(*kv->pos, QPointF(820, 220));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    c.doc.undoStack()->undo();
    QCOMPARE(c.doc.component(QStringLiteral("kv1"))->parent, QStringLiteral("r1"));
    QCOMPARE(c.posOf(QStringLiteral("kv1")), QPointF(20, 220));
}

void TestCanvas::draggingARegionMovesItsChildrenInOneUndoEntry()
{
    Canvas c;
    const QPointF title(300, 20);  // r1's title band
    c.drag(title, title + QPointF(0, 200));
    QCOMPARE(c.posOf(QStringLiteral("r1")), QPointF(0, 200));
    QCOMPARE(c.posOf(QStringLiteral("agw1")), QPointF(20, 260));
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(220, 260));
    QCOMPARE(c.posOf(QStringLiteral("kv1")), QPointF(20, 420));
    QCOMPARE(c.posOf(QStringLiteral("aks2")), QPointF(860, 60));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    QCOMPARE(c.doc.component(QStringLiteral("aks1"))->parent, QStringLiteral("r1"));
}

void TestCanvas::draggingARegionBorderResizesItInOneUndoEntry()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("r2")});
    const QPointF corner(1200, 400);
    c.drag(corner, corner + QPointF(118, 81));
    QCOMPARE(*c.doc.component(QStringLiteral("r2"))->size, QSizeF(680, 480));
    QCOMPARE(c.posOf(QStringLiteral("r2")), QPointF(640, 0));
    QCOMPARE(c.doc.undoStack()->count(), 1);
}

void TestCanvas::aRegionCannotBeResizedPastItsChildren()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("r1")});
    const QPointF right(560, 200);
    c.drag(right, QPointF(100, 200));
    // aks1 ends at x = 340; the margin keeps the border 20 further out.
    QCOMPARE(c.doc.component(QStringLiteral("r1"))->size->width(),
             340 + layout::RegionMargin);
}

void TestCanvas::aDropFromThePaletteLandsInTheRegionUnderTheCursor()
{
    Canvas c;
    const int before = c.doc.undoStack()->count();
    c.drop(ComponentKind::Database, QPointF(900, 300));
    QCOMPARE(c.doc.undoStack()->count(), before + 1);
    const QStringList selected = c.doc.selectedIds();
    QCOMPARE(selected.size(), 1);
    const Component *db = c.doc.component(selected.first());
    QVERIFY(db);
    QVERIFY(db->kind == ComponentKind::Database);
    QCOMPARE(db->parent, QStringLiteral("r2"));
    QVERIFY(layout::regionContentRect(c.scene->componentItem(QStringLiteral("r2"))->rect())
                .contains(layout::componentRect(*db)));
    QVERIFY(c.scene->componentItem(db->id));

    // Near the border the box is pulled inside the region.
    c.drop(ComponentKind::StorageAccount, QPointF(1190, 390));
    const Component *st = c.doc.component(c.doc.selectedIds().first());
    QCOMPARE(st->parent, QStringLiteral("r2"));
    QVERIFY(layout::regionContentRect(c.scene->componentItem(QStringLiteral("r2"))->rect())
                .contains(layout::componentRect(*st)));
}

void TestCanvas::aGlobalServiceDroppedOnARegionStaysOutsideIt()
{
    Canvas c;
    c.drop(ComponentKind::TrafficManager, QPointF(300, 300));
    const Component *tm = c.doc.component(c.doc.selectedIds().first());
    QVERIFY(tm->kind == ComponentKind::TrafficManager);
    QVERIFY(tm->parent.isEmpty());
}

void TestCanvas::aRegionalComponentDroppedOutsideRegionsIsAddedWithoutParent()
{
    Canvas c;
    QSignalSpy status(c.view.get(), &CanvasView::statusMessage);
    c.drop(ComponentKind::KeyVault, QPointF(300, 600));
    const Component *kv = c.doc.component(c.doc.selectedIds().first());
    QVERIFY(kv->kind == ComponentKind::KeyVault);
    QVERIFY(kv->parent.isEmpty());
    QCOMPARE(status.count(), 1);
}

void TestCanvas::aRegionDroppedOnAnotherSlidesBesideIt()
{
    Canvas c;
    const QStringList before = [&] {
        QStringList regions;
        for (const auto &[id, comp] : c.doc.design().components) {
            if (comp.kind == ComponentKind::Region)
                regions << id;
        }
        return regions;
    }();
    QVERIFY(!before.isEmpty());
    const ComponentItem *existing = c.scene->componentItem(before.first());
    c.drop(ComponentKind::Region, existing->rect().center());
    const Component *added = c.doc.component(c.doc.selectedIds().first());
    QVERIFY(added->kind == ComponentKind::Region);
    const QRectF placed = c.scene->componentItem(added->id)->rect();
    for (const QString &id : before)
        QVERIFY2(!placed.intersects(c.scene->componentItem(id)->rect()), qPrintable(id));
    // It keeps the height the pointer gave it and lies to the right of the one it was dropped on.
    QVERIFY(placed.left() >= existing->rect().right());
}

void TestCanvas::aPlacementClickAddsTheChosenKindAndEnds()
{
    Canvas c;
    QSignalSpy finished(c.view.get(), &CanvasView::placementFinished);
    c.view->setPlacementKind(ComponentKind::LogAnalytics);
    QVERIFY(c.view->placementKind() == ComponentKind::LogAnalytics);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(400, 300)));
    const Component *log = c.doc.component(c.doc.selectedIds().first());
    QVERIFY(log->kind == ComponentKind::LogAnalytics);
    QCOMPARE(log->parent, QStringLiteral("r1"));
    QVERIFY(!c.view->placementKind());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(c.doc.undoStack()->count(), 1);

    c.view->setPlacementKind(ComponentKind::Firewall);
    QTest::keyClick(c.view.get(), Qt::Key_Escape);
    QVERIFY(!c.view->placementKind());
    QCOMPARE(c.doc.undoStack()->count(), 1);
}

void TestCanvas::draggingFromAPortToAnotherComponentConnectsThem()
{
    Canvas c;
    c.doc.removeItems({QStringLiteral("c2")});
    c.doc.undoStack()->clear();
    // From the cluster's left port to the gateway: the connection runs gateway → cluster.
    c.drag(QPointF(222, 100), QPointF(80, 100));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    const QStringList selected = c.doc.selectedIds();
    QCOMPARE(selected.size(), 1);
    const Connection *made = c.doc.connection(selected.first());
    QVERIFY(made);
    QCOMPARE(made->from, QStringLiteral("agw1"));
    QCOMPARE(made->to, QStringLiteral("aks1"));
    QVERIFY(c.scene->connectionItem(made->id));
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(220, 60));
}

void TestCanvas::connectingIncompatibleKindsAddsNothingAndSaysWhy()
{
    Canvas c;
    QSignalSpy status(c.view.get(), &CanvasView::statusMessage);
    const size_t connections = c.doc.design().connections.size();
    // From the key vault's bottom port to Front Door: no connection kind joins them.
    c.drag(QPointF(80, 299), QPointF(600, -120));
    QCOMPARE(c.doc.design().connections.size(), connections);
    QCOMPARE(c.doc.undoStack()->count(), 0);
    QCOMPARE(status.count(), 1);
}

void TestCanvas::aRubberBandSelectsTheComponentsItTouches()
{
    Canvas c;
    // Inside r1, around agw1 and aks1 but not kv1 nor r1 itself.
    c.drag(QPointF(10, 50), QPointF(400, 180));
    QCOMPARE(c.doc.selection(), (QSet<QString>{QStringLiteral("agw1"), QStringLiteral("aks1"),
                                               QStringLiteral("c2")}));
    QCOMPARE(c.doc.undoStack()->count(), 0);
    // A click in the region's empty inside selects the region.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(400, 350)));
    QCOMPARE(c.doc.selection(), QSet<QString>{QStringLiteral("r1")});
    // A click on the background clears the selection.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(300, 500)));
    QVERIFY(c.doc.selection().isEmpty());
}

void TestCanvas::clickingSelectsAndCtrlClickAddsToTheSelection()
{
    Canvas c;
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(260, 100)));
    QCOMPARE(c.doc.selection(), QSet<QString>{QStringLiteral("aks1")});
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      c.at(QPointF(900, 100)));
    QCOMPARE(c.doc.selection(),
             (QSet<QString>{QStringLiteral("aks1"), QStringLiteral("aks2")}));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      c.at(QPointF(260, 100)));
    QCOMPARE(c.doc.selection(), QSet<QString>{QStringLiteral("aks2")});
    QCOMPARE(c.doc.undoStack()->count(), 0);
}

void TestCanvas::selectionMirrorsTheDocumentBothWays()
{
    Canvas c;
    QSignalSpy changes(&c.doc, &Document::selectionChanged);
    c.doc.setSelection({QStringLiteral("aks1"), QStringLiteral("c1")});
    QVERIFY(c.scene->componentItem(QStringLiteral("aks1"))->isSelected());
    QVERIFY(c.scene->connectionItem(QStringLiteral("c1"))->isSelected());
    QVERIFY(!c.scene->componentItem(QStringLiteral("aks2"))->isSelected());
    QCOMPARE(changes.count(), 1);

    c.scene->componentItem(QStringLiteral("aks2"))->setSelected(true);
    QCOMPARE(c.doc.selection(), (QSet<QString>{QStringLiteral("aks1"), QStringLiteral("c1"),
                                               QStringLiteral("aks2")}));
    QCOMPARE(changes.count(), 2);
    c.scene->clearSelection();
    QVERIFY(c.doc.selection().isEmpty());
}

void TestCanvas::deleteKeyRemovesTheSelectionInOneUndoEntry()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("aks1"), QStringLiteral("kv1")});
    c.view->setFocus();
    QTest::keyClick(c.view.get(), Qt::Key_Delete);
    QVERIFY(!c.doc.component(QStringLiteral("aks1")));
    QVERIFY(!c.doc.component(QStringLiteral("kv1")));
    QVERIFY(!c.doc.connection(QStringLiteral("c2")));
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));
    QCOMPARE(c.doc.undoStack()->count(), 1);
}

void TestCanvas::arrowKeysNudgeAndARepeatedKeyIsOneUndoEntry()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("aks1")});
    QTest::keyClick(c.view.get(), Qt::Key_Right);
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(240, 60));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    // A held key: one press, then repeats.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    QCoreApplication::sendEvent(c.view.get(), &press);
    for (int i = 0; i < 3; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier, QString(), true);
        QCoreApplication::sendEvent(c.view.get(), &repeat);
    }
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(240, 140));
    QCOMPARE(c.doc.undoStack()->count(), 2);
}

void TestCanvas::copyAndPasteThroughTheClipboardAddsCopiesWithNewIds()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("agw1"), QStringLiteral("aks1")});
    c.view->copySelection();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasFormat(QString::fromLatin1(FragmentMimeType)));

    // With the pointer away from the canvas (the Edit menu), the copies land a step away from
    // the originals, in the same region.
    QCursor::setPos(c.view->mapToGlobal(QPoint(-300, -300)));
    const size_t components = c.doc.design().components.size();
    const size_t connections = c.doc.design().connections.size();
    c.view->paste();
    QCOMPARE(c.doc.undoStack()->count(), 1);
    QCOMPARE(c.doc.design().components.size(), components + 2);
    QCOMPARE(c.doc.design().connections.size(), connections + 1);  // c2 came along
    const QStringList pasted = c.doc.selectedIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted) {
        QVERIFY(id != QStringLiteral("agw1") && id != QStringLiteral("aks1"));
        QVERIFY(c.scene->componentItem(id));
        QCOMPARE(c.doc.component(id)->parent, QStringLiteral("r1"));
        QCOMPARE(c.posOf(id).y(), 100.0);
    }
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));

    // With the pointer over the canvas, they land under it, in the region there.
    QCursor::setPos(c.viewport()->mapToGlobal(c.at(QPointF(700, 200))));
    c.view->paste();
    QCOMPARE(c.doc.undoStack()->count(), 2);
    const QStringList second = c.doc.selectedIds();
    QCOMPARE(second.size(), 2);
    QCOMPARE(c.scene->itemsBoundingRect(second).topLeft(), QPointF(700, 200));
    for (const QString &id : second)
        QCOMPARE(c.doc.component(id)->parent, QStringLiteral("r2"));

    c.doc.undoStack()->undo();
    c.doc.undoStack()->undo();
    QCOMPARE(c.doc.design().components.size(), components);
    QCOMPARE(itemIds(*c.scene), designIds(c.doc));
}

void TestCanvas::pasteWorksInAnotherWindow()
{
    Canvas source;
    source.doc.setSelection({QStringLiteral("r2")});  // the region with its cluster
    source.view->copySelection();

    Design empty;
    Canvas target(empty);
    QCursor::setPos(target.view->mapToGlobal(QPoint(-300, -300)));
    target.view->paste();
    QCOMPARE(target.doc.design().components.size(), size_t(2));
    QCOMPARE(target.doc.undoStack()->count(), 1);
    QString regionId;
    QString clusterId;
    for (const auto &[id, comp] : target.doc.design().components)
        (comp.kind == ComponentKind::Region ? regionId : clusterId) = id;
    QCOMPARE(target.doc.component(clusterId)->parent, regionId);

    // Whatever else is on the clipboard is not pasted.
    QGuiApplication::clipboard()->setText(QStringLiteral("<b>not a design</b>"));
    target.view->paste();
    QCOMPARE(target.doc.undoStack()->count(), 1);
}

void TestCanvas::duplicateAddsCopiesInOneUndoEntry()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("aks2")});
    c.view->duplicateSelection();
    QCOMPARE(c.doc.undoStack()->count(), 1);
    const QString copy = c.doc.selectedIds().first();
    QVERIFY(copy != QStringLiteral("aks2"));
    QCOMPARE(c.posOf(copy), QPointF(900, 100));
    QCOMPARE(c.doc.component(copy)->parent, QStringLiteral("r2"));
}

void TestCanvas::alignLeftLinesUpTheSelection()
{
    Canvas c;
    c.doc.setSelection({QStringLiteral("aks1"), QStringLiteral("kv1")});
    c.view->alignSelection(Qt::AlignLeft);
    QCOMPARE(c.posOf(QStringLiteral("aks1")).x(), 20.0);
    QCOMPARE(c.posOf(QStringLiteral("kv1")).x(), 20.0);
    QCOMPARE(c.posOf(QStringLiteral("aks1")).y(), 60.0);
    QCOMPARE(c.doc.undoStack()->count(), 1);
}

void TestCanvas::aFindingMarksItsSubjectsAndClearsWhenMended()
{
    Canvas c(sampleDesign(), true);
    // A key vault outside every region breaks a structure rule (STR-002).
    const QString kv = c.doc.addComponent(ComponentKind::KeyVault, QPointF(300, 600));
    ComponentItem *item = c.scene->componentItem(kv);
    QTRY_VERIFY(item->severity() == std::optional<Severity>(Severity::Error));
    QVERIFY(item->findingCount() >= 1);
    QVERIFY(item->toolTipHtml().contains(QStringLiteral("STR-002")));

    c.doc.reparentComponents({kv}, QStringLiteral("r1"), {{kv, QPointF(220, 220)}});
    QTRY_VERIFY(item->severity() != std::optional<Severity>(Severity::Error));
}

void TestCanvas::hidingFindingsRemovesTheirMarks()
{
    Canvas c(sampleDesign(), true);
    const QString kv = c.doc.addComponent(ComponentKind::KeyVault, QPointF(300, 600));
    QTRY_VERIFY(c.scene->componentItem(kv)->severity().has_value());
    const QRectF area = c.scene->componentItem(kv)->rect().adjusted(-14, -14, 14, 14);
    const QImage marked = render(*c.scene, area);
    c.scene->setShowFindings(false);
    const QImage plain = render(*c.scene, area);
    QVERIFY(marked != plain);

    // Without findings the item looks like one that never had any.
    Canvas other;
    other.doc.addComponent(ComponentKind::KeyVault, QPointF(300, 600));
    QCOMPARE(render(*other.scene, area), plain);
}

void TestCanvas::labelsWithMarkupShowLiterally()
{
    const QString hostile = QStringLiteral("<img src=\"/etc/passwd\"><b>bold</b> & co");
    Design d = sampleDesign();
    d.components.at(QStringLiteral("aks1")).name = hostile;
    d.components.at(QStringLiteral("r1")).name = hostile;
    Canvas c(d);
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks1"))->label(), hostile);
    QCOMPARE(c.scene->componentItem(QStringLiteral("r1"))->label(), hostile);
    const QString tip = c.scene->componentItem(QStringLiteral("aks1"))->toolTipHtml();
    QVERIFY(tip.contains(QStringLiteral("&lt;img src=&quot;/etc/passwd&quot;&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    QVERIFY(!c.scene->connectionItem(QStringLiteral("c2"))->toolTipHtml()
                 .contains(QStringLiteral("<img")));
    // Painting such a label works like any other.
    const QImage image = render(*c.scene, QRectF(200, 40, 160, 120));
    QVERIFY(!image.isNull());

    c.doc.renameComponent(QStringLiteral("aks2"), hostile);
    QCOMPARE(c.scene->componentItem(QStringLiteral("aks2"))->label(), hostile);
}

void TestCanvas::routingEdgesAreLabelledWithPriorityAndWeight()
{
    Canvas c;
    QCOMPARE(c.scene->connectionItem(QStringLiteral("c1"))->label(), QStringLiteral("P1 · w70"));
    QCOMPARE(c.scene->connectionItem(QStringLiteral("c3"))->label(), QStringLiteral("P2 · w50"));
    QVERIFY(c.scene->connectionItem(QStringLiteral("c2"))->label().isEmpty());
    QVERIFY(c.scene->connectionItem(QStringLiteral("c2"))->kind() == ConnectionKind::Traffic);
    c.doc.setConnectionProperty({QStringLiteral("c3")}, "priority", 1);
    QCOMPARE(c.scene->connectionItem(QStringLiteral("c3"))->label(), QStringLiteral("P1 · w50"));
}

void TestCanvas::connectionsFollowTheirEndsWhileDragged()
{
    Canvas c;
    ConnectionItem *c2 = c.scene->connectionItem(QStringLiteral("c2"));
    // agw1 (20–140) → aks1 (220–340) on the same row: the line joins facing borders.
    QCOMPARE(c2->line(), QLineF(QPointF(140, 100), QPointF(220, 100)));
    const QPointF grab(260, 100);
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at(grab));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(50, 0)));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(100, 0)));
    QCOMPARE(c2->line().p2(), QPointF(320, 100));
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at(grab + QPointF(100, 0)));
    QCOMPARE(c2->line().p2(), QPointF(320, 100));
}

void TestCanvas::connectionsBetweenTheSameTwoAreDrawnApart()
{
    // A second agw1 → aks1 and one the other way, as a file written by hand may hold them,
    // and Front Door (c1, c3) given a third connection.
    Design design = sampleDesign();
    for (Connection extra : {connection(QStringLiteral("c4"), QStringLiteral("agw1"),
                                        QStringLiteral("aks1")),
                             connection(QStringLiteral("c5"), QStringLiteral("aks1"),
                                        QStringLiteral("agw1")),
                             connection(QStringLiteral("c6"), QStringLiteral("afd"),
                                        QStringLiteral("aks1"))}) {
        const QString id = extra.id;
        design.connections.emplace(id, std::move(extra));
    }
    Canvas c(std::move(design));
    // Three horizontal lines side by side, in the order of their ids.
    QList<double> heights;
    for (const QString &id : {QStringLiteral("c2"), QStringLiteral("c4"), QStringLiteral("c5")}) {
        const ConnectionItem *item = c.scene->connectionItem(id);
        QCOMPARE(c.scene->parallelIndex(item), std::make_pair(int(heights.size()), 3));
        const QLineF line = item->line();
        QCOMPARE(line.p1().y(), line.p2().y());
        heights << line.p1().y();
    }
    QCOMPARE(QSet<double>(heights.cbegin(), heights.cend()).size(), 3);

    // A hub's other connections are not counted with them: Front Door to aks2 stays alone.
    ConnectionItem *c3 = c.scene->connectionItem(QStringLiteral("c3"));
    QCOMPARE(c.scene->parallelIndex(c3), std::make_pair(0, 1));
    QCOMPARE(c.scene->parallelTo(c3), QList<ConnectionItem *>{c3});

    // Alone again, c2 goes back to joining the middles of the facing borders.
    c.doc.removeItems({QStringLiteral("c4"), QStringLiteral("c5")});
    ConnectionItem *c2 = c.scene->connectionItem(QStringLiteral("c2"));
    QCOMPARE(c.scene->parallelIndex(c2), std::make_pair(0, 1));
    QCOMPARE(c2->line(), QLineF(QPointF(140, 100), QPointF(220, 100)));
    c.doc.undoStack()->undo();
    QCOMPARE(c.scene->parallelIndex(c.scene->connectionItem(QStringLiteral("c5"))),
             std::make_pair(2, 3));
    QCOMPARE(c2->line().p1().y(), heights.first());
}

namespace {

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            n += p[col] != q[col];
    }
    return n;
}

}  // namespace

void TestCanvas::aDragFramePaintsWhatMovesOverAPictureOfWhatStandsStill()
{
    Canvas c;
    const QImage before = c.viewport()->grab().toImage();
    const QPointF grab(260, 100);  // aks1, joined to agw1 by c2
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at(grab));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(0, 60)));
    QTest::mouseMove(c.viewport(), c.at(grab + QPointF(0, 180)));
    QVERIFY(c.view->hasDragLayer());
    QCOMPARE(c.scene->paintLayer(), CanvasScene::PaintLayer::Moving);
    QVERIFY(!c.scene->paints(c.scene->componentItem(QStringLiteral("kv1"))));
    QVERIFY(c.scene->paints(c.scene->connectionItem(QStringLiteral("c2"))));
    const QImage during = c.viewport()->grab().toImage();
    QVERIFY(differingPixels(before, during) > 2000);  // the cluster and its line moved

    // The same frame with every item painting itself, the way frames are drawn outside drags.
    c.view->endDragLayer();
    QCOMPARE(c.scene->paintLayer(), CanvasScene::PaintLayer::All);
    const QImage ordinary = c.viewport()->grab().toImage();
    QVERIFY2(differingPixels(during, ordinary) < during.width() * during.height() / 1000,
             qPrintable(QString::number(differingPixels(during, ordinary))));
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at(grab + QPointF(0, 180)));
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(220, 240));

    // Scrolling under a drag: the next frame shows the design where it now is.
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(260, 280)));
    QTest::mouseMove(c.viewport(), c.at(QPointF(260, 300)));
    QTest::mouseMove(c.viewport(), c.at(QPointF(260, 320)));
    QVERIFY(c.view->hasDragLayer());
    c.view->horizontalScrollBar()->setValue(c.view->horizontalScrollBar()->value() + 120);
    QTest::mouseMove(c.viewport(), c.at(QPointF(260, 340)));
    const QImage scrolled = c.viewport()->grab().toImage();
    c.view->endDragLayer();
    const QImage scrolledOrdinary = c.viewport()->grab().toImage();
    QVERIFY(differingPixels(scrolled, scrolledOrdinary)
            < scrolled.width() * scrolled.height() / 1000);
    QTest::keyClick(c.view.get(), Qt::Key_Escape);
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at(QPointF(260, 340)));
    QVERIFY(!c.view->hasDragLayer());
    QCOMPARE(c.posOf(QStringLiteral("aks1")), QPointF(220, 240));
}

void TestCanvas::anEmptyCanvasSaysWhereToStart()
{
    Canvas c{Design()};
    const QImage empty = c.viewport()->grab().toImage();
    c.doc.addComponent(ComponentKind::FrontDoor, QPointF(-1000, -1000), {});
    const QImage one = c.viewport()->grab().toImage();
    // The hint is text in the middle of the view; it goes with the first component, which
    // was placed out of sight.
    const QRect middle(one.width() / 4, one.height() / 3, one.width() / 2, one.height() / 3);
    QVERIFY(differingPixels(empty.copy(middle), one.copy(middle)) > 500);
    c.doc.undoStack()->undo();
    QCOMPARE(differingPixels(empty, c.viewport()->grab().toImage()), 0);
}

void TestCanvas::componentsWithoutPositionsAreShownInsideTheirRegion()
{
    Design d = sampleDesign();
    d.components.at(QStringLiteral("aks1")).pos.reset();
    d.components.at(QStringLiteral("kv1")).pos.reset();
    d.components.at(QStringLiteral("r2")).size.reset();
    Canvas c(d);
    const QRectF r1 = c.scene->componentItem(QStringLiteral("r1"))->rect();
    for (const QString &id : {QStringLiteral("aks1"), QStringLiteral("kv1")}) {
        const QRectF r = c.scene->componentItem(id)->rect();
        QVERIFY(layout::regionContentRect(r1).contains(r));
        QVERIFY(!r.intersects(c.scene->componentItem(QStringLiteral("agw1"))->rect()));
    }
    QVERIFY(!c.scene->componentItem(QStringLiteral("aks1"))->rect().intersects(
        c.scene->componentItem(QStringLiteral("kv1"))->rect()));
    const QRectF r2 = c.scene->componentItem(QStringLiteral("r2"))->rect();
    QVERIFY(r2.contains(c.scene->componentItem(QStringLiteral("aks2"))->rect()));
}

void TestCanvas::zoomKeepsThePointUnderTheCursorAndFitShowsEverything()
{
    Canvas c;
    QSignalSpy zoomed(c.view.get(), &CanvasView::zoomChanged);
    const QPoint anchor = c.at(QPointF(280, 100));
    c.view->setZoom(2.0, anchor);
    QCOMPARE(c.view->zoom(), 2.0);
    QVERIFY(QLineF(c.view->mapToScene(anchor), QPointF(280, 100)).length() < 1.5);
    QCOMPARE(zoomed.count(), 1);

    QWheelEvent wheel(QPointF(anchor), c.viewport()->mapToGlobal(QPointF(anchor)), QPoint(),
                      QPoint(0, -120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(c.viewport(), &wheel);
    QVERIFY(c.view->zoom() < 2.0);

    c.view->zoomToFit();
    const QRectF visible = c.view->mapToScene(c.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(c.scene->itemsBoundingRect()));
    QVERIFY(c.view->zoom() <= 1.0);

    c.view->zoomReset();
    QCOMPARE(c.view->zoom(), 1.0);
    c.view->setZoom(100);
    QCOMPARE(c.view->zoom(), 4.0);
}

void TestCanvas::contextMenuRequestNamesTheItemsUnderThePointer()
{
    Canvas c;
    QSignalSpy requests(c.view.get(), &CanvasView::contextMenuRequested);
    const QPoint p = c.at(QPointF(260, 100));
    QContextMenuEvent event(QContextMenuEvent::Mouse, p, c.viewport()->mapToGlobal(p));
    QCoreApplication::sendEvent(c.viewport(), &event);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.first().at(0).toStringList(), QStringList{QStringLiteral("aks1")});
    QCOMPARE(c.doc.selection(), QSet<QString>{QStringLiteral("aks1")});

    const QPoint empty = c.at(QPointF(300, 600));
    QContextMenuEvent background(QContextMenuEvent::Mouse, empty,
                                 c.viewport()->mapToGlobal(empty));
    QCoreApplication::sendEvent(c.viewport(), &background);
    QCOMPARE(requests.count(), 2);
    QVERIFY(requests.last().at(0).toStringList().isEmpty());
}

void TestCanvas::everyKindHasAnIcon()
{
    for (int k = 0; k < ComponentKindCount; ++k) {
        const auto kind = static_cast<ComponentKind>(k);
        QVERIFY2(!kindIcon(kind).isNull(), qPrintable(toString(kind)));
        const QImage small = kindPixmap(kind, 16).toImage();
        const QImage large = kindPixmap(kind, 64).toImage();
        QCOMPARE(large.size(), QSize(64, 64));
        // Something is drawn, in the kind's accent colour, at both sizes.
        int inked = 0;
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x)
                inked += qAlpha(large.pixel(x, y)) > 200 ? 1 : 0;
        }
        QVERIFY2(inked > 100, qPrintable(toString(kind)));
        QVERIFY(!small.isNull());
    }
    QVERIFY(!appIcon().isNull());
}

void TestCanvas::darkPaletteGivesADarkCanvas()
{
    Canvas c;
    QVERIFY(c.scene->theme().canvas.lightness() > 128);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    c.scene->setPalette(dark);
    QVERIFY(c.scene->theme().dark);
    QVERIFY(c.scene->theme().canvas.lightness() < 64);
    QVERIFY(c.scene->theme().text.lightness() > 200);
}

QTEST_MAIN(TestCanvas)
// Laid-out labels cost some 2 KiB a component: a large design keeps those of the components
// drawn last, and lays the others out again when they are drawn; a frame that draws more than
// the cache holds makes it grow, so that a view does not lay out again what it keeps showing.
void TestCanvas::aLargeDesignKeepsOnlyTheLabelsLastLaidOut()
{
    Document document(testsupport::generateDesign(4000, 3));
    CanvasScene scene(&document);
    QList<ComponentItem *> components;
    for (QGraphicsItem *item : scene.items()) {
        auto *c = dynamic_cast<ComponentItem *>(item);
        if (c && !c->isRegion())
            components << c;
    }
    QVERIFY(components.size() > 3 * CanvasScene::MaxLaidOutLabels / 2 + 100);
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QStyleOptionGraphicsItem option;
    const auto draw = [&](ComponentItem *item) {
        option.exposedRect = item->boundingRect();
        item->paint(&painter, &option, nullptr);
    };

    draw(components[0]);
    QVERIFY(components[0]->labelsLaidOut());
    for (int i = 1; i <= CanvasScene::MaxLaidOutLabels; ++i)
        draw(components[i]);
    // The first one is the oldest of MaxLaidOutLabels + 1: released; the last ones kept.
    QVERIFY(!components[0]->labelsLaidOut());
    QVERIFY(components[1]->labelsLaidOut());
    QVERIFY(components[CanvasScene::MaxLaidOutLabels]->labelsLaidOut());
    draw(components[0]);
    QVERIFY(components[0]->labelsLaidOut());
    QVERIFY(!components[1]->labelsLaidOut());

    // A frame that drew all of these: the next one keeps them all.
    const int many = int(components.size());
    for (int frame = 0; frame < 2; ++frame) {
        scene.beginFrame();
        for (int i = 0; i < many; ++i)
            draw(components[i]);
    }
    for (int i = 0; i < many; ++i)
        QVERIFY2(components[i]->labelsLaidOut(), qPrintable(QString::number(i)));
}

#include "tst_canvas.moc"
