// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QGraphicsScene>
#include <QHash>

namespace continuity {

class Document;
class LiveValidator;
class ComponentItem;
class ConnectionItem;

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

private:
    struct Private;
    Document *m_document;
    LiveValidator *m_validator;
    QHash<QString, ComponentItem *> m_components;
    QHash<QString, ConnectionItem *> m_connections;
    bool m_showFindings = true;
    int m_gridSize = 20;
    bool m_snap = true;
};

}  // namespace continuity
