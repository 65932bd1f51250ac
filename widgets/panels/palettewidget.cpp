// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/palettewidget.h"

#include "model/kinds.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/icons.h"
#include "widgets/panels/labels.h"
#include "widgets/panels/uiicons.h"

#include <QApplication>
#include <QDrag>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace continuity {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

struct Group {
    const char *title;
    std::vector<ComponentKind> kinds;
};

// The order an architect builds a design in: where traffic enters, what runs it, what it
// keeps, what guards it, what watches and restores it.
const std::vector<Group> &groups()
{
    using K = ComponentKind;
    static const std::vector<Group> all = {
        {QT_TRANSLATE_NOOP("PaletteWidget", "Routing"),
         {K::FrontDoor, K::TrafficManager, K::ApplicationGateway}},
        {QT_TRANSLATE_NOOP("PaletteWidget", "Compute"),
         {K::Region, K::AksCluster, K::ContainerRegistry}},
        {QT_TRANSLATE_NOOP("PaletteWidget", "Data"), {K::Database, K::StorageAccount}},
        {QT_TRANSLATE_NOOP("PaletteWidget", "Security"),
         {K::KeyVault, K::Firewall, K::FirewallPolicy}},
        {QT_TRANSLATE_NOOP("PaletteWidget", "Operations"), {K::LogAnalytics, K::BackupVault}},
    };
    return all;
}

std::optional<ComponentKind> kindOf(const QListWidgetItem *item)
{
    if (!item)
        return std::nullopt;
    const QVariant v = item->data(KindRole);
    if (!v.isValid())
        return std::nullopt;
    return static_cast<ComponentKind>(v.toInt());
}

// Drags carry the kind's file name under the canvas's MIME type, with the kind's icon as the
// drag image so that the user sees what will land.
class PaletteList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(KindMimeType)}; }

    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        const std::optional<ComponentKind> kind = items.isEmpty() ? std::nullopt
                                                                  : kindOf(items.first());
        if (!kind)
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(KindMimeType), toString(*kind).toUtf8());
        mime->setText(kindLabel(*kind));
        return mime;
    }

    void startDrag(Qt::DropActions) override
    {
        QListWidgetItem *item = currentItem();
        const std::optional<ComponentKind> kind = kindOf(item);
        if (!kind)
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(mimeData({item}));
        const int side = 40;
        drag->setPixmap(kindIcon(*kind).pixmap(QSize(side, side), devicePixelRatioF()));
        drag->setHotSpot(QPoint(side / 2, side / 2));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }
};

}  // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new PaletteList(this))
{
    setObjectName(QStringLiteral("palette"));
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setAccessibleName(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(ActionIcon::Search), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    m_list->setIconSize(QSize(24, 24));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Component palette"));
    m_list->installEventFilter(this);

    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    groupFont.setPointSizeF(groupFont.pointSizeF() * 0.92);
    const QString howTo = tr("Drag onto the canvas, or click here and then on the canvas. "
                             "Enter or a double click adds it in the middle of the view.");
    for (const Group &group : groups()) {
        // Group titles cannot be selected or reached with the keyboard: they only label.
        auto *header = new QListWidgetItem(
            QCoreApplication::translate("PaletteWidget", group.title).toUpper(), m_list);
        header->setFont(groupFont);
        header->setFlags(Qt::NoItemFlags);
        header->setSizeHint(QSize(0, 26));
        for (ComponentKind kind : group.kinds) {
            auto *item = new QListWidgetItem(kindIcon(kind), kindLabel(kind), m_list);
            item->setData(KindRole, static_cast<int>(kind));
            const QString where = kindInfo(kind).regional ? tr("Placed inside a region.")
                                                          : tr("Global: placed outside regions.");
            item->setToolTip(QStringLiteral("%1\n%2\n\n%3")
                                 .arg(kindDescription(kind), where, howTo));
            item->setSizeHint(QSize(0, 30));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(m_list, &QListWidget::itemClicked, this, &PaletteWidget::onItemClicked);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (const std::optional<ComponentKind> kind = kindOf(item)) {
            clearPlacement();
            emit addRequested(*kind);
        }
    });
}

PaletteWidget::~PaletteWidget() = default;

int PaletteWidget::widthForLabels() const
{
    const QFontMetrics fm(m_list->font());
    int widest = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (kindOf(item))
            widest = std::max(widest, fm.horizontalAdvance(item->text()));
    }
    const QMargins margins = contentsMargins();
    // Icon, the gap after it and the item's own padding, the frame, a scroll bar.
    return widest + m_list->iconSize().width() + 24 + 2 * m_list->frameWidth()
        + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + margins.left()
        + margins.right() + 8;
}

QListWidgetItem *PaletteWidget::entry(ComponentKind kind) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (kindOf(m_list->item(i)) == kind)
            return m_list->item(i);
    }
    return nullptr;
}

void PaletteWidget::clearPlacement()
{
    m_armed.reset();
    m_list->clearSelection();
}

void PaletteWidget::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    QListWidgetItem *firstMatch = nullptr;
    QListWidgetItem *header = nullptr;
    bool groupHasMatch = false;
    auto closeGroup = [&] {
        if (header)
            header->setHidden(!groupHasMatch);
    };
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const std::optional<ComponentKind> kind = kindOf(item);
        if (!kind) {
            closeGroup();
            header = item;
            groupHasMatch = false;
            continue;
        }
        const bool match = needle.isEmpty()
                           || kindLabel(*kind).contains(needle, Qt::CaseInsensitive)
                           || kindDescription(*kind).contains(needle, Qt::CaseInsensitive)
                           || toString(*kind).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        groupHasMatch = groupHasMatch || match;
        if (match && !firstMatch)
            firstMatch = item;
    }
    closeGroup();
    // Typing then Down or Enter should reach the first match without the mouse.
    if (!needle.isEmpty() && firstMatch)
        m_list->setCurrentItem(firstMatch, QItemSelectionModel::NoUpdate);
}

void PaletteWidget::onItemClicked(QListWidgetItem *item)
{
    const std::optional<ComponentKind> kind = kindOf(item);
    if (!kind)
        return;
    if (m_armed == kind) {
        clearPlacement();
        emit placementRequested(std::nullopt);
        return;
    }
    m_armed = kind;
    emit placementRequested(kind);
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_list && enter) {
        if (const std::optional<ComponentKind> kind = kindOf(m_list->currentItem())) {
            clearPlacement();
            emit addRequested(*kind);
            return true;
        }
    }
    if (watched == m_list && key->key() == Qt::Key_Escape && m_armed) {
        clearPlacement();
        emit placementRequested(std::nullopt);
        return true;
    }
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down) {
            m_list->setFocus();
            return true;
        }
        if (enter) {
            if (const std::optional<ComponentKind> kind = kindOf(m_list->currentItem())) {
                emit addRequested(*kind);
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace continuity
