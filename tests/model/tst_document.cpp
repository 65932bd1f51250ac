// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/kinds.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace continuity;

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void addingAComponentAnnouncesItsIdOnce();
    void changesAnnounceWhatChanged();
    void removalIsAnnouncedBeforeAndAfter();
    void selectionDropsRemovedItems();
    void selectionIgnoresUnknownIds();
    void resetReplacesTheDesignAndForgetsHistory();
    void newIdsAreUniqueAndReadable();
    void displayNamePrefersTheDesignName();
    void componentPropertiesFallBackToTheirDefaults();
    void aNewRegionIsThePairOfTheRegionAlreadyDrawn();
};

void TestDocument::addingAComponentAnnouncesItsIdOnce()
{
    Document doc;
    QSignalSpy added(&doc, &Document::componentsAdded);
    const QString region = doc.addComponent(ComponentKind::Region, QPointF(0, 0));
    const QString aks = doc.addComponent(ComponentKind::AksCluster, QPointF(40, 60), region);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).toStringList(), QStringList{aks});
    QCOMPARE(doc.component(aks)->parent, region);
    QCOMPARE(doc.childrenOf(region), QStringList{aks});
    // Named after its region, so that findings about two clusters tell them apart.
    QCOMPARE(doc.component(aks)->name, QStringLiteral("AKS East US 2"));
    const QString second = doc.addComponent(ComponentKind::AksCluster, QPointF(40, 160), region);
    QCOMPARE(doc.component(second)->name, QStringLiteral("AKS East US 2 2"));
    const QString global = doc.addComponent(ComponentKind::FrontDoor, QPointF(0, -100));
    QCOMPARE(doc.component(global)->name, kindLabel(ComponentKind::FrontDoor));
    const QString another = doc.addComponent(ComponentKind::FrontDoor, QPointF(0, -200));
    QCOMPARE(doc.component(another)->name, kindLabel(ComponentKind::FrontDoor) + " 2");
}

void TestDocument::aNewRegionIsThePairOfTheRegionAlreadyDrawn()
{
    Document doc;
    const QString first = doc.addComponent(ComponentKind::Region, QPointF(0, 0));
    QCOMPARE(doc.component(first)->properties.value("location", std::string()),
             std::string("eastus2"));
    QCOMPARE(doc.component(first)->name, QStringLiteral("East US 2"));
    // The second region of a DR design is the first one's pair.
    const QString second = doc.addComponent(ComponentKind::Region, QPointF(700, 0));
    QCOMPARE(doc.component(second)->properties.value("location", std::string()),
             std::string("centralus"));
    QCOMPARE(doc.component(second)->name, QStringLiteral("Central US"));
    // A third is a zoned region not drawn yet; a name given by the caller is kept.
    const QString third =
        doc.addComponent(ComponentKind::Region, QPointF(1400, 0), {}, QStringLiteral("DR"));
    const std::string loc = doc.component(third)->properties.value("location", std::string());
    QVERIFY(loc != "eastus2" && loc != "centralus");
    QVERIFY(Catalog::builtin().region(QString::fromStdString(loc))->hasZones);
    QCOMPARE(doc.component(third)->name, QStringLiteral("DR"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.nextRegionLocation(), QStringLiteral("centralus"));
}

void TestDocument::changesAnnounceWhatChanged()
{
    Document doc;
    const QString aks = doc.addComponent(ComponentKind::AksCluster, QPointF(0, 0));
    QSignalSpy changed(&doc, &Document::componentsChanged);
    doc.moveComponents({{aks, QPointF(10, 10)}});
    doc.setComponentProperty({aks}, "nodeCount", 5);
    doc.renameComponent(aks, QStringLiteral("Primary"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(1).value<ComponentChanges>(), ComponentChanges(ComponentChange::Geometry));
    QCOMPARE(changed.at(1).at(1).value<ComponentChanges>(), ComponentChanges(ComponentChange::Properties));
    QCOMPARE(changed.at(2).at(1).value<ComponentChanges>(), ComponentChanges(ComponentChange::Name));
    doc.undoStack()->undo();
    QCOMPARE(changed.count(), 4);
    QCOMPARE(doc.component(aks)->name, kindLabel(ComponentKind::AksCluster));
}

void TestDocument::removalIsAnnouncedBeforeAndAfter()
{
    Document doc;
    const QString aks = doc.addComponent(ComponentKind::AksCluster, QPointF(0, 0));
    bool presentDuringAboutTo = false;
    connect(&doc, &Document::componentsAboutToBeRemoved, this,
            [&](const QStringList &ids) { presentDuringAboutTo = doc.component(ids.first()); });
    QSignalSpy removed(&doc, &Document::componentsRemoved);
    doc.removeItems({aks});
    QVERIFY(presentDuringAboutTo);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!doc.component(aks));
}

void TestDocument::selectionDropsRemovedItems()
{
    Document doc;
    const QString a = doc.addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    const QString b = doc.addComponent(ComponentKind::KeyVault, QPointF(200, 0));
    doc.setSelection({a, b});
    QSignalSpy selection(&doc, &Document::selectionChanged);
    doc.removeItems({a});
    QCOMPARE(doc.selectedIds(), QStringList{b});
    QCOMPARE(selection.count(), 1);
    doc.removeSelection();
    QVERIFY(doc.selection().isEmpty());
    QVERIFY(doc.design().components.empty());
}

void TestDocument::selectionIgnoresUnknownIds()
{
    Document doc;
    const QString a = doc.addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    doc.setSelection({a, QStringLiteral("ghost")});
    QCOMPARE(doc.selectedIds(), QStringList{a});
}

void TestDocument::resetReplacesTheDesignAndForgetsHistory()
{
    Document doc;
    doc.addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QVERIFY(doc.isModified());
    QSignalSpy reset(&doc, &Document::designReset);
    Design other;
    other.name = QStringLiteral("Other");
    doc.resetDesign(other);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.design().name, QStringLiteral("Other"));
}

void TestDocument::newIdsAreUniqueAndReadable()
{
    Document doc;
    QSet<QString> ids;
    for (int i = 0; i < 5; ++i)
        ids.insert(doc.addComponent(ComponentKind::AksCluster, QPointF(i * 150, 0)));
    QCOMPARE(ids.size(), 5);
    QVERIFY(ids.contains(QStringLiteral("aks")));
    QVERIFY(ids.contains(QStringLiteral("aks-4")));
    for (const QString &id : ids)
        QVERIFY(isValidId(id));
}

void TestDocument::displayNamePrefersTheDesignName()
{
    Document doc;
    QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
    doc.setFileName(QStringLiteral("/tmp/shop.continuity.json"));
    QCOMPARE(doc.displayName(), QStringLiteral("shop.continuity.json"));
    doc.setDesignName(QStringLiteral("Shop"));
    QCOMPARE(doc.displayName(), QStringLiteral("Shop"));
}

void TestDocument::componentPropertiesFallBackToTheirDefaults()
{
    Component aks;
    aks.kind = ComponentKind::AksCluster;
    QCOMPARE(intProperty(aks, "nodeCount"), 3);
    QCOMPARE(stringProperty(aks, "tier"), QStringLiteral("standard"));
    QVERIFY(propertyValue(aks, "zones", true) == nlohmann::json::array({1, 2, 3}));
    QVERIFY(propertyValue(aks, "zones", false) == nlohmann::json::array());
    aks.properties["nodeCount"] = "three";  // a wrong type reads as the default, never throws
    QCOMPARE(intProperty(aks, "nodeCount"), 3);
    aks.properties["nodeCount"] = 12;
    QCOMPARE(intProperty(aks, "nodeCount"), 12);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
