// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/connecttool.h"

#include "model/document.h"
#include "model/kinds.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/componentitem.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>

namespace continuity {

namespace {

// Translated in the "ConnectTool" context; lupdate reads the qualified calls.
struct ConnectText {
    Q_DECLARE_TR_FUNCTIONS(ConnectTool)
};

}  // namespace

ConnectTool::ConnectTool(CanvasView *view)
    : CanvasTool(view)
{
}

std::optional<std::pair<QString, QString>> ConnectTool::orderedEnds(const Document &document,
                                                                    const QString &a,
                                                                    const QString &b)
{
    const Component *ca = document.component(a);
    const Component *cb = document.component(b);
    if (!ca || !cb || a == b)
        return std::nullopt;
    if (inferConnectionKind(ca->kind, cb->kind))
        return std::make_pair(a, b);
    if (inferConnectionKind(cb->kind, ca->kind))
        return std::make_pair(b, a);
    return std::nullopt;
}

void ConnectTool::begin(ComponentItem *source, const QPointF &scenePos)
{
    m_source = source;
    m_end = scenePos;
    m_source->setHighlight(ComponentItem::Highlight::ConnectSource);
    scene()->setHoveredItem(nullptr);
    m_view->setToolCursor(Qt::CrossCursor);
    updateOverlay(overlayRect());
}

QRectF ConnectTool::overlayRect() const
{
    if (!m_source)
        return {};
    const double pad = 16 / std::max(m_view->zoom(), 0.05);
    return QRectF(m_source->rect().center(), m_end).normalized().adjusted(-pad, -pad, pad, pad);
}

void ConnectTool::mouseMove(QMouseEvent *event, const QPointF &scenePos)
{
    if (!m_source)
        return;
    const QRectF before = overlayRect();
    m_end = scenePos;
    ComponentItem *target = scene()->componentAt(scenePos);
    setTarget(target == m_source ? nullptr : target);
    updateOverlay(before | overlayRect());
    m_view->autoScroll(event->position().toPoint());
}

void ConnectTool::setTarget(ComponentItem *target)
{
    if (target == m_target)
        return;
    if (m_target)
        m_target->setHighlight(ComponentItem::Highlight::None);
    m_target = target;
    m_targetValid = target && orderedEnds(*document(), m_source->id(), target->id());
    if (target)
        target->setHighlight(m_targetValid ? ComponentItem::Highlight::ConnectValid
                                           : ComponentItem::Highlight::ConnectInvalid);
}

void ConnectTool::mouseRelease(QMouseEvent *event, const QPointF &)
{
    if (!m_source || event->button() != Qt::LeftButton)
        return;
    const QString source = m_source->id();
    const QString target = m_target ? m_target->id() : QString();
    finish();
    if (target.isEmpty())
        return;
    const auto ends = orderedEnds(*document(), source, target);
    const Component *a = document()->component(source);
    const Component *b = document()->component(target);
    if (!ends) {
        m_view->showStatus(ConnectText::tr("%1 and %2 cannot be connected: no connection kind joins a %3 "
                              "and a %4.")
                               .arg(a->name, b->name, kindLabel(a->kind), kindLabel(b->kind)));
        return;
    }
    for (const QString &id : document()->connectionsOf(ends->first)) {
        const Connection *c = document()->connection(id);
        if (c && c->from == ends->first && c->to == ends->second) {
            m_view->showStatus(ConnectText::tr("%1 and %2 are already connected.").arg(a->name, b->name));
            document()->setSelection({id});
            return;
        }
    }
    const QString id = document()->connectComponents(ends->first, ends->second);
    if (!id.isEmpty())
        document()->setSelection({id});
}

bool ConnectTool::cancel()
{
    if (!m_source)
        return false;
    finish();
    return true;
}

void ConnectTool::finish()
{
    updateOverlay(overlayRect());
    setTarget(nullptr);
    if (m_source)
        m_source->setHighlight(ComponentItem::Highlight::None);
    m_source = nullptr;
    m_view->setToolCursor(Qt::ArrowCursor);
}

void ConnectTool::paintOverlay(QPainter *painter, const QRectF &)
{
    if (!m_source)
        return;
    const CanvasTheme &t = scene()->theme();
    const QColor color = m_target ? (m_targetValid ? t.valid : t.invalid) : t.selection;
    const QPointF start = m_source->rect().center();
    const QPointF end = m_target && m_targetValid ? m_target->rect().center() : m_end;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 2, Qt::DashLine, Qt::RoundCap);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(start, end);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const double r = 4 / std::max(m_view->zoom(), 0.05);
    painter->drawEllipse(end, r, r);
}

}  // namespace continuity
