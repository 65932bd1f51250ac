// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "widgets/canvas/canvastool.h"

#include <QString>

#include <optional>
#include <utility>

namespace continuity {

class ComponentItem;

/// Draws a connection: from a component's port to another component, released there. The
/// direction and kind follow from the two kinds (a drag from a cluster to its gateway makes
/// gateway → cluster); the target lights up green where a connection is possible and red where
/// not. Releasing elsewhere, or Escape, makes nothing.
class ConnectTool : public CanvasTool
{
public:
    explicit ConnectTool(CanvasView *view);

    /// Starts a connection at `source`.
    void begin(ComponentItem *source, const QPointF &scenePos);

    void mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    void mouseRelease(QMouseEvent *event, const QPointF &scenePos) override;
    bool cancel() override;
    bool isBusy() const override { return m_source != nullptr; }
    void paintOverlay(QPainter *painter, const QRectF &exposed) override;

    /// The ends of a connection between `a` and `b` in the direction a connection kind
    /// allows, or nullopt when none does.
    static std::optional<std::pair<QString, QString>> orderedEnds(const Document &document,
                                                                  const QString &a,
                                                                  const QString &b);

private:
    QRectF overlayRect() const;
    void setTarget(ComponentItem *target);
    void finish();

    ComponentItem *m_source = nullptr;
    ComponentItem *m_target = nullptr;
    bool m_targetValid = false;
    QPointF m_end;
};

}  // namespace continuity
