// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/io/designfile.h"
#include "model/io/designjson.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/panels/drillpanel.h"

#include <QImage>
#include <QPainter>

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace continuity;

namespace {

Design loadTemplate(const QString &name)
{
    const LoadResult r = loadDesignFile(
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/%1.continuity.json").arg(name));
    if (!r.design)
        qFatal("template %s does not load", qPrintable(name));
    return *r.design;
}

}  // namespace

class TestDrillPanel : public QObject
{
    Q_OBJECT

private slots:
    void checkingARegionRunsADrill()
    {
        Document doc(loadTemplate(QStringLiteral("active-passive")));
        DrillPanel panel(&doc, &Catalog::builtin());
        QVERIFY(!panel.result());
        QVERIFY(!panel.slider()->isEnabled());
        QSignalSpy views(&panel, &DrillPanel::viewChanged);
        QVERIFY(panel.setTargetChecked(QStringLiteral("region:eastus2"), true));
        QCOMPARE(panel.checkedTargets(), QStringList{QStringLiteral("region:eastus2")});
        QVERIFY(panel.result());
        QVERIFY(panel.result()->survives);
        QCOMPARE(panel.result()->servingClusters, QStringList{QStringLiteral("aks-centralus")});
        QVERIFY(panel.summary()->text().contains(QStringLiteral("Survives: yes")));
        QCOMPARE(panel.stepList()->count(), int(panel.result()->steps.size()));
        QVERIFY(panel.slider()->isEnabled());
        QVERIFY(!views.isEmpty());
        const DrillView last = views.last().at(0).value<DrillView>();
        QVERIFY(last.failed.contains(QStringLiteral("aks-eastus2")));
        QVERIFY(last.takeover.contains(QStringLiteral("aks-centralus")));
        QCOMPARE(last.traffic.size(), std::size_t(1));
        QCOMPARE(last.traffic.front().cluster, QStringLiteral("aks-centralus"));
    }

    void theSliderReplaysTheTimeline()
    {
        Document doc(loadTemplate(QStringLiteral("active-passive")));
        DrillPanel panel(&doc, &Catalog::builtin());
        panel.setTargetChecked(QStringLiteral("region:eastus2"), true);
        QSignalSpy views(&panel, &DrillPanel::viewChanged);
        panel.slider()->setValue(0);
        QCOMPARE(views.count(), 1);
        const DrillView first = views.last().at(0).value<DrillView>();
        QVERIFY(first.traffic.empty());   // nothing serves yet
        QVERIFY(first.takeover.isEmpty());
        QCOMPARE(panel.stepList()->currentRow(), 0);
        panel.slider()->setValue(panel.slider()->maximum());
        QCOMPARE(views.count(), 2);
        const DrillView end = views.last().at(0).value<DrillView>();
        QVERIFY(!(end == first));
        QVERIFY(!end.traffic.empty());
        QCOMPARE(panel.stepList()->currentRow(), panel.slider()->maximum());
        panel.stepList()->setCurrentRow(1);  // a click on a step moves the slider
        QCOMPARE(panel.currentStep(), 1);
    }

    void uncheckingEverythingClearsTheDrill()
    {
        Document doc(loadTemplate(QStringLiteral("single-region")));
        DrillPanel panel(&doc, &Catalog::builtin());
        panel.setTargetChecked(QStringLiteral("region:eastus2"), true);
        QVERIFY(!panel.result()->survives);
        QVERIFY(panel.summary()->text().contains(QStringLiteral("Survives: no")));
        QSignalSpy views(&panel, &DrillPanel::viewChanged);
        panel.clearTargets();
        QVERIFY(!panel.result());
        QCOMPARE(views.count(), 1);
        QVERIFY(views.last().at(0).value<DrillView>() == DrillView());
    }

    void singlePointsOfFailureAreListed()
    {
        Document doc(loadTemplate(QStringLiteral("active-active")));
        DrillPanel panel(&doc, &Catalog::builtin());
        QCOMPARE(panel.singlePointsOfFailure(), QStringList{QStringLiteral("afd")});
        QVERIFY(panel.findChildren<QLabel *>().size() >= 2);
    }

    void theDrillFollowsEditsAndNeverChangesTheDesign()
    {
        Document doc(loadTemplate(QStringLiteral("active-passive")));
        DrillPanel panel(&doc, &Catalog::builtin());
        const QByteArray before = writeDesign(doc.design());
        panel.setTargetChecked(QStringLiteral("region:eastus2"), true);
        panel.setTargetChecked(QStringLiteral("zone:centralus:1"), true);
        panel.slider()->setValue(0);
        QCOMPARE(writeDesign(doc.design()), before);
        QVERIFY(!doc.isModified());
        // An edit: the secondary's router edge is removed; the drill is recomputed (clients
        // must now be repointed by hand) and the checked targets stay checked.
        QVERIFY(panel.result()->steps[1].kind == DrillStepKind::Detection);
        doc.removeItems({QStringLiteral("c-afd-agw-centralus")});
        QTRY_VERIFY(panel.result() && panel.result()->steps[1].kind == DrillStepKind::Switchover);
        QCOMPARE(panel.checkedTargets().size(), 2);
    }

    void theCanvasPaintsTheDrillOverAndClearsIt()
    {
        Document doc(loadTemplate(QStringLiteral("active-passive")));
        CanvasScene scene(&doc);
        DrillPanel panel(&doc, &Catalog::builtin());
        connect(&panel, &DrillPanel::viewChanged, &scene, [&scene](const DrillView &view) {
            scene.setDrillOverlay(view);
        });
        const QRectF area = scene.itemsBoundingRect().adjusted(-50, -50, 50, 50);
        const auto render = [&] {
            QImage image(area.size().toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(), area);
            return image;
        };
        const QImage plain = render();
        const QByteArray before = writeDesign(doc.design());
        panel.setTargetChecked(QStringLiteral("region:eastus2"), true);
        const QImage drilled = render();
        QVERIFY(drilled != plain);
        QCOMPARE(scene.componentItem(QStringLiteral("aks-eastus2")) != nullptr, true);
        if (qEnvironmentVariableIsSet("CONTINUITY_DRILL_IMAGE"))
            drilled.save(qEnvironmentVariable("CONTINUITY_DRILL_IMAGE"));
        scene.clearDrillOverlay();
        QCOMPARE(render(), plain);
        QCOMPARE(writeDesign(doc.design()), before);
    }
};

QTEST_MAIN(TestDrillPanel)
#include "tst_drillpanel.moc"
