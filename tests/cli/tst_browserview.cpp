// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// The exports as a reader sees them in a web browser: the binary's SVG export and HTML report
// of each template, drawn and printed by headless Chromium (packaging/install-deps.sh
// --with-tests installs Debian's chromium).

#include "tests/support/clirun.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace continuity::testsupport;

namespace {

QString browser()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// Runs headless Chromium on a local file with `arguments`; true when it finished well.
bool runBrowser(const QString &profile, const QStringList &arguments, const QString &file)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(browser(), QStringList{QStringLiteral("--headless"),
                                         QStringLiteral("--no-sandbox"),
                                         QStringLiteral("--disable-gpu"),
                                         QStringLiteral("--no-first-run"),
                                         QStringLiteral("--hide-scrollbars"),
                                         QStringLiteral("--user-data-dir=") + profile}
                                 + arguments
                                 + QStringList{QUrl::fromLocalFile(file).toString()});
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s", process.readAll().constData());
        return false;
    }
    return true;
}

QString toolOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &file)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(toolOutput(QStringLiteral("pdfinfo"), {file}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

}  // namespace

class TestBrowserView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgInABrowserLooksLikeThePng_data();
    void svgInABrowserLooksLikeThePng();
    void reportReadsAndPrintsInABrowser_data();
    void reportReadsAndPrintsInABrowser();

private:
    QTemporaryDir m_profile;
};

void TestBrowserView::initTestCase()
{
    if (browser().isEmpty())
        QSKIP("no chromium: packaging/install-deps.sh --with-tests installs it");
    QVERIFY(m_profile.isValid());
}

void TestBrowserView::svgInABrowserLooksLikeThePng_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : templateNames())
        QTest::newRow(qPrintable(name)) << name;
}

// Chromium draws the SVG export as the exporter draws the PNG, but for the edges of glyphs
// and shapes: icons placed with <use>, title bands, dashes, badges and faded stopped clusters.
void TestBrowserView::svgInABrowserLooksLikeThePng()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    const QString png = dir.filePath(QStringLiteral("diagram.png"));
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    for (const QString &out : {svg, png}) {
        const Run run = runCli({QStringLiteral("export"), templateFile(name), QStringLiteral("-o"),
                                out});
        QVERIFY2(run.status == 0, run.err.constData());
    }
    const QImage expected = QImage(png).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!expected.isNull());
    QVERIFY(runBrowser(m_profile.path(),
                       {QStringLiteral("--window-size=%1,%2").arg(expected.width())
                            .arg(expected.height()),
                        QStringLiteral("--screenshot=") + shot},
                       svg));
    const QImage drawn = QImage(shot).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(drawn.size(), expected.size());

    // Compared in blocks of 4 × 4 pixels, so that antialiasing averages out and a missing or
    // wrongly coloured shape does not (the measure of tst_export's svgLooksLikeThePng).
    constexpr int Block = 4;
    const auto average = [](const QImage &image, int bx, int by) {
        std::array<int, 3> sum{};
        for (int y = by; y < by + Block; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = bx; x < bx + Block; ++x) {
                sum[0] += qRed(line[x]);
                sum[1] += qGreen(line[x]);
                sum[2] += qBlue(line[x]);
            }
        }
        return std::array<int, 3>{sum[0] / 16, sum[1] / 16, sum[2] / 16};
    };
    qint64 far = 0;
    qint64 near = 0;
    qint64 total = 0;
    for (int y = 0; y + Block <= expected.height(); y += Block) {
        for (int x = 0; x + Block <= expected.width(); x += Block, ++total) {
            const auto a = average(expected, x, y);
            const auto b = average(drawn, x, y);
            const int d = std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]),
                                    std::abs(a[2] - b[2])});
            far += d > 24;
            near += d > 8;
        }
    }
    const QString counts = QStringLiteral("%1 and %2 of %3 blocks differ").arg(far).arg(near)
                               .arg(total);
    qInfo("%s: %s", qPrintable(name), qPrintable(counts));
    QVERIFY2(far * 400 < total, qPrintable(counts));
    QVERIFY2(near * 30 < total, qPrintable(counts));
}

void TestBrowserView::reportReadsAndPrintsInABrowser_data()
{
    svgInABrowserLooksLikeThePng_data();
}

void TestBrowserView::reportReadsAndPrintsInABrowser()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("review.html"));
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    for (const QString &out : {html, pdf}) {
        const Run run = runCli({QStringLiteral("report"), templateFile(name), QStringLiteral("-o"),
                                out},
                               {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
        QVERIFY2(run.status == 0, run.err.constData());
    }

    // On screen: the diagram, an inlined SVG, is drawn (its connections' blue shows).
    QVERIFY(runBrowser(m_profile.path(),
                       {QStringLiteral("--window-size=1280,1400"),
                        QStringLiteral("--screenshot=") + shot},
                       html));
    const QImage screen = QImage(shot).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(screen.size(), QSize(1280, 1400));
    const QColor connection(0x03, 0x69, 0xa1);
    int blue = 0;
    for (int y = 0; y < screen.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(screen.constScanLine(y));
        for (int x = 0; x < screen.width(); ++x) {
            blue += std::abs(qRed(line[x]) - connection.red()) < 16
                && std::abs(qGreen(line[x]) - connection.green()) < 16
                && std::abs(qBlue(line[x]) - connection.blue()) < 16;
        }
    }
    QVERIFY2(blue > 300, qPrintable(QString::number(blue)));

    // Printed: every section is there, and tables keep readable columns. A table whose
    // columns collapse to a word's width printed one row a page (37 pages for a template);
    // the browser's print stays within twice the pages of the report's own PDF.
    QVERIFY(runBrowser(m_profile.path(),
                       {QStringLiteral("--no-pdf-header-footer"),
                        QStringLiteral("--print-to-pdf=") + printed},
                       html));
    const int pages = pdfPages(printed);
    const int ownPages = pdfPages(pdf);
    QVERIFY2(pages > 0 && ownPages > 0, qPrintable(QStringLiteral("%1 %2").arg(pages)
                                                        .arg(ownPages)));
    qInfo("%s: printed from the browser on %d pages, the PDF report %d", qPrintable(name), pages,
          ownPages);
    QVERIFY2(pages <= 2 * ownPages, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    const QString text = toolOutput(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")})
                             .simplified();
    for (const char *heading : {"Design review", "Diagram", "Findings", "Estimates",
                                "Trade-off by deployment model", "Drills: the loss of each region",
                                "Single points of failure", "Assumptions", "Sources"}) {
        QVERIFY2(text.contains(QLatin1String(heading), Qt::CaseInsensitive), heading);
    }
}

QTEST_GUILESS_MAIN(TestBrowserView)
#include "tst_browserview.moc"
