// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QGraphicsView>

#include <optional>

namespace continuity {

class CanvasScene;

/// The MIME type of a component kind dragged from the palette (the kind's file name as UTF-8).
inline constexpr char KindMimeType[] = "application/x-continuity-kind";
/// The MIME type of copied components and connections (a design fragment as JSON).
inline constexpr char FragmentMimeType[] = "application/x-continuity-fragment+json";

/// The view of a canvas scene: zoom (wheel with Ctrl, keys, fit, 100%), pan (middle button or
/// Space + drag), rubber-band selection, drops from the palette, placing a chosen kind with a
/// click, connecting two components by dragging from one's edge handle to the other, moving,
/// resizing regions and reparenting by dragging into another region. Every gesture is one undo
/// entry on the document.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);
    ~CanvasView() override;

    CanvasScene *canvasScene() const;
    double zoom() const;

    /// After this, the next click on the canvas places a component of `kind` there (in the
    /// region under the cursor); nullopt cancels. Escape cancels too.
    void setPlacementKind(std::optional<ComponentKind> kind);
    std::optional<ComponentKind> placementKind() const;

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

signals:
    void zoomChanged(double zoom);
    /// A context menu was asked for on these items (empty: the background) at a global position.
    void contextMenuRequested(const QStringList &ids, const QPoint &globalPos);
    void placementFinished();
};

}  // namespace continuity
