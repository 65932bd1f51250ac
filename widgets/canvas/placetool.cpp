// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/placetool.h"

#include "model/kinds.h"
#include "model/layout.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/icons.h"

#include <QMouseEvent>
#include <QGraphicsItem>
#include <QPainter>

namespace continuity {

PlaceTool::PlaceTool(CanvasView *view)
    : CanvasTool(view)
{
}

void PlaceTool::setKind(std::optional<ComponentKind> kind)
{
    m_kind = kind;
    if (!kind)
        setGhost(std::nullopt, {});
}

Placement PlaceTool::placementAt(const CanvasScene &scene, ComponentKind kind,
                                 const QPointF &scenePos)
{
    Placement p;
    if (kind == ComponentKind::Region) {
        // The pointer holds the new region by the middle of its title band.
        const QSizeF size(layout::DefaultRegionWidth, layout::DefaultRegionHeight);
        p.rect = QRectF(scene.snapped(scenePos - QPointF(size.width() / 2,
                                                         layout::RegionTitleHeight / 2)),
                        size);
        // Regions never overlap: a region dropped over another would leave the components
        // dropped there later in either. Slide it right, past the regions in its way.
        constexpr double Gap = 40;
        for (int guard = 0; guard < 1000; ++guard) {
            double right = p.rect.left();
            for (const QGraphicsItem *item : scene.items(p.rect.adjusted(-Gap, 0, Gap, 0))) {
                const auto *c = dynamic_cast<const ComponentItem *>(item);
                if (c && c->isRegion())
                    right = std::max(right, c->rect().right() + Gap);
            }
            if (right == p.rect.left())
                break;
            p.rect.moveLeft(scene.snapped(QPointF(right, p.rect.top())).x());
            if (p.rect.left() < right)
                p.rect.moveLeft(right);
        }
        return p;
    }
    const QSizeF size = layout::componentSize();
    QPointF topLeft = scene.snapped(scenePos - QPointF(size.width() / 2, size.height() / 2));
    if (kindInfo(kind).regional) {
        p.parent = scene.regionAt(scenePos);
        if (const ComponentItem *region = scene.componentItem(p.parent)) {
            // Inside the region's content area, so that a drop near its border does not leave
            // the box hanging over the edge or over the title.
            const QRectF area = layout::regionContentRect(region->rect());
            if (area.width() >= size.width())
                topLeft.setX(std::clamp(topLeft.x(), area.left(), area.right() - size.width()));
            if (area.height() >= size.height())
                topLeft.setY(std::clamp(topLeft.y(), area.top(), area.bottom() - size.height()));
        }
    }
    p.rect = QRectF(topLeft, size);
    return p;
}

void PlaceTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    if (!m_kind)
        return;
    if (event->button() == Qt::RightButton) {
        m_view->setPlacementKind(std::nullopt);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_view->placeComponent(*m_kind, scenePos);
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_view->setPlacementKind(std::nullopt);
}

void PlaceTool::mouseMove(QMouseEvent *, const QPointF &scenePos)
{
    m_view->setToolCursor(Qt::CrossCursor);
    setGhost(m_kind, scenePos);
}

void PlaceTool::deactivate()
{
    setGhost(std::nullopt, {});
}

void PlaceTool::showGhost(std::optional<ComponentKind> kind, const QPointF &scenePos)
{
    setGhost(kind, scenePos);
}

void PlaceTool::setGhost(std::optional<ComponentKind> kind, const QPointF &scenePos)
{
    const QRectF before = m_ghostKind ? m_ghost.rect : QRectF();
    m_ghostKind = kind;
    ComponentItem *target = nullptr;
    if (kind) {
        m_ghost = placementAt(*scene(), *kind, scenePos);
        target = scene()->componentItem(m_ghost.parent);
    } else {
        m_ghost = {};
    }
    if (target != m_target) {
        if (m_target)
            m_target->setHighlight(ComponentItem::Highlight::None);
        m_target = target;
        if (m_target)
            m_target->setHighlight(ComponentItem::Highlight::DropTarget);
    }
    const double pad = 4 / std::max(m_view->zoom(), 0.05);
    updateOverlay((before | m_ghost.rect).adjusted(-pad, -pad, pad, pad));
}

void PlaceTool::paintOverlay(QPainter *painter, const QRectF &)
{
    if (!m_ghostKind)
        return;
    const CanvasTheme &t = scene()->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = t.selection;
    fill.setAlpha(28);
    QPen pen(t.selection, 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(fill);
    const double radius = *m_ghostKind == ComponentKind::Region ? 12 : 8;
    painter->drawRoundedRect(m_ghost.rect, radius, radius);
    const double icon = 28;
    const QRectF iconRect(m_ghost.rect.center().x() - icon / 2,
                          *m_ghostKind == ComponentKind::Region ? m_ghost.rect.top() + 6
                                                                : m_ghost.rect.top() + 7,
                          icon, icon);
    painter->setOpacity(0.7);
    painter->drawPixmap(iconRect, kindPixmap(*m_ghostKind, 64), QRectF(0, 0, 64, 64));
    painter->setOpacity(1);
}

}  // namespace continuity
