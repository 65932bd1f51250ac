// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// `continuity report` end to end: the real binary on the templates, with no display
// (QT_QPA_PLATFORM unset for the child, DISPLAY and WAYLAND_DISPLAY removed).

#include "tests/support/clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace continuity::testsupport;

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void writesReportsWithoutADisplay_data();
    void writesReportsWithoutADisplay();
    void sourceDateEpochDatesTheReport();
    void badUsageExitsWith64_data();
    void badUsageExitsWith64();
    void unreadableDesignExitsWith2();
    void unwritableOutputIsReported();
    void helpListsTheVerb();
};

void TestReportCli::writesReportsWithoutADisplay_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("suffix");
    for (const char *name : {"active-active", "passive-cold"}) {
        for (const char *suffix : {"html", "pdf"})
            QTest::addRow("%s.%s", name, suffix) << templateFile(name) << QString::fromLatin1(suffix);
    }
}

void TestReportCli::writesReportsWithoutADisplay()
{
    QFETCH(QString, design);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("review.") + suffix);
    const Run run = runCli({QStringLiteral("report"), design, QStringLiteral("-o"), out});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QByteArray bytes = readAll(out);
    if (suffix == QLatin1String("html")) {
        QXmlStreamReader reader(bytes);
        int sections = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement
                && reader.attributes().value(QLatin1String("class")) == QLatin1String("section"))
                ++sections;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(sections, 10);
        QVERIFY(!bytes.contains("<script"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") > 1);
    }
    QVERIFY(readAll(design).startsWith('{'));
}

void TestReportCli::sourceDateEpochDatesTheReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("review.html"));
    // 2021-06-15T12:00:00Z
    const Run run = runCli({QStringLiteral("report"), templateFile("single-region"),
                            QStringLiteral("-o"), out},
                           {{QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1623758400")}});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(readAll(out).contains("2021-06-15"));
}

void TestReportCli::badUsageExitsWith64_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString design = templateFile("active-passive");
    QTest::newRow("no output") << QStringList{design};
    QTest::newRow("unknown extension") << QStringList{QStringLiteral("-o"),
                                                      QStringLiteral("x.docx"), design};
    QTest::newRow("no extension") << QStringList{QStringLiteral("-o"), QStringLiteral("x"),
                                                 design};
    QTest::newRow("no design") << QStringList{QStringLiteral("-o"), QStringLiteral("x.html")};
    QTest::newRow("two designs") << QStringList{QStringLiteral("-o"), QStringLiteral("x.html"),
                                                design, design};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                                   QStringLiteral("--sepia"), design};
}

void TestReportCli::badUsageExitsWith64()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QDir::setCurrent(dir.path());
    const Run run = runCli(QStringList{QStringLiteral("report")} + arguments);
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains("continuity report"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestReportCli::unreadableDesignExitsWith2()
{
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("broken.continuity.json"));
    QFile file(design);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"continuity-design\", ");
    file.close();
    const QString out = dir.filePath(QStringLiteral("review.html"));
    const Run run = runCli({QStringLiteral("report"), design, QStringLiteral("-o"), out});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains("broken.continuity.json"));
    QVERIFY(!QFile::exists(out));
}

void TestReportCli::unwritableOutputIsReported()
{
    const Run run = runCli({QStringLiteral("report"), templateFile("active-passive"),
                            QStringLiteral("-o"),
                            QStringLiteral("/nonexistent-folder/review.pdf")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains("review.pdf"), run.err.constData());
}

void TestReportCli::helpListsTheVerb()
{
    const Run run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("report"));
    const Run verbHelp = runCli({QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.status, 0);
    QVERIFY(verbHelp.out.contains("continuity report"));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
