// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/layout.h"

#include <QTest>

#include <cmath>

using namespace continuity;

namespace {

Component make(const QString &id, ComponentKind kind, const QString &parent = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.parent = parent;
    if (kind == ComponentKind::Region)
        c.properties["location"] = "eastus2";
    return c;
}

void add(Design &d, Component c)
{
    const QString id = c.id;
    d.components.emplace(id, std::move(c));
}

// A design as a script might write it: regions and components, no positions at all.
Design unplacedDesign(int regions, int perRegion, int globals)
{
    Design d;
    for (int r = 0; r < regions; ++r) {
        const QString region = QStringLiteral("r%1").arg(r);
        add(d, make(region, ComponentKind::Region));
        for (int i = 0; i < perRegion; ++i) {
            add(d, make(QStringLiteral("%1-c%2").arg(region).arg(i),
                        i % 2 ? ComponentKind::KeyVault : ComponentKind::AksCluster, region));
        }
    }
    for (int g = 0; g < globals; ++g)
        add(d, make(QStringLiteral("g%1").arg(g), ComponentKind::FrontDoor));
    return d;
}

QRectF rectOf(const Design &d, const QString &id)
{
    return layout::componentRect(d.components.at(id));
}

}  // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyComponentGetsAPositionInsideItsRegion_data();
    void everyComponentGetsAPositionInsideItsRegion();
    void noTwoBoxesOverlap();
    void regionsWithoutPositionsStandSideBySide();
    void globalServicesGoInARowAboveTheRegions();
    void placedComponentsKeepTheirPositionsAndNewOnesAvoidThem();
    void aRegionIsPutAroundItsPositionedChildren();
    void aStoredRegionSizeDecidesTheColumns();
    void positionsAreOnTheGrid();
    void aPlacedDesignIsLeftUnchanged();
    void aRegionFarOutStillHasItsChildrenPlaced_data();
    void aRegionFarOutStillHasItsChildrenPlaced();
};

void TestLayout::everyComponentGetsAPositionInsideItsRegion_data()
{
    QTest::addColumn<int>("regions");
    QTest::addColumn<int>("perRegion");
    QTest::addColumn<int>("globals");
    QTest::newRow("one region, one component") << 1 << 1 << 0;
    QTest::newRow("two regions and a router") << 2 << 5 << 1;
    QTest::newRow("a crowded region") << 1 << 30 << 0;
    QTest::newRow("many regions") << 12 << 7 << 3;
    QTest::newRow("empty regions") << 3 << 0 << 2;
}

void TestLayout::everyComponentGetsAPositionInsideItsRegion()
{
    QFETCH(int, regions);
    QFETCH(int, perRegion);
    QFETCH(int, globals);
    Design d = unplacedDesign(regions, perRegion, globals);
    layoutMissingPositions(d);
    for (const auto &[id, c] : d.components) {
        QVERIFY2(c.pos.has_value(), qPrintable(id));
        if (c.kind == ComponentKind::Region) {
            QVERIFY2(c.size.has_value(), qPrintable(id));
            QVERIFY(c.size->width() >= layout::MinRegionWidth);
            QVERIFY(c.size->height() >= layout::MinRegionHeight);
            continue;
        }
        if (c.parent.isEmpty())
            continue;
        const QRectF region = rectOf(d, c.parent);
        const QRectF content = layout::regionContentRect(region);
        QVERIFY2(content.contains(rectOf(d, id)),
                 qPrintable(QStringLiteral("%1 lies outside %2").arg(id, c.parent)));
    }
}

void TestLayout::noTwoBoxesOverlap()
{
    Design d = unplacedDesign(6, 9, 4);
    layoutMissingPositions(d);
    std::vector<std::pair<QString, QRectF>> boxes;
    std::vector<std::pair<QString, QRectF>> regions;
    for (const auto &[id, c] : d.components)
        (c.kind == ComponentKind::Region ? regions : boxes).emplace_back(id, rectOf(d, id));
    for (size_t i = 0; i < boxes.size(); ++i) {
        for (size_t j = i + 1; j < boxes.size(); ++j) {
            QVERIFY2(!boxes[i].second.intersects(boxes[j].second),
                     qPrintable(boxes[i].first + QLatin1String(" overlaps ") + boxes[j].first));
        }
    }
    for (size_t i = 0; i < regions.size(); ++i) {
        for (size_t j = i + 1; j < regions.size(); ++j)
            QVERIFY(!regions[i].second.intersects(regions[j].second));
        // Global services sit outside every region.
        for (const auto &[id, box] : boxes) {
            if (d.components.at(id).parent.isEmpty())
                QVERIFY(!regions[i].second.intersects(box));
        }
    }
}

void TestLayout::regionsWithoutPositionsStandSideBySide()
{
    Design d = unplacedDesign(3, 4, 0);
    layoutMissingPositions(d);
    const QRectF r0 = rectOf(d, QStringLiteral("r0"));
    const QRectF r1 = rectOf(d, QStringLiteral("r1"));
    const QRectF r2 = rectOf(d, QStringLiteral("r2"));
    QCOMPARE(r0.top(), r1.top());
    QCOMPARE(r1.top(), r2.top());
    QVERIFY(r0.right() < r1.left());
    QVERIFY(r1.right() < r2.left());
    QCOMPARE(r1.left() - r0.right(), layout::RegionGap);
}

void TestLayout::globalServicesGoInARowAboveTheRegions()
{
    Design d = unplacedDesign(2, 2, 3);
    layoutMissingPositions(d);
    const double regionsTop = std::min(rectOf(d, QStringLiteral("r0")).top(),
                                       rectOf(d, QStringLiteral("r1")).top());
    const double y = rectOf(d, QStringLiteral("g0")).top();
    for (const QString &id : {QStringLiteral("g0"), QStringLiteral("g1"), QStringLiteral("g2")}) {
        QCOMPARE(rectOf(d, id).top(), y);
        QVERIFY(rectOf(d, id).bottom() < regionsTop);
    }
    QVERIFY(rectOf(d, QStringLiteral("g0")).right() < rectOf(d, QStringLiteral("g1")).left());
}

void TestLayout::placedComponentsKeepTheirPositionsAndNewOnesAvoidThem()
{
    Design d;
    Component region = make(QStringLiteral("r"), ComponentKind::Region);
    region.pos = QPointF(100, 100);
    add(d, region);
    Component placed = make(QStringLiteral("a-placed"), ComponentKind::AksCluster,
                            QStringLiteral("r"));
    // Exactly where the first grid cell would be.
    placed.pos = QPointF(120, 160);
    add(d, placed);
    add(d, make(QStringLiteral("b-new"), ComponentKind::KeyVault, QStringLiteral("r")));
    layoutMissingPositions(d);
    QCOMPARE(*d.components.at(QStringLiteral("a-placed")).pos, QPointF(120, 160));
    QVERIFY(*d.components.at(QStringLiteral("r")).pos == QPointF(100, 100));
    const QRectF a = rectOf(d, QStringLiteral("a-placed"));
    const QRectF b = rectOf(d, QStringLiteral("b-new"));
    QVERIFY(!a.intersects(b));
    QVERIFY(layout::regionContentRect(rectOf(d, QStringLiteral("r"))).contains(b));
}

void TestLayout::aRegionIsPutAroundItsPositionedChildren()
{
    Design d;
    add(d, make(QStringLiteral("r"), ComponentKind::Region));
    Component child = make(QStringLiteral("aks"), ComponentKind::AksCluster, QStringLiteral("r"));
    child.pos = QPointF(1000, 500);
    add(d, child);
    layoutMissingPositions(d);
    const QRectF region = rectOf(d, QStringLiteral("r"));
    QVERIFY(layout::regionContentRect(region).contains(rectOf(d, QStringLiteral("aks"))));
}

void TestLayout::aStoredRegionSizeDecidesTheColumns()
{
    Design d;
    Component region = make(QStringLiteral("r"), ComponentKind::Region);
    region.pos = QPointF(0, 0);
    region.size = QSizeF(layout::MinRegionWidth, 2000);  // room for one column only
    add(d, region);
    for (int i = 0; i < 4; ++i)
        add(d, make(QStringLiteral("c%1").arg(i), ComponentKind::KeyVault, QStringLiteral("r")));
    layoutMissingPositions(d);
    QCOMPARE(*d.components.at(QStringLiteral("r")).size, QSizeF(layout::MinRegionWidth, 2000));
    for (int i = 0; i < 4; ++i) {
        const QRectF box = rectOf(d, QStringLiteral("c%1").arg(i));
        QCOMPARE(box.left(), layout::RegionMargin);
    }
}

void TestLayout::positionsAreOnTheGrid()
{
    Design d = unplacedDesign(3, 5, 2);
    layoutMissingPositions(d);
    for (const auto &[id, c] : d.components) {
        QCOMPARE(std::fmod(c.pos->x(), double(layout::GridSize)), 0.0);
        QCOMPARE(std::fmod(c.pos->y(), double(layout::GridSize)), 0.0);
    }
}

void TestLayout::aPlacedDesignIsLeftUnchanged()
{
    Design d = unplacedDesign(2, 3, 1);
    layoutMissingPositions(d);
    QVERIFY(!hasMissingPositions(d));
    const Design before = d;
    layoutMissingPositions(d);
    QCOMPARE(d, before);
}

void TestLayout::aRegionFarOutStillHasItsChildrenPlaced_data()
{
    QTest::addColumn<double>("far");
    QTest::newRow("the edge of the canvas") << 1e7;
    // Beyond where a step of one cell still moves a box: the boxes pile up instead.
    QTest::newRow("1e20") << 1e20;
    QTest::newRow("1e300") << 1e300;
    QTest::newRow("-1e300") << -1e300;
}

void TestLayout::aRegionFarOutStillHasItsChildrenPlaced()
{
    // Placing ends, whatever the coordinates, with every component at finite coordinates; the
    // loader keeps files within the canvas, but a design can come from elsewhere.
    QFETCH(double, far);
    Design d = unplacedDesign(1, 12, 2);
    d.components.at(QStringLiteral("r0")).pos = QPointF(far, far);
    add(d, make(QStringLiteral("placed"), ComponentKind::KeyVault, QStringLiteral("r0")));
    d.components.at(QStringLiteral("placed")).pos = QPointF(far, far);
    layoutMissingPositions(d);
    QVERIFY(!hasMissingPositions(d));
    for (const auto &[id, c] : d.components) {
        const QRectF r = rectOf(d, id);
        QVERIFY2(std::isfinite(r.left()) && std::isfinite(r.top()) && std::isfinite(r.right())
                     && std::isfinite(r.bottom()),
                 qPrintable(id));
    }
    if (std::abs(far) <= 1e7) {
        // Within the canvas the usual promise holds: no two boxes overlap.
        for (const auto &[id, c] : d.components) {
            for (const auto &[other, o] : d.components) {
                if (id < other && c.kind != ComponentKind::Region && o.kind != ComponentKind::Region)
                    QVERIFY2(!rectOf(d, id).intersects(rectOf(d, other)), qPrintable(id + other));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
