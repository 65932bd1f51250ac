// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/svgpaintdevice.h"

#include "widgets/export/pngencoder.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <utility>

namespace continuity {

namespace {

// Canvas units are CSS pixels: 96 to the inch.
constexpr int Dpi = 96;

void appendColor(QByteArray &out, const char *name, const char *opacityName, const QColor &c)
{
    static const char hex[] = "0123456789abcdef";
    const int rgb[3] = {c.red(), c.green(), c.blue()};
    out += ' ';
    out += name;
    out += "=\"#";
    for (int v : rgb) {
        out += hex[(v >> 4) & 0xf];
        out += hex[v & 0xf];
    }
    out += '"';
    if (c.alpha() < 255) {
        out += ' ';
        out += opacityName;
        out += "=\"";
        SvgPaintDevice::appendNumber(out, c.alphaF());
        out += '"';
    }
}

void appendAttribute(QByteArray &out, const char *name, double value, int decimals = 3)
{
    out += ' ';
    out += name;
    out += "=\"";
    SvgPaintDevice::appendNumber(out, value, decimals);
    out += '"';
}

void appendPoint(QByteArray &out, double x, double y)
{
    SvgPaintDevice::appendNumber(out, x);
    out += ',';
    SvgPaintDevice::appendNumber(out, y);
}

void appendPathData(QByteArray &out, const QPainterPath &path)
{
    const int n = path.elementCount();
    int start = 0;  // the subpath's first element
    for (int i = 0; i < n; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            if (i > 0)
                out += ' ';
            out += 'M';
            start = i;
            break;
        case QPainterPath::LineToElement:
            out += " L";
            break;
        case QPainterPath::CurveToElement:
            out += " C";
            break;
        case QPainterPath::CurveToDataElement:
            out += ' ';
            break;
        }
        appendPoint(out, e.x, e.y);
        // A subpath that ends where it began is closed: Qt joins its ends, and so does "Z".
        const bool last = i + 1 == n || path.elementAt(i + 1).type == QPainterPath::MoveToElement;
        if (last && i - start >= 2 && e.type != QPainterPath::CurveToElement) {
            const QPainterPath::Element first = path.elementAt(start);
            if (first.x == e.x && first.y == e.y)
                out += " Z";
        }
    }
}

void appendTransform(QByteArray &out, const QTransform &t)
{
    if (t.type() <= QTransform::TxTranslate) {
        out += "translate(";
        appendPoint(out, t.dx(), t.dy());
    } else {
        out += "matrix(";
        for (double v : {t.m11(), t.m12(), t.m21(), t.m22()}) {
            SvgPaintDevice::appendNumber(out, v, 5);
            out += ',';
        }
        appendPoint(out, t.dx(), t.dy());
    }
    out += ')';
}

// A font family safe to name in CSS without quoting rules: letters, digits, space and - _ .
bool plainFamily(const QString &family)
{
    return !family.isEmpty() && std::all_of(family.cbegin(), family.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.';
    });
}

}  // namespace

class SvgPaintEngine : public QPaintEngine
{
public:
    SvgPaintEngine()
        : QPaintEngine(PrimitiveTransform | PixmapTransform | PainterPaths | Antialiasing
                       | AlphaBlend | ConstantOpacity | PaintOutsidePaintEvent)
    {
    }

    bool begin(QPaintDevice *) override
    {
        setActive(true);
        return true;
    }
    bool end() override
    {
        closeGroups();
        setActive(false);
        return true;
    }
    Type type() const override { return SVG; }

    void updateState(const QPaintEngineState &s) override;
    void drawPath(const QPainterPath &path) override;
    void drawRects(const QRectF *rects, int count) override;
    void drawLines(const QLineF *lines, int count) override;
    void drawEllipse(const QRectF &rect) override;
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override;
    void drawTextItem(const QPointF &p, const QTextItem &item) override;
    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override;

    void placeSymbol(const QString &id, const QTransform &transform, double opacity);

    QByteArray out;

private:
    void closeGroups();
    // Opens the groups that carry the current clip and transform, if those differ from the
    // open ones.
    void sync();
    void appendFill(bool fill, Qt::FillRule rule = Qt::WindingFill);
    void appendStroke();
    void appendOpacity();
    void appendImage(const QRectF &r, const QImage &image);

    QPen m_pen;
    QBrush m_brush;
    double m_opacity = 1;
    QTransform m_transform;
    bool m_clipEnabled = false;
    bool m_hasClip = false;  // a clip is set, enabled or not
    QPainterPath m_clip;  // device coordinates
    bool m_clipChanged = false;
    int m_clipCount = 0;
    QFont m_font;

    int m_openClip = 0;  // the id of the open clipped group's clip, 0 when none is open
    bool m_transformOpen = false;
    QTransform m_openTransform;
};

void SvgPaintEngine::updateState(const QPaintEngineState &s)
{
    const DirtyFlags flags = s.state();
    if (flags & DirtyPen)
        m_pen = s.pen();
    if (flags & DirtyBrush)
        m_brush = s.brush();
    if (flags & DirtyOpacity)
        m_opacity = s.opacity();
    if (flags & DirtyFont)
        m_font = s.font();
    // The transform first: a clip comes in the coordinates in force when it was set.
    if (flags & DirtyTransform)
        m_transform = s.transform();
    if (flags & (DirtyClipPath | DirtyClipRegion)) {
        QPainterPath clip;
        if (flags & DirtyClipPath) {
            clip = s.clipPath();
        } else {
            clip.addRegion(s.clipRegion());
        }
        clip = m_transform.map(clip);
        switch (s.clipOperation()) {
        case Qt::NoClip:
            m_hasClip = false;
            m_clip = QPainterPath();
            break;
        case Qt::ReplaceClip:
            m_hasClip = true;
            m_clip = clip;
            break;
        case Qt::IntersectClip:
            m_clip = m_hasClip ? m_clip.intersected(clip) : clip;
            m_hasClip = true;
            break;
        }
        m_clipEnabled = m_hasClip;
        m_clipChanged = true;
    }
    if (flags & DirtyClipEnabled) {
        m_clipEnabled = s.isClipEnabled() && m_hasClip;
        m_clipChanged = true;
    }
}

void SvgPaintEngine::closeGroups()
{
    if (m_transformOpen) {
        out += "</g>\n";
        m_transformOpen = false;
    }
    if (m_openClip) {
        out += "</g>\n";
        m_openClip = 0;
    }
}

void SvgPaintEngine::sync()
{
    if (m_clipChanged) {
        m_clipChanged = false;
        closeGroups();
        if (m_clipEnabled) {
            // The clip is in device coordinates: the group that refers to it has no transform
            // of its own, the transform goes on a group inside.
            const int id = ++m_clipCount;
            out += "<clipPath id=\"clip";
            out += QByteArray::number(id);
            out += "\"><path d=\"";
            appendPathData(out, m_clip);
            out += "\"";
            if (m_clip.fillRule() == Qt::OddEvenFill)
                out += " clip-rule=\"evenodd\"";
            out += "/></clipPath>\n<g clip-path=\"url(#clip";
            out += QByteArray::number(id);
            out += ")\">\n";
            m_openClip = id;
        }
    }
    if (m_transformOpen && m_openTransform == m_transform)
        return;
    if (m_transformOpen) {
        out += "</g>\n";
        m_transformOpen = false;
    }
    if (m_transform.isIdentity())
        return;
    out += "<g transform=\"";
    appendTransform(out, m_transform);
    out += "\">\n";
    m_transformOpen = true;
    m_openTransform = m_transform;
}

void SvgPaintEngine::appendFill(bool fill, Qt::FillRule rule)
{
    if (!fill || m_brush.style() == Qt::NoBrush) {
        out += " fill=\"none\"";
        return;
    }
    QColor color = m_brush.color();
    // Gradients and patterns are not claimed as features, so QPainter hands them over as
    // images; a gradient reaching here is drawn in its first colour.
    if (const QGradient *g = m_brush.gradient(); g && !g->stops().isEmpty())
        color = g->stops().constFirst().second;
    appendColor(out, "fill", "fill-opacity", color);
    if (rule == Qt::OddEvenFill)
        out += " fill-rule=\"evenodd\"";
}

void SvgPaintEngine::appendStroke()
{
    if (m_pen.style() == Qt::NoPen || m_pen.brush().style() == Qt::NoBrush)
        return;
    appendColor(out, "stroke", "stroke-opacity", m_pen.color());
    const double width = m_pen.widthF() > 0 ? m_pen.widthF() : 1.0;
    if (width != 1)
        appendAttribute(out, "stroke-width", width);
    if (m_pen.isCosmetic())
        out += " vector-effect=\"non-scaling-stroke\"";
    switch (m_pen.capStyle()) {
    case Qt::SquareCap: out += " stroke-linecap=\"square\""; break;
    case Qt::RoundCap: out += " stroke-linecap=\"round\""; break;
    default: break;  // butt, SVG's own default
    }
    switch (m_pen.joinStyle()) {
    case Qt::BevelJoin: out += " stroke-linejoin=\"bevel\""; break;
    case Qt::RoundJoin: out += " stroke-linejoin=\"round\""; break;
    default:
        if (m_pen.miterLimit() != 4)
            appendAttribute(out, "stroke-miterlimit", m_pen.miterLimit());
        break;
    }
    if (m_pen.style() != Qt::SolidLine) {
        // Qt measures dashes in pen widths, SVG in user units.
        const QList<qreal> pattern = m_pen.dashPattern();
        if (!pattern.isEmpty()) {
            out += " stroke-dasharray=\"";
            for (qsizetype i = 0; i < pattern.size(); ++i) {
                if (i)
                    out += ',';
                SvgPaintDevice::appendNumber(out, pattern[i] * width);
            }
            out += '"';
            if (m_pen.dashOffset() != 0)
                appendAttribute(out, "stroke-dashoffset", m_pen.dashOffset() * width);
        }
    }
}

void SvgPaintEngine::appendOpacity()
{
    if (m_opacity < 1)
        appendAttribute(out, "opacity", std::max(0.0, m_opacity));
}

void SvgPaintEngine::drawPath(const QPainterPath &path)
{
    if (path.isEmpty())
        return;
    sync();
    out += "<path d=\"";
    appendPathData(out, path);
    out += '"';
    // The fill rule tells only where subpaths overlap.
    bool several = false;
    for (int i = 1, n = path.elementCount(); i < n && !several; ++i)
        several = path.elementAt(i).type == QPainterPath::MoveToElement;
    appendFill(true, several ? path.fillRule() : Qt::WindingFill);
    appendStroke();
    appendOpacity();
    out += "/>\n";
}

void SvgPaintEngine::drawRects(const QRectF *rects, int count)
{
    sync();
    for (int i = 0; i < count; ++i) {
        const QRectF r = rects[i].normalized();
        out += "<rect";
        appendAttribute(out, "x", r.x());
        appendAttribute(out, "y", r.y());
        appendAttribute(out, "width", r.width());
        appendAttribute(out, "height", r.height());
        appendFill(true);
        appendStroke();
        appendOpacity();
        out += "/>\n";
    }
}

void SvgPaintEngine::drawLines(const QLineF *lines, int count)
{
    if (count <= 0)
        return;
    sync();
    out += "<path d=\"";
    for (int i = 0; i < count; ++i) {
        out += i ? " M" : "M";
        appendPoint(out, lines[i].x1(), lines[i].y1());
        out += " L";
        appendPoint(out, lines[i].x2(), lines[i].y2());
    }
    out += '"';
    appendFill(false);
    appendStroke();
    appendOpacity();
    out += "/>\n";
}

void SvgPaintEngine::drawEllipse(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    sync();
    const bool circle = r.width() == r.height();
    out += circle ? "<circle" : "<ellipse";
    appendAttribute(out, "cx", r.center().x());
    appendAttribute(out, "cy", r.center().y());
    if (circle) {
        appendAttribute(out, "r", r.width() / 2);
    } else {
        appendAttribute(out, "rx", r.width() / 2);
        appendAttribute(out, "ry", r.height() / 2);
    }
    appendFill(true);
    appendStroke();
    appendOpacity();
    out += "/>\n";
}

void SvgPaintEngine::drawPolygon(const QPointF *points, int count, PolygonDrawMode mode)
{
    if (count <= 0)
        return;
    sync();
    const bool polyline = mode == PolylineMode;
    out += polyline ? "<polyline points=\"" : "<polygon points=\"";
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ' ';
        appendPoint(out, points[i].x(), points[i].y());
    }
    out += '"';
    appendFill(!polyline, mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
    appendStroke();
    appendOpacity();
    out += "/>\n";
}

void SvgPaintEngine::drawTextItem(const QPointF &p, const QTextItem &item)
{
    const QString text = item.text();
    if (text.isEmpty())
        return;
    sync();
    const QFont font = item.font();
    out += "<text xml:space=\"preserve\"";
    appendAttribute(out, "x", p.x());
    appendAttribute(out, "y", p.y());
    out += " font-family=\"";
    const QString family = font.family();
    if (plainFamily(family)) {
        out += "&apos;";
        out += family.toUtf8();
        out += "&apos;,";
    }
    out += "sans-serif\"";
    const double size = font.pixelSize() > 0 ? font.pixelSize()
                                             : font.pointSizeF() * Dpi / 72.0;
    appendAttribute(out, "font-size", size);
    if (font.weight() != QFont::Normal)
        appendAttribute(out, "font-weight", font.weight(), 0);
    if (font.style() != QFont::StyleNormal)
        out += " font-style=\"italic\"";
    // Text is drawn with the pen's colour.
    appendColor(out, "fill", "fill-opacity", m_pen.color());
    appendOpacity();
    out += '>';
    SvgPaintDevice::appendEscaped(out, text);
    out += "</text>\n";
}

void SvgPaintEngine::appendImage(const QRectF &r, const QImage &image)
{
    if (image.isNull())
        return;
    const QByteArray png = encodePng(image);
    if (png.isEmpty())
        return;
    sync();
    out += "<image";
    appendAttribute(out, "x", r.x());
    appendAttribute(out, "y", r.y());
    appendAttribute(out, "width", r.width());
    appendAttribute(out, "height", r.height());
    out += " preserveAspectRatio=\"none\"";
    appendOpacity();
    out += " xlink:href=\"data:image/png;base64,";
    out += png.toBase64();
    out += "\"/>\n";
}

void SvgPaintEngine::drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source)
{
    drawImage(r, pixmap.toImage(), source, Qt::AutoColor);
}

void SvgPaintEngine::drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                               Qt::ImageConversionFlags)
{
    const QRect whole = image.rect();
    const QRect part = source.toAlignedRect() & whole;
    appendImage(r, part == whole ? image : image.copy(part));
}

void SvgPaintEngine::placeSymbol(const QString &id, const QTransform &transform, double opacity)
{
    closeGroups();
    m_clipChanged = m_clipEnabled;  // the clip group reopens with the next element
    out += "<use xlink:href=\"#";
    SvgPaintDevice::appendEscaped(out, id);
    out += "\" transform=\"";
    appendTransform(out, transform);
    out += '"';
    if (opacity < 1)
        appendAttribute(out, "opacity", std::max(0.0, opacity));
    out += "/>\n";
}

SvgPaintDevice::SvgPaintDevice(const QSizeF &size)
    : m_size(size), m_engine(std::make_unique<SvgPaintEngine>())
{
}

SvgPaintDevice::~SvgPaintDevice() = default;

QPaintEngine *SvgPaintDevice::paintEngine() const
{
    return m_engine.get();
}

void SvgPaintDevice::placeSymbol(const QString &id, const QTransform &transform, double opacity)
{
    m_engine->placeSymbol(id, transform, opacity);
}

QByteArray SvgPaintDevice::takeElements()
{
    return std::exchange(m_engine->out, QByteArray());
}

int SvgPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return static_cast<int>(std::ceil(m_size.width()));
    case PdmHeight: return static_cast<int>(std::ceil(m_size.height()));
    case PdmWidthMM: return static_cast<int>(std::ceil(m_size.width() * 25.4 / Dpi));
    case PdmHeightMM: return static_cast<int>(std::ceil(m_size.height() * 25.4 / Dpi));
    case PdmNumColors: return INT_MAX;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return Dpi;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return static_cast<int>(devicePixelRatioFScale());
    }
    return 0;
}

void SvgPaintDevice::appendNumber(QByteArray &out, double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0;
    const double factor = std::pow(10.0, decimals);
    double rounded = std::round(value * factor) / factor;
    if (rounded == 0)
        rounded = 0;  // no "-0"
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded);
    out.append(buffer, result.ptr - buffer);
}

void SvgPaintDevice::appendEscaped(QByteArray &out, QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = U' ';
        }
        switch (c) {
        case U'&': out += "&amp;"; continue;
        case U'<': out += "&lt;"; continue;
        case U'>': out += "&gt;"; continue;
        case U'"': out += "&quot;"; continue;
        case U'\'': out += "&apos;"; continue;
        default: break;
        }
        if ((c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || c == 0xFFFE || c == 0xFFFF)
            c = U' ';
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
}

}  // namespace continuity
