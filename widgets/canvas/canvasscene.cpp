// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/canvasscene.h"

#include "model/document.h"
#include "model/layout.h"
#include "model/validation/validator.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/connectionitem.h"

#include <QEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <deque>

namespace continuity {

namespace {

std::pair<QString, QString> endsOf(const ConnectionItem *item)
{
    return item->from() < item->to() ? std::make_pair(item->from(), item->to())
                                     : std::make_pair(item->to(), item->from());
}

}  // namespace

struct CanvasScene::Private {
    CanvasTheme theme;
    CanvasFonts fonts;
    // Where components without a stored position are drawn (see displayRect).
    QHash<QString, QRectF> fallback;
    // The components that laid out their labels, oldest first, with the stamp of each layout.
    std::deque<std::pair<QString, quint64>> laidOut;
    quint64 layoutSerial = 0;
    QList<ComponentItem *> regions;
    ComponentItem *hovered = nullptr;
    // Set while the scene itself changes selection flags, so that the change does not travel
    // back to the document.
    bool syncingSelection = false;
    bool sceneRectPending = false;
    bool sceneRectSet = false;
};

CanvasScene::CanvasScene(Document *document, LiveValidator *validator, QObject *parent)
    : QGraphicsScene(parent)
    , d(std::make_unique<Private>())
    , m_document(document)
    , m_validator(validator)
{
    // Connectors that span the canvas make every cell of a BSP tree hold them: moving one item
    // then re-files hundreds of long lines. Without an index a drag of 100 items among 5,000
    // stays within a frame (figures in the canvas notes of the change that chose this).
    setItemIndexMethod(NoIndex);
    d->theme = CanvasTheme::fromPalette(palette());
    d->fonts = CanvasFonts::fromFont(font());

    connect(document, &Document::componentsAdded, this, &CanvasScene::addComponentItems);
    connect(document, &Document::componentsRemoved, this, &CanvasScene::removeComponentItems);
    connect(document, &Document::componentsChanged, this,
            [this](const QStringList &ids, ComponentChanges what) {
                changeComponentItems(ids, static_cast<int>(what));
            });
    connect(document, &Document::connectionsAdded, this, &CanvasScene::addConnectionItems);
    connect(document, &Document::connectionsRemoved, this, &CanvasScene::removeConnectionItems);
    connect(document, &Document::connectionsChanged, this, &CanvasScene::changeConnectionItems);
    connect(document, &Document::designReset, this, &CanvasScene::rebuild);
    connect(document, &Document::selectionChanged, this, &CanvasScene::selectionFromDocument);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::selectionToDocument);
    if (validator)
        connect(validator, &LiveValidator::findingsChanged, this, &CanvasScene::syncFindings);
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items refer to the scene's private data while they are deleted.
    d->syncingSelection = true;
    clear();
}

ComponentItem *CanvasScene::componentItem(const QString &id) const
{
    return m_components.value(id);
}

ConnectionItem *CanvasScene::connectionItem(const QString &id) const
{
    return m_connections.value(id);
}

QString CanvasScene::regionAt(const QPointF &scenePos) const
{
    const ComponentItem *best = nullptr;
    double bestArea = 0;
    for (const ComponentItem *region : d->regions) {
        const QRectF r = region->rect();
        if (!r.contains(scenePos))
            continue;
        const double area = r.width() * r.height();
        // Innermost first; among equals the one stacked later, which is drawn on top.
        if (!best || area <= bestArea) {
            best = region;
            bestArea = area;
        }
    }
    return best ? best->id() : QString();
}

QRectF CanvasScene::itemsBoundingRect(const QStringList &ids) const
{
    QRectF bounds;
    if (ids.isEmpty()) {
        for (const ComponentItem *item : m_components)
            bounds |= item->rect();
        return bounds;
    }
    for (const QString &id : ids) {
        if (const ComponentItem *item = m_components.value(id))
            bounds |= item->rect();
        else if (const ConnectionItem *c = m_connections.value(id); c && c->isVisible())
            bounds |= QRectF(c->line().p1(), c->line().p2()).normalized();
    }
    return bounds;
}

void CanvasScene::setShowFindings(bool show)
{
    if (m_showFindings == show)
        return;
    m_showFindings = show;
    update();
}

void CanvasScene::setGridSize(int size)
{
    m_gridSize = std::max(1, size);
    invalidate(QRectF(), BackgroundLayer);
}

void CanvasScene::setSnapToGrid(bool snap)
{
    m_snap = snap;
}

QPointF CanvasScene::snapped(const QPointF &p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / m_gridSize) * m_gridSize,
                   std::round(p.y() / m_gridSize) * m_gridSize);
}

const CanvasTheme &CanvasScene::theme() const
{
    return d->theme;
}

const CanvasFonts &CanvasScene::fonts() const
{
    return d->fonts;
}

QRectF CanvasScene::displayRect(const Component &component) const
{
    const bool placed = component.pos
        && (component.kind != ComponentKind::Region || component.size);
    if (!placed) {
        const auto it = d->fallback.constFind(component.id);
        if (it != d->fallback.cend())
            return *it;
    }
    return layout::componentRect(component);
}

QStringList CanvasScene::regionIds() const
{
    QStringList ids;
    for (const ComponentItem *region : d->regions)
        ids << region->id();
    return ids;
}

ComponentItem *CanvasScene::componentAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape,
                                              Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == ComponentItem::Type) {
            auto *c = static_cast<ComponentItem *>(item);
            if (!c->isRegion())
                return c;
        }
    }
    return nullptr;
}

ConnectionItem *CanvasScene::connectionAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape,
                                              Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == ConnectionItem::Type && item->isVisible())
            return static_cast<ConnectionItem *>(item);
    }
    return nullptr;
}

QList<ConnectionItem *> CanvasScene::connectionsOf(const QString &componentId) const
{
    // The document indexes connections by their ends; the scene keeps no copy of that index.
    QList<ConnectionItem *> items;
    for (const QString &id : m_document->connectionsOf(componentId)) {
        if (ConnectionItem *c = m_connections.value(id))
            items << c;
    }
    return items;
}

void CanvasScene::updateConnectionsOf(const QStringList &componentIds)
{
    for (const QString &id : componentIds) {
        for (const QString &connection : m_document->connectionsOf(id)) {
            if (ConnectionItem *c = m_connections.value(connection))
                c->updateGeometry();
        }
    }
}

void CanvasScene::setPaintLayer(PaintLayer layer, QSet<const QGraphicsItem *> moving)
{
    m_paintLayer = layer;
    m_moving = layer == PaintLayer::All ? QSet<const QGraphicsItem *>() : std::move(moving);
}

QList<ConnectionItem *> CanvasScene::parallelTo(const ConnectionItem *item) const
{
    // Found among the connections of the end that has fewer rather than kept in a table of
    // pairs, which would cost some 100 bytes a connection: a hub such as Front Door may have
    // thousands, its other end a few.
    const QStringList fromIds = m_document->connectionsOf(item->from());
    const QStringList toIds = m_document->connectionsOf(item->to());
    const QStringList &ids = toIds.size() < fromIds.size() ? toIds : fromIds;
    QList<ConnectionItem *> same;
    if (ids.size() < 2) {
        if (ConnectionItem *self = m_connections.value(item->id()))
            same << self;
        return same;
    }
    for (const QString &id : ids) {
        ConnectionItem *c = m_connections.value(id);
        if (c
            && ((c->from() == item->from() && c->to() == item->to())
                || (c->from() == item->to() && c->to() == item->from())))
            same << c;
    }
    return same;
}

void CanvasScene::beginFrame()
{
    m_labelCap = std::max(MaxLaidOutLabels, 2 * m_labelsThisFrame);
    m_labelsThisFrame = 0;
}

quint64 CanvasScene::noteTextLaidOut(const QString &componentId)
{
    d->laidOut.emplace_back(componentId, ++d->layoutSerial);
    while (d->laidOut.size() > std::size_t(m_labelCap)) {
        const auto [id, serial] = d->laidOut.front();
        d->laidOut.pop_front();
        // A component laid out again since has a later stamp, and one deleted is not found.
        if (ComponentItem *item = m_components.value(id))
            item->releaseText(serial);
    }
    return d->layoutSerial;
}

std::pair<int, int> CanvasScene::parallelIndex(const ConnectionItem *item) const
{
    const QList<ConnectionItem *> same = parallelTo(item);
    if (same.size() < 2)
        return {0, 1};
    int index = 0;
    for (const ConnectionItem *c : same) {
        if (c->id() < item->id())
            ++index;
    }
    return {index, static_cast<int>(same.size())};
}

void CanvasScene::setHoveredItem(ComponentItem *item)
{
    if (d->hovered == item)
        return;
    if (d->hovered)
        d->hovered->setHovered(false);
    d->hovered = item;
    if (item)
        item->setHovered(true);
}

ComponentItem *CanvasScene::hoveredItem() const
{
    return d->hovered;
}

QStringList CanvasScene::selectedIds() const
{
    return m_document->selectedIds();
}

QRectF CanvasScene::workingRect() const
{
    QRectF bounds = itemsBoundingRect();
    if (bounds.isNull())
        bounds = QRectF(0, 0, 800, 600);
    // Room to drag things out and to place new regions beside the design.
    return bounds.adjusted(-1500, -1200, 1500, 1200);
}

bool CanvasScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        d->theme = CanvasTheme::fromPalette(palette());
        invalidate(QRectF(), AllLayers);
        update();
    } else if (event->type() == QEvent::FontChange) {
        d->fonts = CanvasFonts::fromFont(font());
        for (ComponentItem *item : std::as_const(m_components))
            item->syncFromModel();
        for (ConnectionItem *item : std::as_const(m_connections))
            item->updateGeometry();
    }
    return QGraphicsScene::event(event);
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    QString html;
    const QPointF p = event->scenePos();
    if (const ComponentItem *c = componentAt(p))
        html = c->toolTipHtml();
    else if (const ConnectionItem *k = connectionAt(p))
        html = k->toolTipHtml();
    else if (const ComponentItem *r = componentItem(regionAt(p)))
        html = r->toolTipHtml();
    if (html.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), html, event->widget());
    event->setAccepted(!html.isEmpty());
}

// ---- Following the document -----------------------------------------------------------------

void CanvasScene::rebuild()
{
    d->syncingSelection = true;
    d->hovered = nullptr;
    d->laidOut.clear();
    d->regions.clear();
    m_components.clear();
    m_connections.clear();
    m_drillOverlay = nullptr;  // clear() deletes it with the rest
    clear();
    computeFallbackGeometry();
    d->sceneRectSet = false;
    const Design &design = m_document->design();
    m_components.reserve(static_cast<qsizetype>(design.components.size()));
    m_connections.reserve(static_cast<qsizetype>(design.connections.size()));
    for (const auto &[id, c] : design.components) {
        auto *item = new ComponentItem(this, id);
        m_components.insert(id, item);
        if (item->isRegion())
            d->regions << item;
        addItem(item);
    }
    for (const auto &[id, c] : design.connections) {
        auto *item = new ConnectionItem(this, id);
        m_connections.insert(id, item);
        addItem(item);
    }
    // Parallel connections are known only once all are attached.
    for (ConnectionItem *item : std::as_const(m_connections)) {
        if (parallelIndex(item).second > 1)
            item->updateGeometry();
    }
    d->syncingSelection = false;
    selectionFromDocument();
    updateSceneRect();
}

void CanvasScene::computeFallbackGeometry()
{
    d->fallback.clear();
    const Design &design = m_document->design();
    if (!hasMissingPositions(design))
        return;
    Design placed = design;
    layoutMissingPositions(placed);
    for (const auto &[id, c] : design.components) {
        if (!c.pos || (c.kind == ComponentKind::Region && !c.size))
            d->fallback.insert(id, layout::componentRect(placed.components.at(id)));
    }
}

void CanvasScene::addComponentItems(const QStringList &ids)
{
    if (!d->fallback.isEmpty() || hasMissingPositions(m_document->design()))
        computeFallbackGeometry();
    for (const QString &id : ids) {
        if (m_components.contains(id))
            continue;
        auto *item = new ComponentItem(this, id);
        m_components.insert(id, item);
        if (item->isRegion())
            d->regions << item;
        addItem(item);
    }
    // Connections that named these ids while they were missing now have both ends.
    updateConnectionsOf(ids);
    scheduleSceneRectUpdate();
}

void CanvasScene::removeComponentItems(const QStringList &ids)
{
    d->syncingSelection = true;
    for (const QString &id : ids) {
        ComponentItem *item = m_components.take(id);
        if (!item)
            continue;
        if (d->hovered == item)
            d->hovered = nullptr;
        d->regions.removeOne(item);
        removeItem(item);
        delete item;
    }
    d->syncingSelection = false;
    updateConnectionsOf(ids);
    if (!d->fallback.isEmpty())
        computeFallbackGeometry();
    scheduleSceneRectUpdate();
}

void CanvasScene::changeComponentItems(const QStringList &ids, int what)
{
    const ComponentChanges changes(what);
    if (!d->fallback.isEmpty()
        && (changes & (ComponentChange::Geometry | ComponentChange::Parent)))
        computeFallbackGeometry();
    QStringList affected = ids;
    if (changes & ComponentChange::Properties) {
        // A region's location decides its children's default zones, shown in their summaries.
        for (const QString &id : ids) {
            const ComponentItem *item = m_components.value(id);
            if (item && item->isRegion())
                affected += m_document->childrenOf(id);
        }
    }
    for (const QString &id : std::as_const(affected)) {
        if (ComponentItem *item = m_components.value(id))
            item->syncFromModel();
    }
    if (changes & ComponentChange::Geometry) {
        updateConnectionsOf(ids);
        scheduleSceneRectUpdate();
    }
}

void CanvasScene::addConnectionItems(const QStringList &ids)
{
    QList<ConnectionItem *> added;
    for (const QString &id : ids) {
        if (m_connections.contains(id))
            continue;
        auto *item = new ConnectionItem(this, id);
        m_connections.insert(id, item);
        addItem(item);
        added << item;
    }
    for (ConnectionItem *item : std::as_const(added)) {
        const QList<ConnectionItem *> siblings = parallelTo(item);
        if (siblings.size() > 1) {
            for (ConnectionItem *sibling : siblings)
                sibling->updateGeometry();
        }
    }
}

void CanvasScene::removeConnectionItems(const QStringList &ids)
{
    d->syncingSelection = true;
    QSet<std::pair<QString, QString>> pairs;
    for (const QString &id : ids) {
        ConnectionItem *item = m_connections.take(id);
        if (!item)
            continue;
        pairs.insert(endsOf(item));
        removeItem(item);
        delete item;
    }
    d->syncingSelection = false;
    // Parallel connections that remain close ranks.
    for (const auto &[from, to] : std::as_const(pairs)) {
        for (ConnectionItem *c : connectionsOf(from)) {
            if (endsOf(c) == std::make_pair(from, to))
                c->updateGeometry();
        }
    }
}

void CanvasScene::changeConnectionItems(const QStringList &ids)
{
    for (const QString &id : ids) {
        ConnectionItem *item = m_connections.value(id);
        if (!item)
            continue;
        item->syncFromModel();
    }
}

void CanvasScene::syncFindings(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (ComponentItem *c = m_components.value(id))
            c->syncFindings();
        else if (ConnectionItem *k = m_connections.value(id))
            k->syncFindings();
    }
}

void CanvasScene::selectionFromDocument()
{
    if (d->syncingSelection)
        return;
    d->syncingSelection = true;
    const QSet<QString> &wanted = m_document->selection();
    const QList<QGraphicsItem *> current = selectedItems();
    for (QGraphicsItem *item : current) {
        const QString id = item->type() == ComponentItem::Type
            ? static_cast<ComponentItem *>(item)->id()
            : static_cast<ConnectionItem *>(item)->id();
        if (!wanted.contains(id))
            item->setSelected(false);
    }
    for (const QString &id : wanted) {
        if (ComponentItem *c = m_components.value(id))
            c->setSelected(true);
        else if (ConnectionItem *k = m_connections.value(id))
            k->setSelected(true);
    }
    d->syncingSelection = false;
}

void CanvasScene::selectionToDocument()
{
    if (d->syncingSelection)
        return;
    QSet<QString> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ComponentItem::Type)
            ids.insert(static_cast<ComponentItem *>(item)->id());
        else if (item->type() == ConnectionItem::Type)
            ids.insert(static_cast<ConnectionItem *>(item)->id());
    }
    d->syncingSelection = true;
    m_document->setSelection(ids);
    d->syncingSelection = false;
}

void CanvasScene::scheduleSceneRectUpdate()
{
    if (d->sceneRectPending)
        return;
    d->sceneRectPending = true;
    QTimer::singleShot(0, this, &CanvasScene::updateSceneRect);
}

void CanvasScene::updateSceneRect()
{
    d->sceneRectPending = false;
    // What the views show stays inside the scene rect: otherwise a scene smaller than the
    // window is centred in it, and the first component dropped on an empty canvas makes
    // everything jump away from the cursor.
    QRectF wanted = workingRect();
    for (const QGraphicsView *view : views())
        wanted |= view->mapToScene(view->viewport()->rect()).boundingRect();
    if (!d->sceneRectSet) {
        d->sceneRectSet = true;
        setSceneRect(wanted);
        return;
    }
    // Grow at once, shrink only when far too large: a scene rect that shrinks under the user
    // makes the view jump while they work near its edge.
    const QRectF current = sceneRect();
    if (!current.contains(wanted))
        setSceneRect(current | wanted);
    else if (current.width() * current.height() > 4 * wanted.width() * wanted.height())
        setSceneRect(wanted);
}

namespace {

/// The drill painted over the design, above every item. It takes no events and has no shape,
/// so that tools, tooltips and hit tests see through it.
class DrillOverlayItem : public QGraphicsItem
{
public:
    explicit DrillOverlayItem(CanvasScene *scene)
        : m_scene(scene)
    {
        setZValue(1e9);
        setAcceptedMouseButtons(Qt::NoButton);
        setFlag(ItemHasNoContents, false);
    }

    void setOverlay(const DrillOverlay &overlay)
    {
        prepareGeometryChange();
        m_overlay = overlay;
        m_bounds = m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (!m_scene->paints(this))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Live traffic: the router edge carries the share; the gateway → cluster edge follows.
        QHash<QString, double> shares;
        for (const TrafficShare &t : m_overlay.traffic) {
            if (!t.connection.isEmpty())
                shares[t.connection] += t.share;
            if (!t.gatewayConnection.isEmpty())
                shares[t.gatewayConnection] += t.share;
        }
        const QColor live(0x1e, 0x88, 0x3c);
        QFont font = m_scene->fonts().label;
        font.setBold(true);
        painter->setFont(font);
        for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
            const ConnectionItem *c = m_scene->connectionItem(it.key());
            if (!c)
                continue;
            painter->setPen(QPen(live, 5, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(c->line());
            const QString text = QStringLiteral("%1 %").arg(std::round(it.value() * 1000) / 10);
            // Short of the middle, where the routing label sits.
            const QPointF mid = c->line().pointAt(0.3);
            QRectF box = painter->fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
            box.moveCenter(mid);
            painter->setPen(Qt::NoPen);
            painter->setBrush(live);
            painter->drawRoundedRect(box, 4, 4);
            painter->setPen(Qt::white);
            painter->drawText(box, Qt::AlignCenter, text);
        }
        const auto rectOf = [this](const QString &id) -> std::optional<QRectF> {
            const ComponentItem *item = m_scene->componentItem(id);
            if (!item)
                return std::nullopt;
            return item->rect();
        };
        const QColor down(0xc6, 0x28, 0x28);
        for (const QString &id : m_overlay.failed) {
            const auto r = rectOf(id);
            if (!r)
                continue;
            const ComponentItem *item = m_scene->componentItem(id);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(down, item->isRegion() ? 4 : 3));
            if (item->isRegion()) {
                painter->drawRect(*r);
                continue;
            }
            painter->setBrush(QColor(down.red(), down.green(), down.blue(), 50));
            painter->drawRect(*r);
            painter->drawLine(r->topLeft(), r->bottomRight());
            painter->drawLine(r->topRight(), r->bottomLeft());
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0xef, 0x6c, 0x00), 3, Qt::DashLine));
        for (const QString &id : m_overlay.degraded) {
            if (const auto r = rectOf(id))
                painter->drawRect(r->adjusted(-3, -3, 3, 3));
        }
        painter->setPen(QPen(live, 4));
        for (const QString &id : m_overlay.takeover) {
            if (const auto r = rectOf(id))
                painter->drawRoundedRect(r->adjusted(-5, -5, 5, 5), 6, 6);
        }
        painter->restore();
    }

private:
    CanvasScene *m_scene;
    DrillOverlay m_overlay;
    QRectF m_bounds;
};

}  // namespace

void CanvasScene::setDrillOverlay(const DrillOverlay &overlay)
{
    if (!m_drillOverlay) {
        m_drillOverlay = new DrillOverlayItem(this);
        addItem(m_drillOverlay);
    }
    static_cast<DrillOverlayItem *>(m_drillOverlay)->setOverlay(overlay);
    m_drillOverlay->update();
}

void CanvasScene::clearDrillOverlay()
{
    delete m_drillOverlay;
    m_drillOverlay = nullptr;
}

}  // namespace continuity
