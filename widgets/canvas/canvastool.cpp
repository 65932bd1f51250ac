// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/canvastool.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"

namespace continuity {

CanvasTool::CanvasTool(CanvasView *view)
    : m_view(view)
{
}

CanvasTool::~CanvasTool() = default;

void CanvasTool::mousePress(QMouseEvent *, const QPointF &) {}
void CanvasTool::mouseMove(QMouseEvent *, const QPointF &) {}
void CanvasTool::mouseRelease(QMouseEvent *, const QPointF &) {}

bool CanvasTool::cancel()
{
    return false;
}

bool CanvasTool::isBusy() const
{
    return false;
}

void CanvasTool::deactivate() {}

void CanvasTool::paintOverlay(QPainter *, const QRectF &) {}

CanvasScene *CanvasTool::scene() const
{
    return m_view->canvasScene();
}

Document *CanvasTool::document() const
{
    return m_view->canvasScene()->document();
}

void CanvasTool::updateOverlay(const QRectF &sceneRect) const
{
    if (!sceneRect.isNull())
        m_view->updateOverlay(sceneRect);
}

}  // namespace continuity
