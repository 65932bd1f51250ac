// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/validation/finding.h"

#include <QGraphicsItem>
#include <QLineF>

#include <optional>

namespace continuity {

class CanvasScene;

/// The item of one connection: a line from the edge of one component's box to the edge of the
/// other's, with an arrow at the target, styled by kind (traffic solid, uses thin dashed,
/// replicates double, protects dotted, manages dash-dotted, egress long-dashed). An edge that
/// leaves a global router is labelled with its priority and weight ("P1 · w50").
///
/// It holds the connection's id and pulls its state from the document; its ends follow the
/// component items (also while they are dragged), not the document. A connection whose end is
/// missing stays in the scene, hidden.
class ConnectionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    ConnectionItem(CanvasScene *scene, const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    /// The effective kind (as written, else inferred); nullopt when the ends allow none.
    std::optional<ConnectionKind> kind() const { return m_kind; }
    /// The routing label ("P1 · w50"), empty on edges that do not leave a global router.
    const QString &label() const { return m_label; }
    /// The drawn line, from the source's border to the target's, in scene coordinates.
    QLineF line() const { return m_line.translated(pos()); }
    QString toolTipHtml() const;

    /// Pulls ends, kind and properties from the document, then follows the ends.
    void syncFromModel();
    /// Follows the current rectangles of the end items.
    void updateGeometry();
    void syncFindings();
    std::optional<Severity> severity() const { return m_severity; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QRectF labelRect() const;

    CanvasScene *m_scene;
    QString m_id;
    QString m_from;
    QString m_to;
    std::optional<ConnectionKind> m_kind;
    QString m_label;
    double m_labelWidth = 0;
    QLineF m_line;
    QRectF m_bounds;
    std::optional<Severity> m_severity;
};

}  // namespace continuity
