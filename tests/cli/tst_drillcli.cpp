// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "tests/support/clirun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace continuity::testsupport;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

class TestDrillCli : public QObject
{
    Q_OBJECT

private slots:
    void exitStatusSaysWhetherTheServiceSurvives_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("failures");
        QTest::addColumn<int>("status");
        QTest::newRow("active-passive, primary region") << "active-passive"
                                                        << QStringList{"region:eastus2"} << 0;
        QTest::newRow("passive-cold, primary region") << "passive-cold"
                                                      << QStringList{"region:eastus2"} << 0;
        QTest::newRow("active-active, one region") << "active-active"
                                                   << QStringList{"region:centralus"} << 0;
        QTest::newRow("single-region, its region") << "single-region"
                                                   << QStringList{"region:eastus2"} << 1;
        QTest::newRow("single-region, one zone") << "single-region"
                                                 << QStringList{"zone:eastus2:2"} << 0;
        QTest::newRow("active-passive, the router") << "active-passive" << QStringList{"afd"}
                                                    << 1;
        QTest::newRow("active-active, both regions")
            << "active-active" << QStringList{"region:eastus2", "region:centralus"} << 1;
    }
    void exitStatusSaysWhetherTheServiceSurvives()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, failures);
        QFETCH(int, status);
        QStringList args{QStringLiteral("drill"), templateFile(name)};
        for (const QString &f : failures)
            args << QStringLiteral("--fail") << f;
        const QByteArray before = digest(templateFile(name));
        const Run run = runCli(args);
        QVERIFY2(run.status == status, run.err.constData());
        QVERIFY(run.out.contains(status == 0 ? "Survives          yes" : "Survives          no"));
        QVERIFY(run.out.contains("Timeline:"));
        QVERIFY(run.out.contains("Single points of failure"));
        QCOMPARE(digest(templateFile(name)), before);  // nothing is written to the input
    }

    void jsonHoldsTheSpecKeys_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"active-active", "active-passive", "passive-cold",
                                 "single-region"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void jsonHoldsTheSpecKeys()
    {
        QFETCH(QString, name);
        const Run run = runCli({QStringLiteral("drill"), templateFile(name), QStringLiteral("--fail"),
                                QStringLiteral("region:eastus2"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QVERIFY(run.status == 0 || run.status == 1);
        const nlohmann::json j = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY(j.is_object());
        QVERIFY(j["failures"] == nlohmann::json::array({"region:eastus2"}));
        QVERIFY(j["survives"].is_boolean());
        QCOMPARE(run.status, j["survives"].get<bool>() ? 0 : 1);
        QVERIFY(j["servingClusters"].is_array());
        QVERIFY(j["downtimeSeconds"].is_number() || j["downtimeSeconds"].is_null());
        QVERIFY(j["dataLossSeconds"].is_number() || j["dataLossSeconds"].is_null());
        QVERIFY(j["capacityPercent"].is_number());
        QVERIFY(j["steps"].is_array() && !j["steps"].empty());
        double last = -1;
        for (const auto &s : j["steps"]) {
            QVERIFY(s["atSeconds"].is_number() && s["event"].is_string());
            QVERIFY(s["atSeconds"].get<double>() >= last);  // in time order
            last = s["atSeconds"].get<double>();
        }
        QVERIFY(j["singlePointsOfFailure"].is_array());
        QCOMPARE(j["survives"].get<bool>(), name != QLatin1String("single-region"));
    }

    void activePassiveJsonDescribesTheTakeover()
    {
        const Run run = runCli({QStringLiteral("drill"), templateFile(QStringLiteral("active-passive")),
                                QStringLiteral("--fail"), QStringLiteral("region:eastus2"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        const nlohmann::json j = nlohmann::json::parse(run.out.toStdString());
        QVERIFY(j["servingClusters"] == nlohmann::json::array({"aks-centralus"}));
        QCOMPARE(j["capacityPercent"].get<double>(), 100.0);
        QVERIFY(j["downtimeSeconds"] == j["steps"].back()["atSeconds"]);
        QVERIFY(j["singlePointsOfFailure"] == nlohmann::json::array({"afd"}));
        QVERIFY(j["steps"][1]["kind"] == "detection");
        // The estimate's RTO for the same region is the drill's downtime.
        const Run estimate = runCli({QStringLiteral("estimate"),
                                     templateFile(QStringLiteral("active-passive")),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        const nlohmann::json e = nlohmann::json::parse(estimate.out.toStdString());
        QVERIFY(e["current"]["failedLocation"] == "eastus2");
        QVERIFY(e["current"]["rtoSeconds"] == j["downtimeSeconds"]);
        QVERIFY(e["current"]["rpoSeconds"] == j["dataLossSeconds"]);
    }

    void anUnreadableFileExitsWithTwo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.continuity.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const Run broken = runCli({QStringLiteral("drill"), path, QStringLiteral("--fail"),
                                   QStringLiteral("afd")});
        QCOMPARE(broken.status, 2);
        QVERIFY(broken.err.contains("broken.continuity.json"));
        const Run missing = runCli({QStringLiteral("drill"), dir.filePath(QStringLiteral("no.json")),
                                    QStringLiteral("--fail"), QStringLiteral("afd")});
        QCOMPARE(missing.status, 2);
    }

    void badUsageExitsWith64_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString file = templateFile(QStringLiteral("active-passive"));
        QTest::newRow("unknown component") << QStringList{"drill", file, "--fail", "aks-nowhere"}
                                           << QByteArray("aks-nowhere");
        QTest::newRow("unknown region") << QStringList{"drill", file, "--fail", "region:mars"}
                                        << QByteArray("region:mars");
        QTest::newRow("bad zone") << QStringList{"drill", file, "--fail", "zone:eastus2:7"}
                                  << QByteArray("zone:eastus2:7");
        QTest::newRow("no failure") << QStringList{"drill", file} << QByteArray("--fail");
        QTest::newRow("bad format")
            << QStringList{"drill", file, "--fail", "afd", "--format", "xml"}
            << QByteArray("xml");
        QTest::newRow("no file") << QStringList{"drill", "--fail", "afd"} << QByteArray("drill");
    }
    void badUsageExitsWith64()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run run = runCli(args);
        QCOMPARE(run.status, 64);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrillCli)
#include "tst_drillcli.moc"
