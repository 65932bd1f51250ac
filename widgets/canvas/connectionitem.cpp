// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/connectionitem.h"

#include "model/document.h"
#include "model/kinds.h"
#include "model/validation/validator.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvastheme.h"
#include "widgets/canvas/componentitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace continuity {

namespace {

// Translated in the "ConnectionItem" context; lupdate reads the qualified calls.
struct ConnectionText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionItem)
};

constexpr double DetailLod = 0.35;
constexpr double ArrowLength = 11;
constexpr double ArrowHalfWidth = 5;
constexpr double LabelHeight = 16;
// Space between parallel connections joining the same two components.
constexpr double ParallelSpacing = 10;

// Where the segment from the centre of `r` towards `towards` leaves `r`.
QPointF borderPoint(const QRectF &r, const QPointF &from, const QPointF &towards)
{
    const QPointF d = towards - from;
    const double tx = std::abs(d.x()) > 1e-9 ? (r.width() / 2) / std::abs(d.x()) : 1e18;
    const double ty = std::abs(d.y()) > 1e-9 ? (r.height() / 2) / std::abs(d.y()) : 1e18;
    const double t = std::min(tx, ty);
    if (t >= 1)
        return from;
    return from + d * t;
}

QString numberText(const nlohmann::json &properties, const char *key, int fallback)
{
    if (!properties.is_object() || !properties.contains(key))
        return QString::number(fallback);
    const nlohmann::json &v = properties[key];
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number())
        return QString::number(v.get<double>());
    return QStringLiteral("?");
}

}  // namespace

ConnectionItem::ConnectionItem(CanvasScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(-50);
    syncFromModel();
    syncFindings();
}

void ConnectionItem::syncFromModel()
{
    const Document *doc = m_scene->document();
    const Connection *c = doc->connection(m_id);
    if (!c)
        return;
    m_from = c->from;
    m_to = c->to;
    m_kind = effectiveConnectionKind(doc->design(), *c);
    m_label.clear();
    const Component *source = doc->component(c->from);
    if (m_kind == ConnectionKind::Traffic && source && isGlobalRouter(source->kind)) {
        m_label = ConnectionText::tr("P%1 · w%2").arg(numberText(c->properties, "priority", 1),
                                      numberText(c->properties, "weight", 50));
    }
    m_labelWidth = m_label.isEmpty()
        ? 0
        : QFontMetricsF(m_scene->fonts().label).horizontalAdvance(m_label) + 12;
    updateGeometry();
}

void ConnectionItem::updateGeometry()
{
    const ComponentItem *a = m_scene->componentItem(m_from);
    const ComponentItem *b = m_scene->componentItem(m_to);
    if (!a || !b || a == b) {
        setVisible(false);
        return;
    }
    const QRectF ra = a->rect();
    const QRectF rb = b->rect();
    QPointF ca = ra.center();
    QPointF cb = rb.center();
    const auto [index, count] = m_scene->parallelIndex(this);
    if (count > 1 && ca != cb) {
        // One direction for every connection between the two, whichever way each points:
        // otherwise a reversed one is shifted to the side of another and drawn over it.
        const QLineF axis = m_from < m_to ? QLineF(ca, cb) : QLineF(cb, ca);
        QLineF normal = axis.normalVector().unitVector();
        const QPointF shift = (normal.p2() - normal.p1()) * ((index - (count - 1) / 2.0)
                                                             * ParallelSpacing);
        ca += shift;
        cb += shift;
    }
    const QLineF line(borderPoint(ra, ca, cb), borderPoint(rb, cb, ca));
    QRectF bounds = QRectF(line.p1(), line.p2()).normalized();
    if (!m_label.isEmpty()) {
        const QPointF mid = line.center();
        bounds |= QRectF(mid.x() - m_labelWidth / 2, mid.y() - LabelHeight / 2, m_labelWidth,
                         LabelHeight);
    }
    bounds.adjust(-10, -10, 10, 10);
    if (line != m_line || bounds != m_bounds) {
        prepareGeometryChange();
        m_line = line;
        m_bounds = bounds;
    }
    setVisible(true);
}

void ConnectionItem::syncFindings()
{
    std::optional<Severity> severity;
    if (LiveValidator *v = m_scene->validator())
        severity = v->worstSeverity(m_id);
    if (severity == m_severity)
        return;
    m_severity = severity;
    update();
}

QString ConnectionItem::toolTipHtml() const
{
    const Document *doc = m_scene->document();
    const auto nameOf = [doc](const QString &id) {
        const Component *c = doc->component(id);
        return (c && !c->name.isEmpty() ? c->name : id).toHtmlEscaped();
    };
    QString html = QStringLiteral("<b>%1</b>: %2 → %3")
                       .arg(m_kind ? toString(*m_kind) : ConnectionText::tr("no kind"), nameOf(m_from),
                            nameOf(m_to));
    if (!m_label.isEmpty())
        html += QStringLiteral("<br>") + m_label.toHtmlEscaped();
    if (LiveValidator *v = m_scene->validator(); v && m_scene->showFindings()) {
        for (const Finding &f : v->findingsFor(m_id))
            html += QStringLiteral("<br>%1 %2").arg(f.ruleId.toHtmlEscaped(),
                                                     f.message.toHtmlEscaped());
    }
    return html;
}

QRectF ConnectionItem::labelRect() const
{
    const QPointF mid = m_line.center();
    return QRectF(mid.x() - m_labelWidth / 2, mid.y() - LabelHeight / 2, m_labelWidth,
                  LabelHeight);
}

QRectF ConnectionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(path);
    if (!m_label.isEmpty())
        shape.addRect(labelRect());
    return shape;
}

namespace {

// What the painter can show, in its current coordinates, with a margin for wide pens.
QRectF paintableArea(const QPainter *painter)
{
    bool invertible = false;
    const QTransform toItem = painter->worldTransform().inverted(&invertible);
    if (!invertible)
        return {};
    QRectF area = toItem.mapRect(QRectF(painter->window()));
    if (painter->hasClipping())
        area &= painter->clipBoundingRect();
    return area.adjusted(-12, -12, 12, 12);
}

// The part of `line` inside `area` (Liang-Barsky) and the distance from p1 at which it starts,
// so that a long connector costs what its visible part costs and its dashes stay in phase.
// The whole line when `area` is empty (nothing known of the device).
std::optional<std::pair<QLineF, double>> visiblePart(const QLineF &line, const QRectF &area)
{
    if (area.isEmpty() || (area.contains(line.p1()) && area.contains(line.p2())))
        return std::pair{line, 0.0};
    const double dx = line.dx();
    const double dy = line.dy();
    double t0 = 0;
    double t1 = 1;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - area.left(), area.right() - line.x1(),
                        line.y1() - area.top(), area.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return std::nullopt;
    }
    return std::pair{QLineF(line.pointAt(t0), line.pointAt(t1)), t0 * line.length()};
}

}  // namespace

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.isNull() || !m_scene->paints(this))
        return;
    const CanvasTheme &t = m_scene->theme();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool findings = m_severity && m_scene->showFindings();
    QColor color = m_kind ? t.connectionColor(*m_kind) : t.error;
    if (findings)
        color = t.severityColor(*m_severity);

    if (lod < DetailLod) {
        // Zoomed out: a hairline in the kind's colour, nothing else to read at this size.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(isSelected() ? t.selection : color, isSelected() ? 2 : 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (const auto part = visiblePart(m_line, paintableArea(painter)))
            painter->drawLine(part->first);
        return;
    }
    const QRectF area = paintableArea(painter);

    painter->setRenderHint(QPainter::Antialiasing, true);
    if (isSelected()) {
        QColor halo = t.selection;
        halo.setAlpha(90);
        painter->setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap));
        if (const auto part = visiblePart(m_line, area))
            painter->drawLine(part->first);
    }

    const ConnectionKind kind = m_kind.value_or(ConnectionKind::Uses);
    const bool filledArrow = kind != ConnectionKind::Uses && kind != ConnectionKind::Manages;
    // The shaft stops where a filled arrow begins, so that a thick line does not poke through
    // its tip.
    QLineF shaft = m_line;
    if (filledArrow && shaft.length() > ArrowLength)
        shaft.setLength(shaft.length() - ArrowLength + 1);

    QPen pen(color, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    switch (kind) {
    case ConnectionKind::Traffic:
        pen.setWidthF(2.2);
        break;
    case ConnectionKind::Uses:
        pen.setWidthF(1.3);
        pen.setDashPattern({4, 3});
        break;
    case ConnectionKind::Replicates:
        pen.setWidthF(5);
        break;
    case ConnectionKind::Protects:
        pen.setWidthF(1.8);
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.1, 2.6});
        break;
    case ConnectionKind::Manages:
        pen.setWidthF(1.4);
        pen.setDashPattern({6, 3, 1, 3});
        break;
    case ConnectionKind::Egress:
        pen.setWidthF(1.8);
        pen.setDashPattern({7, 3.5});
        break;
    }
    if (!m_kind)
        pen.setDashPattern({2, 2});
    // Only the part in sight is stroked; dashes keep the phase they have on the whole line.
    if (const auto part = visiblePart(shaft, area)) {
        if (pen.style() == Qt::CustomDashLine && pen.widthF() > 0)
            pen.setDashOffset(pen.dashOffset() + part->second / pen.widthF());
        painter->setPen(pen);
        painter->drawLine(part->first);
    }
    if (kind == ConnectionKind::Replicates) {
        // Two rails: the canvas colour drawn down the middle of a wide stroke.
        painter->setPen(QPen(t.canvas, 1.6, Qt::SolidLine, Qt::FlatCap));
        QLineF inner = shaft;
        if (inner.length() > 2)
            inner.setLength(inner.length() - 2);
        if (const auto part = visiblePart(inner, area))
            painter->drawLine(part->first);
    }

    // The arrow at the target.
    const QLineF back(m_line.p2(), m_line.p1());
    const QLineF unit = back.unitVector();
    const QPointF dir = unit.p2() - unit.p1();
    const QPointF normal(-dir.y(), dir.x());
    const QPointF tip = m_line.p2();
    const QPointF baseCenter = tip + dir * ArrowLength;
    const QPointF left = baseCenter + normal * ArrowHalfWidth;
    const QPointF right = baseCenter - normal * ArrowHalfWidth;
    if (filledArrow) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF({tip, left, right}));
    } else {
        painter->setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(QPolygonF({left, tip, right}));
    }

    if (!m_label.isEmpty()) {
        const QRectF r = labelRect();
        painter->setPen(QPen(color, 1));
        painter->setBrush(t.labelFill);
        painter->drawRoundedRect(r, LabelHeight / 2, LabelHeight / 2);
        painter->setFont(m_scene->fonts().label);
        painter->setPen(t.text);
        painter->drawText(r, Qt::AlignCenter, m_label);
    }
}

}  // namespace continuity
