// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/reportwriter.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/estimate.h"
#include "model/graph.h"
#include "model/io/designfile.h"
#include "model/kinds.h"
#include "model/simulation/drill.h"
#include "model/validation/validator.h"
#include "widgets/charts/costbreakdownchart.h"
#include "widgets/charts/tradeoffchart.h"
#include "widgets/export/diagramexporter.h"
#include "widgets/export/pngencoder.h"
#include "widgets/export/svgsafety.h"
#include "widgets/panels/drillpanel.h"
#include "widgets/panels/labels.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <vector>

namespace continuity {

namespace {

// Translated in the "ReportWriter" context; lupdate reads the qualified calls.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

// The section ids, in the order the report shows them.
const char *const SectionIds[] = {"overview", "diagram",  "findings",      "estimates", "tradeoff",
                                  "cost",     "drills",   "singlepoints",  "assumptions",
                                  "sources"};

// A design with more components than this shows its diagram as a picture in the HTML rather
// than as vector drawing: the SVG would weigh megabytes.
constexpr int MaxVectorDiagramComponents = 1500;
// The longest side of a raster diagram, in pixels: sharp on paper at the width of a page,
// and a few hundred kilobytes at most.
constexpr int MaxDiagramPixels = 2400;
// Cost lines listed one by one; a larger design lists its kinds only beyond this.
constexpr int MaxCostRows = 300;
// Findings listed one by one; a design with more has a table by rule first.
constexpr int MaxFindingRows = 200;
// Region drills shown with their whole timeline; a design with more lists them all in a table.
constexpr int MaxDetailedDrills = 12;
// A4 in CSS pixels (96 to the inch) and the room around the text.
constexpr double PageWidth = 793.7;
constexpr double PageHeight = 1122.5;
constexpr double SideMargin = 57;
constexpr double TopMargin = 78;
constexpr double BottomMargin = 64;

// Text for HTML (and XML) content and attribute values: escapes the markup characters and
// leaves out what XML 1.0 cannot hold. The apostrophe is a numeric reference, which every
// reader of the report knows.
QString esc(const QString &text)
{
    return xmlEscaped(text).replace(QLatin1String("&apos;"), QLatin1String("&#39;"));
}

QString seconds(const std::optional<double> &value, const QString &none)
{
    if (!value)
        return none;
    return formatSeconds(*value);
}

QString percent(const std::optional<double> &value, const QString &none)
{
    return value ? formatPercent(*value) : none;
}

// Exports and charts look the same whatever the application's appearance.
QPalette lightPalette()
{
    QPalette p(QColor(0xe5, 0xe7, 0xeb), QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// A chart widget drawn offscreen at `size` (CSS pixels), twice as dense for paper.
QImage renderWidget(QWidget *widget, const QSize &size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->setPalette(lightPalette());
    widget->resize(size);
    constexpr qreal Density = 2;
    QImage image(size * Density, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(Density);
    image.fill(Qt::white);
    widget->render(&image);
    return image;
}

// One picture of the report: a raster image, or a vector drawing for browsers.
struct Picture {
    QString id;
    QString alt;
    QImage image;
    QByteArray svg;
    QSizeF size;  ///< as shown on paper, in CSS pixels
    /// As shown in a browser, which narrows it to the page's column; empty: `size`.
    QSizeF screenSize;
};

struct RegionDrill {
    QString target;  ///< "region:eastus2"
    QString label;   ///< "Region East US 2"
    DrillResult result;
};

struct CostKind {
    ComponentKind kind;
    int count = 0;
    double monthlyUsd = 0;
};

// Everything the report shows, gathered before a line of it is written.
struct Content {
    QString title;
    DeploymentModel model = DeploymentModel::ActivePassive;
    QDate date;
    int components = 0;
    int connections = 0;
    QStringList locations;
    std::vector<Finding> findings;
    Estimate estimate;
    std::vector<CostKind> costKinds;
    std::vector<Alternative> alternatives;
    std::vector<RegionDrill> drills;
    SinglePointsOfFailure spof;
    QStringList spofLabels;
    std::vector<EstimateParameter> parameters;
    std::vector<FactRef> sources;
    QString catalogAsOf;
    QString currency;
    Fact regionsSource;
    std::vector<Picture> pictures;
};

}  // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

struct ReportWriter::Private {
    Document *document = nullptr;
    LiveValidator *validator = nullptr;
    const Catalog *catalog = nullptr;
    Progress progress;
    QString error;
    bool canceled = false;
    int stepsDone = 0;
    int stepsTotal = 1;

    bool step();
    bool gather(Content &c, const ReportOptions &options);
    bool drawPictures(Content &c, ReportFormat format);
    QString componentName(const QString &id) const;
    QString subjectsText(const QStringList &ids) const;
    QString html(const Content &c, ReportFormat format) const;
    QByteArray pdf(const Content &c);
};

bool ReportWriter::Private::step()
{
    ++stepsDone;
    if (progress && !progress(std::min(stepsDone, stepsTotal), stepsTotal)) {
        canceled = true;
        return false;
    }
    return true;
}

QString ReportWriter::Private::componentName(const QString &id) const
{
    const Component *c = document->component(id);
    if (!c)
        return id;
    return c->name.isEmpty() || c->name == id ? id : QStringLiteral("%1 (%2)").arg(c->name, id);
}

QString ReportWriter::Private::subjectsText(const QStringList &ids) const
{
    // A region of a large design holds hundreds of components: the first ones name it.
    constexpr int MaxNames = 24;
    QStringList names;
    for (const QString &id : ids) {
        if (names.size() == MaxNames)
            break;
        names << componentName(id);
    }
    QString text = names.join(QStringLiteral(", "));
    if (ids.size() > MaxNames)
        text += ReportText::tr(" and %1 more").arg(ids.size() - MaxNames);
    return text;
}

bool ReportWriter::Private::gather(Content &c, const ReportOptions &options)
{
    const Design &design = document->design();
    c.title = design.name.isEmpty() ? ReportText::tr("Untitled design") : design.name;
    c.model = design.deploymentModel;
    c.date = options.date.isValid() ? options.date : QDate::currentDate();
    c.components = int(design.components.size());
    c.connections = int(design.connections.size());
    c.catalogAsOf = catalog->asOf();
    c.currency = catalog->currency();
    c.regionsSource = catalog->regionsSource();

    c.findings = validator ? validator->findings()
                           : validateDesign(design, std::nullopt, catalog);
    if (!step())
        return false;

    c.estimate = estimateDesign(design, *catalog);
    c.alternatives = alternatives(design, *catalog);
    std::array<CostKind, ComponentKindCount> kinds{};
    for (const CostLine &l : c.estimate.costBreakdown) {
        CostKind &k = kinds[std::size_t(l.kind)];
        k.kind = l.kind;
        ++k.count;
        k.monthlyUsd += l.monthlyUsd;
    }
    for (const CostKind &k : kinds) {
        if (k.count > 0)
            c.costKinds.push_back(k);
    }
    std::stable_sort(c.costKinds.begin(), c.costKinds.end(),
                     [](const CostKind &a, const CostKind &b) {
                         return a.monthlyUsd > b.monthlyUsd;
                     });
    c.parameters = estimateParameters(design, *catalog);
    if (!step())
        return false;

    const DesignGraph graph(design, catalog);
    for (const QString &r : graph.componentsOfKind(ComponentKind::Region)) {
        const QString location = graph.locationOf(r);
        if (!location.isEmpty() && !c.locations.contains(location))
            c.locations << location;
    }
    c.locations.sort();
    for (const QString &location : std::as_const(c.locations)) {
        const QString target = QStringLiteral("region:%1").arg(location);
        const std::optional<DrillFailure> failure = parseDrillFailure(graph, target);
        if (!failure)
            continue;
        c.drills.push_back({target, DrillPanel::targetLabel(graph, target),
                            runDrill(graph, {*failure})});
    }
    c.spof = singlePointsOfFailure(graph);
    for (const QString &t : std::as_const(c.spof.targets))
        c.spofLabels << DrillPanel::targetLabel(graph, t);
    if (!step())
        return false;

    // The catalog entries behind every figure: each once, by id.
    std::map<QString, FactRef> sources;
    const auto collect = [&sources](const std::vector<Term> &terms) {
        for (const Term &t : terms) {
            for (const FactRef &f : t.inputs) {
                if (f.confidence != QLatin1String("design") && !f.id.isEmpty())
                    sources.emplace(f.id, f);
            }
        }
    };
    for (const CostLine &l : c.estimate.costBreakdown)
        collect(l.terms);
    collect(c.estimate.rtoBreakdown);
    collect(c.estimate.rpoBreakdown);
    collect(c.estimate.availabilityBreakdown);
    for (const RegionDrill &d : c.drills) {
        for (const DrillStep &s : d.result.steps) {
            if (s.term)
                collect({*s.term});
        }
    }
    for (auto &[id, f] : sources)
        c.sources.push_back(f);
    return step();
}

bool ReportWriter::Private::drawPictures(Content &c, ReportFormat format)
{
    // The diagram: as the canvas draws it, light, with the finding badges.
    DiagramExporter exporter(document, validator);
    DiagramExportOptions diagram;
    diagram.date = c.date;
    const QRectF rect = exporter.diagramRect(diagram);
    if (!rect.isEmpty()) {
        Picture p;
        p.id = QStringLiteral("diagram");
        p.alt = ReportText::tr("Diagram of %1").arg(c.title);
        // Shown at most a page wide; never larger than the canvas at 100 %.
        const double shown = std::min(1.0, (PageWidth - 2 * SideMargin) / rect.width());
        p.size = rect.size() * shown;
        p.screenSize = rect.size();
        if (format == ReportFormat::Html && c.components <= MaxVectorDiagramComponents) {
            diagram.format = DiagramFormat::Svg;
            p.svg = exporter.render(diagram);
        }
        if (p.svg.isEmpty()) {
            diagram.format = DiagramFormat::Png;
            diagram.scale = std::min(2.5, MaxDiagramPixels / std::max(rect.width(),
                                                                        rect.height()));
            p.image = exporter.renderImage(diagram);
        }
        if (p.svg.isEmpty() && p.image.isNull()) {
            if (exporter.wasCanceled()) {
                canceled = true;
                return false;
            }
            error = exporter.errorString();
            return false;
        }
        c.pictures.push_back(std::move(p));
    }
    if (!step())
        return false;

    // The trade-off charts, one per metric, and the cost by kind, drawn by the designer's own
    // chart widgets.
    const QSize chartSize(600, 340);
    const std::array<std::pair<TradeoffMetric, const char *>, 3> metrics = {{
        {TradeoffMetric::Rto, "tradeoff-rto"},
        {TradeoffMetric::Rpo, "tradeoff-rpo"},
        {TradeoffMetric::Availability, "tradeoff-availability"},
    }};
    for (const auto &[metric, id] : metrics) {
        TradeoffChart chart;
        chart.setMetric(metric);
        std::vector<TradeoffPoint> points;
        for (const Alternative &a : c.alternatives)
            points.push_back(tradeoffPoint(a, metric, toString(a.deploymentModel)));
        chart.setPoints(std::move(points));
        Picture p;
        p.id = QLatin1String(id);
        p.alt = ReportText::tr("Monthly cost against %1 under each deployment model")
                    .arg(chart.valueAxisTitle());
        p.image = renderWidget(&chart, chartSize);
        p.size = chartSize;
        c.pictures.push_back(std::move(p));
    }
    {
        CostBreakdownChart chart;
        std::vector<CostBar> bars;
        for (const CostKind &k : c.costKinds) {
            if (k.monthlyUsd > 0)
                bars.push_back({kindLabel(k.kind), k.monthlyUsd});
        }
        chart.setBars(std::move(bars));
        const QSize size(600, std::clamp(60 + 34 * int(c.costKinds.size()), 180, 420));
        Picture p;
        p.id = QStringLiteral("cost");
        p.alt = ReportText::tr("Monthly cost by component kind");
        p.image = renderWidget(&chart, size);
        p.size = size;
        c.pictures.push_back(std::move(p));
    }
    return step();
}

namespace {

const Picture *pictureOf(const Content &c, const QString &id)
{
    for (const Picture &p : c.pictures) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString severityClass(Severity s)
{
    return toString(s);
}

// Style for browsers and print. Sizes in CSS pixels and points; no external resource.
const char *const BrowserCss = R"(
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif;
  color: #1f2937; background: #f3f4f6; margin: 0; line-height: 1.45; font-size: 15px; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 32px 48px; background: #fff;
  box-shadow: 0 0 0 1px #e5e7eb; }
header.report { border-bottom: 3px solid #2563eb; padding-bottom: 12px; margin-bottom: 8px; }
header.report .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px;
  color: #2563eb; font-weight: 600; margin: 0; }
h1 { font-size: 28px; margin: 4px 0 8px; overflow-wrap: anywhere; }
h2 { font-size: 21px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e5e7eb; }
h3 { font-size: 17px; margin: 22px 0 8px; overflow-wrap: anywhere; }
p { margin: 6px 0; }
.muted { color: #6b7280; }
.meta { color: #4b5563; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px;
  table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e5e7eb;
  overflow-wrap: anywhere; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: 600; border-top: 2px solid #d1d5db; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 16px 0; }
.figure { border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 12px; }
.figure .label { font-size: 12px; color: #6b7280; text-transform: uppercase; letter-spacing: .05em; }
.figure .value { font-size: 20px; font-weight: 600; }
.sev { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600;
  color: #fff; white-space: nowrap; }
.sev.error { background: #dc2626; } .sev.warning { background: #d97706; } .sev.info { background: #2563eb; }
.ok { color: #15803d; font-weight: 600; } .bad { color: #b91c1c; font-weight: 600; }
.picture { margin: 12px 0; text-align: center; }
.picture img { max-width: 100%; height: auto; border: 1px solid #e5e7eb; border-radius: 6px; }
.caption { font-size: 13px; color: #6b7280; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.hint { color: #374151; } .ref { color: #6b7280; font-size: 13px; }
ul { margin: 6px 0; padding-left: 22px; }
footer { margin-top: 32px; font-size: 12px; color: #6b7280; border-top: 1px solid #e5e7eb; padding-top: 8px; }
@media (max-width: 720px) { .figures, .charts { grid-template-columns: 1fr 1fr; } main { padding: 16px; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; box-shadow: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  tr, .figure, .picture { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .section { break-before: auto; }
  #drills, #assumptions { break-before: page; page-break-before: always; }
  .sev { border: 1px solid #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .picture img { border: none; }
}
)";

// The subset of CSS Qt's text documents read, for the PDF.
const char *const PdfCss = R"(
body { color: #1f2937; font-size: 9pt; }
h1 { font-size: 18pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 6px; color: #1e3a8a; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
.kicker { color: #2563eb; font-weight: 600; font-size: 8pt; }
.muted, .caption, .ref, .meta { color: #6b7280; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th { background-color: #eef0f3; font-weight: 600; text-align: left; border: 1px solid #d1d5db; padding: 3px; }
td { border: 1px solid #e5e7eb; padding: 3px; vertical-align: top; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: 600; }
.sev.error { color: #b91c1c; font-weight: 600; }
.sev.warning { color: #b45309; font-weight: 600; }
.sev.info { color: #1d4ed8; font-weight: 600; }
.ok { color: #15803d; font-weight: 600; } .bad { color: #b91c1c; font-weight: 600; }
.figure .value { font-size: 12pt; font-weight: 600; }
.figure .label { color: #6b7280; font-size: 8pt; }
)";

}  // namespace

QString ReportWriter::Private::html(const Content &c, ReportFormat format) const
{
    const bool browser = format == ReportFormat::Html;
    QString h;
    h.reserve(64 * 1024);
    const auto add = [&h](const QString &s) { h += s; };
    const auto td = [](const QString &text, const char *cls = nullptr) {
        return cls ? QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cls), esc(text))
                   : QStringLiteral("<td>%1</td>").arg(esc(text));
    };
    const auto th = [](const QString &text, const char *cls = nullptr) {
        return cls ? QStringLiteral("<th class=\"%1\">%2</th>").arg(QLatin1String(cls), esc(text))
                   : QStringLiteral("<th>%1</th>").arg(esc(text));
    };
    // A table's head: the numeric columns align right; `widths` in percent of the page keep
    // long sources and notes from squeezing the short columns.
    const auto head = [&](const QStringList &columns, const QList<int> &numeric = {},
                          const QList<int> &widths = {}) {
        // Browsers repeat a <thead> on each printed page. Qt's text layout repeats it too, but
        // draws it over the paragraph that follows a table ending at a page's foot: the PDF
        // has plain header rows.
        QString row = browser ? QStringLiteral("<thead><tr>") : QStringLiteral("<tr>");
        for (int i = 0; i < columns.size(); ++i) {
            QString cell = th(columns[i], numeric.contains(i) ? "num" : nullptr);
            if (i < widths.size())
                cell.replace(0, 3, QStringLiteral("<th width=\"%1%\"").arg(widths[i]));
            row += cell;
        }
        return row + (browser ? QStringLiteral("</tr></thead>") : QStringLiteral("</tr>"));
    };
    const QString table = browser ? QStringLiteral("<table>")
                                  : QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                                                   "cellpadding=\"3\">");
    const auto picture = [&](const QString &id, const QString &caption) {
        const Picture *p = pictureOf(c, id);
        if (!p)
            return QString();
        QString src;
        if (!browser)
            src = QStringLiteral("report:") + p->id;
        else if (!p->svg.isEmpty())
            src = QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(p->svg.toBase64());
        else
            src = QStringLiteral("data:image/png;base64,")
                + QString::fromLatin1(encodePng(p->image).toBase64());
        const QSizeF size = browser && !p->screenSize.isEmpty() ? p->screenSize : p->size;
        QString out = QStringLiteral("<div class=\"picture\"><img src=\"%1\" alt=\"%2\" "
                                     "width=\"%3\" height=\"%4\"/>")
                          .arg(src, esc(p->alt))
                          .arg(std::lround(size.width()))
                          .arg(std::lround(size.height()));
        if (!caption.isEmpty())
            out += QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(caption));
        return out + QStringLiteral("</div>");
    };
    const auto sectionStart = [&](const char *id, const QString &title) {
        add(QStringLiteral("<div class=\"section\" id=\"%1\"><h2>%2</h2>")
                .arg(QLatin1String(id), esc(title)));
    };
    const auto sectionEnd = [&] { add(QStringLiteral("</div>\n")); };

    const Estimate &e = c.estimate;
    const QString dateText = c.date.toString(Qt::ISODate);

    add(QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                       "lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"));
    if (browser) {
        // Nothing in the report runs or loads: a second line of defence behind the escaping.
        add(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                           "'none'; img-src data:; style-src 'unsafe-inline'\"/>\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"/>\n<meta name=\"generator\" "
                           "content=\"Continuity\"/>\n"));
    }
    add(QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
            .arg(esc(ReportText::tr("Review: %1").arg(c.title)),
                 QLatin1String(browser ? BrowserCss : PdfCss)));
    if (browser)
        add(QStringLiteral("<main>\n"));

    // Overview.
    add(QStringLiteral("<div class=\"section\" id=\"overview\">"));
    add(QStringLiteral("<header class=\"report\"><p class=\"kicker\">%1</p><h1>%2</h1>"
                       "<p class=\"meta\">%3</p></header>")
            .arg(esc(ReportText::tr("Design review")), esc(c.title),
                 esc(ReportText::tr("%1 · %2 · %3 components, %4 connections · regions: %5")
                         .arg(deploymentModelLabel(c.model), dateText)
                         .arg(c.components)
                         .arg(c.connections)
                         .arg(c.locations.isEmpty() ? ReportText::tr("none")
                                                    : c.locations.join(QStringLiteral(", "))))));
    add(QStringLiteral("<p>%1</p>").arg(esc(deploymentModelDescription(c.model))));
    const FindingCounts counts = countFindings(c.findings);
    const std::array<std::pair<QString, QString>, 4> figures = {{
        {ReportText::tr("Monthly cost"), formatMoney(e.monthlyCostUsd)},
        {ReportText::tr("Recovery time (RTO)"), seconds(e.rtoSeconds, ReportText::tr("none"))},
        {ReportText::tr("Data loss (RPO)"), seconds(e.rpoSeconds, ReportText::tr("none"))},
        {ReportText::tr("Availability"), percent(e.availabilityPercent, ReportText::tr("none"))},
    }};
    if (browser) {
        add(QStringLiteral("<div class=\"figures\">"));
        for (const auto &[label, value] : figures)
            add(QStringLiteral("<div class=\"figure\"><div class=\"label\">%1</div>"
                               "<div class=\"value\">%2</div></div>")
                    .arg(esc(label), esc(value)));
        add(QStringLiteral("</div>"));
    } else {
        add(table + QStringLiteral("<tr>"));
        for (const auto &[label, value] : figures)
            add(QStringLiteral("<td width=\"25%\"><span class=\"label\">%1</span><br/>"
                               "<span class=\"value\">%2</span></td>")
                    .arg(esc(label), esc(value)));
        add(QStringLiteral("</tr></table>"));
    }
    add(QStringLiteral("<p>%1</p>")
            .arg(esc(ReportText::tr("Findings: %1 errors, %2 warnings, %3 infos. Single points of failure: "
                        "%4. Prices and timings from the catalog of %5.")
                         .arg(counts.errors)
                         .arg(counts.warnings)
                         .arg(counts.infos)
                         .arg(c.spof.targets.isEmpty() ? ReportText::tr("none")
                                                       : QString::number(c.spof.targets.size()))
                         .arg(c.catalogAsOf))));
    sectionEnd();

    // Diagram.
    sectionStart("diagram", ReportText::tr("Diagram"));
    const QString diagram = picture(QStringLiteral("diagram"),
                                    ReportText::tr("The design as the canvas draws it; badges mark the "
                                       "components with findings."));
    add(diagram.isEmpty() ? QStringLiteral("<p class=\"muted\">%1</p>")
                                .arg(esc(ReportText::tr("The design has nothing to draw.")))
                          : diagram);
    sectionEnd();

    // Findings.
    sectionStart("findings", ReportText::tr("Findings"));
    if (c.findings.empty()) {
        add(QStringLiteral("<p class=\"ok\">%1</p>")
                .arg(esc(ReportText::tr("No findings: the design meets every rule of its deployment model."))));
    } else {
        // Many findings: how many of each rule first, then the first ones (errors first).
        if (int(c.findings.size()) > MaxFindingRows) {
            std::map<QString, std::pair<int, const Finding *>> byRule;
            for (const Finding &f : c.findings) {
                auto &entry = byRule[f.ruleId];
                if (entry.first++ == 0)
                    entry.second = &f;
            }
            add(table + head({ReportText::tr("Severity"), ReportText::tr("Rule"), ReportText::tr("Findings"), ReportText::tr("How to fix it")},
                             {2}, {10, 9, 11, 70})
                + QStringLiteral("<tbody>"));
            for (const auto &[rule, entry] : byRule) {
                const Finding &f = *entry.second;
                add(QStringLiteral("<tr><td><span class=\"sev %1\">%2</span></td>")
                        .arg(severityClass(f.severity), esc(severityLabel(f.severity)))
                    + td(rule) + td(QString::number(entry.first), "num")
                    + QStringLiteral("<td><span class=\"hint\">%1</span><br/><span "
                                     "class=\"ref\">%2</span></td></tr>")
                          .arg(esc(f.hint), esc(ReportText::tr("Reference: %1").arg(f.reference))));
            }
            add(QStringLiteral("</tbody></table><p>%1</p>")
                    .arg(esc(ReportText::tr("The first %1 of the %2 findings:")
                                 .arg(MaxFindingRows)
                                 .arg(c.findings.size()))));
        }
        add(table + head({ReportText::tr("Severity"), ReportText::tr("Rule"), ReportText::tr("Finding"), ReportText::tr("How to fix it")}, {},
                   {10, 9, 45, 36})
            + QStringLiteral("<tbody>"));
        int shown = 0;
        for (const Finding &f : c.findings) {
            if (shown++ == MaxFindingRows)
                break;
            add(QStringLiteral("<tr><td><span class=\"sev %1\">%2</span></td>")
                    .arg(severityClass(f.severity), esc(severityLabel(f.severity))));
            add(td(f.ruleId));
            add(QStringLiteral("<td>%1<br/><span class=\"muted\">%2</span></td>")
                    .arg(esc(f.message), esc(ReportText::tr("Concerns: %1").arg(subjectsText(f.subjects)))));
            add(QStringLiteral("<td><span class=\"hint\">%1</span><br/><span class=\"ref\">%2"
                               "</span></td></tr>")
                    .arg(esc(f.hint), esc(ReportText::tr("Reference: %1").arg(f.reference))));
        }
        add(QStringLiteral("</tbody></table>"));
    }
    sectionEnd();

    // Estimates with their terms.
    sectionStart("estimates", ReportText::tr("Estimates"));
    const QString lost = e.failedLocation.isEmpty() ? e.failedRegion : e.failedLocation;
    add(QStringLiteral("<p>%1</p>")
            .arg(esc(lost.isEmpty()
                         ? ReportText::tr("Money in USD a month (730 hours).")
                         : ReportText::tr("Money in USD a month (730 hours). Recovery time and data loss "
                              "are for the loss of %1, the serving region whose loss is worst.")
                               .arg(lost))));
    add(QStringLiteral("<h3>%1</h3>").arg(esc(ReportText::tr("Monthly cost: %1").arg(formatMoney(e.monthlyCostUsd)))));
    add(table + head({ReportText::tr("Component kind"), ReportText::tr("Count"), ReportText::tr("Monthly cost")}, {1, 2},
                   {50, 15, 35})
        + QStringLiteral("<tbody>"));
    for (const CostKind &k : c.costKinds)
        add(QStringLiteral("<tr>") + td(kindLabel(k.kind)) + td(QString::number(k.count), "num")
            + td(formatMoney(k.monthlyUsd), "num") + QStringLiteral("</tr>"));
    add(QStringLiteral("<tr class=\"total\">") + td(ReportText::tr("Total"))
        + td(QString::number(e.costBreakdown.size()), "num") + td(formatMoney(e.monthlyCostUsd), "num")
        + QStringLiteral("</tr></tbody></table>"));
    add(table + head({ReportText::tr("Component"), ReportText::tr("Monthly cost"), ReportText::tr("How it is made up")}, {1},
                   {36, 16, 48})
        + QStringLiteral("<tbody>"));
    int rows = 0;
    for (const CostLine &l : e.costBreakdown) {
        if (rows++ == MaxCostRows)
            break;
        add(QStringLiteral("<tr>") + td(componentName(l.component)) + td(formatMoney(l.monthlyUsd), "num")
            + td(l.basis) + QStringLiteral("</tr>"));
    }
    add(QStringLiteral("</tbody></table>"));
    if (int(e.costBreakdown.size()) > MaxCostRows)
        add(QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(ReportText::tr("… and %1 more components; the table by kind above holds them all.")
                             .arg(e.costBreakdown.size() - MaxCostRows))));

    const auto termsTable = [&](const std::vector<Term> &terms) {
        if (terms.empty())
            return;
        add(table + head({ReportText::tr("Term"), ReportText::tr("Amount"), ReportText::tr("Source")}, {1}, {48, 12, 40})
            + QStringLiteral("<tbody>"));
        for (const Term &t : terms)
            add(QStringLiteral("<tr>") + td(t.what) + td(formatTermAmount(t), "num") + td(formatTermSource(t))
                + QStringLiteral("</tr>"));
        add(QStringLiteral("</tbody></table>"));
    };
    add(QStringLiteral("<h3>%1</h3>")
            .arg(esc(ReportText::tr("Recovery time (RTO): %1").arg(seconds(e.rtoSeconds, ReportText::tr("none"))))));
    if (e.rtoSeconds)
        termsTable(e.rtoBreakdown);
    else
        add(QStringLiteral("<p>%1</p>").arg(esc(e.rtoReason)));
    add(QStringLiteral("<h3>%1</h3>")
            .arg(esc(ReportText::tr("Data loss (RPO): %1").arg(seconds(e.rpoSeconds, ReportText::tr("none"))))));
    termsTable(e.rpoBreakdown);
    add(QStringLiteral("<p>%1</p>").arg(esc(e.rpoBasis)));
    add(QStringLiteral("<h3>%1</h3>")
            .arg(esc(ReportText::tr("Availability: %1").arg(percent(e.availabilityPercent, ReportText::tr("none"))))));
    termsTable(e.availabilityBreakdown);
    add(QStringLiteral("<p>%1</p>").arg(esc(e.availabilityBasis)));
    if (!e.notes.isEmpty()) {
        add(QStringLiteral("<h3>%1</h3><ul>").arg(esc(ReportText::tr("Notes"))));
        for (const QString &n : e.notes)
            add(QStringLiteral("<li>%1</li>").arg(esc(n)));
        add(QStringLiteral("</ul>"));
    }
    sectionEnd();

    // Trade-off.
    sectionStart("tradeoff", ReportText::tr("Trade-off by deployment model"));
    add(QStringLiteral("<p>%1</p>")
            .arg(esc(ReportText::tr("The same design under each of the four deployment models, for the "
                        "loss of the same region; the design's own model is highlighted."))));
    add(table + head({ReportText::tr("Model"), ReportText::tr("Monthly cost"), ReportText::tr("RTO"), ReportText::tr("RPO"), ReportText::tr("Availability"),
                      ReportText::tr("What changes")},
                     {1, 2, 3, 4}, {14, 13, 11, 9, 14, 39})
        + QStringLiteral("<tbody>"));
    for (const Alternative &a : c.alternatives) {
        add(QStringLiteral("<tr%1>").arg(a.asDesigned ? QStringLiteral(" class=\"total\"")
                                                      : QString()));
        add(td(deploymentModelLabel(a.deploymentModel)
               + (a.asDesigned ? ReportText::tr(" (as designed)") : QString())));
        add(td(formatMoney(a.monthlyCostUsd), "num") + td(seconds(a.rtoSeconds, ReportText::tr("none")), "num")
            + td(seconds(a.rpoSeconds, ReportText::tr("none")), "num")
            + td(percent(a.availabilityPercent, ReportText::tr("none")), "num")
            + td(a.asDesigned ? ReportText::tr("the design as it is") : a.transformation));
        add(QStringLiteral("</tr>"));
    }
    add(QStringLiteral("</tbody></table>"));
    if (browser)
        add(QStringLiteral("<div class=\"charts\">"));
    add(picture(QStringLiteral("tradeoff-rto"), ReportText::tr("Monthly cost against recovery time")));
    add(picture(QStringLiteral("tradeoff-rpo"), ReportText::tr("Monthly cost against data loss")));
    add(picture(QStringLiteral("tradeoff-availability"), ReportText::tr("Monthly cost against availability")));
    if (browser)
        add(QStringLiteral("</div>"));
    sectionEnd();

    // Cost breakdown.
    sectionStart("cost", ReportText::tr("Cost breakdown"));
    add(picture(QStringLiteral("cost"), ReportText::tr("Monthly cost by component kind, largest first")));
    sectionEnd();

    // Drills.
    sectionStart("drills", ReportText::tr("Drills: the loss of each region"));
    if (c.drills.empty())
        add(QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(ReportText::tr("The design has no region with a location to fail."))));
    // Many regions: one line each, then the timelines of the worst losses only.
    std::vector<const RegionDrill *> detailed;
    for (const RegionDrill &d : c.drills)
        detailed.push_back(&d);
    if (int(c.drills.size()) > MaxDetailedDrills) {
        add(table + head({ReportText::tr("Region lost"), ReportText::tr("Survives"), ReportText::tr("Downtime"), ReportText::tr("Data loss"),
                          ReportText::tr("Capacity")},
                         {2, 3, 4}, {40, 15, 15, 15, 15})
            + QStringLiteral("<tbody>"));
        for (const RegionDrill &d : c.drills) {
            const DrillResult &r = d.result;
            add(QStringLiteral("<tr>") + td(d.label) + td(r.survives ? ReportText::tr("yes") : ReportText::tr("no"))
                + td(seconds(r.downtimeSeconds, ReportText::tr("no recovery")), "num")
                + td(seconds(r.dataLossSeconds, ReportText::tr("lost for good")), "num")
                + td(QStringLiteral("%1 %").arg(QString::number(r.capacityPercent, 'f', 0)), "num")
                + QStringLiteral("</tr>"));
        }
        add(QStringLiteral("</tbody></table>"));
        const auto worse = [](const RegionDrill *a, const RegionDrill *b) {
            const DrillResult &x = a->result;
            const DrillResult &y = b->result;
            if (x.survives != y.survives)
                return !x.survives;
            return x.downtimeSeconds.value_or(0) > y.downtimeSeconds.value_or(0);
        };
        std::stable_sort(detailed.begin(), detailed.end(), worse);
        detailed.resize(MaxDetailedDrills);
        add(QStringLiteral("<p>%1</p>")
                .arg(esc(ReportText::tr("The timelines of the %1 worst losses follow.")
                             .arg(MaxDetailedDrills))));
    }
    for (const RegionDrill *drill : detailed) {
        const RegionDrill &d = *drill;
        const DrillResult &r = d.result;
        add(QStringLiteral("<h3>%1</h3>").arg(esc(ReportText::tr("Loss of %1").arg(d.label))));
        add(QStringLiteral("<p><span class=\"%1\">%2</span> %3</p>")
                .arg(r.survives ? QStringLiteral("ok") : QStringLiteral("bad"),
                     esc(r.survives ? ReportText::tr("Survives.") : ReportText::tr("Does not survive.")), esc(r.verdict)));
        add(table + QStringLiteral("<tbody>"));
        const auto row = [&](const QString &what, const QString &value) {
            add(QStringLiteral("<tr><td width=\"25%\">%1</td>").arg(esc(what)) + td(value)
                + QStringLiteral("</tr>"));
        };
        row(ReportText::tr("Downtime"), seconds(r.downtimeSeconds, ReportText::tr("no recovery")));
        if (r.survives && r.recoverySeconds != r.downtimeSeconds)
            row(ReportText::tr("Full recovery"), seconds(r.recoverySeconds, ReportText::tr("none")));
        row(ReportText::tr("Data loss"), seconds(r.dataLossSeconds, ReportText::tr("lost for good")));
        row(ReportText::tr("Capacity after recovery"),
            ReportText::tr("%1 % (%2 of the %3 nodes that served)")
                .arg(QString::number(r.capacityPercent, 'f', 0))
                .arg(r.capacityNodes)
                .arg(r.loadNodes));
        row(ReportText::tr("Serving after recovery"),
            r.servingClusters.isEmpty() ? ReportText::tr("nothing") : subjectsText(r.servingClusters));
        row(ReportText::tr("Components down"), r.failed.isEmpty() ? ReportText::tr("none") : subjectsText(r.failed));
        add(QStringLiteral("</tbody></table>"));
        if (!r.steps.empty()) {
            add(table + head({ReportText::tr("At"), ReportText::tr("What happens")}, {0}, {12, 88}) + QStringLiteral("<tbody>"));
            for (const DrillStep &s : r.steps)
                add(QStringLiteral("<tr>") + td(formatDuration(s.atSeconds), "num") + td(s.event)
                    + QStringLiteral("</tr>"));
            add(QStringLiteral("</tbody></table>"));
        }
        if (!r.dataLossBasis.isEmpty())
            add(QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(r.dataLossBasis)));
        for (const QString &n : r.notes)
            add(QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(n)));
    }
    sectionEnd();

    // Single points of failure.
    sectionStart("singlepoints", ReportText::tr("Single points of failure"));
    if (!c.spof.servesBefore) {
        add(QStringLiteral("<p class=\"bad\">%1</p>")
                .arg(esc(ReportText::tr("Nothing serves traffic even before a failure."))));
    } else if (c.spof.targets.isEmpty()) {
        add(QStringLiteral("<p class=\"ok\">%1</p>")
                .arg(esc(ReportText::tr("None: the service survives the loss of any one component, zone or "
                            "region."))));
    } else {
        add(QStringLiteral("<p>%1</p><ul>")
                .arg(esc(ReportText::tr("The loss of any one of these alone stops the service:"))));
        for (const QString &label : c.spofLabels)
            add(QStringLiteral("<li>%1</li>").arg(esc(label)));
        add(QStringLiteral("</ul>"));
    }
    sectionEnd();

    // Assumptions.
    sectionStart("assumptions", ReportText::tr("Assumptions"));
    add(QStringLiteral("<p>%1</p>")
            .arg(esc(ReportText::tr("The estimate parameters that are not published facts: workload volumes, "
                        "decision and start-up times, prices not found, region price "
                        "multipliers. Values the design sets are marked."))));
    add(table + head({ReportText::tr("Parameter"), ReportText::tr("Value used"), ReportText::tr("Default"), ReportText::tr("Basis")}, {1, 2},
                   {26, 16, 15, 43})
        + QStringLiteral("<tbody>"));
    // The regions' price multipliers the design leaves at their default read as one row.
    int defaultMultipliers = 0;
    const QRegularExpression regionMultiplier(QStringLiteral("^region\\.[^.]+\\.priceMultiplier$"));
    for (const EstimateParameter &p : c.parameters) {
        if (!p.value && regionMultiplier.match(p.id).hasMatch())
            ++defaultMultipliers;
    }
    const bool collapse = defaultMultipliers > 3;
    for (const EstimateParameter &p : c.parameters) {
        if (collapse && !p.value && regionMultiplier.match(p.id).hasMatch())
            continue;
        const auto valueText = [&p](double v) {
            return QStringLiteral("%1 %2").arg(QString::number(v, 'g', 10), p.unit).trimmed();
        };
        add(QStringLiteral("<tr%1>").arg(p.value ? QStringLiteral(" class=\"total\"")
                                                 : QString()));
        add(QStringLiteral("<td>%1<br/><span class=\"muted\">%2</span></td>")
                .arg(esc(p.label), esc(p.id)));
        add(td(valueText(p.value.value_or(p.defaultValue))
                   + (p.value ? ReportText::tr(" (set by the design)") : QString()),
               "num"));
        add(td(valueText(p.defaultValue), "num"));
        add(td(p.asOf.isEmpty() ? p.basis : QStringLiteral("%1 (%2)").arg(p.basis, p.asOf)));
        add(QStringLiteral("</tr>"));
    }
    add(QStringLiteral("</tbody></table>"));
    if (collapse)
        add(QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(ReportText::tr("The price multipliers of %1 more regions are at their default, as "
                            "the catalog gives it.")
                             .arg(defaultMultipliers))));
    if (!e.ignoredAssumptions.isEmpty()) {
        add(QStringLiteral("<p>%1</p><ul>")
                .arg(esc(ReportText::tr("The design sets these keys, which are not estimate parameters: they "
                            "change nothing."))));
        for (const QString &key : e.ignoredAssumptions)
            add(QStringLiteral("<li>%1</li>").arg(esc(key)));
        add(QStringLiteral("</ul>"));
    }
    sectionEnd();

    // Sources.
    sectionStart("sources", ReportText::tr("Sources"));
    add(QStringLiteral("<p>%1</p>")
            .arg(esc(ReportText::tr("Catalog of %1, prices in %2. Regions: %3 (%4). The entries the "
                        "figures above use:")
                         .arg(c.catalogAsOf, c.currency, c.regionsSource.source,
                              c.regionsSource.asOf))));
    add(table + head({ReportText::tr("Entry"), ReportText::tr("Value"), ReportText::tr("Source"), ReportText::tr("As of"), ReportText::tr("Confidence")}, {1},
                   {24, 13, 41, 11, 11})
        + QStringLiteral("<tbody>"));
    for (const FactRef &f : c.sources) {
        add(QStringLiteral("<tr>") + td(f.id)
            + td(QStringLiteral("%1 %2").arg(QString::number(f.value, 'g', 10), f.unit).trimmed()
                     + (f.overridden ? ReportText::tr(" (the design's assumption)") : QString()),
                 "num")
            + td(f.note.isEmpty() ? f.source : QStringLiteral("%1 — %2").arg(f.source, f.note))
            + td(f.asOf) + td(f.confidence) + QStringLiteral("</tr>"));
    }
    add(QStringLiteral("</tbody></table>"));
    sectionEnd();

    if (browser) {
        add(QStringLiteral("<footer>%1</footer>\n</main>\n")
                .arg(esc(ReportText::tr("Made by Continuity %1 on %2 from the design “%3”. Estimates are "
                            "estimates: check the sources before relying on a figure.")
                             .arg(QStringLiteral(CONTINUITY_VERSION), dateText, c.title))));
    }
    add(QStringLiteral("</body>\n</html>\n"));
    return h;
}

QByteArray ReportWriter::Private::pdf(const Content &c)
{
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.setDocumentMargin(0);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    // Pictures come from the report itself, never from a file or the network.
    for (const Picture &p : c.pictures)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report:") + p.id),
                        p.image);
    doc.setHtml(html(c, ReportFormat::Pdf));
    const QSizeF body(PageWidth - 2 * SideMargin, PageHeight - TopMargin - BottomMargin);
    doc.setPageSize(body);
    if (!step())
        return {};

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(ReportText::tr("Review: %1").arg(c.title));
    writer.setCreator(QStringLiteral("Continuity"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer)) {
        error = ReportText::tr("could not start the PDF");
        return {};
    }
    const double scale = writer.width() / PageWidth;
    const int pages = doc.pageCount();
    // The painter draws in CSS pixels: a pixel size, which the device's resolution leaves alone.
    QFont headerFont = font;
    headerFont.setPixelSize(10);
    const QFontMetricsF headerMetrics(headerFont);
    const QString dateText = c.date.toString(Qt::ISODate);
    const double textWidth = PageWidth - 2 * SideMargin;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            error = ReportText::tr("could not add a page to the PDF");
            return {};
        }
        painter.save();
        painter.scale(scale, scale);
        // The header: what the report is about and its date; the footer: the page.
        painter.setFont(headerFont);
        painter.setPen(QColor(0x4b, 0x55, 0x63));
        const QString right = ReportText::tr("Design review · %1").arg(dateText);
        const double rightWidth = headerMetrics.horizontalAdvance(right);
        const QString left = headerMetrics.elidedText(c.title, Qt::ElideRight,
                                                      textWidth - rightWidth - 24);
        const double headerY = TopMargin - 34;
        painter.drawText(QRectF(SideMargin, headerY, textWidth, 16),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, left);
        painter.drawText(QRectF(SideMargin, headerY, textWidth, 16),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, right);
        painter.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.2));
        painter.drawLine(QPointF(SideMargin, headerY + 20),
                         QPointF(PageWidth - SideMargin, headerY + 20));
        painter.setPen(QColor(0x6b, 0x72, 0x80));
        const double footerY = PageHeight - BottomMargin + 26;
        painter.drawText(QRectF(SideMargin, footerY, textWidth, 16),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         ReportText::tr("Continuity %1").arg(QStringLiteral(CONTINUITY_VERSION)));
        painter.drawText(QRectF(SideMargin, footerY, textWidth, 16),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         ReportText::tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.translate(SideMargin, TopMargin - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x37));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    if (!step())
        return {};
    return bytes;
}

ReportWriter::ReportWriter(Document *document, LiveValidator *validator, const Catalog *catalog)
    : d(std::make_unique<Private>())
{
    d->document = document;
    d->validator = validator;
    d->catalog = catalog ? catalog : &Catalog::builtin();
}

ReportWriter::~ReportWriter() = default;

void ReportWriter::setProgressHandler(Progress progress)
{
    d->progress = std::move(progress);
}

QByteArray ReportWriter::render(const ReportOptions &options)
{
    d->error.clear();
    d->canceled = false;
    d->stepsDone = 0;
    d->stepsTotal = options.format == ReportFormat::Pdf ? 8 : 7;
    Content content;
    if (!d->gather(content, options) || !d->drawPictures(content, options.format))
        return {};
    if (options.format == ReportFormat::Pdf)
        return d->pdf(content);
    const QByteArray bytes = d->html(content, ReportFormat::Html).toUtf8();
    if (!d->step())
        return {};
    return bytes;
}

bool ReportWriter::exportToFile(const QString &path, const ReportOptions &options)
{
    const QByteArray bytes = render(options);
    if (bytes.isEmpty())
        return false;
    QString reason;
    if (!writeFileWhole(path, bytes, &reason)) {
        d->error = ReportText::tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), reason);
        return false;
    }
    return true;
}

QString ReportWriter::errorString() const
{
    return d->error;
}

bool ReportWriter::wasCanceled() const
{
    return d->canceled;
}

QStringList ReportWriter::sectionIds()
{
    QStringList ids;
    for (const char *id : SectionIds)
        ids << QLatin1String(id);
    return ids;
}

}  // namespace continuity
