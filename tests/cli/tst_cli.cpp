// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// The command line end to end: the real `continuity` binary on real design files, with no
// display (QT_QPA_PLATFORM unset for the child, DISPLAY removed).

#include "tests/support/clirun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace continuity::testsupport;

namespace {

QString source(const QString &relative)
{
    return QStringLiteral(CONTINUITY_SOURCE_DIR "/") + relative;
}

QStringList templates()
{
    QStringList files;
    for (const char *name : {"active-active", "active-passive", "passive-cold", "single-region"})
        files << source(QStringLiteral("resources/templates/%1.continuity.json").arg(QLatin1String(name)));
    return files;
}

}  // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelpNeedNoDisplay();
    void unknownVerbOrOptionIsAUsageError();
    void everyTemplateValidatesClean();
    void validateJsonHasTheKeysOfTheSpec();
    void modelOptionValidatesAgainstAnotherModelWithoutTouchingTheFile();
    void unreadableFilesExitWithStatusTwoAndSayWhere_data();
    void unreadableFilesExitWithStatusTwoAndSayWhere();
    void generatedHostileFilesAreRefusedQuickly_data();
    void generatedHostileFilesAreRefusedQuickly();
    void exportJsonWritesTheCanonicalForm();
    void rulesListsEveryRuleInTextAndJson();
};

void TestCli::versionAndHelpNeedNoDisplay()
{
    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith("continuity "));
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains("validate"));
    QVERIFY(help.out.contains("export"));
    const Run verbHelp = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.status, 0);
    QVERIFY(verbHelp.out.contains("--model"));
}

void TestCli::unknownVerbOrOptionIsAUsageError()
{
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--bogus"), templates()[0]}).status,
             64);
    QCOMPARE(runCli({QStringLiteral("validate")}).status, 64);
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--model"),
                     QStringLiteral("hot-warm"), templates()[0]})
                 .status,
             64);
    QCOMPARE(runCli({QStringLiteral("--frobnicate")}).status, 64);
}

void TestCli::everyTemplateValidatesClean()
{
    for (const QString &file : templates()) {
        const Run run = runCli({QStringLiteral("validate"), file});
        QVERIFY2(run.status == 0, qPrintable(file + QLatin1Char('\n') + QString::fromUtf8(run.out)));
        QVERIFY(run.out.contains("0 error(s)"));
    }
}

void TestCli::validateJsonHasTheKeysOfTheSpec()
{
    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("--format"),
                            QStringLiteral("json"), templates()[1]});
    QCOMPARE(run.status, 0);
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(doc.at("deploymentModel").get<std::string>(), std::string("active-passive"));
    QVERIFY(doc.at("design").is_string());
    QVERIFY(doc.at("findings").is_array());
    for (const char *key : {"errors", "warnings", "infos"})
        QVERIFY(doc.at("summary").at(key).is_number_integer());
    for (const auto &f : doc.at("findings")) {
        for (const char *key : {"ruleId", "severity", "message", "subjects", "hint", "reference"})
            QVERIFY2(f.contains(key), key);
    }
}

void TestCli::modelOptionValidatesAgainstAnotherModelWithoutTouchingTheFile()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("cold.continuity.json"));
    QVERIFY(QFile::copy(templates()[2], copy));
    QFile original(copy);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("--model"),
                            QStringLiteral("active-active"), QStringLiteral("--format"),
                            QStringLiteral("json"), copy});
    QCOMPARE(run.status, 1);
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(doc.at("deploymentModel").get<std::string>(), std::string("active-active"));
    bool aaRule = false;
    for (const auto &f : doc.at("findings"))
        aaRule = aaRule || f.at("ruleId").get<std::string>().rfind("AA-", 0) == 0;
    QVERIFY(aaRule);

    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestCli::unreadableFilesExitWithStatusTwoAndSayWhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");  // a part of the message
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/design.continuity.json")
                                  << QStringLiteral("design.continuity.json");
    const QDir hostile(source(QStringLiteral("tests/data/hostile")));
    for (const QString &name : hostile.entryList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << hostile.filePath(name) << name;
}

void TestCli::unreadableFilesExitWithStatusTwoAndSayWhere()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Run run = runCli({QStringLiteral("validate"), file});
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
}

void TestCli::generatedHostileFilesAreRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("expected");
    // Nesting 100,000 deep would overflow a recursive parser's stack; it is refused by a scan.
    QTest::newRow("depth 100000") << QByteArray(100000, '[') << qint64(100000)
                                  << QStringLiteral("64");
    // A 100 MB file is refused by its size on disk, before a byte is read.
    QTest::newRow("100 MB") << QByteArray("{\"format\": \"continuity-design\", \"name\": \"")
                            << qint64(100) * 1000 * 1000 << QStringLiteral("MiB");
}

void TestCli::generatedHostileFilesAreRefusedQuickly()
{
    QFETCH(QByteArray, head);
    QFETCH(qint64, size);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("hostile.continuity.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(head), head.size());
    QVERIFY(file.resize(size));  // the rest reads as NUL bytes
    file.close();
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli({QStringLiteral("validate"), file.fileName()});
    QCOMPARE(run.status, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QVERIFY2(timer.elapsed() < 20000, "refusing a hostile file must not take long");
}

void TestCli::exportJsonWritesTheCanonicalForm()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.continuity.json"));
    const Run run = runCli({QStringLiteral("export"), templates()[0], QStringLiteral("-o"), out});
    QCOMPARE(run.status, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QFile original(templates()[0]);
    QVERIFY(original.open(QIODevice::ReadOnly));
    // The templates are stored in canonical form, so a round trip writes the same bytes.
    QCOMPARE(written.readAll(), original.readAll());
}

void TestCli::rulesListsEveryRuleInTextAndJson()
{
    const Run text = runCli({QStringLiteral("rules")});
    QCOMPARE(text.status, 0);
    for (const char *id : {"STR-001", "GEN-011", "ROUTE-001", "AA-007", "AP-005", "PC-006", "SR-001"})
        QVERIFY2(text.out.contains(id), id);
    const Run json = runCli({QStringLiteral("rules"), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QCOMPARE(json.status, 0);
    const auto rules = nlohmann::json::parse(json.out.toStdString());
    QVERIFY(rules.size() >= 30);
    for (const auto &r : rules) {
        for (const char *key : {"id", "severity", "model", "text", "reference"})
            QVERIFY(r.contains(key));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
