// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/canvas/canvastool.h"
#include "widgets/canvas/componentitem.h"

#include <QHash>
#include <QPoint>
#include <QSet>
#include <QString>
#include <QStringList>

#include <Qt>

namespace continuity {

class ConnectionItem;

/// The default tool: click to select (Ctrl or Shift adds and removes), drag items to move
/// them (snapped to the grid, Alt for free placement; a region takes its children along; a
/// component dropped in another region moves into it), drag a selected region's border to
/// resize it, drag on the background or inside a region for a rubber band. A drag from a
/// component's port (or with Alt on a component) hands over to the ConnectTool.
class SelectTool : public CanvasTool
{
public:
    explicit SelectTool(CanvasView *view);

    void mousePress(QMouseEvent *event, const QPointF &scenePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    void mouseRelease(QMouseEvent *event, const QPointF &scenePos) override;
    bool cancel() override;
    bool isBusy() const override { return m_state != State::Idle; }
    void deactivate() override;
    void paintOverlay(QPainter *painter, const QRectF &exposed) override;

private:
    enum class State { Idle, Pressed, Moving, Resizing, RubberBand };

    void hover(const QPointF &scenePos);
    void pressOnItem(const QString &id, bool toggle);
    void beginMove();
    void updateMove(const QPointF &scenePos, bool snap);
    void commitMove();
    void endMove();
    void updateResize(const QPointF &scenePos);
    void updateRubberBand(const QPointF &scenePos);
    QString dropRegionFor(const ComponentItem *item) const;
    void setDropTarget(ComponentItem *region);

    State m_state = State::Idle;
    QPointF m_pressPos;
    QPoint m_pressViewPos;
    bool m_toggle = false;
    QString m_pressedId;
    bool m_pressedWasSelected = false;
    // Moving
    QHash<QString, QPointF> m_start;  ///< top-left of every moving component at the press
    QSet<QString> m_moving;
    QStringList m_movingList;
    QPointF m_delta;
    QList<ConnectionItem *> m_carried;    ///< both ends move: translated whole, cached
    QList<ConnectionItem *> m_stretched;  ///< one end moves: drawn again on every step
    ComponentItem *m_dropTarget = nullptr;
    // Resizing
    ComponentItem *m_resized = nullptr;
    ComponentItem::Handle m_handle = ComponentItem::Handle::None;
    QRectF m_startRect;
    QRectF m_childBounds;
    // Rubber band
    QRectF m_band;
    QString m_pressedRegion;
    QSet<QString> m_baseSelection;
};

}  // namespace continuity
