// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/componentitem.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/kinds.h"
#include "model/layout.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvastheme.h"
#include "widgets/canvas/icons.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace continuity {

namespace {

// Translated in the "ComponentItem" context; lupdate reads the qualified calls.
struct ItemText {
    Q_DECLARE_TR_FUNCTIONS(ComponentItem)
};

// Below this zoom, text and icons are too small to read: items draw as coloured shapes and
// regions show their names large.
constexpr double DetailLod = ComponentItem::DetailZoom;
constexpr double CornerRadius = 8;
constexpr double RegionRadius = 12;
constexpr double IconSize = 28;
constexpr double BadgeRadius = 9;
// Room around the item's area for the selection outline, the badge and the resize handles.
constexpr double Margin = 12;

QString joinZones(const nlohmann::json &zones)
{
    if (!zones.is_array() || zones.empty())
        return {};
    QStringList parts;
    for (const auto &z : zones)
        parts << (z.is_number_integer() ? QString::number(z.get<int>()) : QStringLiteral("?"));
    return parts.join(QLatin1Char(' '));
}

bool regionHasZones(const Document &doc, const Component &c)
{
    const Component *region = doc.component(c.parent);
    if (!region || region->kind != ComponentKind::Region)
        return true;
    return Catalog::builtin().regionHasZones(stringProperty(*region, "location"));
}

QString upperFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// One line that tells the component's most telling settings apart from its neighbours'.
QString summaryOf(const Document &doc, const Component &c)
{
    switch (c.kind) {
    case ComponentKind::AksCluster: {
        QString s;
        const nlohmann::json autoscale = propertyValue(c, "autoscale");
        if (autoscale.is_object() && autoscale.value("minCount", nlohmann::json()).is_number()
            && autoscale.value("maxCount", nlohmann::json()).is_number()) {
            s = ItemText::tr("%1–%2 nodes")
                    .arg(autoscale["minCount"].get<double>())
                    .arg(autoscale["maxCount"].get<double>());
        } else {
            const int nodes = intProperty(c, "nodeCount");
            s = nodes == 1 ? ItemText::tr("1 node") : ItemText::tr("%1 nodes").arg(nodes);
        }
        if (stringProperty(c, "state") == QLatin1String("stopped"))
            s += ItemText::tr(" · stopped");
        else if (const QString zones = joinZones(propertyValue(c, "zones",
                                                               regionHasZones(doc, c)));
                 !zones.isEmpty())
            s += ItemText::tr(" · Z %1").arg(zones);
        return s;
    }
    case ComponentKind::FrontDoor:
    case ComponentKind::Firewall:
        return upperFirst(stringProperty(c, "tier"));
    case ComponentKind::TrafficManager:
        return ItemText::tr("%1 routing").arg(upperFirst(stringProperty(c, "routingMethod")));
    case ComponentKind::ApplicationGateway:
        return stringProperty(c, "tier") == QLatin1String("waf_v2") ? ItemText::tr("WAF v2")
                                                                    : ItemText::tr("Standard v2");
    case ComponentKind::ContainerRegistry: {
        QString s = upperFirst(stringProperty(c, "sku"));
        const nlohmann::json replicas = propertyValue(c, "geoReplicas");
        if (replicas.is_array() && !replicas.empty())
            s += ItemText::tr(" · +%1 geo").arg(replicas.size());
        return s;
    }
    case ComponentKind::KeyVault:
        return upperFirst(stringProperty(c, "sku"));
    case ComponentKind::LogAnalytics:
        return ItemText::tr("%1 GB/day").arg(intProperty(c, "dailyIngestionGB"));
    case ComponentKind::Database: {
        const QString engine = stringProperty(c, "engine");
        QString s = engine == QLatin1String("cosmosDb")     ? ItemText::tr("Cosmos DB")
                    : engine == QLatin1String("postgresql") ? ItemText::tr("PostgreSQL")
                                                            : ItemText::tr("Azure SQL");
        if (boolProperty(c, "zoneRedundant"))
            s += ItemText::tr(" · ZR");
        return s;
    }
    case ComponentKind::StorageAccount:
        return ItemText::tr("%1 · %2 GB").arg(stringProperty(c, "redundancy"))
            .arg(intProperty(c, "capacityGB"));
    case ComponentKind::BackupVault:
        return ItemText::tr("%1 · every %2 h").arg(upperFirst(stringProperty(c, "tier")))
            .arg(intProperty(c, "frequencyHours"));
    case ComponentKind::FirewallPolicy:
        return ItemText::tr("Firewall Manager");
    case ComponentKind::Region:
        break;
    }
    return kindLabel(c.kind);
}

QString regionLocation(const Component &c)
{
    const QString location = stringProperty(c, "location");
    const RegionInfo *info = Catalog::builtin().region(location);
    if (!info)
        return location.isEmpty() ? ItemText::tr("no location") : ItemText::tr("%1 (unknown region)").arg(location);
    QString s = info->displayName == c.name ? location : info->displayName;
    s += info->hasZones ? ItemText::tr(" · zones 1 2 3") : ItemText::tr(" · no zones");
    return s;
}

QStaticText staticText(const QString &text)
{
    QStaticText st(text);
    // Never rich text, whatever the string looks like.
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    return st;
}

}  // namespace

ComponentItem::ComponentItem(CanvasScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    syncFromModel();
    syncFindings();
}

void ComponentItem::syncFromModel()
{
    const Component *c = m_scene->document()->component(m_id);
    if (!c)
        return;
    const QRectF r = m_scene->displayRect(*c);
    if (r.size() != m_size)
        prepareGeometryChange();
    m_size = r.size();
    setPos(r.topLeft());
    m_kind = c->kind;
    m_name = c->name.isEmpty() ? kindLabel(c->kind) : c->name;
    m_textDirty = true;
    if (isRegion()) {
        m_location = regionLocation(*c);
        m_detail.clear();
        setZValue(-100);
    } else {
        m_detail = summaryOf(*m_scene->document(), *c);
        m_stopped = c->kind == ComponentKind::AksCluster
            && stringProperty(*c, "state") == QLatin1String("stopped");
        setZValue(0);
    }
    update();
}

void ComponentItem::syncFindings()
{
    std::optional<Severity> severity;
    int count = 0;
    if (LiveValidator *v = m_scene->validator()) {
        severity = v->worstSeverity(m_id);
        if (severity)
            count = v->findingCount(m_id);
    }
    if (severity == m_severity && count == m_findingCount)
        return;
    m_severity = severity;
    m_findingCount = count;
    update();
}

QString ComponentItem::toolTipHtml() const
{
    // Tooltips take rich text: every piece of the design is escaped.
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(m_name.toHtmlEscaped(),
                                                          kindLabel(m_kind).toHtmlEscaped());
    const QString more = isRegion() ? m_location : m_detail;
    if (!more.isEmpty())
        html += QStringLiteral(" · %1").arg(more.toHtmlEscaped());
    html += QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(m_id.toHtmlEscaped());
    if (LiveValidator *v = m_scene->validator(); v && m_scene->showFindings()) {
        const std::vector<Finding> findings = v->findingsFor(m_id);
        const size_t shown = std::min<size_t>(findings.size(), 5);
        for (size_t i = 0; i < shown; ++i) {
            html += QStringLiteral("<br>%1 %2").arg(findings[i].ruleId.toHtmlEscaped(),
                                                     findings[i].message.toHtmlEscaped());
        }
        if (findings.size() > shown)
            html += QStringLiteral("<br>") + ItemText::tr("… %1 more").arg(findings.size() - shown);
    }
    return html;
}

void ComponentItem::setPreviewPos(const QPointF &topLeft)
{
    setPos(topLeft);
}

void ComponentItem::setPreviewRect(const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
        m_textDirty = true;
    }
    setPos(rect.topLeft());
    update();
}

void ComponentItem::setHighlight(Highlight highlight)
{
    if (m_highlight == highlight)
        return;
    m_highlight = highlight;
    update();
}

void ComponentItem::setHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    update();
}

ComponentItem::Handle ComponentItem::handleAt(const QPointF &scenePos, double viewScale) const
{
    if (!isRegion())
        return Handle::None;
    const double tol = 6 / std::max(viewScale, 0.01);
    const QPointF p = scenePos - pos();
    const double w = m_size.width();
    const double h = m_size.height();
    if (p.x() < -tol || p.y() < -tol || p.x() > w + tol || p.y() > h + tol)
        return Handle::None;
    // Corners are grabbed a little more generously than edges: they are what users aim for.
    const double corner = tol * 1.6;
    const bool left = std::abs(p.x()) <= tol;
    const bool right = std::abs(p.x() - w) <= tol;
    const bool top = std::abs(p.y()) <= tol;
    const bool bottom = std::abs(p.y() - h) <= tol;
    const bool nearLeft = std::abs(p.x()) <= corner;
    const bool nearRight = std::abs(p.x() - w) <= corner;
    const bool nearTop = std::abs(p.y()) <= corner;
    const bool nearBottom = std::abs(p.y() - h) <= corner;
    if (nearTop && nearLeft)
        return Handle::TopLeft;
    if (nearTop && nearRight)
        return Handle::TopRight;
    if (nearBottom && nearLeft)
        return Handle::BottomLeft;
    if (nearBottom && nearRight)
        return Handle::BottomRight;
    if (left)
        return Handle::Left;
    if (right)
        return Handle::Right;
    if (top)
        return Handle::Top;
    if (bottom)
        return Handle::Bottom;
    return Handle::None;
}

bool ComponentItem::isRegionGrip(const QPointF &scenePos, double viewScale) const
{
    if (!isRegion())
        return false;
    const QPointF p = scenePos - pos();
    const double border = 6 / std::max(viewScale, 0.01);
    const QRectF area(QPointF(), m_size);
    if (!area.adjusted(-border, -border, border, border).contains(p))
        return false;
    // Zoomed far out the title band is a sliver: the whole region is the grip then.
    if (viewScale < DetailLod)
        return true;
    return p.y() <= layout::RegionTitleHeight || !area.adjusted(border, border, -border, -border)
                                                     .contains(p);
}

std::optional<QPointF> ComponentItem::portAt(const QPointF &scenePos, double viewScale) const
{
    if (isRegion() || viewScale < DetailLod)
        return std::nullopt;
    const double reach = 9 / std::max(viewScale, 0.01);
    const QRectF r = rect();
    for (const QPointF &port : {QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                                QPointF(r.center().x(), r.bottom()),
                                QPointF(r.left(), r.center().y())}) {
        if (QLineF(port, scenePos).length() <= reach)
            return port;
    }
    return std::nullopt;
}

QRectF ComponentItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-Margin, -Margin, Margin, Margin);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(), m_size));
    return path;
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_scene->paints(this))
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (isRegion())
        paintRegion(painter, lod);
    else
        paintComponent(painter, lod);
}

QColor ComponentItem::outlineColor() const
{
    const CanvasTheme &t = m_scene->theme();
    switch (m_highlight) {
    case Highlight::ConnectValid:
    case Highlight::ConnectSource: return t.valid;
    case Highlight::ConnectInvalid: return t.invalid;
    case Highlight::DropTarget: return t.dropTarget;
    case Highlight::None: break;
    }
    if (isSelected())
        return t.selection;
    return {};
}

void ComponentItem::releaseText(quint64 serial)
{
    if (serial != m_textSerial || m_textDirty)
        return;
    m_texts.clear();
    m_texts.shrink_to_fit();
    m_textDirty = true;
}

void ComponentItem::layoutText()
{
    m_textDirty = false;
    m_texts.clear();
    m_textSerial = m_scene->noteTextLaidOut(m_id);
    const CanvasFonts &fonts = m_scene->fonts();
    if (isRegion()) {
        const QFontMetricsF tfm(fonts.title);
        const QFontMetricsF lfm(fonts.location);
        const double room = m_size.width() - 52;
        // The name gets the room it needs first; the location takes what is left.
        const QString title = tfm.elidedText(m_name, Qt::ElideRight, room);
        const double titleWidth = tfm.horizontalAdvance(title);
        const double middle = layout::RegionTitleHeight / 2;
        m_texts.push_back({staticText(title), QPointF(40, middle - tfm.height() / 2), 2});
        const QString location = lfm.elidedText(m_location, Qt::ElideRight,
                                                std::max(0.0, room - titleWidth - 16));
        if (!location.isEmpty()) {
            m_texts.push_back({staticText(location),
                               QPointF(40 + room - lfm.horizontalAdvance(location),
                                       middle - lfm.height() / 2),
                               3});
        }
        return;
    }

    const double width = m_size.width() - 12;
    const QFontMetricsF fm(fonts.name);
    QStringList lines;
    if (fm.horizontalAdvance(m_name) <= width) {
        lines << m_name;
    } else {
        // QTextLayout breaks plain text only: the name is never read as markup.
        QTextLayout layout(m_name, fonts.name);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine first = layout.createLine();
        if (first.isValid())
            first.setLineWidth(width);
        layout.endLayout();
        const int split = first.isValid() ? first.textLength() : int(m_name.size());
        lines << m_name.left(split).trimmed();
        const QString rest = m_name.mid(split).trimmed();
        if (!rest.isEmpty())
            lines << fm.elidedText(rest, Qt::ElideRight, width);
    }
    m_nameLines = static_cast<int>(lines.size());
    double y = 38;
    for (const QString &line : std::as_const(lines)) {
        m_texts.push_back({staticText(line),
                           QPointF((m_size.width() - fm.horizontalAdvance(line)) / 2, y), 0});
        y += 14.5;
    }
    const QFontMetricsF dfm(fonts.detail);
    const QString detail = dfm.elidedText(m_detail, Qt::ElideRight, m_size.width() - 10);
    m_texts.push_back({staticText(detail),
                       QPointF((m_size.width() - dfm.horizontalAdvance(detail)) / 2,
                               m_nameLines > 1 ? 66 : 56),
                       1});
}

void ComponentItem::paintBadge(QPainter *painter, const QPointF &center, double lod)
{
    const CanvasTheme &t = m_scene->theme();
    const QColor color = t.severityColor(*m_severity);
    // The badge keeps a readable size on screen when zoomed out, within the item's margin.
    const double r = std::min(BadgeRadius / std::min(lod, 1.0), Margin);
    painter->setPen(QPen(t.itemFill, 1.5));
    painter->setBrush(color);
    painter->drawEllipse(center, r, r);
    if (lod * r < 5)
        return;
    const QString text = m_findingCount > 9 ? QStringLiteral("9+")
                                            : QString::number(m_findingCount);
    painter->setPen(Qt::white);
    QFont font = m_scene->fonts().label;
    font.setPixelSize(std::max(1, static_cast<int>(r * (text.size() > 1 ? 1.05 : 1.3))));
    painter->setFont(font);
    painter->drawText(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                      text);
}

void ComponentItem::paintComponent(QPainter *painter, double lod)
{
    const CanvasTheme &t = m_scene->theme();
    const QRectF body(QPointF(), m_size);
    const bool findings = m_severity && m_scene->showFindings();
    const QColor outline = outlineColor();

    if (lod < DetailLod) {
        // Zoomed out: a coloured tile per component, so that families stay apart, and the
        // finding or selection colour as a thick border that survives the scale.
        QColor fill = mixColors(t.itemFill, kindAccent(m_kind), 0.45);
        if (m_stopped)
            fill = mixColors(t.itemFill, fill, 0.4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRect(body);
        QColor border = outline.isValid() ? outline
                                          : (findings ? t.severityColor(*m_severity) : QColor());
        if (border.isValid()) {
            painter->setPen(QPen(border, 2.5 / lod));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(body);
        }
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, true);
    if (lod >= 0.6) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, t.dark ? 70 : 22));
        painter->drawRoundedRect(body.translated(0, 2), CornerRadius, CornerRadius);
    }
    QPen border(findings ? t.severityColor(*m_severity) : t.itemBorder, findings ? 2 : 1);
    if (m_stopped)
        border.setStyle(Qt::DashLine);
    if (m_hovered && !findings)
        border.setColor(mixColors(t.itemBorder, t.text, 0.45));
    painter->setPen(border);
    painter->setBrush(t.itemFill);
    painter->drawRoundedRect(body.adjusted(0.5, 0.5, -0.5, -0.5), CornerRadius, CornerRadius);

    if (outline.isValid()) {
        painter->setPen(QPen(outline, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body.adjusted(-4, -4, 4, 4), CornerRadius + 3, CornerRadius + 3);
    }

    // The icon, rendered once per size and kind at the device size it is shown at, so that
    // drawing it is a copy rather than a scaling.
    const double dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int pixels = std::clamp(static_cast<int>(std::lround(IconSize * lod * dpr)), 8, 256);
    const QRectF iconRect((m_size.width() - IconSize) / 2, 7, IconSize, IconSize);
    if (m_stopped)
        painter->setOpacity(0.5);
    drawKindIcon(painter, m_kind, iconRect, pixels);
    painter->setOpacity(1);

    if (m_textDirty)
        layoutText();
    m_scene->noteLabelsDrawn();
    const CanvasFonts &fonts = m_scene->fonts();
    for (const Text &text : m_texts) {
        painter->setFont(text.font == 0 ? fonts.name : fonts.detail);
        painter->setPen(text.font == 0 ? t.text : t.mutedText);
        painter->drawStaticText(text.pos, text.text);
    }

    if (m_hovered && m_highlight == Highlight::None) {
        // Ports: where a drag starts a connection.
        const double r = std::min(4.5 / lod, 8.0);
        painter->setPen(QPen(t.selection, 1.5));
        painter->setBrush(t.itemFill);
        for (const QPointF &p : {QPointF(body.center().x(), 0), QPointF(body.right(),
                                                                         body.center().y()),
                                 QPointF(body.center().x(), body.bottom()),
                                 QPointF(0, body.center().y())})
            painter->drawEllipse(p, r, r);
    }
    if (findings)
        paintBadge(painter, QPointF(m_size.width() - 3, 3), lod);
}

void ComponentItem::paintRegion(QPainter *painter, double lod)
{
    const CanvasTheme &t = m_scene->theme();
    const QRectF body(QPointF(), m_size);
    const bool findings = m_severity && m_scene->showFindings();
    const QColor outline = outlineColor();
    const QColor borderColor = findings ? t.severityColor(*m_severity) : t.regionBorder;

    painter->setRenderHint(QPainter::Antialiasing, lod >= DetailLod);
    QColor fill = t.regionFill;
    if (m_highlight == Highlight::DropTarget)
        fill = mixColors(t.regionFill, t.dropTarget, 0.12);
    painter->setBrush(fill);
    painter->setPen(QPen(borderColor, (findings ? 2.0 : 1.2) / std::min(lod, 1.0)));
    painter->drawRoundedRect(body, RegionRadius, RegionRadius);

    if (lod >= DetailLod) {
        // The title band: the region's top corners, square at the foot. A path rather than a
        // clip, so that SVG readers that ignore clipping draw it right too.
        const double h = std::min<double>(layout::RegionTitleHeight, body.height());
        const double r = std::min({RegionRadius, h, body.width() / 2});
        QPainterPath band;
        band.moveTo(0, h);
        band.lineTo(0, r);
        band.arcTo(QRectF(0, 0, 2 * r, 2 * r), 180, -90);
        band.lineTo(body.width() - r, 0);
        band.arcTo(QRectF(body.width() - 2 * r, 0, 2 * r, 2 * r), 90, -90);
        band.lineTo(body.width(), h);
        band.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(t.regionTitleFill);
        painter->drawPath(band);
        painter->setPen(QPen(mixColors(t.regionTitleFill, t.regionBorder, 0.5), 1));
        painter->drawLine(QPointF(1, layout::RegionTitleHeight),
                          QPointF(body.width() - 1, layout::RegionTitleHeight));

        const double dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int pixels = std::clamp(static_cast<int>(std::lround(22 * lod * dpr)), 8, 256);
        drawKindIcon(painter, ComponentKind::Region, QRectF(10, 9, 22, 22), pixels);

        if (m_textDirty)
            layoutText();
        m_scene->noteLabelsDrawn();
        const CanvasFonts &fonts = m_scene->fonts();
        for (const Text &text : m_texts) {
            painter->setFont(text.font == 2 ? fonts.title : fonts.location);
            painter->setPen(text.font == 2 ? t.text : t.mutedText);
            painter->drawStaticText(text.pos, text.text);
        }
    }

    if (outline.isValid()) {
        painter->setPen(QPen(outline, 2.5 / std::min(lod, 1.0)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body.adjusted(-3, -3, 3, 3), RegionRadius + 3, RegionRadius + 3);
    }
    if (isSelected()) {
        const double s = std::min(7 / lod, 2 * Margin - 4);
        painter->setPen(QPen(t.selection, 1.2 / lod));
        painter->setBrush(t.itemFill);
        const double w = body.width();
        const double h = body.height();
        for (const QPointF &p : {QPointF(0, 0), QPointF(w / 2, 0), QPointF(w, 0),
                                 QPointF(w, h / 2), QPointF(w, h), QPointF(w / 2, h),
                                 QPointF(0, h), QPointF(0, h / 2)})
            painter->drawRect(QRectF(p.x() - s / 2, p.y() - s / 2, s, s));
    }
    if (findings)
        paintBadge(painter, QPointF(m_size.width() - 4, 4), lod);
}

}  // namespace continuity
