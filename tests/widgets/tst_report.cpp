// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// The review report (HTML and PDF) of every template, and the safety of every export and report
// of a design whose names hold markup.
#include "model/document.h"
#include "model/io/designfile.h"
#include "model/validation/validator.h"
#include "widgets/export/diagramexporter.h"
#include "widgets/export/reportwriter.h"
#include "widgets/export/svgsafety.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <memory>

#include <sys/resource.h>

using namespace continuity;

namespace {

const char *const Templates[] = {"active-active", "active-passive", "passive-cold",
                                 "single-region"};

Design templateDesign(const char *name)
{
    LoadResult result = loadDesignFile(
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/%1.continuity.json")
            .arg(QLatin1String(name)));
    if (!result.design)
        qFatal("template %s does not load", name);
    return std::move(*result.design);
}

// What an (X)HTML or SVG document holds, as an XML reader sees it.
struct Markup {
    bool wellFormed = false;
    QString error;
    QStringList elements;
    QStringList attributeNames;
    QStringList sources;   ///< every src and href
    QStringList ids;
    QString text;          ///< the character data outside <style>, joined by spaces
    QString h1;
};

Markup readMarkup(const QByteArray &bytes)
{
    Markup m;
    QXmlStreamReader reader(bytes);
    QString style;
    bool inStyle = false;
    bool inH1 = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            m.elements << name;
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                m.attributeNames << a.name().toString();
                if (a.name() == QLatin1String("src") || a.name() == QLatin1String("href"))
                    m.sources << a.value().toString();
                if (a.name() == QLatin1String("id"))
                    m.ids << a.value().toString();
            }
            inStyle = name == QLatin1String("style");
            inH1 = name == QLatin1String("h1");
            break;
        }
        case QXmlStreamReader::EndElement:
            inStyle = inH1 = false;
            m.text += u' ';
            break;
        case QXmlStreamReader::Characters:
            if (!inStyle)
                m.text += reader.text();
            if (inH1)
                m.h1 += reader.text();
            break;
        default:
            break;
        }
    }
    m.wellFormed = !reader.hasError();
    m.error = reader.errorString();
    return m;
}

void verifyNothingActive(const Markup &m)
{
    QVERIFY2(m.wellFormed, qPrintable(m.error));
    for (const char *element : {"script", "iframe", "object", "embed", "foreignObject", "link",
                                "base", "form"})
        QVERIFY2(!m.elements.contains(QLatin1String(element)), element);
    for (const QString &a : m.attributeNames)
        QVERIFY2(!a.startsWith(QLatin1String("on"), Qt::CaseInsensitive), qPrintable(a));
    for (const QString &s : m.sources)
        QVERIFY2(s.startsWith(QLatin1String("data:image/")) || s.startsWith(u'#'),
                 qPrintable(s.left(80)));
}

int pdfPages(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "));
}

// The text of a PDF as poppler reads it; a null string when pdftotext is not installed.
QString pdfText(const QByteArray &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                         QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Fixture {
    std::unique_ptr<Document> document;
    std::unique_ptr<LiveValidator> validator;

    explicit Fixture(Design design)
        : document(std::make_unique<Document>(std::move(design)))
        , validator(std::make_unique<LiveValidator>(document.get()))
    {
    }
};

const QStringList &hostileStrings()
{
    static const QStringList strings = {
        QStringLiteral("</title><script>alert(1)</script>"),
        QStringLiteral("\" onload=\"alert(2)"),
        QStringLiteral("<img src=\"/etc/passwd\">"),
        QStringLiteral("R&D & co"),
    };
    return strings;
}

// The design is named with all four strings; its components take them in turn.
Design hostileDesign()
{
    Design d = templateDesign("active-passive");
    d.name = hostileStrings().join(u' ');
    int i = 0;
    for (auto &[id, c] : d.components)
        c.name = hostileStrings().at(i++ % hostileStrings().size());
    return d;
}

ReportOptions reportOptions(ReportFormat format)
{
    ReportOptions o;
    o.format = format;
    o.date = QDate(2026, 12, 2);
    return o;
}

}  // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void htmlReportOfEachTemplateIsCompleteAndSelfContained_data();
    void htmlReportOfEachTemplateIsCompleteAndSelfContained();
    void pdfReportOfEachTemplateIsPaginatedWithPageNumbers_data();
    void pdfReportOfEachTemplateIsPaginatedWithPageNumbers();
    void hostileNamesGiveSafeExportsAndReports();
    void cancellingWritesNothing();
    void reportOnAFullDiskKeepsThePreviousFile();
    void formatFollowsTheName();
};

void TestReport::htmlReportOfEachTemplateIsCompleteAndSelfContained_data()
{
    QTest::addColumn<QString>("name");
    for (const char *t : Templates)
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestReport::htmlReportOfEachTemplateIsCompleteAndSelfContained()
{
    QFETCH(QString, name);
    Fixture f(templateDesign(qPrintable(name)));
    ReportWriter writer(f.document.get(), f.validator.get());
    const QByteArray html = writer.render(reportOptions(ReportFormat::Html));
    QVERIFY2(!html.isEmpty(), qPrintable(writer.errorString()));
    const Markup m = readMarkup(html);
    verifyNothingActive(m);
    QCOMPARE(m.elements.value(0), QStringLiteral("html"));
    for (const QString &id : ReportWriter::sectionIds())
        QVERIFY2(m.ids.contains(id), qPrintable(id));
    QCOMPARE(m.h1, f.document->design().name);
    QVERIFY(m.text.contains(QLatin1String("2026-12-02")));
    // The diagram, three trade-off charts and the cost chart, all inside the file.
    QCOMPARE(m.elements.count(QStringLiteral("img")), 5);
    QCOMPARE(m.sources.size(), 5);
    QVERIFY(m.sources.first().startsWith(QLatin1String("data:image/svg+xml;base64,")));
    const QByteArray svg = QByteArray::fromBase64(
        m.sources.first().mid(m.sources.first().indexOf(u',') + 1).toLatin1());
    QString why;
    QVERIFY2(checkSvgSafety(svg, &why), qPrintable(why));
    for (qsizetype i = 1; i < m.sources.size(); ++i) {
        const QString &src = m.sources.at(i);
        QVERIFY(src.startsWith(QLatin1String("data:image/png;base64,")));
        const QImage chart = QImage::fromData(
            QByteArray::fromBase64(src.mid(src.indexOf(u',') + 1).toLatin1()), "PNG");
        QVERIFY(!chart.isNull());
        QVERIFY(chart.width() >= 600);
    }
    // Every finding with its hint and reference; each region's loss; the catalog's date.
    for (const Finding &finding : f.validator->findings()) {
        QVERIFY2(m.text.contains(finding.message), qPrintable(finding.message));
        QVERIFY(m.text.contains(finding.hint));
        QVERIFY(m.text.contains(finding.reference));
    }
    QVERIFY(m.text.contains(QLatin1String("Loss of Region")));
    QVERIFY(m.text.contains(QLatin1String("Catalog of")));
    // Prints well: there is a print style.
    QVERIFY(html.contains("@media print"));
}

void TestReport::pdfReportOfEachTemplateIsPaginatedWithPageNumbers_data()
{
    htmlReportOfEachTemplateIsCompleteAndSelfContained_data();
}

void TestReport::pdfReportOfEachTemplateIsPaginatedWithPageNumbers()
{
    QFETCH(QString, name);
    Fixture f(templateDesign(qPrintable(name)));
    ReportWriter writer(f.document.get(), f.validator.get());
    const QByteArray pdf = writer.render(reportOptions(ReportFormat::Pdf));
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(writer.errorString()));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    // The pictures are embedded.
    QVERIFY(pdf.count("/Subtype /Image") >= 5);
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed: the page numbers are not read back");
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));
    QVERIFY(text.contains(QLatin1String("Single points of failure")));
    QVERIFY(text.contains(QLatin1String("2026-12-02")));
}

void TestReport::hostileNamesGiveSafeExportsAndReports()
{
    Fixture f(hostileDesign());
    const QString name = f.document->design().name;

    // The diagram in every format.
    DiagramExporter exporter(f.document.get(), f.validator.get());
    DiagramExportOptions o;
    o.format = DiagramFormat::Png;
    const QImage png = QImage::fromData(exporter.render(o), "PNG");
    QVERIFY(!png.isNull());
    QCOMPARE(png.size(), exporter.imageSize(o));
    o.format = DiagramFormat::Svg;
    const QByteArray svg = exporter.render(o);
    const Markup svgMarkup = readMarkup(svg);
    verifyNothingActive(svgMarkup);
    QVERIFY(!svgMarkup.elements.contains(QStringLiteral("img")));
    for (const QString &s : hostileStrings())
        QVERIFY2(svgMarkup.text.contains(s), qPrintable(s));
    o.format = DiagramFormat::Pdf;
    const QByteArray diagramPdf = exporter.render(o);
    QVERIFY(diagramPdf.startsWith("%PDF-"));
    QVERIFY(!diagramPdf.contains("/JavaScript"));

    // The report in both formats.
    ReportWriter writer(f.document.get(), f.validator.get());
    const QByteArray html = writer.render(reportOptions(ReportFormat::Html));
    const Markup m = readMarkup(html);
    verifyNothingActive(m);
    // Only the report's own pictures: none from a name.
    QCOMPARE(m.elements.count(QStringLiteral("img")), 5);
    QCOMPARE(m.h1, name);
    for (const QString &s : hostileStrings())
        QVERIFY2(m.text.contains(s), qPrintable(s));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img src=\"/etc"));

    const QByteArray pdf = writer.render(reportOptions(ReportFormat::Pdf));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(!pdf.contains("/JavaScript"));
    QVERIFY(!pdf.contains("/Launch"));
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed: the PDF's text is not read back");
    for (const QString &s : hostileStrings())
        QVERIFY2(text.contains(s), qPrintable(s));
}

void TestReport::cancellingWritesNothing()
{
    Fixture f(templateDesign("active-passive"));
    ReportWriter writer(f.document.get(), f.validator.get());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    int calls = 0;
    writer.setProgressHandler([&calls](int done, int total) {
        Q_ASSERT(done <= total);
        return ++calls < 3;
    });
    QVERIFY(!writer.exportToFile(path, reportOptions(ReportFormat::Html)));
    QVERIFY(writer.wasCanceled());
    QVERIFY(!QFile::exists(path));
    int last = 0;
    int total = 0;
    writer.setProgressHandler([&](int done, int all) {
        last = done;
        total = all;
        return true;
    });
    QVERIFY(writer.exportToFile(path, reportOptions(ReportFormat::Pdf)));
    QCOMPARE(last, total);
}

// A file size limit stands for a full disk: the report fails, says why, and the previous
// report stays whole.
void TestReport::reportOnAFullDiskKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.html"));
    const QByteArray before("an earlier report");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    Fixture f(templateDesign("single-region"));
    ReportWriter writer(f.document.get(), f.validator.get());
    rlimit saved{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const bool ok = writer.exportToFile(path, reportOptions(ReportFormat::Html));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!ok);
    QVERIFY2(writer.errorString().contains(QLatin1String("review.html")),
             qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(QLatin1String("too large"), Qt::CaseInsensitive),
             qPrintable(writer.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestReport::formatFollowsTheName()
{
    QCOMPARE(reportFormatFromName(QStringLiteral("HTML")), ReportFormat::Html);
    QCOMPARE(reportFormatFromName(QStringLiteral("htm")), ReportFormat::Html);
    QCOMPARE(reportFormatFromName(QStringLiteral("pdf")), ReportFormat::Pdf);
    QVERIFY(!reportFormatFromName(QStringLiteral("docx")));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
