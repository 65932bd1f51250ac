// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// `continuity export` end to end: the real binary on the templates, with no display
// (QT_QPA_PLATFORM unset for the child, DISPLAY and WAYLAND_DISPLAY removed).

#include "tests/support/clirun.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace continuity::testsupport;

namespace {

bool isWellFormedSvg(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    bool root = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && !root)
            root = reader.name() == QLatin1String("svg");
    }
    return root && !reader.hasError();
}

}  // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void exportsDiagramsWithoutADisplay_data();
    void exportsDiagramsWithoutADisplay();
    void formatOptionWinsOverTheExtension();
    void scaleSetsThePngSize();
    void transparentAndNoBadgesAreHonoured();
    void badUsageExitsWith64_data();
    void badUsageExitsWith64();
    void unreadableDesignExitsWith2_data();
    void unreadableDesignExitsWith2();
    void unwritableOutputIsReported();
    void jsonExportStillWorks();
};

void TestExportCli::exportsDiagramsWithoutADisplay_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("suffix");
    for (const char *name : {"active-active", "single-region"}) {
        for (const char *suffix : {"png", "svg", "pdf"}) {
            QTest::addRow("%s.%s", name, suffix)
                << templateFile(name) << QString::fromLatin1(suffix);
        }
    }
}

void TestExportCli::exportsDiagramsWithoutADisplay()
{
    QFETCH(QString, design);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("diagram.") + suffix);
    const Run run = runCli({QStringLiteral("export"), design, QStringLiteral("-o"), out});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QByteArray bytes = readAll(out);
    if (suffix == QLatin1String("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400);
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(isWellFormedSvg(bytes));
        QVERIFY(bytes.contains("<text"));
        QVERIFY(!bytes.contains("<image"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
    }
    // Nothing is written to the input file.
    QVERIFY(readAll(design).startsWith('{'));
}

void TestExportCli::formatOptionWinsOverTheExtension()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("diagram.out"));
    const Run run = runCli({QStringLiteral("export"), templateFile("active-passive"),
                            QStringLiteral("-o"), out, QStringLiteral("--format"),
                            QStringLiteral("SVG")});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(isWellFormedSvg(readAll(out)));
}

void TestExportCli::scaleSetsThePngSize()
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one.png"));
    const QString two = dir.filePath(QStringLiteral("two.png"));
    QCOMPARE(runCli({QStringLiteral("export"), templateFile("active-passive"),
                     QStringLiteral("-o"), one}).status, 0);
    QCOMPARE(runCli({QStringLiteral("export"), templateFile("active-passive"),
                     QStringLiteral("-o"), two, QStringLiteral("--scale"), QStringLiteral("2")})
                 .status,
             0);
    const QImage a(one);
    const QImage b(two);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(std::abs(b.width() - 2 * a.width()) <= 2);
    QVERIFY(std::abs(b.height() - 2 * a.height()) <= 2);
}

void TestExportCli::transparentAndNoBadgesAreHonoured()
{
    QTemporaryDir dir;
    const QString solid = dir.filePath(QStringLiteral("solid.png"));
    const QString clear = dir.filePath(QStringLiteral("clear.png"));
    QCOMPARE(runCli({QStringLiteral("export"), templateFile("active-passive"),
                     QStringLiteral("-o"), solid, QStringLiteral("--no-badges")}).status, 0);
    QCOMPARE(runCli({QStringLiteral("export"), templateFile("active-passive"),
                     QStringLiteral("-o"), clear, QStringLiteral("--transparent")}).status, 0);
    QCOMPARE(qAlpha(QImage(solid).pixel(0, 0)), 255);
    QCOMPARE(qAlpha(QImage(clear).pixel(0, 0)), 0);
}

void TestExportCli::badUsageExitsWith64_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString design = templateFile("active-passive");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"),
                                                   QStringLiteral("gif"), QStringLiteral("-o"),
                                                   QStringLiteral("x.png"), design};
    QTest::newRow("unknown extension") << QStringList{QStringLiteral("-o"),
                                                      QStringLiteral("x.gif"), design};
    QTest::newRow("no extension") << QStringList{QStringLiteral("-o"), QStringLiteral("x"),
                                                 design};
    QTest::newRow("no output") << QStringList{design};
    QTest::newRow("zero scale") << QStringList{QStringLiteral("-o"), QStringLiteral("x.png"),
                                               QStringLiteral("--scale"), QStringLiteral("0"),
                                               design};
    QTest::newRow("scale not a number")
        << QStringList{QStringLiteral("-o"), QStringLiteral("x.png"), QStringLiteral("--scale"),
                       QStringLiteral("big"), design};
    QTest::newRow("scale on json") << QStringList{QStringLiteral("-o"), QStringLiteral("x.json"),
                                                  QStringLiteral("--scale"), QStringLiteral("2"),
                                                  design};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("-o"), QStringLiteral("x.png"),
                                                   QStringLiteral("--sepia"), design};
}

void TestExportCli::badUsageExitsWith64()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QDir::setCurrent(dir.path());
    const Run run = runCli(QStringList{QStringLiteral("export")} + arguments);
    QCOMPARE(run.status, 64);
    QVERIFY(run.err.contains("continuity export"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestExportCli::unreadableDesignExitsWith2_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("this is not a design");
    QTest::newRow("truncated") << QByteArray("{\"format\": \"continuity-design\", ");
    QTest::newRow("another format") << QByteArray("{\"format\": \"drawio\", \"version\": 1}");
}

void TestExportCli::unreadableDesignExitsWith2()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("broken.continuity.json"));
    QFile file(design);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString out = dir.filePath(QStringLiteral("out.") + QLatin1String(suffix));
        const Run run = runCli({QStringLiteral("export"), design, QStringLiteral("-o"), out});
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains("broken.continuity.json"));
        QVERIFY(!QFile::exists(out));
    }
    const Run missing = runCli({QStringLiteral("export"), dir.filePath(QStringLiteral("no.json")),
                                QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg"))});
    QCOMPARE(missing.status, 2);
}

void TestExportCli::unwritableOutputIsReported()
{
    const Run run = runCli({QStringLiteral("export"), templateFile("active-passive"),
                            QStringLiteral("-o"),
                            QStringLiteral("/nonexistent-folder/diagram.svg")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains("diagram.svg"), run.err.constData());
}

void TestExportCli::jsonExportStillWorks()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("design.json"));
    const Run run = runCli({QStringLiteral("export"), templateFile("active-passive"),
                            QStringLiteral("-o"), out});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(readAll(out).contains("\"continuity-design\""));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
