// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"
#include "model/kinds.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace continuity;

namespace {

// A small two-region design with a router, gateways, clusters and their connections.
Design sampleDesign()
{
    Design d;
    d.name = QStringLiteral("Sample");
    d.deploymentModel = DeploymentModel::ActivePassive;
    auto add = [&](const char *id, ComponentKind kind, const char *parent, double x, double y) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = kind;
        c.name = QString::fromLatin1(id).toUpper();
        c.parent = QString::fromLatin1(parent);
        c.pos = QPointF(x, y);
        d.components[c.id] = c;
    };
    add("afd", ComponentKind::FrontDoor, "", 300, -150);
    add("r1", ComponentKind::Region, "", 0, 0);
    add("r2", ComponentKind::Region, "", 700, 0);
    d.components["r1"].properties["location"] = "eastus2";
    d.components["r2"].properties["location"] = "centralus";
    d.components["r1"].size = QSizeF(600, 400);
    d.components["r2"].size = QSizeF(600, 400);
    add("agw1", ComponentKind::ApplicationGateway, "r1", 40, 60);
    add("aks1", ComponentKind::AksCluster, "r1", 40, 200);
    add("agw2", ComponentKind::ApplicationGateway, "r2", 740, 60);
    add("aks2", ComponentKind::AksCluster, "r2", 740, 200);
    auto link = [&](const char *id, const char *from, const char *to, int priority) {
        Connection c;
        c.id = QString::fromLatin1(id);
        c.from = QString::fromLatin1(from);
        c.to = QString::fromLatin1(to);
        if (priority > 0)
            c.properties["priority"] = priority;
        d.connections[c.id] = c;
    };
    link("c1", "afd", "agw1", 1);
    link("c2", "afd", "agw2", 2);
    link("c3", "agw1", "aks1", 0);
    link("c4", "agw2", "aks2", 0);
    return d;
}

}  // namespace

using Edit = std::function<void(Document &)>;
Q_DECLARE_METATYPE(Edit)

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandUndoesAndRedoesExactly_data();
    void everyCommandUndoesAndRedoesExactly();
    void noOpIntentsPushNothing();
    void movesOfOneDragMergeIntoOneEntry();
    void movesOfDifferentDragsStaySeparate();
    void aDragThatEndsWhereItBeganLeavesNoEntry();
    void undoRestoresRemovedConnections();
    void removingARegionRemovesItsChildren();
    void connectInfersTheKindAndRefusesImpossiblePairs();
    void pasteGivesFreshIdsAndKeepsInnerConnections();
    void cleanStateFollowsTheUndoStack();
};

void TestCommands::everyCommandUndoesAndRedoesExactly_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("entries");
    QTest::newRow("add component") << Edit([](Document &d) {
        d.addComponent(ComponentKind::KeyVault, QPointF(60, 320), QStringLiteral("r1"));
    }) << 1;
    QTest::newRow("remove component") << Edit([](Document &d) {
        d.removeItems({QStringLiteral("aks1")});
    }) << 1;
    QTest::newRow("remove connection") << Edit([](Document &d) {
        d.removeItems({QStringLiteral("c2")});
    }) << 1;
    QTest::newRow("move") << Edit([](Document &d) {
        d.moveComponents({{QStringLiteral("aks1"), QPointF(100, 260)},
                          {QStringLiteral("agw1"), QPointF(100, 120)}});
    }) << 1;
    QTest::newRow("resize region") << Edit([](Document &d) {
        d.setGeometry(QStringLiteral("r1"), QRectF(0, 0, 800, 500));
    }) << 1;
    QTest::newRow("set property") << Edit([](Document &d) {
        d.setComponentProperty({QStringLiteral("aks1"), QStringLiteral("aks2")}, "nodeCount", 7);
    }) << 1;
    QTest::newRow("reset property to default") << Edit([](Document &d) {
        d.setComponentProperty({QStringLiteral("r1")}, "location", nlohmann::json());
    }) << 1;
    QTest::newRow("rename") << Edit([](Document &d) {
        d.renameComponent(QStringLiteral("aks1"), QStringLiteral("Primary cluster"));
    }) << 1;
    QTest::newRow("reparent") << Edit([](Document &d) {
        d.reparentComponents({QStringLiteral("aks1")}, QStringLiteral("r2"),
                             {{QStringLiteral("aks1"), QPointF(900, 200)}});
    }) << 1;
    QTest::newRow("connect") << Edit([](Document &d) {
        d.connectComponents(QStringLiteral("afd"), QStringLiteral("aks1"));
    }) << 1;
    QTest::newRow("set connection property") << Edit([](Document &d) {
        d.setConnectionProperty({QStringLiteral("c2")}, "priority", 1);
    }) << 1;
    QTest::newRow("deployment model") << Edit([](Document &d) {
        d.setDeploymentModel(DeploymentModel::ActiveActive);
    }) << 1;
    QTest::newRow("design name") << Edit([](Document &d) {
        d.setDesignName(QStringLiteral("Storefront"));
    }) << 1;
    QTest::newRow("assumption") << Edit([](Document &d) {
        d.setAssumption("assumption.requestsPerMonth", 5e8);
    }) << 1;
    QTest::newRow("paste") << Edit([](Document &d) {
        Design fragment;
        fragment.components["aks1"] = *d.component(QStringLiteral("aks1"));
        fragment.components["agw1"] = *d.component(QStringLiteral("agw1"));
        fragment.connections["c3"] = *d.connection(QStringLiteral("c3"));
        d.pasteFragment(fragment, QPointF(20, 20));
    }) << 1;
}

void TestCommands::everyCommandUndoesAndRedoesExactly()
{
    QFETCH(Edit, edit);
    QFETCH(int, entries);
    Document doc(sampleDesign());
    const Design before = doc.design();
    edit(doc);
    QCOMPARE(doc.undoStack()->count(), entries);
    const Design after = doc.design();
    QVERIFY(!(after == before));
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.design() == after);
}

void TestCommands::noOpIntentsPushNothing()
{
    Document doc(sampleDesign());
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(40, 200)}});
    doc.setComponentProperty({QStringLiteral("aks1")}, "nodeCount", nlohmann::json());
    doc.renameComponent(QStringLiteral("aks1"), QStringLiteral("AKS1"));
    doc.setDeploymentModel(DeploymentModel::ActivePassive);
    doc.removeItems({QStringLiteral("does-not-exist")});
    doc.setGeometry(QStringLiteral("r1"), QRectF(0, 0, 600, 400));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestCommands::movesOfOneDragMergeIntoOneEntry()
{
    Document doc(sampleDesign());
    const Design before = doc.design();
    for (int step = 1; step <= 10; ++step)
        doc.moveComponents({{QStringLiteral("aks1"), QPointF(40 + step * 5, 200)}}, 7);
    doc.moveComponents({{QStringLiteral("agw1"), QPointF(90, 60)}}, 7);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(*doc.component(QStringLiteral("aks1"))->pos, QPointF(90, 200));
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
}

void TestCommands::movesOfDifferentDragsStaySeparate()
{
    Document doc(sampleDesign());
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(60, 200)}}, 1);
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(80, 200)}}, 2);
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(100, 200)}});
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(120, 200)}});
    QCOMPARE(doc.undoStack()->count(), 4);
}

void TestCommands::aDragThatEndsWhereItBeganLeavesNoEntry()
{
    Document doc(sampleDesign());
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(60, 220)}}, 3);
    doc.moveComponents({{QStringLiteral("aks1"), QPointF(40, 200)}}, 3);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.design() == sampleDesign());
}

void TestCommands::undoRestoresRemovedConnections()
{
    Document doc(sampleDesign());
    QSignalSpy removed(&doc, &Document::connectionsRemoved);
    QSignalSpy added(&doc, &Document::connectionsAdded);
    doc.removeItems({QStringLiteral("agw1")});
    QVERIFY(!doc.connection(QStringLiteral("c1")));
    QVERIFY(!doc.connection(QStringLiteral("c3")));
    QCOMPARE(removed.count(), 1);
    QStringList ids = removed.at(0).at(0).toStringList();
    ids.sort();
    QCOMPARE(ids, QStringList({QStringLiteral("c1"), QStringLiteral("c3")}));
    doc.undoStack()->undo();
    QVERIFY(doc.connection(QStringLiteral("c1")));
    QVERIFY(doc.connection(QStringLiteral("c3")));
    QCOMPARE(added.count(), 1);
    QCOMPARE(doc.connectionsOf(QStringLiteral("agw1")),
             QStringList({QStringLiteral("c1"), QStringLiteral("c3")}));
}

void TestCommands::removingARegionRemovesItsChildren()
{
    Document doc(sampleDesign());
    doc.removeItems({QStringLiteral("r2")});
    QVERIFY(!doc.component(QStringLiteral("aks2")));
    QVERIFY(!doc.component(QStringLiteral("agw2")));
    QVERIFY(!doc.connection(QStringLiteral("c2")));
    QVERIFY(!doc.connection(QStringLiteral("c4")));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.design() == sampleDesign());
    QCOMPARE(doc.childrenOf(QStringLiteral("r2")),
             QStringList({QStringLiteral("agw2"), QStringLiteral("aks2")}));
}

void TestCommands::connectInfersTheKindAndRefusesImpossiblePairs()
{
    Document doc(sampleDesign());
    const QString id = doc.connectComponents(QStringLiteral("afd"), QStringLiteral("aks2"));
    QVERIFY(!id.isEmpty());
    const Connection *c = doc.connection(id);
    QVERIFY(c);
    QVERIFY(!c->kind);  // implied by the ends, so not written
    QVERIFY(effectiveConnectionKind(doc.design(), *c) == ConnectionKind::Traffic);
    QVERIFY(doc.connectComponents(QStringLiteral("aks1"), QStringLiteral("afd")).isEmpty());
    QVERIFY(doc.connectComponents(QStringLiteral("r1"), QStringLiteral("r2")).isEmpty());
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestCommands::pasteGivesFreshIdsAndKeepsInnerConnections()
{
    Document doc(sampleDesign());
    Design fragment;
    fragment.components["agw1"] = *doc.component(QStringLiteral("agw1"));
    fragment.components["aks1"] = *doc.component(QStringLiteral("aks1"));
    fragment.connections["c3"] = *doc.connection(QStringLiteral("c3"));
    fragment.connections["c1"] = *doc.connection(QStringLiteral("c1"));  // one end outside
    const QStringList added = doc.pasteFragment(fragment, QPointF(20, 30));
    QCOMPARE(added.size(), 3);
    for (const QString &id : added)
        QVERIFY(!sampleDesign().contains(id));
    QCOMPARE(doc.design().components.size(), sampleDesign().components.size() + 2);
    QCOMPARE(doc.design().connections.size(), sampleDesign().connections.size() + 1);
    const Component *copy = doc.component(QStringLiteral("aks1-1"));
    QVERIFY(copy);
    QCOMPARE(copy->parent, QStringLiteral("r1"));
    QCOMPARE(*copy->pos, QPointF(60, 230));
    QCOMPARE(doc.selection().size(), 2);
}

void TestCommands::cleanStateFollowsTheUndoStack()
{
    Document doc(sampleDesign());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.renameComponent(QStringLiteral("aks1"), QStringLiteral("X"));
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 2);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
