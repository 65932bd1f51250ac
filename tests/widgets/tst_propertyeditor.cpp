// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/kinds.h"
#include "widgets/panels/propertyeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace continuity;
using nlohmann::json;

namespace {

Component component(const QString &id, ComponentKind kind, const QString &parent = {},
                    json properties = json::object())
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = id;
    c.parent = parent;
    c.pos = QPointF(0, 0);
    c.properties = std::move(properties);
    return c;
}

// East US 2 (with zones) holding two clusters, a database pair, a registry and a gateway;
// Front Door in front of the gateway.
Design sampleDesign()
{
    Design d;
    d.name = QStringLiteral("Sample");
    d.deploymentModel = DeploymentModel::ActivePassive;
    auto add = [&d](Component c) { d.components[c.id] = std::move(c); };
    Component region = component(QStringLiteral("r1"), ComponentKind::Region, {},
                                 {{"location", "eastus2"}});
    region.name = QStringLiteral("East US 2");
    add(region);
    add(component(QStringLiteral("aks1"), ComponentKind::AksCluster, QStringLiteral("r1")));
    add(component(QStringLiteral("aks2"), ComponentKind::AksCluster, QStringLiteral("r1"),
                  {{"nodeCount", 5}}));
    add(component(QStringLiteral("db1"), ComponentKind::Database, QStringLiteral("r1"),
                  {{"zoneRedundant", true}}));
    add(component(QStringLiteral("db2"), ComponentKind::Database, QStringLiteral("r1"),
                  {{"zoneRedundant", false}}));
    add(component(QStringLiteral("acr"), ComponentKind::ContainerRegistry, QStringLiteral("r1")));
    add(component(QStringLiteral("agw"), ComponentKind::ApplicationGateway, QStringLiteral("r1")));
    add(component(QStringLiteral("kv"), ComponentKind::KeyVault, QStringLiteral("r1")));
    add(component(QStringLiteral("afd"), ComponentKind::FrontDoor));
    Connection route;
    route.id = QStringLiteral("c-route");
    route.from = QStringLiteral("afd");
    route.to = QStringLiteral("agw");
    route.properties = {{"priority", 1}};
    d.connections[route.id] = route;
    Connection uses;
    uses.id = QStringLiteral("c-uses");
    uses.from = QStringLiteral("aks1");
    uses.to = QStringLiteral("kv");
    d.connections[uses.id] = uses;
    return d;
}

// JSON values compared as their text, which QCOMPARE can print.
QString dump(const json &value)
{
    return QString::fromStdString(value.dump());
}

int limit(AksLimit which)
{
    return int(*Catalog::builtin().aksLimit(which).value);
}

// What a user does to commit a number: type it, press Enter.
void enterNumber(QSpinBox *spin, int value)
{
    auto *edit = spin->findChild<QLineEdit *>();
    spin->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
}

}  // namespace

class TestPropertyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editingANumberPushesOneCommand();
    void undoRefreshesTheEditedWidget();
    void leavingAFieldUntouchedPushesNothing();
    void arrowStepsBecomeOneUndoEntry();
    void enumerationsAreComboBoxesThatCommitOnChoice();
    void renamingIsOneUndoEntry();
    void countLimitsComeFromTheCatalog_data();
    void countLimitsComeFromTheCatalog();
    void multiSelectionShowsMixedValuesAndEditsAll();
    void mixedBooleanBecomesDefiniteWhenClicked();
    void zoneBoxesAddAndRemoveZones();
    void autoscaleTurnsOnWithAMinimumAndMaximum();
    void locationOffersCatalogRegionsAndRenamesTheRegion();
    void vmSizeOffersTheCatalogSizes();
    void geoReplicasAreACheckableRegionList();
    void routerConnectionsEditPriorityAndWeight();
    void otherConnectionsHaveNoRoutingFields();
    void emptySelectionEditsTheDesignNameAndModel();
    void namesFromTheFileAreShownAsPlainText();
    void focusNameReachesThePageOfTheNewSelection();

private:
    void select(const QStringList &ids);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<PropertyEditor> m_editor;
};

void TestPropertyEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPropertyEditor::init()
{
    m_doc = std::make_unique<Document>(sampleDesign());
    m_editor = std::make_unique<PropertyEditor>(m_doc.get(), &Catalog::builtin());
    m_editor->resize(360, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestPropertyEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

void TestPropertyEditor::select(const QStringList &ids)
{
    m_doc->setSelection(QSet<QString>(ids.cbegin(), ids.cend()));
    QTRY_COMPARE(m_editor->shownIds(), ids);
}

void TestPropertyEditor::editingANumberPushesOneCommand()
{
    select({QStringLiteral("aks1")});
    auto *spin = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("nodeCount")));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 3);

    enterNumber(spin, 7);

    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks1")), "nodeCount"), 7);
    // Typing is one edit: leaving the field afterwards adds nothing.
    spin->clearFocus();
    QTest::qWait(800);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestPropertyEditor::undoRefreshesTheEditedWidget()
{
    select({QStringLiteral("aks1")});
    auto *spin = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("nodeCount")));
    QVERIFY(spin);
    enterNumber(spin, 9);
    QCOMPARE(spin->value(), 9);

    m_doc->undoStack()->undo();
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks1")), "nodeCount"), 3);
    QCOMPARE(spin->value(), 3);
    m_doc->undoStack()->redo();
    QCOMPARE(spin->value(), 9);
}

void TestPropertyEditor::leavingAFieldUntouchedPushesNothing()
{
    select({QStringLiteral("aks1")});
    auto *spin = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("nodeCount")));
    QVERIFY(spin);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Return);
    spin->clearFocus();
    QTest::qWait(800);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // The default stays a default: nothing was written into the component.
    QVERIFY(!m_doc->component(QStringLiteral("aks1"))->properties.contains("nodeCount"));
}

void TestPropertyEditor::arrowStepsBecomeOneUndoEntry()
{
    select({QStringLiteral("aks1")});
    auto *spin = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("nodeCount")));
    QVERIFY(spin);
    spin->stepUp();
    spin->stepUp();
    spin->stepUp();
    QCOMPARE(m_doc->undoStack()->count(), 0);  // not yet: the user may still be clicking
    QTRY_COMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks1")), "nodeCount"), 6);
}

void TestPropertyEditor::enumerationsAreComboBoxesThatCommitOnChoice()
{
    select({QStringLiteral("aks1")});
    auto *tier = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("tier")));
    QVERIFY(tier);
    QCOMPARE(tier->count(), 3);  // free, standard, premium
    QCOMPARE(tier->currentIndex(), 1);

    tier->setCurrentIndex(2);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(stringProperty(*m_doc->component(QStringLiteral("aks1")), "tier"),
             QStringLiteral("premium"));
    m_doc->undoStack()->undo();
    QCOMPARE(tier->currentIndex(), 1);
}

void TestPropertyEditor::renamingIsOneUndoEntry()
{
    select({QStringLiteral("aks1")});
    auto *name = qobject_cast<QLineEdit *>(m_editor->editorFor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Primary cluster"));
    QCOMPARE(m_doc->undoStack()->count(), 0);  // not on every keystroke
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->component(QStringLiteral("aks1"))->name, QStringLiteral("Primary cluster"));
    m_doc->undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("aks1"));
}

void TestPropertyEditor::countLimitsComeFromTheCatalog_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("maximum");
    QTest::newRow("node count") << "nodeCount" << limit(AksLimit::NodesPerCluster);
    QTest::newRow("node pools") << "nodePools" << limit(AksLimit::NodePoolsPerCluster);
    QTest::newRow("pods per node") << "maxPodsPerNode" << limit(AksLimit::PodsPerNode);
}

void TestPropertyEditor::countLimitsComeFromTheCatalog()
{
    QFETCH(QString, key);
    QFETCH(int, maximum);
    select({QStringLiteral("aks1")});
    auto *spin = qobject_cast<QSpinBox *>(m_editor->editorFor(key));
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), maximum);
    enterNumber(spin, maximum);
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks1")), key.toStdString()),
             maximum);
}

void TestPropertyEditor::multiSelectionShowsMixedValuesAndEditsAll()
{
    select({QStringLiteral("aks1"), QStringLiteral("aks2")});
    auto *spin = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("nodeCount")));
    QVERIFY(spin);
    QCOMPARE(spin->text(), PropertyEditor::tr("Mixed"));  // 3 and 5
    auto *tier = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("tier")));
    QCOMPARE(tier->currentIndex(), 1);  // both standard

    enterNumber(spin, 4);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks1")), "nodeCount"), 4);
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks2")), "nodeCount"), 4);
    QCOMPARE(spin->value(), 4);

    m_doc->undoStack()->undo();
    QCOMPARE(intProperty(*m_doc->component(QStringLiteral("aks2")), "nodeCount"), 5);
    QCOMPARE(spin->text(), PropertyEditor::tr("Mixed"));
}

void TestPropertyEditor::mixedBooleanBecomesDefiniteWhenClicked()
{
    select({QStringLiteral("db1"), QStringLiteral("db2")});
    auto *box = qobject_cast<QCheckBox *>(m_editor->editorFor(QStringLiteral("zoneRedundant")));
    QVERIFY(box);
    QCOMPARE(box->checkState(), Qt::PartiallyChecked);
    box->click();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(boolProperty(*m_doc->component(QStringLiteral("db1")), "zoneRedundant"));
    QVERIFY(boolProperty(*m_doc->component(QStringLiteral("db2")), "zoneRedundant"));
    QCOMPARE(box->checkState(), Qt::Checked);
}

void TestPropertyEditor::zoneBoxesAddAndRemoveZones()
{
    select({QStringLiteral("aks1")});
    QWidget *zones = m_editor->editorFor(QStringLiteral("zones"));
    QVERIFY(zones);
    auto *zone3 = zones->findChild<QCheckBox *>(QStringLiteral("zone3"));
    QVERIFY(zone3);
    QVERIFY(zone3->isChecked());  // East US 2 has zones: the default is all three
    zone3->click();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(dump(m_doc->component(QStringLiteral("aks1"))->properties["zones"]),
             dump(json({1, 2})));
    m_doc->undoStack()->undo();
    QVERIFY(zone3->isChecked());
}

void TestPropertyEditor::autoscaleTurnsOnWithAMinimumAndMaximum()
{
    select({QStringLiteral("aks2")});
    QWidget *row = m_editor->editorFor(QStringLiteral("autoscale"));
    QVERIFY(row);
    auto *on = row->findChild<QCheckBox *>();
    const QList<QSpinBox *> spins = row->findChildren<QSpinBox *>();
    QVERIFY(on);
    QCOMPARE(spins.size(), 2);
    QVERIFY(!on->isChecked());
    QVERIFY(!spins[0]->isEnabled());

    on->click();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const json autoscale = m_doc->component(QStringLiteral("aks2"))->properties["autoscale"];
    QVERIFY(autoscale.is_object());
    QVERIFY(autoscale["minCount"].get<int>() <= autoscale["maxCount"].get<int>());
    QVERIFY(spins[1]->isEnabled());

    enterNumber(spins[1], 12);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(dump(m_doc->component(QStringLiteral("aks2"))->properties["autoscale"]["maxCount"]),
             QStringLiteral("12"));

    on->click();
    QVERIFY(!m_doc->component(QStringLiteral("aks2"))->properties.contains("autoscale"));
}

void TestPropertyEditor::locationOffersCatalogRegionsAndRenamesTheRegion()
{
    select({QStringLiteral("r1")});
    auto *location = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("location")));
    QVERIFY(location);
    QCOMPARE(location->count(), int(Catalog::builtin().regions().size()));
    QCOMPARE(location->currentText(), QStringLiteral("East US 2"));  // display names

    location->setCurrentIndex(location->findData(QStringLiteral("centralus")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Component *region = m_doc->component(QStringLiteral("r1"));
    QCOMPARE(stringProperty(*region, "location"), QStringLiteral("centralus"));
    QCOMPARE(region->name, Catalog::builtin().region(QStringLiteral("centralus"))->displayName);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->component(QStringLiteral("r1"))->name, QStringLiteral("East US 2"));
    QCOMPARE(location->currentText(), QStringLiteral("East US 2"));
}

void TestPropertyEditor::vmSizeOffersTheCatalogSizes()
{
    select({QStringLiteral("aks1")});
    auto *vm = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("vmSize")));
    QVERIFY(vm);
    QVERIFY(vm->isEditable());
    QCOMPARE(vm->count(), int(Catalog::builtin().vmSizes().size()));
    QCOMPARE(vm->currentText(), QStringLiteral("Standard_D4s_v5"));
    const QString other = Catalog::builtin().vmSizes().front().name;
    vm->setFocus();
    vm->lineEdit()->selectAll();
    QTest::keyClicks(vm->lineEdit(), other);
    QTest::keyClick(vm->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(stringProperty(*m_doc->component(QStringLiteral("aks1")), "vmSize"), other);
}

void TestPropertyEditor::geoReplicasAreACheckableRegionList()
{
    select({QStringLiteral("acr")});
    auto *list = qobject_cast<QListWidget *>(m_editor->editorFor(QStringLiteral("geoReplicas")));
    QVERIFY(list);
    QCOMPARE(list->count(), int(Catalog::builtin().regions().size()));
    QListWidgetItem *central = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("centralus"))
            central = list->item(i);
    }
    QVERIFY(central);
    central->setCheckState(Qt::Checked);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(dump(m_doc->component(QStringLiteral("acr"))->properties["geoReplicas"]),
             QStringLiteral(R"(["centralus"])"));
    m_doc->undoStack()->undo();
    QCOMPARE(central->checkState(), Qt::Unchecked);
}

void TestPropertyEditor::routerConnectionsEditPriorityAndWeight()
{
    select({QStringLiteral("c-route")});
    auto *priority = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("priority")));
    auto *weight = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("weight")));
    QVERIFY(priority);
    QVERIFY(weight);
    const FactRange range = Catalog::builtin().frontDoorPriorityRange();
    QCOMPARE(priority->minimum(), int(*range.min.value));
    QCOMPARE(priority->maximum(), int(*range.max.value));
    QCOMPARE(weight->maximum(), int(*Catalog::builtin().frontDoorWeightRange().max.value));
    QCOMPARE(priority->value(), 1);

    enterNumber(priority, 2);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(dump(m_doc->connection(QStringLiteral("c-route"))->properties["priority"]),
             QStringLiteral("2"));
    m_doc->undoStack()->undo();
    QCOMPARE(priority->value(), 1);
}

void TestPropertyEditor::otherConnectionsHaveNoRoutingFields()
{
    select({QStringLiteral("c-uses")});
    QVERIFY(!m_editor->editorFor(QStringLiteral("priority")));
    QVERIFY(!m_editor->editorFor(QStringLiteral("weight")));
}

void TestPropertyEditor::emptySelectionEditsTheDesignNameAndModel()
{
    select({});
    auto *name = qobject_cast<QLineEdit *>(m_editor->editorFor(QStringLiteral("designName")));
    auto *model = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("deploymentModel")));
    QVERIFY(name);
    QVERIFY(model);
    QCOMPARE(name->text(), QStringLiteral("Sample"));
    QCOMPARE(model->currentIndex(), int(DeploymentModel::ActivePassive));

    model->setCurrentIndex(int(DeploymentModel::ActiveActive));
    QCOMPARE(toString(m_doc->deploymentModel()), toString(DeploymentModel::ActiveActive));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Storefront"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_doc->design().name, QStringLiteral("Storefront"));
    QCOMPARE(m_doc->undoStack()->count(), 2);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("Sample"));
    QCOMPARE(model->currentIndex(), int(DeploymentModel::ActivePassive));
}

void TestPropertyEditor::namesFromTheFileAreShownAsPlainText()
{
    const QString hostile = QStringLiteral("<img src=\"/etc/passwd\"><b>bold</b>");
    m_doc->renameComponent(QStringLiteral("aks1"), hostile);
    select({QStringLiteral("aks1")});
    bool found = false;
    for (QLabel *label : m_editor->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("<img"))) {
            found = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(found);
}

void TestPropertyEditor::focusNameReachesThePageOfTheNewSelection()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    select({QStringLiteral("aks1")});
    // Design ▸ Properties clears the selection and focuses the name at once, before the page
    // for the new selection would otherwise be built.
    m_doc->setSelection({});
    m_editor->focusName();
    QWidget *designName = m_editor->editorFor(QStringLiteral("designName"));
    QVERIFY(designName);
    QCOMPARE(QApplication::focusWidget(), designName);
}

QTEST_MAIN(TestPropertyEditor)
#include "tst_propertyeditor.moc"
