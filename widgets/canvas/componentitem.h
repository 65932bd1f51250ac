// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/validation/finding.h"

#include <QGraphicsItem>
#include <QStaticText>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuity {

class CanvasScene;

/// The item of one component: a box with the kind's icon, the name and a one-line summary, or,
/// for a region, a resizable container with a title band (name, location, zones).
///
/// It holds the component's id and pulls its state from the document (syncFromModel); it never
/// writes the design. Tools may show a gesture's outcome before it is committed
/// (setPreviewPos, setPreviewRect); the next syncFromModel puts the item back in step with the
/// document. The item's position is the component's top-left in scene coordinates, as in the
/// file. Labels are drawn as plain text only.
class ComponentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    /// Below this zoom, items are drawn without text and icons; the view names the regions.
    static constexpr double DetailZoom = 0.35;

    /// What a tool wants the item to show about a gesture in progress.
    enum class Highlight { None, DropTarget, ConnectSource, ConnectValid, ConnectInvalid };

    /// The parts of a region's border that resize it.
    enum class Handle {
        None, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left
    };

    ComponentItem(CanvasScene *scene, const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    ComponentKind kind() const { return m_kind; }
    bool isRegion() const { return m_kind == ComponentKind::Region; }

    /// The name as shown: exactly the component's name (the kind's label when it has none).
    const QString &label() const { return m_name; }
    /// The summary line under the name ("4 nodes · stopped", "GZRS · 100 GB").
    const QString &detail() const { return m_detail; }
    /// For regions: the location as shown ("East US 2 · zones 1 2 3").
    const QString &locationText() const { return m_location; }
    /// Drops the laid-out labels if they are still those of `serial` (see
    /// CanvasScene::noteTextLaidOut); they are laid out again when next painted.
    void releaseText(quint64 serial);
    /// Whether the labels are laid out, ready to draw.
    bool labelsLaidOut() const { return !m_textDirty; }
    /// The rich-text-free tooltip: kind, name, summary and findings, HTML-escaped.
    QString toolTipHtml() const;

    /// The area the component covers, in scene coordinates.
    QRectF rect() const { return QRectF(pos(), m_size); }
    QSizeF size() const { return m_size; }

    /// Pulls name, kind, geometry and properties from the document.
    void syncFromModel();
    /// Pulls the findings of this component from the validator.
    void syncFindings();
    /// The worst severity among this component's findings (nullopt: none, or findings hidden).
    std::optional<Severity> severity() const { return m_severity; }
    int findingCount() const { return m_findingCount; }

    /// Moves the item without touching the document (a drag in progress).
    void setPreviewPos(const QPointF &topLeft);
    /// Moves and resizes the item without touching the document (a resize in progress).
    void setPreviewRect(const QRectF &rect);

    void setHighlight(Highlight highlight);
    Highlight highlight() const { return m_highlight; }
    void setHovered(bool hovered);
    bool isHovered() const { return m_hovered; }

    /// The resize handle of a region under `scenePos`, for a view at `viewScale`; None for
    /// other kinds and away from the border.
    Handle handleAt(const QPointF &scenePos, double viewScale) const;
    /// True where `scenePos` is on a region's title band or border: where a press grabs the
    /// region rather than starting a rubber band inside it.
    bool isRegionGrip(const QPointF &scenePos, double viewScale) const;
    /// The port (edge midpoint) of a component near `scenePos`, where a drag starts a
    /// connection; nullopt elsewhere and for regions.
    std::optional<QPointF> portAt(const QPointF &scenePos, double viewScale) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void paintComponent(QPainter *painter, double lod);
    void paintRegion(QPainter *painter, double lod);
    void paintBadge(QPainter *painter, const QPointF &center, double lod);
    void layoutText();
    QColor outlineColor() const;

    CanvasScene *m_scene;
    QString m_id;
    ComponentKind m_kind = ComponentKind::Region;
    QString m_name;
    QString m_detail;
    QString m_location;
    QSizeF m_size;
    bool m_stopped = false;
    std::optional<Severity> m_severity;
    int m_findingCount = 0;
    Highlight m_highlight = Highlight::None;
    bool m_hovered = false;
    // The texts as laid out for painting: for a component the name in at most two lines and
    // the summary; for a region the title and the location. Computed when first painted, since
    // a large design's items are built long before most of them are seen, and kept while the
    // item is among those the scene last laid out, since laying out text costs more than
    // drawing it (and a laid-out label some 500 bytes).
    struct Text {
        QStaticText text;
        QPointF pos;
        int font = 0;  ///< 0 name, 1 detail, 2 title, 3 location
    };
    std::vector<Text> m_texts;
    int m_nameLines = 0;
    bool m_textDirty = true;
    quint64 m_textSerial = 0;  ///< the scene's stamp of the last layout
};

}  // namespace continuity
