// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/simulation/drill.h"
#include "widgets/canvas/canvastheme.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>
#include <utility>

namespace continuity {

class Document;
class LiveValidator;
class ComponentItem;
class ConnectionItem;

/// What the canvas shows of a failure drill (DrillPanel::viewChanged).
using DrillOverlay = DrillView;

/// The scene of a design: one item per component and connection, keyed by id. It observes the
/// document (and the validator, for finding badges) and never writes the design itself: the
/// tools and the view turn gestures into document intents. Selection mirrors the document's.
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(Document *document, LiveValidator *validator = nullptr,
                         QObject *parent = nullptr);
    ~CanvasScene() override;

    Document *document() const { return m_document; }
    LiveValidator *validator() const { return m_validator; }

    ComponentItem *componentItem(const QString &id) const;
    ConnectionItem *connectionItem(const QString &id) const;
    /// The region whose area contains `scenePos` (innermost, topmost), or an empty string.
    QString regionAt(const QPointF &scenePos) const;
    /// The bounding rectangle of the given components (all when empty), in scene coordinates.
    QRectF itemsBoundingRect(const QStringList &ids = {}) const;

    /// Whether finding badges and colours are drawn (exports may turn them off).
    void setShowFindings(bool show);
    bool showFindings() const { return m_showFindings; }

    int gridSize() const { return m_gridSize; }
    void setGridSize(int size);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap);
    QPointF snapped(const QPointF &p) const;

    // ---- For the items, tools and exports ------------------------------------------------
    /// The colours in use; follows the scene's palette (setPalette, or the application's).
    const CanvasTheme &theme() const;
    /// The fonts in use; follow the scene's font.
    const CanvasFonts &fonts() const;
    /// Where a component is drawn: its stored position and size, or, where the file left them
    /// out, the place layoutMissingPositions gives it.
    QRectF displayRect(const Component &component) const;
    /// The region ids, in stacking order (bottom first).
    QStringList regionIds() const;
    /// The topmost component (not region) item at `scenePos`, or nullptr.
    ComponentItem *componentAt(const QPointF &scenePos) const;
    /// The topmost connection item whose line passes near `scenePos`, or nullptr.
    ConnectionItem *connectionAt(const QPointF &scenePos) const;
    /// The connections attached to a component.
    QList<ConnectionItem *> connectionsOf(const QString &componentId) const;
    /// Makes the connections of these components follow their items (during a drag).
    void updateConnectionsOf(const QStringList &componentIds);
    /// The position of a connection among those joining the same two components (0-based), and
    /// their number, so that parallel connections are drawn side by side.
    std::pair<int, int> parallelIndex(const ConnectionItem *item) const;
    /// The connections between the same two components as `item` (itself included).
    QList<ConnectionItem *> parallelTo(const ConnectionItem *item) const;
    /// Components keep their laid-out labels (some 2 KiB each) while they are among the last
    /// MaxLaidOutLabels laid out, or twice as many as the last frame drew if that is more (a
    /// large screen at the smallest zoom that draws labels shows thousands): a view never lays
    /// out again what it keeps showing, and a large design's labels do not fill the memory.
    static constexpr int MaxLaidOutLabels = 1500;
    /// Called by a component that laid out its labels; returns the stamp of that layout. The
    /// labels of the component laid out longest ago are released when there are too many.
    quint64 noteTextLaidOut(const QString &componentId);
    /// Called by a component that drew its labels.
    void noteLabelsDrawn() { ++m_labelsThisFrame; }
    /// Called by a view as it starts painting a frame.
    void beginFrame();
    /// The component item under the pointer (shows its ports), or nullptr.
    void setHoveredItem(ComponentItem *item);
    ComponentItem *hoveredItem() const;
    /// The ids of the selected items, as the document holds them.
    QStringList selectedIds() const;
    /// The rectangle that the view may scroll over: the design with room around it.
    QRectF workingRect() const;

    /// Paints a drill over the design: failed items struck out, the live traffic connections
    /// highlighted with their share, the items that take over marked. Paint only: the design
    /// and its items do not change.
    void setDrillOverlay(const DrillOverlay &overlay);
    void clearDrillOverlay();

    /// Which items paint. While a drag is under way the view paints what stands still once
    /// (Still) and then, on every frame, only what moves (Moving) over that picture.
    enum class PaintLayer { All, Still, Moving };
    void setPaintLayer(PaintLayer layer, QSet<const QGraphicsItem *> moving = {});
    PaintLayer paintLayer() const { return m_paintLayer; }
    /// Whether `item` paints in the current layer (items call this first in paint()).
    bool paints(const QGraphicsItem *item) const
    {
        return m_paintLayer == PaintLayer::All
            || m_moving.contains(item) == (m_paintLayer == PaintLayer::Moving);
    }

protected:
    bool event(QEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild();
    void addComponentItems(const QStringList &ids);
    void removeComponentItems(const QStringList &ids);
    void changeComponentItems(const QStringList &ids, int what);
    void addConnectionItems(const QStringList &ids);
    void removeConnectionItems(const QStringList &ids);
    void changeConnectionItems(const QStringList &ids);
    void syncFindings(const QStringList &ids);
    void selectionFromDocument();
    void selectionToDocument();
    void scheduleSceneRectUpdate();
    void updateSceneRect();
    void computeFallbackGeometry();

    struct Private;
    std::unique_ptr<Private> d;
    Document *m_document;
    LiveValidator *m_validator;
    QHash<QString, ComponentItem *> m_components;
    int m_labelsThisFrame = 0;
    int m_labelCap = MaxLaidOutLabels;
    QHash<QString, ConnectionItem *> m_connections;
    bool m_showFindings = true;
    int m_gridSize = 20;
    bool m_snap = true;
    QGraphicsItem *m_drillOverlay = nullptr;
    PaintLayer m_paintLayer = PaintLayer::All;
    QSet<const QGraphicsItem *> m_moving;
};

}  // namespace continuity
