// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/diagramexporter.h"

#include "model/document.h"
#include "model/io/designfile.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/canvas/icons.h"
#include "widgets/export/pngencoder.h"
#include "widgets/export/svgpaintdevice.h"
#include "widgets/export/svgsafety.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QStyleOptionGraphicsItem>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace continuity {

namespace {

// Translated in the "DiagramExporter" context; lupdate reads the qualified calls.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)
};

// Room around the drawing, in canvas units.
constexpr double Margin = 24;
// Height of the PDF's title line, in canvas units.
constexpr double TitleBand = 56;
// The largest page side PDF readers accept (200 inches), in points.
constexpr double MaxPdfPagePoints = 14400;
// Canvas units are CSS pixels: 96 to the inch.
constexpr double UnitsPerInch = 96;
// Items drawn between two progress reports.
constexpr int ProgressStep = 250;

// Exports look the same whatever the application's appearance: a white canvas with dark text.
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

QString itemId(const QGraphicsItem *item)
{
    if (item->type() == ComponentItem::Type)
        return static_cast<const ComponentItem *>(item)->id();
    if (item->type() == ConnectionItem::Type)
        return static_cast<const ConnectionItem *>(item)->id();
    return {};
}

// Sets the icon sink for the lifetime of an SVG export, whatever way the export ends.
class IconSinkGuard
{
public:
    explicit IconSinkGuard(VectorIconSink sink) { setVectorIconSink(std::move(sink)); }
    ~IconSinkGuard() { setVectorIconSink({}); }
    IconSinkGuard(const IconSinkGuard &) = delete;
    IconSinkGuard &operator=(const IconSinkGuard &) = delete;
};

QString iconId(ComponentKind kind)
{
    return QStringLiteral("icon-") + toString(kind);
}

// The view box of an icon file, or 48 × 48, the size the project draws its icons at.
QRectF iconViewBox(const QByteArray &source)
{
    QXmlStreamReader reader(source);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            const QStringList box = reader.attributes().value(QStringLiteral("viewBox"))
                                        .toString().simplified().split(u' ');
            if (box.size() == 4 && box[2].toDouble() > 0 && box[3].toDouble() > 0)
                return QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(),
                              box[3].toDouble());
            break;
        }
    }
    return QRectF(0, 0, 48, 48);
}

// The shapes of an icon file as a group with an id, written through an XML writer so that
// whatever the file holds comes out as well-formed, escaped markup (the safety check then
// judges the elements).
void writeIconDefinition(QXmlStreamWriter &writer, ComponentKind kind, const QByteArray &source)
{
    writer.writeStartElement(QStringLiteral("g"));
    writer.writeAttribute(QStringLiteral("id"), iconId(kind));
    QXmlStreamReader reader(source);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth++ == 0)
                continue;  // the icon's own <svg>
            writer.writeStartElement(reader.name().toString());
            for (const QXmlStreamAttribute &a : reader.attributes())
                writer.writeAttribute(a.name().toString(), a.value().toString());
        } else if (token == QXmlStreamReader::EndElement) {
            if (--depth > 0)
                writer.writeEndElement();
        }
    }
    writer.writeEndElement();
}

}  // namespace

std::optional<DiagramFormat> diagramFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return DiagramFormat::Png;
    if (n == QLatin1String("svg"))
        return DiagramFormat::Svg;
    if (n == QLatin1String("pdf"))
        return DiagramFormat::Pdf;
    return std::nullopt;
}

QString diagramFormatSuffix(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Png: return QStringLiteral("png");
    case DiagramFormat::Svg: return QStringLiteral("svg");
    case DiagramFormat::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

struct DiagramExporter::Private {
    Document *document = nullptr;
    LiveValidator *validator = nullptr;
    std::unique_ptr<CanvasScene> scene;
    Progress progress;
    QString error;
    bool canceled = false;
    double effectiveScale = 1.0;

    CanvasScene *prepareScene(const DiagramExportOptions &options);
    QSet<QString> selectedComponents() const;
    QList<QGraphicsItem *> itemsToDraw(const DiagramExportOptions &options);
    static QRectF boundsOf(const QList<QGraphicsItem *> &items);
    bool paintItems(QPainter *painter, const QList<QGraphicsItem *> &items,
                    const QTransform &base);
    void reset();
    QString titleOf(const DiagramExportOptions &options) const;
    QDate dateOf(const DiagramExportOptions &options) const;

    QImage image(const DiagramExportOptions &options);
    QByteArray png(const DiagramExportOptions &options);
    QByteArray svg(const DiagramExportOptions &options);
    QByteArray pdf(const DiagramExportOptions &options);
};

CanvasScene *DiagramExporter::Private::prepareScene(const DiagramExportOptions &options)
{
    if (!scene) {
        scene = std::make_unique<CanvasScene>(document, validator);
        // The private scene has no view and must not talk back: its selection changes stay
        // out of the document.
        scene->blockSignals(true);
        // A scene polishes its new items on the next turn of the event loop, which an export
        // from the command line never reaches: until then each item deleted with the scene is
        // searched for in the list of all of them. Polishing now keeps that linear.
        QCoreApplication::sendPostedEvents(scene.get(), QEvent::MetaCall);
    }
    const QPalette palette = options.lightTheme ? lightPalette() : QGuiApplication::palette();
    if (scene->palette() != palette)
        scene->setPalette(palette);
    scene->setShowFindings(options.showFindings);
    // Exports show the design, not the user's selection.
    scene->clearSelection();
    return scene.get();
}

QSet<QString> DiagramExporter::Private::selectedComponents() const
{
    QSet<QString> ids;
    QStringList pending = document->selectedIds();
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (!document->component(id) || ids.contains(id))
            continue;
        ids.insert(id);
        pending += document->childrenOf(id);
    }
    return ids;
}

QList<QGraphicsItem *> DiagramExporter::Private::itemsToDraw(const DiagramExportOptions &options)
{
    CanvasScene *s = prepareScene(options);
    QList<QGraphicsItem *> items = s->items(Qt::AscendingOrder);
    const QSet<QString> components = options.selectionOnly ? selectedComponents()
                                                           : QSet<QString>();
    const QSet<QString> &selection = document->selection();
    const auto drop = [&](const QGraphicsItem *item) {
        if (!item->isVisible())
            return true;
        if (!options.selectionOnly)
            return false;
        if (item->type() == ComponentItem::Type)
            return !components.contains(itemId(item));
        if (item->type() == ConnectionItem::Type) {
            const auto *c = static_cast<const ConnectionItem *>(item);
            return !selection.contains(c->id())
                && !(components.contains(c->from()) && components.contains(c->to()));
        }
        return true;
    };
    items.erase(std::remove_if(items.begin(), items.end(), drop), items.end());
    // Without an index the scene hands its items out in insertion order; the canvas's items
    // are all top level, so stacking order is their z-value (regions, connections,
    // components).
    std::stable_sort(items.begin(), items.end(), [](const QGraphicsItem *a,
                                                     const QGraphicsItem *b) {
        return a->zValue() < b->zValue();
    });
    return items;
}

QRectF DiagramExporter::Private::boundsOf(const QList<QGraphicsItem *> &items)
{
    QRectF bounds;
    for (const QGraphicsItem *item : items)
        bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return {};
    return bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

bool DiagramExporter::Private::paintItems(QPainter *painter, const QList<QGraphicsItem *> &items,
                                          const QTransform &base)
{
    QStyleOptionGraphicsItem option;
    option.state = QStyle::State_Enabled;
    const int total = static_cast<int>(items.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % ProgressStep == 0 && !progress(i, total)) {
            canceled = true;
            return false;
        }
        QGraphicsItem *item = items.at(i);
        option.exposedRect = item->boundingRect();
        painter->setWorldTransform(item->sceneTransform() * base);
        painter->setOpacity(1);
        item->paint(painter, &option, nullptr);
    }
    if (progress && !progress(total, total)) {
        canceled = true;
        return false;
    }
    return true;
}

void DiagramExporter::Private::reset()
{
    error.clear();
    canceled = false;
}

QString DiagramExporter::Private::titleOf(const DiagramExportOptions &options) const
{
    if (!options.title.isEmpty())
        return options.title;
    const QString name = document->design().name;
    return name.isEmpty() ? ExportText::tr("Untitled design") : name;
}

QDate DiagramExporter::Private::dateOf(const DiagramExportOptions &options) const
{
    return options.date.isValid() ? options.date : QDate::currentDate();
}

QImage DiagramExporter::Private::image(const DiagramExportOptions &options)
{
    const QList<QGraphicsItem *> items = itemsToDraw(options);
    const QRectF rect = boundsOf(items);
    if (rect.isEmpty()) {
        error = ExportText::tr("there is nothing to export");
        return {};
    }
    double scale = std::clamp(options.scale, 0.01, 16.0);
    const auto fits = [&rect](double s) {
        const double w = std::ceil(rect.width() * s);
        const double h = std::ceil(rect.height() * s);
        return w <= MaxImageSide && h <= MaxImageSide && w * h <= double(MaxImagePixels);
    };
    if (!fits(scale)) {
        scale = std::min({double(MaxImageSide) / rect.width(),
                          double(MaxImageSide) / rect.height(),
                          std::sqrt(double(MaxImagePixels) / (rect.width() * rect.height()))});
        while (!fits(scale))
            scale *= 0.999;
    }
    effectiveScale = scale;
    const QSize size(static_cast<int>(std::ceil(rect.width() * scale)),
                     static_cast<int>(std::ceil(rect.height() * scale)));
    // Without transparency there is no alpha channel to store: smaller and faster to encode.
    QImage image(size, options.transparent ? QImage::Format_ARGB32_Premultiplied
                                           : QImage::Format_RGB32);
    if (image.isNull()) {
        error = ExportText::tr("not enough memory for a %1 × %2 image").arg(size.width()).arg(size.height());
        return {};
    }
    image.setDotsPerMeterX(static_cast<int>(std::lround(UnitsPerInch / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(options.transparent ? QColor(Qt::transparent) : scene->theme().canvas);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    QTransform base;
    base.scale(scale, scale);
    base.translate(-rect.x(), -rect.y());
    if (!paintItems(&painter, items, base))
        return {};
    painter.end();
    return image;
}

QByteArray DiagramExporter::Private::png(const DiagramExportOptions &options)
{
    const QImage img = image(options);
    if (img.isNull())
        return {};
    QString why;
    QByteArray bytes = encodePng(img, &why);
    if (bytes.isEmpty())
        error = ExportText::tr("could not encode the PNG: %1").arg(why);
    return bytes;
}

QByteArray DiagramExporter::Private::svg(const DiagramExportOptions &options)
{
    const QList<QGraphicsItem *> items = itemsToDraw(options);
    const QRectF rect = boundsOf(items);
    if (rect.isEmpty()) {
        error = ExportText::tr("there is nothing to export");
        return {};
    }
    const double scale = std::clamp(options.scale, 0.01, 16.0);
    SvgPaintDevice device(rect.size());
    const QTransform base = QTransform::fromTranslate(-rect.x(), -rect.y());
    std::set<ComponentKind> kinds;
    std::map<ComponentKind, QRectF> viewBoxes;
    bool done = false;
    {
        QPainter painter;
        if (!painter.begin(&device)) {
            error = ExportText::tr("could not start the SVG");
            return {};
        }
        // Icons are defined once per kind and placed where the canvas draws them.
        IconSinkGuard guard([&](QPainter *p, ComponentKind kind, const QRectF &target) {
            auto box = viewBoxes.find(kind);
            if (box == viewBoxes.end())
                box = viewBoxes.emplace(kind, iconViewBox(kindIconSource(kind))).first;
            const QRectF &from = box->second;
            QTransform place = QTransform::fromTranslate(-from.x(), -from.y());
            place *= QTransform::fromScale(target.width() / from.width(),
                                           target.height() / from.height());
            place *= QTransform::fromTranslate(target.x(), target.y());
            kinds.insert(kind);
            device.placeSymbol(iconId(kind), place * p->worldTransform(), p->opacity());
        });
        done = paintItems(&painter, items, base);
        painter.end();
    }
    if (!done)
        return {};
    const QByteArray elements = device.takeElements();

    const QString title = titleOf(options);
    QString description = ExportText::tr("Diagram of “%1”, exported by Continuity on %2")
                              .arg(title, dateOf(options).toString(Qt::ISODate));
    // The canvas shortens long names to fit their boxes; the description keeps each drawn
    // component's whole name, for search and for screen readers.
    QStringList names;
    for (const QGraphicsItem *item : items) {
        if (item->type() == ComponentItem::Type)
            names << static_cast<const ComponentItem *>(item)->label();
    }
    if (!names.isEmpty())
        description += QLatin1Char('\n') + ExportText::tr("Components: %1.").arg(names.join(u"; "));

    QByteArray defs;
    {
        QXmlStreamWriter writer(&defs);
        for (const ComponentKind kind : kinds)
            writeIconDefinition(writer, kind, kindIconSource(kind));
    }
    QByteArray bytes;
    bytes.reserve(elements.size() + defs.size() + description.size() * 2 + 1024);
    bytes += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<svg xmlns=\"http://www.w3.org/2000/svg\" "
             "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"";
    bytes += " width=\"";
    SvgPaintDevice::appendNumber(bytes, std::ceil(rect.width() * scale), 0);
    bytes += "\" height=\"";
    SvgPaintDevice::appendNumber(bytes, std::ceil(rect.height() * scale), 0);
    bytes += "\" viewBox=\"0 0 ";
    SvgPaintDevice::appendNumber(bytes, rect.width());
    bytes += ' ';
    SvgPaintDevice::appendNumber(bytes, rect.height());
    // The title and description leave out what XML cannot hold; the drawing shows it as spaces.
    bytes += "\">\n<title>";
    bytes += xmlEscaped(title).toUtf8();
    bytes += "</title>\n<desc>";
    bytes += xmlEscaped(description).toUtf8();
    bytes += "</desc>\n<defs>\n";
    bytes += defs;
    bytes += "\n</defs>\n";
    if (!options.transparent) {
        bytes += "<rect x=\"0\" y=\"0\" width=\"";
        SvgPaintDevice::appendNumber(bytes, rect.width());
        bytes += "\" height=\"";
        SvgPaintDevice::appendNumber(bytes, rect.height());
        bytes += "\" fill=\"";
        bytes += scene->theme().canvas.name(QColor::HexRgb).toLatin1();
        bytes += "\"/>\n";
    }
    bytes += elements;
    bytes += "</svg>\n";
    QString why;
    if (!checkSvgSafety(bytes, &why)) {
        error = ExportText::tr("refused to write an unsafe SVG: %1").arg(why);
        return {};
    }
    return bytes;
}

QByteArray DiagramExporter::Private::pdf(const DiagramExportOptions &options)
{
    const QList<QGraphicsItem *> items = itemsToDraw(options);
    const QRectF rect = boundsOf(items);
    if (rect.isEmpty()) {
        error = ExportText::tr("there is nothing to export");
        return {};
    }
    const double scale = std::clamp(options.scale, 0.01, 16.0);
    const QSizeF content(rect.width(), rect.height() + TitleBand);

    // One device unit is one canvas unit, so the items draw at full detail; the resolution
    // sets the page's size: the diagram at `scale`, within what PDF readers accept.
    double dpi = UnitsPerInch / scale;
    const double longest = std::max(content.width(), content.height());
    dpi = std::max(dpi, longest * 72 / MaxPdfPagePoints);
    const int resolution = std::max(1, static_cast<int>(std::ceil(dpi)));
    const QSizeF pagePoints(content.width() * 72 / resolution,
                            content.height() * 72 / resolution);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const QString title = titleOf(options);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Continuity"));
    writer.setResolution(resolution);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(pagePoints, QPageSize::Point, QString(),
                                 QPageSize::ExactMatch));
    QPainter painter;
    if (!painter.begin(&writer)) {
        error = ExportText::tr("could not start the PDF");
        return {};
    }
    // The page holds whole points: fit the content into what the device really has.
    const double fit = std::min(writer.width() / content.width(),
                                writer.height() / content.height());
    QTransform page = QTransform::fromScale(fit, fit);

    painter.setTransform(page);
    QFont titleFont = scene->fonts().title;
    titleFont.setPixelSize(20);
    painter.setFont(titleFont);
    painter.setPen(scene->theme().text);
    painter.drawText(QRectF(Margin, 0, content.width() - 2 * Margin, TitleBand),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     ExportText::tr("%1 — %2").arg(title, dateOf(options).toString(Qt::ISODate)));

    if (!options.transparent)
        painter.fillRect(QRectF(0, TitleBand, rect.width(), rect.height()),
                         scene->theme().canvas);
    QTransform base = QTransform::fromTranslate(-rect.x(), -rect.y() + TitleBand) * page;
    const bool done = paintItems(&painter, items, base);
    painter.end();
    if (!done)
        return {};
    return bytes;
}

DiagramExporter::DiagramExporter(Document *document, LiveValidator *validator)
    : d(std::make_unique<Private>())
{
    d->document = document;
    d->validator = validator;
}

DiagramExporter::DiagramExporter(const CanvasScene *scene)
    : DiagramExporter(scene->document(), scene->validator())
{
}

DiagramExporter::~DiagramExporter() = default;

void DiagramExporter::setProgressHandler(Progress progress)
{
    d->progress = std::move(progress);
}

bool DiagramExporter::hasSelection() const
{
    return !d->selectedComponents().isEmpty()
        || std::any_of(d->document->selection().cbegin(), d->document->selection().cend(),
                       [this](const QString &id) { return d->document->connection(id); });
}

QRectF DiagramExporter::diagramRect(const DiagramExportOptions &options) const
{
    return Private::boundsOf(d->itemsToDraw(options));
}

QSize DiagramExporter::imageSize(const DiagramExportOptions &options) const
{
    const QRectF rect = diagramRect(options);
    if (rect.isEmpty())
        return {};
    double scale = std::clamp(options.scale, 0.01, 16.0);
    const double w = rect.width() * scale;
    const double h = rect.height() * scale;
    if (w > MaxImageSide || h > MaxImageSide || w * h > double(MaxImagePixels)) {
        scale *= std::min({MaxImageSide / w, MaxImageSide / h,
                           std::sqrt(double(MaxImagePixels) / (w * h))}) * 0.999;
    }
    return QSize(static_cast<int>(std::ceil(rect.width() * scale)),
                 static_cast<int>(std::ceil(rect.height() * scale)));
}

QImage DiagramExporter::renderImage(const DiagramExportOptions &options)
{
    d->reset();
    return d->image(options);
}

QByteArray DiagramExporter::render(const DiagramExportOptions &options)
{
    d->reset();
    switch (options.format) {
    case DiagramFormat::Png: return d->png(options);
    case DiagramFormat::Svg: return d->svg(options);
    case DiagramFormat::Pdf: return d->pdf(options);
    }
    return {};
}

bool DiagramExporter::write(QIODevice *device, const DiagramExportOptions &options)
{
    const QByteArray bytes = render(options);
    if (bytes.isEmpty())
        return false;
    if (device->write(bytes) != bytes.size()) {
        d->error = device->errorString();
        return false;
    }
    return true;
}

bool DiagramExporter::exportToFile(const QString &path, const DiagramExportOptions &options)
{
    const QByteArray bytes = render(options);
    if (bytes.isEmpty())
        return false;
    QString reason;
    if (!writeFileWhole(path, bytes, &reason)) {
        d->error = ExportText::tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), reason);
        return false;
    }
    return true;
}

QString DiagramExporter::errorString() const
{
    return d->error;
}

bool DiagramExporter::wasCanceled() const
{
    return d->canceled;
}

double DiagramExporter::effectiveScale() const
{
    return d->effectiveScale;
}

}  // namespace continuity
