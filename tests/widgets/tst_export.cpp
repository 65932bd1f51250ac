// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"
#include "model/io/designfile.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/export/diagramexporter.h"
#include "widgets/export/exportdialog.h"
#include "widgets/export/pngencoder.h"
#include "widgets/export/svgpaintdevice.h"
#include "widgets/export/svgsafety.h"
#include "widgets/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <cmath>
#include <csignal>
#include <memory>

#include <sys/resource.h>

using namespace continuity;

namespace {

Design templateDesign(const char *name = "active-passive")
{
    LoadResult result = loadDesignFile(
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/%1.continuity.json")
            .arg(QLatin1String(name)));
    if (!result.design)
        qFatal("template %s does not load", name);
    return std::move(*result.design);
}

// What an SVG holds, as a reader sees it.
struct SvgContent {
    bool wellFormed = false;
    QString error;
    QStringList elements;
    QStringList attributeNames;
    QStringList hrefs;
    QString title;
    QString desc;
    QStringList texts;
    int images = 0;
    int paths = 0;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent c;
    QXmlStreamReader reader(svg);
    QString currentText;
    bool inText = false;
    bool inTitle = false;
    bool inDesc = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            c.elements << name;
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                c.attributeNames << a.name().toString();
                if (a.name() == QLatin1String("href"))
                    c.hrefs << a.value().toString();
            }
            if (name == QLatin1String("image"))
                ++c.images;
            if (name == QLatin1String("path"))
                ++c.paths;
            inText = name == QLatin1String("text");
            inTitle = name == QLatin1String("title");
            inDesc = name == QLatin1String("desc");
            currentText.clear();
        } else if (token == QXmlStreamReader::Characters) {
            if (inText || inTitle || inDesc)
                currentText += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (inText)
                c.texts << currentText;
            if (inTitle && c.title.isEmpty())
                c.title = currentText;
            if (inDesc && c.desc.isEmpty())
                c.desc = currentText;
            inText = inTitle = inDesc = false;
        }
    }
    c.wellFormed = !reader.hasError();
    c.error = reader.errorString();
    return c;
}

// A design whose every name is hostile: the design, each region and each component.
Design hostileDesign(const QString &hostile)
{
    Design d = templateDesign();
    d.name = hostile;
    for (auto &[id, c] : d.components)
        c.name = hostile;
    return d;
}

struct Fixture {
    std::unique_ptr<Document> document;
    std::unique_ptr<LiveValidator> validator;
    std::unique_ptr<DiagramExporter> exporter;

    explicit Fixture(Design design)
        : document(std::make_unique<Document>(std::move(design)))
        , validator(std::make_unique<LiveValidator>(document.get()))
        , exporter(std::make_unique<DiagramExporter>(document.get(), validator.get()))
    {
    }
};

DiagramExportOptions optionsFor(DiagramFormat format)
{
    DiagramExportOptions o;
    o.format = format;
    o.date = QDate(2026, 11, 24);
    return o;
}

}  // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void eachTemplateExportsToEveryFormat_data();
    void eachTemplateExportsToEveryFormat();
    void pngSizeFollowsTheScale_data();
    void pngSizeFollowsTheScale();
    void transparentPngLeavesTheBackgroundClear();
    void pngHoldsExactlyTheDrawnPixels_data();
    void pngHoldsExactlyTheDrawnPixels();
    void oversizedPngIsDrawnAtTheLargestScaleThatFits();
    void svgIsWellFormedSelfContainedAndVector();
    void svgLooksLikeThePng_data();
    void svgLooksLikeThePng();
    void svgDeviceClipsWhatThePainterClips();
    void hostileLabelsStayTextInSvg_data();
    void hostileLabelsStayTextInSvg();
    void hostileLabelsGiveAPlainPdf_data();
    void hostileLabelsGiveAPlainPdf();
    void safetyCheckRefusesActiveSvg_data();
    void safetyCheckRefusesActiveSvg();
    void pdfIsOnePageFittedToTheDiagram();
    void selectionExportIsSmallerThanTheWholeDesign();
    void selectionOfARegionBringsItsContents();
    void badgesCanBeLeftOut();
    void exportLeavesTheCanvasAlone();
    void cancellingWritesNothing();
    void unwritablePathIsReported();
    void exportOnAFullDiskKeepsThePreviousFile_data();
    void exportOnAFullDiskKeepsThePreviousFile();
    void emptyDesignIsReported();
    void dialogGivesTheChosenOptions();
    void fileMenuOffersTheThreeFormats();
};

void TestExport::eachTemplateExportsToEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    for (const char *name : {"active-active", "active-passive", "passive-cold", "single-region"}) {
        for (const DiagramFormat format :
             {DiagramFormat::Png, DiagramFormat::Svg, DiagramFormat::Pdf}) {
            QTest::addRow("%s.%s", name, qPrintable(diagramFormatSuffix(format)))
                << QString::fromLatin1(name) << int(format);
        }
    }
}

void TestExport::eachTemplateExportsToEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    Fixture f(templateDesign(qPrintable(name)));
    const DiagramExportOptions o = optionsFor(static_cast<DiagramFormat>(format));
    const QByteArray bytes = f.exporter->render(o);
    QVERIFY2(!bytes.isEmpty(), qPrintable(f.exporter->errorString()));
    switch (o.format) {
    case DiagramFormat::Png: {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), f.exporter->imageSize(o));
        QVERIFY(image.width() > 400 && image.height() > 200);
        // Not blank: much of it differs from the background.
        const QRgb background = image.pixel(0, 0);
        int drawn = 0;
        int samples = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3, ++samples)
                drawn += image.pixel(x, y) != background;
        }
        QVERIFY2(drawn * 20 > samples, qPrintable(QStringLiteral("%1 of %2").arg(drawn)
                                                      .arg(samples)));
        break;
    }
    case DiagramFormat::Svg: {
        const SvgContent c = readSvg(bytes);
        QVERIFY2(c.wellFormed, qPrintable(c.error));
        // Every component's label is drawn as text (a long one on two lines, shortened as on
        // the canvas), and the description holds each one whole.
        const QString texts = c.texts.join(u' ');
        for (const auto &[id, component] : f.document->design().components) {
            QVERIFY2(texts.contains(component.name.left(8)), qPrintable(component.name));
            QVERIFY2(c.desc.contains(component.name), qPrintable(component.name));
        }
        QString why;
        QVERIFY2(checkSvgSafety(bytes, &why), qPrintable(why));
        break;
    }
    case DiagramFormat::Pdf: {
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), 1);
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            break;
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("diagram.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QProcess info;
        info.start(pdfinfo, {file.fileName()});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))),
                 qPrintable(out));
        QVERIFY(out.contains(f.document->design().name.left(20)));
        break;
    }
    }
}

void TestExport::pngSizeFollowsTheScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("half") << 0.5;
    QTest::newRow("one") << 1.0;
    QTest::newRow("two") << 2.0;
}

void TestExport::pngSizeFollowsTheScale()
{
    QFETCH(double, scale);
    Fixture f(templateDesign());
    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    o.scale = scale;
    const QRectF rect = f.exporter->diagramRect(o);
    QVERIFY(!rect.isEmpty());
    const QByteArray png = f.exporter->render(o);
    QVERIFY2(!png.isEmpty(), qPrintable(f.exporter->errorString()));
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(int(std::ceil(rect.width() * scale)),
                                 int(std::ceil(rect.height() * scale))));
    QCOMPARE(f.exporter->imageSize(o), image.size());
    QCOMPARE(f.exporter->effectiveScale(), scale);
}

void TestExport::transparentPngLeavesTheBackgroundClear()
{
    Fixture f(templateDesign());
    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    o.transparent = true;
    const QImage clear = QImage::fromData(f.exporter->render(o), "PNG");
    QVERIFY(clear.hasAlphaChannel());
    QCOMPARE(qAlpha(clear.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(clear.pixel(clear.width() - 1, clear.height() - 1)), 0);
    // The drawing itself is opaque: some pixels are.
    const QImage argb = clear.convertToFormat(QImage::Format_ARGB32);
    int opaque = 0;
    for (int y = 0; y < argb.height(); y += 4) {
        for (int x = 0; x < argb.width(); x += 4)
            opaque += qAlpha(argb.pixel(x, y)) == 255;
    }
    QVERIFY(opaque > 100);

    o.transparent = false;
    const QImage solid = QImage::fromData(f.exporter->render(o), "PNG");
    QCOMPARE(qAlpha(solid.pixel(0, 0)), 255);
    // The light appearance: a near-white canvas.
    QVERIFY(QColor(solid.pixel(0, 0)).lightness() > 230);
}

void TestExport::pngHoldsExactlyTheDrawnPixels_data()
{
    QTest::addColumn<bool>("transparent");
    QTest::newRow("solid") << false;
    QTest::newRow("transparent") << true;
}

void TestExport::pngHoldsExactlyTheDrawnPixels()
{
    QFETCH(bool, transparent);
    Fixture f(templateDesign());
    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    o.transparent = transparent;
    const QImage drawn = f.exporter->renderImage(o).convertToFormat(QImage::Format_ARGB32);
    const QImage read = QImage::fromData(f.exporter->render(o), "PNG");
    QCOMPARE(read.size(), drawn.size());
    QCOMPARE(read.hasAlphaChannel(), transparent);
    // 96 dots per inch: the canvas at 100 % prints at its size on screen.
    QCOMPARE(read.dotsPerMeterX(), drawn.dotsPerMeterX());
    QCOMPARE(read.dotsPerMeterY(), drawn.dotsPerMeterY());
    QCOMPARE(qRound(read.dotsPerMeterX() * 0.0254), 96);
    // Every pixel as drawn; semi-transparent edges only to the rounding of premultiplied
    // alpha.
    const QImage argb = read.convertToFormat(QImage::Format_ARGB32);
    int differing = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(drawn.constScanLine(y));
        const auto *b = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < drawn.width(); ++x) {
            if (a[x] == b[x] || (qAlpha(a[x]) == 0 && qAlpha(b[x]) == 0))
                continue;
            const int off = std::max({std::abs(qRed(a[x]) - qRed(b[x])),
                                      std::abs(qGreen(a[x]) - qGreen(b[x])),
                                      std::abs(qBlue(a[x]) - qBlue(b[x])),
                                      std::abs(qAlpha(a[x]) - qAlpha(b[x]))});
            QVERIFY2(transparent && off <= 2,
                     qPrintable(QStringLiteral("pixel %1,%2 is %3, drawn %4")
                                    .arg(x).arg(y).arg(b[x], 8, 16).arg(a[x], 8, 16)));
            ++differing;
        }
    }
    if (!transparent)
        QCOMPARE(differing, 0);

    // Images of other formats are converted, not refused.
    QImage gray(40, 30, QImage::Format_Grayscale8);
    gray.fill(90);
    const QImage grayRead = QImage::fromData(encodePng(gray), "PNG");
    QCOMPARE(grayRead.size(), gray.size());
    QCOMPARE(qRed(grayRead.pixel(39, 29)), 90);
    QString why;
    QVERIFY(encodePng(QImage(), &why).isEmpty());
    QVERIFY(!why.isEmpty());
}

void TestExport::oversizedPngIsDrawnAtTheLargestScaleThatFits()
{
    Fixture f(templateDesign());
    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    const QRectF rect = f.exporter->diagramRect(o);
    o.scale = 16;
    const QSize size = f.exporter->imageSize(o);
    QVERIFY(size.width() <= DiagramExporter::MaxImageSide);
    QVERIFY(qint64(size.width()) * size.height() <= DiagramExporter::MaxImagePixels);
    if (rect.width() * 16 * rect.height() * 16 > double(DiagramExporter::MaxImagePixels)) {
        const QImage image = f.exporter->renderImage(o);
        QCOMPARE(image.size(), size);
        QVERIFY(f.exporter->effectiveScale() < 16);
    }
}

void TestExport::svgIsWellFormedSelfContainedAndVector()
{
    Design design = templateDesign();
    const QString someName = design.components.begin()->second.name;
    const size_t components = design.components.size();
    Fixture f(std::move(design));
    const QByteArray svg = f.exporter->render(optionsFor(DiagramFormat::Svg));
    QVERIFY2(!svg.isEmpty(), qPrintable(f.exporter->errorString()));
    const SvgContent c = readSvg(svg);
    QVERIFY2(c.wellFormed, qPrintable(c.error));
    QCOMPARE(c.elements.value(0), QStringLiteral("svg"));
    // Self-contained: no bitmaps, nothing referred to outside the file.
    QCOMPARE(c.images, 0);
    for (const QString &href : c.hrefs)
        QVERIFY2(href.startsWith(u'#'), qPrintable(href));
    QVERIFY(!svg.contains("file:"));
    QVERIFY(!svg.contains("http://example"));
    // Icons are vector shapes, defined once per kind and placed once per component.
    QCOMPARE(c.elements.count(QStringLiteral("use")), int(components));
    QVERIFY(c.paths > int(components));
    QVERIFY(c.hrefs.contains(QStringLiteral("#icon-aksCluster")));
    QVERIFY(svg.contains("<g id=\"icon-aksCluster\">"));
    // Text is text.
    QVERIFY(c.texts.size() >= int(components));
    QVERIFY(c.texts.join(u' ').contains(someName));
    QCOMPARE(c.title, f.document->design().name);
    QString why;
    QVERIFY2(checkSvgSafety(svg, &why), qPrintable(why));
}

void TestExport::svgLooksLikeThePng_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"active-active", "active-passive", "passive-cold", "single-region"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// The SVG, drawn by Qt's own SVG renderer, matches the PNG pixel for pixel but for the edges
// of shapes and glyphs: same boxes, fills, title bands, connections, icons and badges.
void TestExport::svgLooksLikeThePng()
{
    QFETCH(QString, name);
    Design design = templateDesign(qPrintable(name));
    // Findings and their badges too.
    for (auto &[id, c] : design.components) {
        if (c.kind == ComponentKind::AksCluster)
            c.properties["nodeCount"] = 1;
    }
    Fixture f(std::move(design));
    const QImage png = f.exporter->renderImage(optionsFor(DiagramFormat::Png))
                           .convertToFormat(QImage::Format_RGB32);
    const QByteArray svg = f.exporter->render(optionsFor(DiagramFormat::Svg));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage drawn(png.size(), QImage::Format_RGB32);
    drawn.fill(Qt::white);
    {
        QPainter painter(&drawn);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), png.size()));
    }
    // Compared in blocks of 4 × 4 pixels, so that glyph and edge antialiasing, which the two
    // renderers do each their own way, averages out, and a missing or wrongly filled shape
    // does not.
    constexpr int Block = 4;
    const auto average = [](const QImage &image, int bx, int by) {
        int sum[3] = {0, 0, 0};
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
    qint64 far = 0;   // a shape missing or in another colour
    qint64 near = 0;  // a fill of a slightly different shade
    qint64 total = 0;
    for (int y = 0; y + Block <= png.height(); y += Block) {
        for (int x = 0; x + Block <= png.width(); x += Block, ++total) {
            const auto a = average(png, x, y);
            const auto b = average(drawn, x, y);
            const int d = std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]),
                                    std::abs(a[2] - b[2])});
            far += d > 24;
            near += d > 8;
        }
    }
    // Measured on the templates: some 0.1 % of the blocks differ by more than 24 (glyph edges)
    // and 1.3–1.9 % by more than 8. Without the icons, 1 % differ by more than 24; with the
    // region title bands in the body's shade, 5–6.6 % by more than 8.
    const QString counts = QStringLiteral("%1 and %2 of %3 blocks differ").arg(far).arg(near)
                               .arg(total);
    QVERIFY2(far * 400 < total, qPrintable(counts));
    QVERIFY2(near * 30 < total, qPrintable(counts));
}

void TestExport::svgDeviceClipsWhatThePainterClips()
{
    SvgPaintDevice device(QSizeF(200, 100));
    {
        QPainter painter(&device);
        painter.translate(50, 10);
        painter.save();
        painter.setClipRect(QRectF(0, 0, 20, 30));
        painter.fillRect(QRectF(0, 0, 100, 100), Qt::red);
        painter.restore();
        painter.fillRect(QRectF(0, 0, 10, 10), Qt::blue);
    }
    const QByteArray elements = device.takeElements();
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + elements + "</svg>";
    QVERIFY2(readSvg(svg).wellFormed, svg.constData());
    // The clip is stated in the drawing's coordinates, the red square is inside the clipped
    // group and the blue one after it.
    const qsizetype clip = svg.indexOf("<clipPath id=\"clip1\"><path d=\"M50,10 L70,10 L70,40");
    const qsizetype red = svg.indexOf("fill=\"#ff0000\"");
    const qsizetype close = svg.indexOf("</g>\n</g>", red);
    const qsizetype blue = svg.indexOf("fill=\"#0000ff\"");
    QVERIFY2(clip >= 0, svg.constData());
    QVERIFY2(svg.indexOf("<g clip-path=\"url(#clip1)\">\n<g transform=\"translate(50,10)\">")
                 > clip, svg.constData());
    QVERIFY2(red > clip && close > red && blue > close, svg.constData());
}

void TestExport::hostileLabelsStayTextInSvg_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("closing title, script") << QStringLiteral("</title><script>alert(1)</script>");
    QTest::newRow("attribute break") << QStringLiteral("\" onload=\"alert(2)");
    QTest::newRow("img tag") << QStringLiteral("<img src=\"/etc/passwd\">");
    QTest::newRow("ampersand") << QStringLiteral("R&D & co");
    QTest::newRow("control characters") << QStringLiteral("a\x01\x1f b");
}

void TestExport::hostileLabelsStayTextInSvg()
{
    QFETCH(QString, hostile);
    Fixture f(hostileDesign(hostile));
    for (bool badges : {true, false}) {
        DiagramExportOptions o = optionsFor(DiagramFormat::Svg);
        o.showFindings = badges;
        const QByteArray svg = f.exporter->render(o);
        QVERIFY2(!svg.isEmpty(), qPrintable(f.exporter->errorString()));
        const SvgContent c = readSvg(svg);
        QVERIFY2(c.wellFormed, qPrintable(c.error));
        QVERIFY(!c.elements.contains(QStringLiteral("script")));
        QVERIFY(!c.elements.contains(QStringLiteral("img")));
        for (const QString &attribute : c.attributeNames)
            QVERIFY2(!attribute.startsWith(QLatin1String("on"), Qt::CaseInsensitive),
                     qPrintable(attribute));
        for (const QString &href : c.hrefs)
            QVERIFY2(href.startsWith(QLatin1String("#icon-")), qPrintable(href));
        // The text reads literally; the control characters XML cannot hold are left out of
        // the title and shown as spaces in the drawing.
        const QRegularExpression controls(
            QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"));
        QCOMPARE(c.title, QString(hostile).remove(controls));
        // Region titles are wide enough to show the whole name.
        const QString drawn = QString(hostile).replace(controls, QStringLiteral(" "));
        const bool found = c.texts.contains(drawn);
        QVERIFY2(found, qPrintable(c.texts.mid(0, 5).join(QLatin1String(" | "))));
    }
}

void TestExport::hostileLabelsGiveAPlainPdf_data()
{
    hostileLabelsStayTextInSvg_data();
}

void TestExport::hostileLabelsGiveAPlainPdf()
{
    QFETCH(QString, hostile);
    Fixture f(hostileDesign(hostile));
    const QByteArray pdf = f.exporter->render(optionsFor(DiagramFormat::Pdf));
    QVERIFY2(!pdf.isEmpty(), qPrintable(f.exporter->errorString()));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // No action of any kind, let alone JavaScript.
    QVERIFY(!pdf.contains("/JavaScript"));
    QVERIFY(!pdf.contains("/JS"));
    QVERIFY(!pdf.contains("/OpenAction"));
    QVERIFY(!pdf.contains("/AA"));
    QVERIFY(!pdf.contains("/Launch"));
    // The name is not written out raw where it could end a string or a dictionary.
    if (hostile.contains(u'<'))
        QVERIFY(!pdf.contains(hostile.toUtf8()));
}

void TestExport::safetyCheckRefusesActiveSvg_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><g><text>"
                                         "&lt;script&gt;</text></g></svg>")
                           << true;
    QTest::newRow("script") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>"
                                          "alert(1)</script></svg>")
                            << false;
    QTest::newRow("event attribute")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x\"/>") << false;
    QTest::newRow("external image")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image "
                      "xlink:href=\"/etc/passwd\"/></svg>")
        << false;
    QTest::newRow("external fill")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><path "
                      "fill=\"url(http://x/y#g)\"/></svg>")
        << false;
    QTest::newRow("entities")
        << QByteArray("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg "
                      "xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")
        << false;
    QTest::newRow("broken") << QByteArray("<svg><title></svg>") << false;
}

void TestExport::safetyCheckRefusesActiveSvg()
{
    QFETCH(QByteArray, svg);
    QFETCH(bool, safe);
    QString why;
    QCOMPARE(checkSvgSafety(svg, &why), safe);
    QCOMPARE(why.isEmpty(), safe);
}

void TestExport::pdfIsOnePageFittedToTheDiagram()
{
    Fixture f(templateDesign());
    const DiagramExportOptions o = optionsFor(DiagramFormat::Pdf);
    const QByteArray pdf = f.exporter->render(o);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(f.exporter->errorString()));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
    // The page has the diagram's proportions plus the title line, not a paper size's.
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto match = box.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    const QRectF rect = f.exporter->diagramRect(o);
    const double ratio = match.captured(1).toDouble() / match.captured(2).toDouble();
    QVERIFY(ratio > rect.width() / (rect.height() + 80));
    QVERIFY(ratio < rect.width() / rect.height());
    // The title line's text is embedded (a font subset is written).
    QVERIFY(pdf.contains("/FontFile"));
}

void TestExport::selectionExportIsSmallerThanTheWholeDesign()
{
    Fixture f(templateDesign());
    QString cluster;
    for (const auto &[id, c] : f.document->design().components) {
        if (c.kind == ComponentKind::AksCluster) {
            cluster = id;
            break;
        }
    }
    QVERIFY(!cluster.isEmpty());
    QVERIFY(!f.exporter->hasSelection());
    f.document->setSelection({cluster});
    QVERIFY(f.exporter->hasSelection());

    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    const QImage whole = f.exporter->renderImage(o);
    o.selectionOnly = true;
    const QImage part = f.exporter->renderImage(o);
    QVERIFY(!part.isNull());
    QVERIFY(part.width() < whole.width() / 2);
    QVERIFY(part.height() < whole.height() / 2);

    o.format = DiagramFormat::Svg;
    const QByteArray partSvg = f.exporter->render(o);
    o.selectionOnly = false;
    const QByteArray wholeSvg = f.exporter->render(o);
    QVERIFY(partSvg.size() * 4 < wholeSvg.size());
    QCOMPARE(readSvg(partSvg).texts.count(f.document->component(cluster)->name), 1);
}

void TestExport::selectionOfARegionBringsItsContents()
{
    Fixture f(templateDesign());
    QString region;
    for (const auto &[id, c] : f.document->design().components) {
        if (c.kind == ComponentKind::Region && !f.document->childrenOf(id).isEmpty()) {
            region = id;
            break;
        }
    }
    QVERIFY(!region.isEmpty());
    f.document->setSelection({region});
    DiagramExportOptions o = optionsFor(DiagramFormat::Svg);
    o.selectionOnly = true;
    const SvgContent c = readSvg(f.exporter->render(o));
    // Each child shows its name and summary; the region its title and location.
    QVERIFY(c.texts.size() >= 2 + 2 * f.document->childrenOf(region).size());
    QVERIFY(c.texts.contains(f.document->component(region)->name));
}

void TestExport::badgesCanBeLeftOut()
{
    Design design = templateDesign();
    // A cluster with one node breaks the rules: it carries a badge.
    for (auto &[id, c] : design.components) {
        if (c.kind == ComponentKind::AksCluster)
            c.properties["nodeCount"] = 1;
    }
    Fixture f(std::move(design));
    QVERIFY(!f.validator->findings().empty());
    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    const QImage with = f.exporter->renderImage(o);
    o.showFindings = false;
    const QImage without = f.exporter->renderImage(o);
    QCOMPARE(with.size(), without.size());
    QVERIFY(with != without);
    // The badge is a circle of the severity's colour with its count: the count is text.
    o.format = DiagramFormat::Svg;
    o.showFindings = true;
    const int textsWith = int(readSvg(f.exporter->render(o)).texts.size());
    o.showFindings = false;
    const int textsWithout = int(readSvg(f.exporter->render(o)).texts.size());
    QVERIFY(textsWith > textsWithout);
}

void TestExport::exportLeavesTheCanvasAlone()
{
    Document document(templateDesign());
    LiveValidator validator(&document);
    CanvasScene scene(&document, &validator);
    const QString first = document.design().components.begin()->first;
    document.setSelection({first});
    QCOMPARE(scene.selectedItems().size(), 1);
    DiagramExporter exporter(&scene);
    DiagramExportOptions o = optionsFor(DiagramFormat::Png);
    o.showFindings = false;
    QVERIFY(!exporter.renderImage(o).isNull());
    QVERIFY(!exporter.render(optionsFor(DiagramFormat::Svg)).isEmpty());
    QCOMPARE(document.selectedIds(), QStringList{first});
    QCOMPARE(scene.selectedItems().size(), 1);
    QVERIFY(scene.showFindings());
    QVERIFY(!document.isModified());
}

void TestExport::cancellingWritesNothing()
{
    Fixture f(templateDesign());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.svg"));
    int calls = 0;
    f.exporter->setProgressHandler([&calls](int done, int total) {
        Q_ASSERT(done <= total);
        return ++calls < 1;
    });
    QVERIFY(!f.exporter->exportToFile(path, optionsFor(DiagramFormat::Svg)));
    QVERIFY(f.exporter->wasCanceled());
    QVERIFY(f.exporter->errorString().isEmpty());
    QVERIFY(!QFile::exists(path));

    // An existing file survives a cancelled export unchanged.
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("before");
    existing.close();
    calls = 0;
    QVERIFY(!f.exporter->exportToFile(path, optionsFor(DiagramFormat::Png)));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("before"));

    f.exporter->setProgressHandler([](int, int) { return true; });
    QVERIFY(f.exporter->exportToFile(path, optionsFor(DiagramFormat::Png)));
    QVERIFY(!f.exporter->wasCanceled());
}

void TestExport::unwritablePathIsReported()
{
    Fixture f(templateDesign());
    QVERIFY(!f.exporter->exportToFile(QStringLiteral("/nonexistent-folder/diagram.png"),
                                      optionsFor(DiagramFormat::Png)));
    QVERIFY(!f.exporter->wasCanceled());
    QVERIFY2(f.exporter->errorString().contains(QLatin1String("diagram.png")),
             qPrintable(f.exporter->errorString()));
}

void TestExport::exportOnAFullDiskKeepsThePreviousFile_data()
{
    QTest::addColumn<int>("format");
    for (const DiagramFormat format : {DiagramFormat::Png, DiagramFormat::Svg, DiagramFormat::Pdf})
        QTest::newRow(qPrintable(diagramFormatSuffix(format))) << int(format);
}

// A file size limit stands for a full disk (its signal ignored, so that the write reports the
// error): the export fails, says why, and the previous export stays whole.
void TestExport::exportOnAFullDiskKeepsThePreviousFile()
{
    QFETCH(int, format);
    const auto f = static_cast<DiagramFormat>(format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.") + diagramFormatSuffix(f));
    const QByteArray before("an earlier export");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    // One component: a PNG or SVG small enough for a buffered writer to keep whole until its
    // commit, where Qt 6.4 renamed an empty file over the target when that last write failed.
    Fixture fixture(templateDesign());
    for (const auto &[id, c] : fixture.document->design().components) {
        if (c.kind == ComponentKind::KeyVault) {
            fixture.document->setSelection({id});
            break;
        }
    }
    DiagramExportOptions options = optionsFor(f);
    options.selectionOnly = true;
    const QByteArray small = fixture.exporter->render(options);
    QVERIFY(!small.isEmpty());
    if (f != DiagramFormat::Pdf)  // a PDF carries its fonts
        QVERIFY(small.size() < 16 * 1024);
    rlimit saved{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const bool ok = fixture.exporter->exportToFile(path, options);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!ok);
    const QString error = fixture.exporter->errorString();
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("too large"), Qt::CaseInsensitive), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(path).fileName()});
}

void TestExport::emptyDesignIsReported()
{
    Fixture f(Design{});
    for (DiagramFormat format : {DiagramFormat::Png, DiagramFormat::Svg, DiagramFormat::Pdf}) {
        QVERIFY(f.exporter->render(optionsFor(format)).isEmpty());
        QVERIFY(!f.exporter->errorString().isEmpty());
    }
}

void TestExport::dialogGivesTheChosenOptions()
{
    ExportDialog png(DiagramFormat::Png, false);
    QVERIFY(png.scaleBox());
    QVERIFY(!png.selectionButton()->isEnabled());
    png.scaleBox()->setValue(2);
    png.backgroundBox()->setCurrentIndex(1);
    png.badgesBox()->setChecked(false);
    DiagramExportOptions o = png.options();
    QCOMPARE(o.format, DiagramFormat::Png);
    QCOMPARE(o.scale, 2.0);
    QVERIFY(o.transparent);
    QVERIFY(!o.showFindings);
    QVERIFY(!o.selectionOnly);

    ExportDialog pdf(DiagramFormat::Pdf, true);
    QVERIFY(!pdf.scaleBox());
    QVERIFY(!pdf.backgroundBox());
    pdf.selectionButton()->setChecked(true);
    o = pdf.options();
    QCOMPARE(o.format, DiagramFormat::Pdf);
    QVERIFY(o.selectionOnly);
    QVERIFY(!o.transparent);
}

void TestExport::fileMenuOffersTheThreeFormats()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    const auto *menu = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text();
    for (const char *format : {"PNG", "SVG", "PDF"})
        QVERIFY2(texts.contains(QStringLiteral("Diagram as %1…").arg(QLatin1String(format))),
                 qPrintable(texts.join(QLatin1String(", "))));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
