// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/templatedialog.h"

#include "model/document.h"
#include "model/layout.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/panels/labels.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace continuity {

namespace {

constexpr int NameRole = Qt::UserRole + 1;
constexpr int DescriptionRole = Qt::UserRole + 2;
const QSize PreviewSize(300, 170);
constexpr int CardPadding = 10;
constexpr int CardMargin = 6;
constexpr int PreviewOversampling = 3;

// A card: the preview on top, the title in bold, the description below in the muted text
// colour; the current card is outlined in the highlight colour.
class TemplateCardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {PreviewSize.width() + 2 * (CardPadding + CardMargin),
                PreviewSize.height() + 2 * (CardPadding + CardMargin) + 8 + fm.height() + 6
                    + 3 * fm.height()};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const QRectF card = QRectF(option.rect).adjusted(CardMargin, CardMargin, -CardMargin,
                                                         -CardMargin);
        QColor border = pal.color(QPalette::Mid);
        if (selected)
            border = pal.color(QPalette::Highlight);
        else if (hovered)
            border = pal.color(QPalette::Dark);
        QColor fill = pal.color(QPalette::Base);
        if (selected) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlphaF(0.08);
            p->setBrush(fill);
            p->setPen(Qt::NoPen);
            p->drawRoundedRect(card, 8, 8);
            fill = tint;
        }
        p->setBrush(fill);
        p->setPen(QPen(border, selected ? 2.0 : 1.0));
        p->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

        const QRect inner = card.toRect().adjusted(CardPadding, CardPadding, -CardPadding,
                                                   -CardPadding);
        const QPixmap preview = index.data(Qt::DecorationRole).value<QPixmap>();
        const QRect previewRect(inner.topLeft(), PreviewSize);
        QPainterPath clip;
        clip.addRoundedRect(previewRect, 4, 4);
        p->setClipPath(clip);
        p->fillRect(previewRect, pal.color(QPalette::Window));
        if (!preview.isNull())
            p->drawPixmap(previewRect, preview);
        p->setClipping(false);
        p->setPen(pal.color(QPalette::Midlight));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(previewRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

        QFont titleFont = option.font;
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
        const QFontMetrics titleMetrics(titleFont);
        QRect text(inner.left(), previewRect.bottom() + 9, inner.width(), titleMetrics.height());
        p->setFont(titleFont);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

        p->setFont(option.font);
        p->setPen(pal.color(QPalette::PlaceholderText));
        const QRect description(inner.left(), text.bottom() + 4, inner.width(),
                                inner.bottom() - text.bottom() - 4);
        p->drawText(description, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    index.data(DescriptionRole).toString());
        p->restore();
    }
};

}  // namespace

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("New from Template"));
    setObjectName(QStringLiteral("templateDialog"));

    auto *intro = new QLabel(tr("Start from one of the reference architectures of the AKS "
                                "high-availability and disaster-recovery guidance. Every "
                                "template can be changed freely afterwards."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list->setViewMode(QListView::IconMode);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWrapping(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(0);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new TemplateCardDelegate(m_list));
    m_list->setAccessibleName(tr("Templates"));
    QPalette pal = m_list->palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    m_list->setPalette(pal);

    const qreal dpr = devicePixelRatioF();
    for (const QString &name : templateNames()) {
        LoadResult loaded = loadTemplate(name);
        if (!loaded.design)
            continue;
        auto *item = new QListWidgetItem(m_list);
        const DeploymentModel model = loaded.design->deploymentModel;
        item->setText(deploymentModelLabel(model));
        item->setData(DescriptionRole, deploymentModelDescription(model));
        item->setData(NameRole, name);
        item->setData(Qt::DecorationRole, renderPreview(*loaded.design, PreviewSize, dpr));
        item->setToolTip(loaded.design->name);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    const QSize card = m_list->itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex());
    resize(2 * card.width() + 60, 2 * card.height() + 140);
    m_list->setFocus();
}

TemplateDialog::~TemplateDialog() = default;

QStringList TemplateDialog::templateNames()
{
    return {QStringLiteral("active-active"), QStringLiteral("active-passive"),
            QStringLiteral("passive-cold"), QStringLiteral("single-region")};
}

LoadResult TemplateDialog::loadTemplate(const QString &name)
{
    QFile file(QStringLiteral(":/templates/%1.continuity.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult missing;
        missing.error.message = tr("There is no template named “%1”.").arg(name);
        return missing;
    }
    LoadResult result = readDesign(file.readAll());
    if (result.design && hasMissingPositions(*result.design))
        layoutMissingPositions(*result.design);
    return result;
}

QPixmap TemplateDialog::renderPreview(const Design &design, const QSize &size,
                                      qreal devicePixelRatio)
{
    Document document(design);
    CanvasScene scene(&document, nullptr);
    scene.setShowFindings(false);
    const QColor base = QApplication::palette().color(QPalette::Base);
    QRectF source = scene.itemsBoundingRect();
    if (source.isEmpty()) {
        QPixmap blank(size * devicePixelRatio);
        blank.setDevicePixelRatio(devicePixelRatio);
        blank.fill(base);
        return blank;
    }
    const qreal margin = std::max(source.width(), source.height()) * 0.04;
    source.adjust(-margin, -margin, margin, margin);
    // Drawn larger and scaled down: at a thumbnail's scale the canvas would draw its zoomed-out
    // overview (plain tiles); this way the preview shows the cards and icons of the canvas.
    const QSize target = size * devicePixelRatio;
    QImage image(target * PreviewOversampling, QImage::Format_ARGB32_Premultiplied);
    image.fill(base);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source,
                     Qt::KeepAspectRatio);
    }
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QString TemplateDialog::selectedTemplate() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void TemplateDialog::setSelectedTemplate(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(NameRole).toString() == name)
            m_list->setCurrentRow(i);
    }
}

}  // namespace continuity
