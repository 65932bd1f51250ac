// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// `continuity estimate` end to end: the real binary on real design files, with no display.

#include "tests/support/clirun.h"

#include "model/design.h"
#include "model/io/designjson.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace continuity;

using namespace continuity::testsupport;

namespace {

nlohmann::json estimateJson(const QString &file)
{
    const Run run = runCli({QStringLiteral("estimate"), QStringLiteral("--format"),
                            QStringLiteral("json"), file});
    if (run.status != 0)
        qWarning("estimate exited with %d: %s", run.status, run.err.constData());
    return nlohmann::json::parse(run.out.toStdString(), nullptr, false);
}

/// One Standard cluster of three Standard_D4s_v5 in East US 2, written to `dir`.
QString writeOneCluster(
    const QTemporaryDir &dir, const nlohmann::json &assumptions = nlohmann::json::object())
{
    Design d;
    d.name = QStringLiteral("One cluster");
    d.deploymentModel = DeploymentModel::SingleRegion;
    Component region;
    region.id = QStringLiteral("r1");
    region.kind = ComponentKind::Region;
    region.properties = {{"location", "eastus2"}};
    Component aks;
    aks.id = QStringLiteral("aks");
    aks.kind = ComponentKind::AksCluster;
    aks.parent = region.id;
    aks.properties = {{"tier", "standard"}, {"nodeCount", 3}, {"vmSize", "Standard_D4s_v5"}};
    d.components[region.id] = region;
    d.components[aks.id] = aks;
    d.assumptions = assumptions;
    const QString path = dir.filePath(QStringLiteral("one.continuity.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(writeDesign(d)) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

}  // namespace

class TestEstimateCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheVerb();
    void jsonHasTheKeysOfTheSpec();
    void jsonFiguresAreTheHandComputedOnes();
    void textIsAnAlignedTableWithTheTerms();
    void anAssumptionInTheFileMovesTheFigures();
    void badUsageAndUnreadableFilesExitAsTheSpecSays();
};

void TestEstimateCli::helpListsTheVerb()
{
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains("estimate"));
    const Run verbHelp = runCli({QStringLiteral("estimate"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.status, 0);
    QVERIFY(verbHelp.out.contains("--format"));
}

void TestEstimateCli::jsonHasTheKeysOfTheSpec()
{
    const nlohmann::json doc = estimateJson(templateFile("active-passive"));
    QVERIFY(doc.is_object());
    QCOMPARE(doc.at("deploymentModel").get<std::string>(), std::string("active-passive"));
    QVERIFY(doc.at("design").is_string());
    const nlohmann::json &current = doc.at("current");
    for (const char *key : {"monthlyCostUsd", "rtoSeconds", "rpoSeconds", "availabilityPercent"})
        QVERIFY2(current.at(key).is_number(), key);
    QVERIFY(current.at("rpoBasis").is_string());
    QVERIFY(current.at("availabilityBasis").is_string());
    QVERIFY(current.at("costBreakdown").size() >= 15);
    for (const auto &line : current.at("costBreakdown")) {
        QVERIFY(line.at("component").is_string());
        QVERIFY(line.at("kind").is_string());
        QVERIFY(line.at("monthlyCostUsd").is_number());
        QVERIFY(!line.at("basis").get<std::string>().empty());
    }
    QVERIFY(current.at("rtoBreakdown").size() >= 3);
    for (const auto &term : current.at("rtoBreakdown")) {
        QVERIFY(!term.at("term").get<std::string>().empty());
        QVERIFY(term.at("seconds").is_number());
        QVERIFY(!term.at("basis").get<std::string>().empty());
    }
    QCOMPARE(doc.at("alternatives").size(), std::size_t(4));
    for (const auto &a : doc.at("alternatives")) {
        QVERIFY(a.at("deploymentModel").is_string());
        QVERIFY(a.at("monthlyCostUsd").is_number());
        for (const char *key : {"rtoSeconds", "rpoSeconds", "availabilityPercent"})
            QVERIFY2(a.contains(key), key);
    }
    QVERIFY(doc.at("alternatives")[3].at("rtoSeconds").is_null());
    QCOMPARE(doc.at("catalog").at("currency").get<std::string>(), std::string("USD"));
    QCOMPARE(doc.at("catalog").at("asOf").get<std::string>().size(), std::size_t(10));
}

void TestEstimateCli::jsonFiguresAreTheHandComputedOnes()
{
    // Front Door detection 60 s + scale-out 300 s + SQL failover group 3600 s; storage geo-failover
    // loses up to 900 s.
    const nlohmann::json ap = estimateJson(templateFile("active-passive"));
    QCOMPARE(ap.at("current").at("rtoSeconds").get<double>(), 3960.0);
    QCOMPARE(ap.at("current").at("rpoSeconds").get<double>(), 900.0);

    QTemporaryDir dir;
    const nlohmann::json one = estimateJson(writeOneCluster(dir));
    // 0.10 × 730 + 3 × 0.192 × 730 + 3 × 19.71
    QCOMPARE(one.at("current").at("monthlyCostUsd").get<double>(), 552.61);
    QCOMPARE(one.at("current").at("availabilityPercent").get<double>(), 99.95);
    QVERIFY(one.at("current").at("rtoSeconds").is_null());
    QVERIFY(!one.at("current").at("rtoReason").get<std::string>().empty());
}

void TestEstimateCli::textIsAnAlignedTableWithTheTerms()
{
    const Run run = runCli({QStringLiteral("estimate"), templateFile("active-passive")});
    QCOMPARE(run.status, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const char *expected : {"Monthly cost:", "Recovery time (RTO) for losing eastus2",
                                 "Detection by Front Door afd", "frontDoor.probe.intervalSeconds",
                                 "Data loss (RPO)", "Availability:", "active-active",
                                 "passive-cold", "single-region"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // The amounts of the cost table end in one column.
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype column = -1;
    int rows = 0;
    for (const QString &line : lines) {
        for (const char *id : {"  aks-eastus2 ", "  acr ", "  fwp ", "  st-eastus2 "}) {
            if (!line.startsWith(QLatin1String(id)))
                continue;
            const QStringList cells = line.split(QStringLiteral("  "), Qt::SkipEmptyParts);
            const qsizetype end
                = line.indexOf(cells.value(2).trimmed()) + cells.value(2).trimmed().size();
            if (column < 0)
                column = end;
            QCOMPARE(end, column);
            ++rows;
        }
    }
    QCOMPARE(rows, 4);
}

void TestEstimateCli::anAssumptionInTheFileMovesTheFigures()
{
    QTemporaryDir dir;
    const nlohmann::json base = estimateJson(writeOneCluster(dir));
    const nlohmann::json scaled = estimateJson(
        writeOneCluster(dir, {{"region.eastus2.priceMultiplier", 2.0}, {"no.such.fact", 1}}));
    QCOMPARE(scaled.at("current").at("monthlyCostUsd").get<double>(),
             2 * base.at("current").at("monthlyCostUsd").get<double>());
    QCOMPARE(
        scaled.at("assumptions").at("ignored")[0].get<std::string>(), std::string("no.such.fact"));
    QCOMPARE(scaled.at("assumptions").at("overridden")[0].at("id").get<std::string>(),
             std::string("region.eastus2.priceMultiplier"));
}

void TestEstimateCli::badUsageAndUnreadableFilesExitAsTheSpecSays()
{
    QCOMPARE(runCli({QStringLiteral("estimate")}).status, 64);
    QCOMPARE(runCli({QStringLiteral("estimate"), QStringLiteral("--format"), QStringLiteral("xml"),
                     templateFile("active-active")})
                 .status,
             64);
    const Run missing
        = runCli({QStringLiteral("estimate"), QStringLiteral("/nonexistent/x.continuity.json")});
    QCOMPARE(missing.status, 2);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(missing.err.contains("x.continuity.json"));
}

QTEST_GUILESS_MAIN(TestEstimateCli)
#include "tst_estimatecli.moc"
