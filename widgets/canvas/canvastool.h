// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace continuity {

class CanvasScene;
class CanvasView;
class Document;

/// A way of handling the mouse on the canvas. The view forwards its viewport's mouse events,
/// with the position mapped to the scene, to the active tool; the tool turns a gesture into
/// previews on the items while it lasts and into one document intent when it ends.
class CanvasTool
{
public:
    explicit CanvasTool(CanvasView *view);
    virtual ~CanvasTool();
    CanvasTool(const CanvasTool &) = delete;
    CanvasTool &operator=(const CanvasTool &) = delete;

    virtual void mousePress(QMouseEvent *event, const QPointF &scenePos);
    /// Also called without buttons held, for hover feedback.
    virtual void mouseMove(QMouseEvent *event, const QPointF &scenePos);
    virtual void mouseRelease(QMouseEvent *event, const QPointF &scenePos);
    /// Abandons a gesture in progress, leaving the document as it was. True when there was one.
    virtual bool cancel();
    /// True while a gesture is in progress (a button is held).
    virtual bool isBusy() const;
    /// Called when the tool stops receiving events.
    virtual void deactivate();
    /// Draws the tool's feedback (rubber band, connector, ghost) over the scene, in scene
    /// coordinates.
    virtual void paintOverlay(QPainter *painter, const QRectF &exposed);

protected:
    CanvasScene *scene() const;
    Document *document() const;
    /// Schedules a repaint of the part of the scene an overlay covered or will cover.
    void updateOverlay(const QRectF &sceneRect) const;

    CanvasView *m_view;
};

}  // namespace continuity
