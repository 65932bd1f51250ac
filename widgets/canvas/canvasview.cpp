// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/canvas/canvasview.h"

#include "model/document.h"
#include "model/kinds.h"
#include "model/layout.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/clipboard.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/canvas/connecttool.h"
#include "widgets/canvas/placetool.h"
#include "widgets/canvas/selecttool.h"

#include <QClipboard>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>

#include <atomic>
#include <cmath>

namespace continuity {

namespace {

constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 4.0;
constexpr double ZoomStep = 1.25;
// Fit never magnifies a small design past 100%: boxes at 300% read as a mistake.
constexpr double MaxFitZoom = 1.0;
constexpr int AutoScrollMargin = 24;

std::optional<ComponentKind> kindFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(KindMimeType)))
        return std::nullopt;
    return componentKindFromString(
        QString::fromUtf8(data->data(QString::fromLatin1(KindMimeType))).trimmed());
}

}  // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_selectTool(std::make_unique<SelectTool>(this))
    , m_connectTool(std::make_unique<ConnectTool>(this))
    , m_placeTool(std::make_unique<PlaceTool>(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // Dragging many items with long connectors dirties rectangles all over the viewport; one
    // bounding repaint costs less than many small ones (measured, see the canvas notes).
    setViewportUpdateMode(BoundingRectViewportUpdate);
    // The dotted grid costs more to draw than a whole frame of items: it is drawn once per zoom
    // level and scrolled.
    setCacheMode(CacheBackground);
    setOptimizationFlags(DontAdjustForAntialiasing);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Design canvas"));
    setAccessibleDescription(tr("The regions, components and connections of the design"));
    // The hint on an empty canvas comes and goes with the first component.
    const auto emptinessMayChange = [this] {
        const bool empty = canvasScene()->document()->design().components.empty();
        if (empty != m_showsEmptyHint) {
            m_showsEmptyHint = empty;
            viewport()->update();
        }
    };
    Document *doc = scene->document();
    m_showsEmptyHint = doc->design().components.empty();
    connect(doc, &Document::componentsAdded, this, emptinessMayChange);
    connect(doc, &Document::componentsRemoved, this, emptinessMayChange);
    connect(doc, &Document::designReset, this, emptinessMayChange);
}

CanvasView::~CanvasView() = default;

CanvasScene *CanvasView::canvasScene() const
{
    return static_cast<CanvasScene *>(scene());
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(double zoom, std::optional<QPoint> viewportAnchor)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    const QPoint anchor = viewportAnchor.value_or(viewport()->rect().center());
    const QPointF sceneAnchor = mapToScene(anchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the point under the anchor where it was on screen.
    const QPointF drift = sceneAnchor - mapToScene(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                    + static_cast<int>(std::lround(drift.x() * zoom)));
    verticalScrollBar()->setValue(verticalScrollBar()->value()
                                  + static_cast<int>(std::lround(drift.y() * zoom)));
    emit zoomChanged(zoom);
}

void CanvasView::setPlacementKind(std::optional<ComponentKind> kind)
{
    if (kind == m_placeTool->kind())
        return;
    if (kind) {
        m_selectTool->deactivate();
        m_placeTool->setKind(kind);
        setToolCursor(Qt::CrossCursor);
        const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
        if (viewport()->rect().contains(cursor))
            m_placeTool->showGhost(kind, mapToScene(cursor));
        return;
    }
    m_placeTool->setKind(std::nullopt);
    m_placeTool->deactivate();
    setToolCursor(Qt::ArrowCursor);
    emit placementFinished();
}

std::optional<ComponentKind> CanvasView::placementKind() const
{
    return m_placeTool->kind();
}

CanvasTool *CanvasView::activeTool() const
{
    if (m_gesture)
        return m_gesture;
    if (m_placeTool->kind())
        return m_placeTool.get();
    return m_selectTool.get();
}

// ---- For the tools -------------------------------------------------------------------------

QString CanvasView::placeComponent(ComponentKind kind, const QPointF &scenePos)
{
    const Placement placement = PlaceTool::placementAt(*canvasScene(), kind, scenePos);
    Document *doc = canvasScene()->document();
    const QString id = doc->addComponent(kind, placement.rect.topLeft(), placement.parent);
    if (id.isEmpty())
        return id;
    doc->setSelection({id});
    if (kindInfo(kind).regional && placement.parent.isEmpty())
        showStatus(tr("%1 is outside every region: drag it into a region.").arg(kindLabel(kind)));
    return id;
}

void CanvasView::beginConnection(ComponentItem *source, const QPointF &scenePos)
{
    m_gesture = m_connectTool.get();
    m_connectTool->begin(source, scenePos);
}

int CanvasView::nextDragId()
{
    // Shared by every view: two views on one document must never merge each other's drags.
    static std::atomic<int> counter{0x10000};
    return ++counter;
}

void CanvasView::setToolCursor(Qt::CursorShape shape)
{
    if (m_spaceHeld || m_panning)
        return;
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
}

void CanvasView::updateOverlay(const QRectF &sceneRect)
{
    viewport()->update(mapFromScene(sceneRect).boundingRect().adjusted(-3, -3, 3, 3));
}

void CanvasView::autoScroll(const QPoint &viewportPos)
{
    const QRect r = viewport()->rect();
    const auto step = [](int distance) { return std::clamp(AutoScrollMargin - distance, 0, 24); };
    const int dx = step(viewportPos.x() - r.left()) > 0 ? -step(viewportPos.x() - r.left())
                                                        : step(r.right() - viewportPos.x());
    const int dy = step(viewportPos.y() - r.top()) > 0 ? -step(viewportPos.y() - r.top())
                                                       : step(r.bottom() - viewportPos.y());
    if (dx)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    if (dy)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
}

void CanvasView::showStatus(const QString &message)
{
    emit statusMessage(message);
}

// ---- Zoom --------------------------------------------------------------------------------------

void CanvasView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void CanvasView::zoomToFit()
{
    const QRectF bounds = canvasScene()->itemsBoundingRect();
    if (bounds.isNull()) {
        zoomReset();
        return;
    }
    const QRectF padded = bounds.adjusted(-40, -40, 40, 40);
    const QSizeF room = viewport()->size();
    setZoom(std::min({room.width() / padded.width(), room.height() / padded.height(),
                      MaxFitZoom}));
    centerOn(padded.center());
}

void CanvasView::zoomReset()
{
    setZoom(1.0);
}

void CanvasView::centerOnItems(const QStringList &ids)
{
    const QRectF bounds = canvasScene()->itemsBoundingRect(ids);
    if (bounds.isNull())
        return;
    const QRectF padded = bounds.adjusted(-60, -60, 60, 60);
    const QSizeF room = QSizeF(viewport()->size()) / zoom();
    // Zoom out only as far as needed to show them all; never zoom in.
    if (padded.width() > room.width() || padded.height() > room.height())
        setZoom(std::min(viewport()->width() / padded.width(),
                         viewport()->height() / padded.height()));
    centerOn(padded.center());
}

// ---- Edit actions ------------------------------------------------------------------------------

QStringList CanvasView::selectedComponentIds() const
{
    QStringList ids;
    const Document *doc = canvasScene()->document();
    for (const QString &id : doc->selectedIds()) {
        if (doc->component(id))
            ids << id;
    }
    return ids;
}

void CanvasView::copySelection()
{
    const QStringList ids = canvasScene()->document()->selectedIds();
    const Design fragment = clipboard::fragmentOf(*canvasScene(), ids);
    if (fragment.components.empty())
        return;
    QGuiApplication::clipboard()->setMimeData(clipboard::toMimeData(fragment).release());
}

void CanvasView::cutSelection()
{
    copySelection();
    deleteSelection();
}

void CanvasView::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    std::optional<Design> fragment = clipboard::fromMimeData(mime);
    if (!fragment) {
        showStatus(tr("The clipboard holds no components."));
        return;
    }
    const QByteArray key = mime->data(QString::fromLatin1(FragmentMimeType));
    m_pasteCount = key == m_lastPasted ? m_pasteCount + 1 : 1;
    m_lastPasted = key;

    const QPointF origin = clipboard::fragmentOrigin(*fragment);
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    QPointF offset;
    if (viewport()->rect().contains(cursor) && isVisible()) {
        offset = canvasScene()->snapped(mapToScene(cursor)) - origin;
    } else {
        // Each paste of the same copy lands one step further, so that copies never hide
        // each other or the original.
        const double step = 2.0 * canvasScene()->gridSize() * m_pasteCount;
        offset = QPointF(step, step);
    }
    pasteFragment(std::move(*fragment), offset);
}

void CanvasView::duplicateSelection()
{
    Design fragment = clipboard::fragmentOf(*canvasScene(), canvasScene()->document()
                                                                ->selectedIds());
    if (fragment.components.empty())
        return;
    const double step = 2.0 * canvasScene()->gridSize();
    pasteFragment(std::move(fragment), QPointF(step, step));
}

void CanvasView::pasteFragment(Design fragment, QPointF offset)
{
    // A pasted component belongs to the region it lands in, as if it had been dropped there.
    for (auto &[id, c] : fragment.components) {
        if (fragment.components.count(c.parent))
            continue;
        if (!kindInfo(c.kind).regional) {
            c.parent.clear();
            continue;
        }
        const QRectF landed = layout::componentRect(c).translated(offset);
        c.parent = canvasScene()->regionAt(landed.center());
    }
    const QStringList ids = canvasScene()->document()->pasteFragment(fragment, offset);
    if (ids.isEmpty())
        return;
    const QRectF bounds = canvasScene()->itemsBoundingRect(ids);
    if (!mapToScene(viewport()->rect()).boundingRect().contains(bounds))
        centerOnItems(ids);
}

void CanvasView::deleteSelection()
{
    canvasScene()->document()->removeSelection();
}

void CanvasView::selectAll()
{
    Document *doc = canvasScene()->document();
    QSet<QString> ids;
    for (const auto &[id, c] : doc->design().components)
        ids.insert(id);
    for (const auto &[id, c] : doc->design().connections)
        ids.insert(id);
    doc->setSelection(ids);
}

void CanvasView::alignSelection(Qt::Alignment alignment)
{
    Document *doc = canvasScene()->document();
    const QStringList ids = selectedComponentIds();
    if (ids.size() < 2)
        return;
    const QRectF bounds = canvasScene()->itemsBoundingRect(ids);
    const QSet<QString> selected(ids.cbegin(), ids.cend());
    QHash<QString, QPointF> positions;
    for (const QString &id : ids) {
        const QRectF r = canvasScene()->componentItem(id)->rect();
        QPointF p = r.topLeft();
        if (alignment & Qt::AlignLeft)
            p.setX(bounds.left());
        else if (alignment & Qt::AlignRight)
            p.setX(bounds.right() - r.width());
        else if (alignment & Qt::AlignHCenter)
            p.setX(bounds.center().x() - r.width() / 2);
        if (alignment & Qt::AlignTop)
            p.setY(bounds.top());
        else if (alignment & Qt::AlignBottom)
            p.setY(bounds.bottom() - r.height());
        else if (alignment & Qt::AlignVCenter)
            p.setY(bounds.center().y() - r.height() / 2);
        positions.insert(id, p);
        // A region takes its children along, unless they are aligned themselves.
        const QPointF delta = p - r.topLeft();
        for (const QString &child : doc->childrenOf(id)) {
            if (!selected.contains(child) && canvasScene()->componentItem(child))
                positions.insert(child, canvasScene()->componentItem(child)->pos() + delta);
        }
    }
    doc->moveComponents(positions);
}

void CanvasView::connectSelection()
{
    Document *doc = canvasScene()->document();
    const QStringList ids = selectedComponentIds();
    if (ids.size() != 2) {
        showStatus(tr("Select two components to connect them."));
        return;
    }
    const auto ends = ConnectTool::orderedEnds(*doc, ids[0], ids[1]);
    if (!ends) {
        const Component *a = doc->component(ids[0]);
        const Component *b = doc->component(ids[1]);
        showStatus(tr("No connection kind joins a %1 and a %2.")
                       .arg(kindLabel(a->kind), kindLabel(b->kind)));
        return;
    }
    const QString id = doc->connectComponents(ends->first, ends->second);
    if (!id.isEmpty())
        doc->setSelection({id});
}

void CanvasView::nudgeSelection(QPointF delta, bool repeated)
{
    Document *doc = canvasScene()->document();
    const QStringList ids = selectedComponentIds();
    if (ids.isEmpty())
        return;
    // Holding an arrow key is one gesture: its repeats merge into one undo entry.
    if (!repeated || m_nudgeDragId == 0)
        m_nudgeDragId = nextDragId();
    QHash<QString, QPointF> positions;
    for (const QString &id : ids) {
        positions.insert(id, canvasScene()->componentItem(id)->pos() + delta);
        for (const QString &child : doc->childrenOf(id)) {
            if (const ComponentItem *item = canvasScene()->componentItem(child))
                positions.insert(child, item->pos() + delta);
        }
    }
    doc->moveComponents(positions, m_nudgeDragId);
}

// ---- In-place rename ---------------------------------------------------------------------------

void CanvasView::renameInPlace(const QString &id)
{
    const ComponentItem *item = canvasScene()->componentItem(id);
    if (!item)
        return;
    finishRename(false);
    const Component *c = canvasScene()->document()->component(id);
    const QRectF r = item->rect();
    const QRectF area = item->isRegion()
        ? QRectF(r.left() + 36, r.top() + 6, r.width() - 44, 28)
        : QRectF(r.left() + 4, r.top() + 36, r.width() - 8, 28);
    QRect geometry = mapFromScene(area).boundingRect();
    geometry.setHeight(std::max(geometry.height(), fontMetrics().height() + 8));
    geometry.setWidth(std::max(geometry.width(), 160));
    m_renamedId = id;
    m_renameEditor = new QLineEdit(viewport());
    m_renameEditor->setMaxLength(200);
    m_renameEditor->setText(c ? c->name : QString());
    m_renameEditor->selectAll();
    m_renameEditor->setGeometry(geometry);
    m_renameEditor->setAccessibleName(tr("Name"));
    m_renameEditor->installEventFilter(this);
    QLineEdit *editor = m_renameEditor;
    connect(editor, &QLineEdit::editingFinished, this, [this, editor] {
        if (editor == m_renameEditor)
            finishRename(true);
    });
    m_renameEditor->show();
    m_renameEditor->setFocus();
}

void CanvasView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr;
    const QString text = editor->text();
    editor->hide();
    editor->deleteLater();
    if (commit)
        canvasScene()->document()->renameComponent(m_renamedId, text);
    setFocus();
}

bool CanvasView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            finishRename(true);
            return false;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

// ---- Events ------------------------------------------------------------------------------------

QString CanvasView::itemIdAt(const QPointF &scenePos) const
{
    if (const ComponentItem *c = canvasScene()->componentAt(scenePos))
        return c->id();
    if (const ConnectionItem *k = canvasScene()->connectionAt(scenePos))
        return k->id();
    return canvasScene()->regionAt(scenePos);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    finishRename(true);
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton && !m_placeTool->kind())
        return;
    activeTool()->mousePress(event, mapToScene(event->position().toPoint()));
    event->accept();
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_spaceHeld)
        return;
    activeTool()->mouseMove(event, mapToScene(pos));
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton) {
            m_panning = false;
            viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        }
        return;
    }
    activeTool()->mouseRelease(event, mapToScene(event->position().toPoint()));
    if (m_gesture && !m_gesture->isBusy())
        m_gesture = nullptr;
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_placeTool->kind() || m_spaceHeld) {
        mousePressEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    if (const ComponentItem *c = canvasScene()->componentAt(p)) {
        renameInPlace(c->id());
        return;
    }
    const ComponentItem *region = canvasScene()->componentItem(canvasScene()->regionAt(p));
    if (region && region->isRegionGrip(p, zoom())) {
        renameInPlace(region->id());
        return;
    }
    mousePressEvent(event);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(zoom() * std::pow(ZoomStep, delta / 120.0), event->position().toPoint());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                        - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat() && !activeTool()->isBusy()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_gesture && m_gesture->cancel()) {
            m_gesture = nullptr;
        } else if (activeTool()->cancel()) {
        } else if (m_placeTool->kind()) {
            setPlacementKind(std::nullopt);
        } else {
            canvasScene()->document()->setSelection({});
        }
        event->accept();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        event->accept();
        return;
    case Qt::Key_F2: {
        const QStringList ids = selectedComponentIds();
        if (ids.size() == 1)
            renameInPlace(ids.first());
        event->accept();
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (selectedComponentIds().isEmpty())
            break;  // Arrows scroll the view when nothing is selected.
        const double step = (event->modifiers() & Qt::ShiftModifier ? 5 : 1)
            * canvasScene()->gridSize();
        const QPointF delta = event->key() == Qt::Key_Left    ? QPointF(-step, 0)
                              : event->key() == Qt::Key_Right ? QPointF(step, 0)
                              : event->key() == Qt::Key_Up    ? QPointF(0, -step)
                                                              : QPointF(0, step);
        nudgeSelection(delta, event->isAutoRepeat());
        event->accept();
        return;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            zoomReset();
            return;
        }
        break;
    case Qt::Key_D:
        if (ctrl) {
            duplicateSelection();
            return;
        }
        break;
    default:
        break;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::Cut)) {
        cutSelection();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
    } else {
        QGraphicsView::keyPressEvent(event);
    }
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::leaveEvent(QEvent *event)
{
    canvasScene()->setHoveredItem(nullptr);
    if (m_placeTool->kind())
        m_placeTool->showGhost(std::nullopt, {});
    QGraphicsView::leaveEvent(event);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_placeTool->kind()) {
        setPlacementKind(std::nullopt);
        event->accept();
        return;
    }
    Document *doc = canvasScene()->document();
    const QString id = itemIdAt(mapToScene(event->pos()));
    // As in file managers: the menu acts on the item under the pointer, selecting it first
    // unless it belongs to the selection already.
    if (!id.isEmpty() && !doc->selection().contains(id))
        doc->setSelection({id});
    emit contextMenuRequested(id.isEmpty() ? QStringList() : doc->selectedIds(),
                              event->globalPos());
    event->accept();
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    const std::optional<ComponentKind> kind = kindFromMime(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    m_placeTool->showGhost(kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    const std::optional<ComponentKind> kind = kindFromMime(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    m_placeTool->showGhost(kind, mapToScene(event->position().toPoint()));
    autoScroll(event->position().toPoint());
    event->acceptProposedAction();
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_placeTool->showGhost(std::nullopt, {});
    event->accept();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const std::optional<ComponentKind> kind = kindFromMime(event->mimeData());
    m_placeTool->showGhost(std::nullopt, {});
    if (!kind) {
        event->ignore();
        return;
    }
    placeComponent(*kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus();
}

void CanvasView::beginDragLayer(const QSet<const QGraphicsItem *> &moving)
{
    if (!m_dragLayerEnabled)
        return;
    m_movingItems = moving;
    m_dragLayer = true;
    // The background is part of the picture; the view's own cache of it would only be copied
    // under the picture on every frame.
    setCacheMode(CacheNone);
    captureStillLayer();
}

void CanvasView::refreshDragLayer()
{
    if (m_dragLayer && m_stillStale)
        captureStillLayer();
}

void CanvasView::endDragLayer()
{
    if (!m_dragLayer)
        return;
    m_dragLayer = false;
    m_stillStale = false;
    m_movingItems.clear();
    m_still = QPixmap();
    canvasScene()->setPaintLayer(CanvasScene::PaintLayer::All);
    setCacheMode(CacheBackground);
    resetCachedContent();
    viewport()->update();
}

void CanvasView::captureStillLayer()
{
    const qreal dpr = viewport()->devicePixelRatioF();
    QPixmap still(viewport()->size() * dpr);
    still.setDevicePixelRatio(dpr);
    canvasScene()->setPaintLayer(CanvasScene::PaintLayer::Still, m_movingItems);
    m_capturingStill = true;
    {
        QPainter painter(&still);
        painter.setRenderHints(renderHints());
        render(&painter, QRectF(QPointF(), QSizeF(viewport()->size())), viewport()->rect(),
               Qt::IgnoreAspectRatio);
    }
    m_capturingStill = false;
    m_still = std::move(still);
    m_stillTransform = viewportTransform();
    m_stillStale = false;
    canvasScene()->setPaintLayer(CanvasScene::PaintLayer::Moving, m_movingItems);
    viewport()->update();
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Each frame starts here: the scene sizes its cache of laid-out labels by the last one.
    canvasScene()->beginFrame();
    if (m_dragLayer && !m_capturingStill) {
        if (!m_stillStale && viewportTransform() == m_stillTransform
            && m_still.deviceIndependentSize().toSize() == viewport()->size()) {
            // Whatever the frame exposes comes from the picture of what stands still.
            const qreal dpr = m_still.devicePixelRatio();
            const QRect target = mapFromScene(rect).boundingRect().adjusted(-2, -2, 2, 2)
                & viewport()->rect();
            painter->save();
            painter->resetTransform();
            painter->drawPixmap(QRectF(target), m_still,
                                QRectF(QPointF(target.topLeft()) * dpr,
                                       QSizeF(target.size()) * dpr));
            painter->restore();
            return;
        }
        // Scrolled or zoomed under the drag: this frame paints everything, and the next move
        // takes a new picture.
        m_stillStale = true;
        canvasScene()->setPaintLayer(CanvasScene::PaintLayer::All);
    }
    const CanvasTheme &t = canvasScene()->theme();
    painter->fillRect(rect, t.canvas);
    // Dots on the grid; coarser as the view zooms out, so that they never turn into a haze.
    double step = canvasScene()->gridSize();
    const double scale = zoom();
    while (step * scale < 12)
        step *= 5;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QList<QPointF> dots;
    dots.reserve(static_cast<qsizetype>((rect.width() / step + 2) * (rect.height() / step + 2)));
    for (double x = left; x <= rect.right(); x += step) {
        for (double y = top; y <= rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    // Single-pixel dots without antialiasing: round 2-pixel dots cost ten times more.
    QPen pen(t.grid, 1);
    pen.setCosmetic(true);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
    painter->restore();
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (m_capturingStill)
        return;  // overlays and region names are drawn live over the picture
    if (m_showsEmptyHint)
        drawEmptyHint(painter);
    if (zoom() < ComponentItem::DetailZoom)
        drawRegionNames(painter, rect);
    m_selectTool->paintOverlay(painter, rect);
    m_connectTool->paintOverlay(painter, rect);
    m_placeTool->paintOverlay(painter, rect);
}

void CanvasView::drawEmptyHint(QPainter *painter)
{
    // What to do first, in the middle of an empty canvas: it goes with the first component.
    const CanvasTheme &t = canvasScene()->theme();
    painter->save();
    painter->resetTransform();
    const QRectF box = QRectF(viewport()->rect()).adjusted(40, 40, -40, -40);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    QFont body = font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    const QFontMetricsF tfm(title);
    const QFontMetricsF bfm(body);
    const QString heading = tr("An empty design");
    const QString text = tr("Drag a region from the palette onto the canvas, then clusters, "
                            "gateways and data services into it; Front Door and Traffic "
                            "Manager stay outside regions. Or start from a reference "
                            "architecture: File ▸ New from Template (Ctrl+Shift+N).");
    const double width = std::min(box.width(), 46 * bfm.averageCharWidth());
    const QRectF textRect = bfm.boundingRect(QRectF(0, 0, width, 1e6),
                                             Qt::AlignHCenter | Qt::TextWordWrap, text);
    const double height = tfm.height() + 10 + textRect.height();
    const double top = box.center().y() - height / 2;
    painter->setPen(t.text);
    painter->setFont(title);
    painter->drawText(QRectF(box.left(), top, box.width(), tfm.height()), Qt::AlignHCenter,
                      heading);
    painter->setPen(t.mutedText);
    painter->setFont(body);
    painter->drawText(QRectF(box.center().x() - width / 2, top + tfm.height() + 10, width,
                             textRect.height()),
                      Qt::AlignHCenter | Qt::TextWordWrap, text);
    painter->restore();
}

void CanvasView::drawRegionNames(QPainter *painter, const QRectF &rect)
{
    // Zoomed out, boxes are tiles without text: the regions' names, large and over everything,
    // are what the user navigates by, as on a map.
    const CanvasTheme &t = canvasScene()->theme();
    const double scale = zoom();
    QFont font = this->font();
    font.setBold(true);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const QString &id : canvasScene()->regionIds()) {
        const ComponentItem *region = canvasScene()->componentItem(id);
        const QRectF r = region->rect();
        if (!r.intersects(rect))
            continue;
        const double screenWidth = r.width() * scale;
        const double pixels = std::clamp(screenWidth / 8, 9.0, 22.0);
        font.setPixelSize(std::max(1, static_cast<int>(pixels / scale)));
        const QFontMetricsF fm(font);
        const QString text = fm.elidedText(region->label(), Qt::ElideRight, r.width() * 0.9);
        const double w = fm.horizontalAdvance(text) + 12 / scale;
        const double h = fm.height() + 4 / scale;
        const QRectF box(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
        QColor back = t.canvas;
        back.setAlpha(200);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(box, h / 2, h / 2);
        painter->setFont(font);
        painter->setPen(t.text);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->restore();
}

}  // namespace continuity
