// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// The estimates panel: the figures and their terms, the trade-off chart (points, metric, a
// click that switches the model as one undoable step), the cost chart, live and coalesced
// refreshes, and the light and dark palettes.

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/estimate.h"
#include "model/estimation/liveestimator.h"
#include "model/io/designfile.h"
#include "model/kinds.h"
#include "widgets/charts/costbreakdownchart.h"
#include "widgets/charts/tradeoffchart.h"
#include "widgets/panels/assumptionsdialog.h"
#include "widgets/panels/estimatespanel.h"
#include "widgets/panels/labels.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace continuity;

namespace {

Design loadTemplate(const char *name)
{
    const LoadResult r = loadDesignFile(
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/%1.continuity.json")
            .arg(QLatin1String(name)));
    if (!r.design)
        qFatal("template %s does not load", name);
    return *r.design;
}

QTreeWidgetItem *row(QTreeWidget *table, const QString &key)
{
    std::vector<QTreeWidgetItem *> stack{table->invisibleRootItem()};
    while (!stack.empty()) {
        QTreeWidgetItem *item = stack.back();
        stack.pop_back();
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (child->data(0, Qt::UserRole).toString() == key)
                return child;
            stack.push_back(child);
        }
    }
    return nullptr;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0xff, 0x9f, 0x1c));
    return p;
}

}  // namespace

class TestEstimatesPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFourFiguresWithTheirTerms();
    void costOpensByKindThenComponentThenTerms();
    void tradeoffChartShowsTheFourModelsWithTheCurrentOneHighlighted();
    void switchingTheMetricReplotsAgainstRpoAndAvailability();
    void clickingAPointSwitchesTheModelAsOneUndoableStep();
    void editsRefreshOncePerEventLoopTurn();
    void chartsFollowTheDarkPalette();
    void anAssumptionChangedInTheDialogMovesTheFiguresAndUndoRestoresThem();
    void theDialogShowsOverridesFromTheFileAndResetsThem();
    void anEmptyDesignShowsAHintInsteadOfTheChart();
};

void TestEstimatesPanel::showsTheFourFiguresWithTheirTerms()
{
    Document doc(loadTemplate("active-passive"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    const Estimate &e = live.estimate();
    QTreeWidgetItem *cost = row(panel.table(), QStringLiteral("cost"));
    QVERIFY(cost);
    QCOMPARE(cost->text(1), QStringLiteral("5,962.15 USD"));
    QVERIFY(std::abs(e.monthlyCostUsd - 5962.15) < 0.005);
    QTreeWidgetItem *rto = row(panel.table(), QStringLiteral("rto"));
    QCOMPARE(rto->text(1), formatDuration(3960));
    QCOMPARE(rto->childCount(), 3);  // detection, scale-out, data-tier failover
    QVERIFY(rto->child(0)->text(0).contains(QLatin1String("Front Door afd")));
    QVERIFY(rto->child(0)->text(2).startsWith(QLatin1String("frontDoor.probe.intervalSeconds")));
    // A tooltip per term: the catalog entries with their sources and dates.
    const QString tip = rto->child(0)->toolTip(0);
    QVERIFY(tip.contains(QLatin1String("frontDoor.probe.sampleSize")));
    QVERIFY(tip.contains(QLatin1String("2025-01-29")));
    QCOMPARE(row(panel.table(), QStringLiteral("rpo"))->text(1), formatDuration(900));
    QVERIFY(
        row(panel.table(), QStringLiteral("availability"))->text(1).endsWith(QLatin1String(" %")));
}

void TestEstimatesPanel::costOpensByKindThenComponentThenTerms()
{
    Document doc(loadTemplate("active-passive"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    row(panel.table(), QStringLiteral("cost"))->setExpanded(true);
    QTreeWidgetItem *clusters = row(panel.table(), QStringLiteral("cost/aksCluster"));
    QVERIFY(clusters);
    QCOMPARE(clusters->childCount(), 0);  // filled when opened
    clusters->setExpanded(true);
    QCOMPARE(clusters->childCount(), 2);
    QTreeWidgetItem *primary = row(panel.table(), QStringLiteral("cost/component/aks-eastus2"));
    QVERIFY(primary);
    QCOMPARE(primary->text(1), QStringLiteral("712.48 USD"));
    primary->setExpanded(true);
    QVERIFY(primary->childCount() >= 3);
    QCOMPARE(primary->child(0)->text(2).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("aks.tier.standard.pricePerHour"));
    // What was open stays open across a refresh.
    QSignalSpy refreshed(&panel, &EstimatesPanel::refreshed);
    doc.setComponentProperty({QStringLiteral("aks-eastus2")}, "nodeCount", 5);
    QVERIFY(refreshed.wait(2000));
    primary = row(panel.table(), QStringLiteral("cost/component/aks-eastus2"));
    QVERIFY(primary && primary->isExpanded());
    QCOMPARE(primary->text(1), QStringLiteral("872.35 USD"));  // + 0.192 × 730 + 19.71
}

void TestEstimatesPanel::tradeoffChartShowsTheFourModelsWithTheCurrentOneHighlighted()
{
    Document doc(loadTemplate("active-passive"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    const std::vector<TradeoffPoint> &points = panel.tradeoffChart()->points();
    QCOMPARE(points.size(), std::size_t(4));
    QCOMPARE(points[0].label, deploymentModelLabel(DeploymentModel::ActiveActive));
    QVERIFY(!points[0].highlighted);
    QVERIFY(points[1].highlighted);
    QCOMPARE(points[1].value, std::optional<double>(3960));
    QVERIFY(!points[3].value);  // single-region: no recovery
    QVERIFY(points[1].tooltip.contains(QLatin1String("5,962.15")));
    QVERIFY(panel.tradeoffChart()->valueAxisTitle().contains(QLatin1String("RTO")));
    // The cost breakdown has a bar per priced kind, the firewalls (the largest) first.
    const std::vector<CostBar> &bars = panel.costChart()->bars();
    QVERIFY(bars.size() >= 8);
    QCOMPARE(bars.front().label, kindLabel(ComponentKind::Firewall));
}

void TestEstimatesPanel::switchingTheMetricReplotsAgainstRpoAndAvailability()
{
    Document doc(loadTemplate("passive-cold"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    panel.setMetric(TradeoffMetric::Rpo);
    QVERIFY(panel.tradeoffChart()->metric() == TradeoffMetric::Rpo);
    QVERIFY(panel.tradeoffChart()->valueAxisTitle().contains(QLatin1String("RPO")));
    QCOMPARE(panel.tradeoffChart()->points()[2].value, std::optional<double>(129600));
    panel.setMetric(TradeoffMetric::Availability);
    QVERIFY(panel.tradeoffChart()->valueAxisTitle().contains(QLatin1String("Availability")));
    const std::vector<TradeoffPoint> &points = panel.tradeoffChart()->points();
    QVERIFY(points[0].value && points[1].value && *points[0].value > *points[1].value);
}

void TestEstimatesPanel::clickingAPointSwitchesTheModelAsOneUndoableStep()
{
    Document doc(loadTemplate("active-passive"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    panel.resize(700, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int before = doc.undoStack()->count();
    TradeoffChart *chart = panel.tradeoffChart();
    const QPoint at = chart->pointPosition(0);
    QVERIFY(chart->rect().contains(at));
    QSignalSpy clicked(chart, &TradeoffChart::pointClicked);
    QWidget *target = chart->childAt(at);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(chart, at));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 0);
    QCOMPARE(toString(doc.deploymentModel()), QStringLiteral("active-active"));
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QSignalSpy refreshed(&panel, &EstimatesPanel::refreshed);
    QVERIFY(refreshed.wait(2000));
    QVERIFY(chart->points()[0].highlighted);
    doc.undoStack()->undo();
    QCOMPARE(toString(doc.deploymentModel()), QStringLiteral("active-passive"));
    QVERIFY(refreshed.wait(2000));
    QVERIFY(chart->points()[1].highlighted);
    // Clicking the current model changes nothing.
    emit chart->pointClicked(1);
    QCOMPARE(doc.undoStack()->index(), before);
    QCOMPARE(doc.undoStack()->count(), before + 1);
}

void TestEstimatesPanel::editsRefreshOncePerEventLoopTurn()
{
    Document doc(loadTemplate("active-active"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    QSignalSpy refreshed(&panel, &EstimatesPanel::refreshed);
    // One intent that emits many signals, and three more edits, in one turn.
    doc.removeItems({QStringLiteral("r-centralus")});
    doc.setComponentProperty({QStringLiteral("aks-eastus2")}, "nodeCount", 6);
    doc.setAssumption("estimate.router.requestsPerMonth", 2e8);
    doc.setDeploymentModel(DeploymentModel::SingleRegion);
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(refreshed.count(), 1);
    QTest::qWait(50);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(row(panel.table(), QStringLiteral("cost"))->text(1),
             QStringLiteral("%1 USD").arg(QLocale(QLocale::English, QLocale::UnitedStates)
                                              .toString(live.estimate().monthlyCostUsd, 'f', 2)));
    QCOMPARE(row(panel.table(), QStringLiteral("rto"))->text(1), panel.tr("none"));
}

void TestEstimatesPanel::chartsFollowTheDarkPalette()
{
    Document doc(loadTemplate("active-passive"));
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    const QColor light = panel.tradeoffChart()->backgroundColor();
    QVERIFY(light.lightness() > 128);
    panel.setPalette(darkPalette());
    QVERIFY(panel.tradeoffChart()->backgroundColor().lightness() < 128);
    QVERIFY(panel.costChart()->backgroundColor().lightness() < 128);
    panel.setPalette(QApplication::palette());
    QCOMPARE(panel.tradeoffChart()->backgroundColor(), light);
}

void TestEstimatesPanel::anAssumptionChangedInTheDialogMovesTheFiguresAndUndoRestoresThem()
{
    Document doc(loadTemplate("active-passive"));
    LiveEstimator live(&doc, &Catalog::builtin());
    const double rtoBefore = *live.estimate().rtoSeconds;
    const double costBefore = live.estimate().monthlyCostUsd;

    AssumptionsDialog dialog(&doc, &Catalog::builtin());
    // Node provisioning is a term of the secondary's scale-out; a region's price multiplier
    // scales everything deployed there.
    QVERIFY(dialog.setValue(QStringLiteral("aks.node.provisionSeconds"), 900));
    QVERIFY(dialog.setValue(QStringLiteral("region.eastus2.priceMultiplier"), 2));
    QVERIFY(!dialog.setValue(QStringLiteral("no.such.parameter"), 1));
    const int before = doc.undoStack()->count();
    QSignalSpy changed(&live, &LiveEstimator::estimateChanged);
    dialog.apply();
    QCOMPARE(doc.undoStack()->count(), before + 1);  // every change, one step
    if (changed.isEmpty())
        QVERIFY(changed.wait(2000));
    QCOMPARE(*live.estimate().rtoSeconds, rtoBefore + 600);
    QVERIFY(live.estimate().monthlyCostUsd > costBefore * 1.2);
    QCOMPARE(doc.design().assumptions.value("aks.node.provisionSeconds", 0.0), 900.0);

    changed.clear();
    doc.undoStack()->undo();
    if (changed.isEmpty())
        QVERIFY(changed.wait(2000));
    QCOMPARE(*live.estimate().rtoSeconds, rtoBefore);
    QCOMPARE(live.estimate().monthlyCostUsd, costBefore);
    QVERIFY(!doc.design().assumptions.contains("aks.node.provisionSeconds"));
}

void TestEstimatesPanel::theDialogShowsOverridesFromTheFileAndResetsThem()
{
    Design design = loadTemplate("passive-cold");
    design.assumptions = {{"estimate.activation.manualDecisionSeconds", 600},
                          {"somebody.elses.key", "kept"}};
    Document doc(std::move(design));
    AssumptionsDialog dialog(&doc, &Catalog::builtin());
    QTreeWidgetItem *decision = nullptr;
    for (int i = 0; i < dialog.table()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = dialog.table()->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString()
            == QLatin1String("estimate.activation.manualDecisionSeconds"))
            decision = item;
    }
    QVERIFY(decision);
    QCOMPARE(decision->text(1), QLocale().toString(600.0, 'g', 8));
    QCOMPARE(decision->text(3), QLocale().toString(1800.0, 'g', 8));  // the catalog's default
    QVERIFY(!decision->text(4).isEmpty());                            // and its basis
    QVERIFY(dialog.overrides().contains("estimate.activation.manualDecisionSeconds"));

    QVERIFY(dialog.resetValue(QStringLiteral("estimate.activation.manualDecisionSeconds")));
    QCOMPARE(decision->text(1), QLocale().toString(1800.0, 'g', 8));
    dialog.apply();
    QVERIFY(!doc.design().assumptions.contains("estimate.activation.manualDecisionSeconds"));
    QCOMPARE(doc.design().assumptions.value("somebody.elses.key", std::string()),
             std::string("kept"));
    doc.undoStack()->undo();
    QCOMPARE(doc.design().assumptions.value("estimate.activation.manualDecisionSeconds", 0.0),
             600.0);
}

void TestEstimatesPanel::anEmptyDesignShowsAHintInsteadOfTheChart()
{
    Document doc;
    LiveEstimator live(&doc, &Catalog::builtin());
    EstimatesPanel panel(&doc, &live);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *hint = panel.tradeoffChart()->findChild<QLabel *>(QStringLiteral("tradeoffEmpty"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    // A served cluster puts the four models on the chart.
    doc.resetDesign(loadTemplate("active-passive"));
    QSignalSpy refreshed(&panel, &EstimatesPanel::refreshed);
    QVERIFY(refreshed.wait(2000));
    QVERIFY(!hint->isVisible());
    // One region: no model recovers from its loss, and the chart says so rather than
    // stacking four "does not recover" points.
    doc.resetDesign(loadTemplate("single-region"));
    QVERIFY(refreshed.wait(2000));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("recover")), qPrintable(hint->text()));
    doc.resetDesign(loadTemplate("active-passive"));
    QVERIFY(refreshed.wait(2000));
    QVERIFY(!hint->isVisible());
    // Removing every component costs nothing again, never "-0.00 USD".
    QStringList all;
    for (const auto &[id, c] : doc.design().components)
        all << id;
    doc.removeItems(all);
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(row(panel.table(), QStringLiteral("cost"))->text(1), QStringLiteral("0.00 USD"));
}

QTEST_MAIN(TestEstimatesPanel)
#include "tst_estimatespanel.moc"
