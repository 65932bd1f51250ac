// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "widgets/canvas/canvastool.h"

#include <QString>

#include <optional>

namespace continuity {

class ComponentItem;

/// Where a component of a kind lands when placed at a point: its rectangle and its parent.
struct Placement {
    QRectF rect;
    QString parent;  ///< the region that receives it; empty for global kinds and outside regions
};

/// Places components of a chosen kind: a ghost follows the pointer, snapped to the grid, and
/// the region that would receive it lights up; a click adds the component there (Shift keeps
/// the tool for another). Also computes placements for drops from the palette.
class PlaceTool : public CanvasTool
{
public:
    explicit PlaceTool(CanvasView *view);

    void setKind(std::optional<ComponentKind> kind);
    std::optional<ComponentKind> kind() const { return m_kind; }

    void mousePress(QMouseEvent *event, const QPointF &scenePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    void deactivate() override;
    void paintOverlay(QPainter *painter, const QRectF &exposed) override;

    /// Shows the ghost of `kind` at `scenePos` (a drag from the palette over the canvas);
    /// nullopt hides it.
    void showGhost(std::optional<ComponentKind> kind, const QPointF &scenePos);

    /// Where a component of `kind` placed at `scenePos` goes. A regional kind goes into the
    /// region under the point, kept inside its content area; outside every region it is
    /// placed all the same, without a parent (the validator then reports it). Global kinds and
    /// regions never get a parent, even over a region.
    static Placement placementAt(const CanvasScene &scene, ComponentKind kind,
                                 const QPointF &scenePos);

private:
    void setGhost(std::optional<ComponentKind> kind, const QPointF &scenePos);

    std::optional<ComponentKind> m_kind;
    std::optional<ComponentKind> m_ghostKind;
    Placement m_ghost;
    ComponentItem *m_target = nullptr;
};

}  // namespace continuity
