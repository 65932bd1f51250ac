// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QGraphicsView>
#include <QPixmap>
#include <QSet>
#include <QTransform>

#include <memory>
#include <optional>

class QLineEdit;

namespace continuity {

class CanvasScene;
class CanvasTool;
class ComponentItem;
class ConnectTool;
class PlaceTool;
class SelectTool;

/// The MIME type of a component kind dragged from the palette (the kind's file name as UTF-8).
inline constexpr char KindMimeType[] = "application/x-continuity-kind";
/// The MIME type of copied components and connections (a design fragment as JSON).
inline constexpr char FragmentMimeType[] = "application/x-continuity-fragment+json";

/// The view of a canvas scene: zoom (wheel with Ctrl, keys, fit, 100%), pan (middle button or
/// Space + drag), rubber-band selection, drops from the palette, placing a chosen kind with a
/// click, connecting two components by dragging from one's edge handle to the other, moving,
/// resizing regions and reparenting by dragging into another region. Every gesture is one undo
/// entry on the document.
///
/// Keys handled on the canvas itself: arrows nudge the selection by a grid step (Shift: five),
/// Delete and Backspace delete it, F2 renames the selected component in place, Escape cancels
/// the gesture, then the placement, then the selection; Space held pans. Ctrl+=, Ctrl+- and
/// Ctrl+0 zoom, and the standard copy, cut, paste, select-all and Ctrl+D (duplicate) work when
/// no action of the window claims those keys first.
///
/// A regional component dropped or placed outside every region is added all the same, without
/// a parent: the validator reports it (STR-002) and the user can drag it into a region, which
/// is what they are likely to do next; refusing the drop would lose the gesture.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);
    ~CanvasView() override;

    CanvasScene *canvasScene() const;
    double zoom() const;
    /// Sets the zoom (1 = 100%), clamped to 5%–400%, keeping the scene point under
    /// `viewportAnchor` (the viewport's centre when not given) in place.
    void setZoom(double zoom, std::optional<QPoint> viewportAnchor = std::nullopt);

    /// After this, the next click on the canvas places a component of `kind` there (in the
    /// region under the cursor); nullopt cancels. Escape cancels too.
    void setPlacementKind(std::optional<ComponentKind> kind);
    std::optional<ComponentKind> placementKind() const;

    // ---- For the tools -------------------------------------------------------------------
    /// Adds a component of `kind` where a drop or click at `scenePos` puts it (see
    /// PlaceTool::placementAt) and selects it. Returns its id.
    QString placeComponent(ComponentKind kind, const QPointF &scenePos);
    /// Hands the current press over to the connect tool, starting at `source`.
    void beginConnection(ComponentItem *source, const QPointF &scenePos);
    /// A fresh, non-zero id for the moves of one gesture.
    int nextDragId();
    void setToolCursor(Qt::CursorShape shape);
    /// Repaints the part of the viewport showing `sceneRect` (tool feedback).
    void updateOverlay(const QRectF &sceneRect);
    /// Scrolls when a drag comes near the viewport's border.
    void autoScroll(const QPoint &viewportPos);
    void showStatus(const QString &message);
    /// While items are dragged: what stands still is painted once into a picture of the
    /// viewport, and each frame paints only the `moving` items over it. The picture is taken
    /// again when the view scrolls or zooms under the drag.
    void beginDragLayer(const QSet<const QGraphicsItem *> &moving);
    void refreshDragLayer();
    void endDragLayer();
    bool hasDragLayer() const { return m_dragLayer; }
    /// Drags paint through the layer by default; without it every frame paints every item.
    void setDragLayerEnabled(bool enabled) { m_dragLayerEnabled = enabled; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomReset();        ///< 100%
    void centerOnItems(const QStringList &ids);

    // Edit actions on the document's selection; each is one undo entry.
    void copySelection();
    void cutSelection();
    void paste();            ///< at the cursor, or offset from the copied items
    void duplicateSelection();
    void deleteSelection();
    void selectAll();
    void alignSelection(Qt::Alignment alignment);  ///< Left, Right, Top, Bottom, HCenter, VCenter
    /// Connects the two selected components (kind inferred); does nothing unless exactly two
    /// components are selected and they can be connected.
    void connectSelection();
    /// Edits the name of a component in place, on the canvas (F2, double click).
    void renameInPlace(const QString &id);

signals:
    void zoomChanged(double zoom);
    /// A context menu was asked for on these items (empty: the background) at a global position.
    void contextMenuRequested(const QStringList &ids, const QPoint &globalPos);
    void placementFinished();
    /// Something the user should read in the status bar (why a gesture did nothing).
    void statusMessage(const QString &message);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CanvasTool *activeTool() const;
    QStringList selectedComponentIds() const;
    void nudgeSelection(QPointF delta, bool repeated);
    void pasteFragment(Design fragment, QPointF offset);
    QString itemIdAt(const QPointF &scenePos) const;
    void finishRename(bool commit);
    void drawRegionNames(QPainter *painter, const QRectF &rect);
    void captureStillLayer();
    void drawEmptyHint(QPainter *painter);

    std::unique_ptr<SelectTool> m_selectTool;
    std::unique_ptr<ConnectTool> m_connectTool;
    std::unique_ptr<PlaceTool> m_placeTool;
    CanvasTool *m_gesture = nullptr;  ///< a tool that owns the current press, if not the active
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    int m_dragId = 0;
    int m_nudgeDragId = 0;
    int m_pasteCount = 0;
    QByteArray m_lastPasted;
    QLineEdit *m_renameEditor = nullptr;
    QString m_renamedId;
    bool m_showsEmptyHint = false;
    bool m_dragLayerEnabled = true;
    bool m_dragLayer = false;
    bool m_stillStale = false;
    bool m_capturingStill = false;
    QSet<const QGraphicsItem *> m_movingItems;
    QPixmap m_still;               ///< the viewport without the moving items, device pixels
    QTransform m_stillTransform;   ///< the viewport transform the picture was taken with
};

}  // namespace continuity
