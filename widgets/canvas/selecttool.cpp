// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/selecttool.h"

#include "model/document.h"
#include "model/kinds.h"
#include "model/layout.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/connectionitem.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

namespace continuity {

namespace {

// Translated in the "SelectTool" context; lupdate reads the qualified calls.
struct SelectText {
    Q_DECLARE_TR_FUNCTIONS(SelectTool)
};

Qt::CursorShape cursorFor(ComponentItem::Handle handle)
{
    using H = ComponentItem::Handle;
    switch (handle) {
    case H::TopLeft:
    case H::BottomRight: return Qt::SizeFDiagCursor;
    case H::TopRight:
    case H::BottomLeft: return Qt::SizeBDiagCursor;
    case H::Left:
    case H::Right: return Qt::SizeHorCursor;
    case H::Top:
    case H::Bottom: return Qt::SizeVerCursor;
    case H::None: break;
    }
    return Qt::ArrowCursor;
}

}  // namespace

SelectTool::SelectTool(CanvasView *view)
    : CanvasTool(view)
{
}

void SelectTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton || m_state != State::Idle)
        return;
    const double scale = m_view->zoom();
    m_pressPos = scenePos;
    m_pressViewPos = event->position().toPoint();
    m_toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_pressedId.clear();
    m_pressedRegion.clear();

    // A selected region's border resizes it.
    for (const QString &id : document()->selection()) {
        ComponentItem *item = scene()->componentItem(id);
        if (!item || !item->isRegion())
            continue;
        const ComponentItem::Handle handle = item->handleAt(scenePos, scale);
        if (handle == ComponentItem::Handle::None)
            continue;
        m_state = State::Resizing;
        m_resized = item;
        m_handle = handle;
        m_startRect = item->rect();
        m_childBounds = scene()->itemsBoundingRect(document()->childrenOf(id));
        return;
    }

    if (ComponentItem *c = scene()->componentAt(scenePos)) {
        if (c->portAt(scenePos, scale) || (event->modifiers() & Qt::AltModifier)) {
            m_view->beginConnection(c, scenePos);
            return;
        }
        pressOnItem(c->id(), m_toggle);
        return;
    }
    if (ConnectionItem *k = scene()->connectionAt(scenePos)) {
        pressOnItem(k->id(), m_toggle);
        return;
    }
    const QString region = scene()->regionAt(scenePos);
    ComponentItem *regionItem = scene()->componentItem(region);
    if (regionItem && regionItem->isRegionGrip(scenePos, scale)) {
        pressOnItem(region, m_toggle);
        return;
    }
    // The background, or the inside of a region: a rubber band, or a click that selects the
    // region around it.
    m_state = State::RubberBand;
    m_pressedRegion = region;
    m_band = QRectF();
    m_baseSelection = m_toggle ? document()->selection() : QSet<QString>();
    if (!m_toggle)
        document()->setSelection({});
}

void SelectTool::pressOnItem(const QString &id, bool toggle)
{
    m_pressedId = id;
    QSet<QString> selection = document()->selection();
    m_pressedWasSelected = selection.contains(id);
    if (toggle) {
        if (m_pressedWasSelected)
            selection.remove(id);
        else
            selection.insert(id);
        document()->setSelection(selection);
    } else if (!m_pressedWasSelected) {
        document()->setSelection({id});
    }
    m_state = State::Pressed;
}

void SelectTool::mouseMove(QMouseEvent *event, const QPointF &scenePos)
{
    switch (m_state) {
    case State::Idle:
        hover(scenePos);
        break;
    case State::Pressed:
        if ((event->position().toPoint() - m_pressViewPos).manhattanLength()
            >= QApplication::startDragDistance())
            beginMove();
        if (m_state == State::Moving)
            updateMove(scenePos, !(event->modifiers() & Qt::AltModifier));
        break;
    case State::Moving:
        updateMove(scenePos, !(event->modifiers() & Qt::AltModifier));
        m_view->autoScroll(event->position().toPoint());
        break;
    case State::Resizing:
        updateResize(scenePos);
        m_view->autoScroll(event->position().toPoint());
        break;
    case State::RubberBand:
        updateRubberBand(scenePos);
        m_view->autoScroll(event->position().toPoint());
        break;
    }
}

void SelectTool::mouseRelease(QMouseEvent *event, const QPointF &)
{
    if (event->button() != Qt::LeftButton)
        return;
    switch (m_state) {
    case State::Idle:
        return;
    case State::Pressed:
        // A click on one of several selected items selects it alone; pressing first kept the
        // others so that a drag could move them all.
        if (!m_toggle && m_pressedWasSelected && document()->selection().size() > 1)
            document()->setSelection({m_pressedId});
        break;
    case State::Moving:
        commitMove();
        break;
    case State::Resizing: {
        const QRectF rect = m_resized->rect();
        const QString id = m_resized->id();
        m_resized->syncFromModel();
        if (rect != m_startRect)
            document()->setGeometry(id, rect);
        m_resized = nullptr;
        break;
    }
    case State::RubberBand:
        if (m_band.isNull()) {
            if (!m_pressedRegion.isEmpty() && !m_toggle)
                document()->setSelection({m_pressedRegion});
        } else {
            updateOverlay(m_band);
            m_band = QRectF();
        }
        break;
    }
    m_state = State::Idle;
}

bool SelectTool::cancel()
{
    switch (m_state) {
    case State::Idle:
        return false;
    case State::Moving:
        endMove();
        break;
    case State::Resizing:
        m_resized->syncFromModel();
        m_resized = nullptr;
        break;
    case State::RubberBand:
        updateOverlay(m_band);
        m_band = QRectF();
        document()->setSelection(m_baseSelection);
        break;
    case State::Pressed:
        break;
    }
    m_state = State::Idle;
    return true;
}

void SelectTool::deactivate()
{
    cancel();
    scene()->setHoveredItem(nullptr);
}

void SelectTool::hover(const QPointF &scenePos)
{
    const double scale = m_view->zoom();
    for (const QString &id : document()->selection()) {
        const ComponentItem *item = scene()->componentItem(id);
        if (item && item->isRegion()) {
            const ComponentItem::Handle handle = item->handleAt(scenePos, scale);
            if (handle != ComponentItem::Handle::None) {
                scene()->setHoveredItem(nullptr);
                m_view->setToolCursor(cursorFor(handle));
                return;
            }
        }
    }
    ComponentItem *c = scene()->componentAt(scenePos);
    scene()->setHoveredItem(c);
    if (c) {
        m_view->setToolCursor(c->portAt(scenePos, scale) ? Qt::CrossCursor : Qt::SizeAllCursor);
        return;
    }
    if (scene()->connectionAt(scenePos)) {
        m_view->setToolCursor(Qt::PointingHandCursor);
        return;
    }
    const ComponentItem *region = scene()->componentItem(scene()->regionAt(scenePos));
    m_view->setToolCursor(region && region->isRegionGrip(scenePos, scale) ? Qt::SizeAllCursor
                                                                           : Qt::ArrowCursor);
}

void SelectTool::beginMove()
{
    m_moving.clear();
    m_movingList.clear();
    m_start.clear();
    // Only components move; a region takes its children along.
    for (const QString &id : document()->selection()) {
        const ComponentItem *item = scene()->componentItem(id);
        if (!item)
            continue;
        m_moving.insert(id);
        if (item->isRegion()) {
            for (const QString &child : document()->childrenOf(id))
                m_moving.insert(child);
        }
    }
    if (!m_moving.contains(m_pressedId)) {
        m_state = State::Pressed;
        m_moving.clear();
        return;
    }
    for (const QString &id : std::as_const(m_moving)) {
        ComponentItem *item = scene()->componentItem(id);
        if (!item)
            continue;
        m_start.insert(id, item->pos());
        m_movingList << id;
        // Moving boxes pass over the others.
        if (!item->isRegion())
            item->setZValue(5);
    }
    m_delta = QPointF();
    m_state = State::Moving;
    scene()->setHoveredItem(nullptr);
    m_view->setToolCursor(Qt::ClosedHandCursor);
    // What moves is painted once into a cache of device pixels and then only copied, step
    // after step: the components, and the connections whose two ends both move (translated
    // whole). Connections with one end left behind are drawn again on every step.
    QSet<const QGraphicsItem *> moving;
    m_carried.clear();
    m_stretched.clear();
    for (const QString &id : std::as_const(m_movingList)) {
        moving.insert(scene()->componentItem(id));
        for (ConnectionItem *c : scene()->connectionsOf(id)) {
            if (moving.contains(c))
                continue;
            moving.insert(c);
            if (m_moving.contains(c->from()) && m_moving.contains(c->to())) {
                m_carried << c;
            } else {
                m_stretched << c;
            }
        }
    }
    // The picture of what stands still first: it must not fill the caches of what moves.
    m_view->beginDragLayer(moving);
    for (const QString &id : std::as_const(m_movingList))
        scene()->componentItem(id)->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    for (ConnectionItem *c : std::as_const(m_carried))
        c->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void SelectTool::updateMove(const QPointF &scenePos, bool snap)
{
    const QPointF anchor = m_start.value(m_pressedId);
    QPointF target = anchor + (scenePos - m_pressPos);
    if (snap)
        target = scene()->snapped(target);
    const QPointF delta = target - anchor;
    if (delta == m_delta)
        return;
    m_delta = delta;
    m_view->refreshDragLayer();
    for (auto it = m_start.cbegin(); it != m_start.cend(); ++it) {
        if (ComponentItem *item = scene()->componentItem(it.key()))
            item->setPreviewPos(it.value() + delta);
    }
    for (ConnectionItem *c : std::as_const(m_carried))
        c->setPos(delta);
    for (ConnectionItem *c : std::as_const(m_stretched))
        c->updateGeometry();

    const ComponentItem *pressed = scene()->componentItem(m_pressedId);
    ComponentItem *target_region = nullptr;
    if (pressed && !pressed->isRegion()) {
        const QString region = dropRegionFor(pressed);
        const Component *c = document()->component(m_pressedId);
        if (!region.isEmpty() && c && region != c->parent)
            target_region = scene()->componentItem(region);
    }
    setDropTarget(target_region);
}

QString SelectTool::dropRegionFor(const ComponentItem *item) const
{
    if (!kindInfo(item->kind()).regional)
        return {};
    const QPointF center = item->rect().center();
    // Moving regions carry their children: they are not targets during the move.
    const ComponentItem *best = nullptr;
    for (const QString &id : scene()->regionIds()) {
        if (m_moving.contains(id))
            continue;
        const ComponentItem *region = scene()->componentItem(id);
        if (!region->rect().contains(center))
            continue;
        const QRectF r = region->rect();
        if (!best || r.width() * r.height() <= best->rect().width() * best->rect().height())
            best = region;
    }
    return best ? best->id() : QString();
}

void SelectTool::setDropTarget(ComponentItem *region)
{
    if (m_dropTarget == region)
        return;
    if (m_view->hasDragLayer()) {
        // The regions are in the picture of what stands still: the target is drawn over it.
        if (m_dropTarget)
            updateOverlay(m_dropTarget->rect().adjusted(-6, -6, 6, 6));
        m_dropTarget = region;
        if (region)
            updateOverlay(region->rect().adjusted(-6, -6, 6, 6));
        return;
    }
    if (m_dropTarget)
        m_dropTarget->setHighlight(ComponentItem::Highlight::None);
    m_dropTarget = region;
    if (region)
        region->setHighlight(ComponentItem::Highlight::DropTarget);
}

void SelectTool::commitMove()
{
    const QPointF delta = m_delta;
    QHash<QString, QPointF> positions;
    QHash<QString, QStringList> reparented;  // new parent → ids
    QHash<QString, QPointF> unchanged;       // positions of those that keep their parent
    for (const QString &id : std::as_const(m_movingList)) {
        const Component *c = document()->component(id);
        const ComponentItem *item = scene()->componentItem(id);
        if (!c || !item)
            continue;
        const QPointF pos = m_start.value(id) + delta;
        positions.insert(id, pos);
        QString parent = c->parent;
        if (!item->isRegion() && !m_moving.contains(c->parent))
            parent = dropRegionFor(item);
        if (parent != c->parent)
            reparented[parent] << id;
        else
            unchanged.insert(id, pos);
    }
    endMove();
    if (delta.isNull() && reparented.isEmpty())
        return;

    const int dragId = m_view->nextDragId();
    if (reparented.isEmpty()) {
        document()->moveComponents(positions, dragId);
        return;
    }
    if (reparented.size() == 1 && unchanged.isEmpty()) {
        const auto it = reparented.cbegin();
        document()->reparentComponents(it.value(), it.key(), positions);
        return;
    }
    // Components that land in different regions: still one gesture, one entry.
    QUndoStack *stack = document()->undoStack();
    stack->beginMacro(SelectText::tr("Move %n component(s)", nullptr, static_cast<int>(positions.size())));
    document()->moveComponents(unchanged, 0);
    for (auto it = reparented.cbegin(); it != reparented.cend(); ++it) {
        QHash<QString, QPointF> own;
        for (const QString &id : it.value())
            own.insert(id, positions.value(id));
        document()->reparentComponents(it.value(), it.key(), own);
    }
    stack->endMacro();
}

void SelectTool::endMove()
{
    if (m_view->hasDragLayer()) {
        if (m_dropTarget)
            updateOverlay(m_dropTarget->rect().adjusted(-6, -6, 6, 6));
        m_dropTarget = nullptr;
        m_view->endDragLayer();
    }
    setDropTarget(nullptr);
    // Back in step with the document: a committed move has already updated it; a cancelled
    // or refused one puts the items back.
    for (const QString &id : std::as_const(m_movingList)) {
        if (ComponentItem *item = scene()->componentItem(id)) {
            item->setCacheMode(QGraphicsItem::NoCache);
            item->syncFromModel();
        }
    }
    for (ConnectionItem *c : std::as_const(m_carried)) {
        c->setCacheMode(QGraphicsItem::NoCache);
        c->setPos(QPointF());
    }
    m_carried.clear();
    m_stretched.clear();
    scene()->updateConnectionsOf(m_movingList);
    m_moving.clear();
    m_movingList.clear();
    m_start.clear();
    m_view->setToolCursor(Qt::ArrowCursor);
}

void SelectTool::updateResize(const QPointF &scenePos)
{
    using H = ComponentItem::Handle;
    const QPointF p = scene()->snapped(scenePos);
    QRectF r = m_startRect;
    // The region cannot shrink past its smallest size, nor past its children.
    double maxLeft = r.right() - layout::MinRegionWidth;
    double minRight = r.left() + layout::MinRegionWidth;
    double maxTop = r.bottom() - layout::MinRegionHeight;
    double minBottom = r.top() + layout::MinRegionHeight;
    if (!m_childBounds.isNull()) {
        maxLeft = std::min(maxLeft, m_childBounds.left() - layout::RegionMargin);
        minRight = std::max(minRight, m_childBounds.right() + layout::RegionMargin);
        maxTop = std::min(maxTop, m_childBounds.top() - layout::RegionTitleHeight
                                      - layout::RegionMargin);
        minBottom = std::max(minBottom, m_childBounds.bottom() + layout::RegionMargin);
    }
    if (m_handle == H::Left || m_handle == H::TopLeft || m_handle == H::BottomLeft)
        r.setLeft(std::min(p.x(), maxLeft));
    if (m_handle == H::Right || m_handle == H::TopRight || m_handle == H::BottomRight)
        r.setRight(std::max(p.x(), minRight));
    if (m_handle == H::Top || m_handle == H::TopLeft || m_handle == H::TopRight)
        r.setTop(std::min(p.y(), maxTop));
    if (m_handle == H::Bottom || m_handle == H::BottomLeft || m_handle == H::BottomRight)
        r.setBottom(std::max(p.y(), minBottom));
    m_resized->setPreviewRect(r);
}

void SelectTool::updateRubberBand(const QPointF &scenePos)
{
    const QRectF band = QRectF(m_pressPos, scenePos).normalized();
    if (m_band.isNull()) {
        const QPointF travelled = m_view->mapFromScene(scenePos) - m_pressViewPos;
        if (travelled.manhattanLength() < QApplication::startDragDistance())
            return;
    }
    updateOverlay(m_band | band);
    m_band = band;

    // Boxes touched by the band are taken; a region only when the band holds all of it, so
    // that a band drawn inside a region selects its children.
    QSet<QString> ids = m_baseSelection;
    for (const QString &id : scene()->regionIds()) {
        if (band.contains(scene()->componentItem(id)->rect()))
            ids.insert(id);
    }
    for (const auto &[id, c] : document()->design().components) {
        if (c.kind == ComponentKind::Region)
            continue;
        const ComponentItem *item = scene()->componentItem(id);
        if (item && band.intersects(item->rect()))
            ids.insert(id);
    }
    for (const auto &[id, c] : document()->design().connections) {
        const ConnectionItem *item = scene()->connectionItem(id);
        if (item && item->isVisible() && band.contains(item->line().p1())
            && band.contains(item->line().p2()))
            ids.insert(id);
    }
    document()->setSelection(ids);
}

void SelectTool::paintOverlay(QPainter *painter, const QRectF &)
{
    if (m_state == State::Moving && m_dropTarget && m_view->hasDragLayer()) {
        const QColor color = scene()->theme().dropTarget;
        QColor tint = color;
        tint.setAlpha(30);
        QPen pen(color, 2.5);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(tint);
        painter->drawRoundedRect(m_dropTarget->rect().adjusted(-3, -3, 3, 3), 11, 11);
        return;
    }
    if (m_state != State::RubberBand || m_band.isNull())
        return;
    const QColor color = scene()->theme().selection;
    QColor fill = color;
    fill.setAlpha(40);
    QPen pen(color, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(m_band);
}

}  // namespace continuity
