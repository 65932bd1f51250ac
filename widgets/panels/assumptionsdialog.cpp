// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/assumptionsdialog.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/estimate.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace continuity {

namespace {

enum Column { LabelColumn, ValueColumn, UnitColumn, DefaultColumn, BasisColumn };
constexpr int IdRole = Qt::UserRole;
constexpr int DefaultRole = Qt::UserRole + 1;
constexpr int OverrideRole = Qt::UserRole + 2;

QString number(double v)
{
    return QLocale().toString(v, 'g', 8);
}

/// Only the value column is editable, with a spin box wide enough for any parameter.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        if (index.column() != ValueColumn)
            return nullptr;
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(4);
        box->setRange(0, 1e12);
        box->setFrame(false);
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant v = index.data(OverrideRole);
        static_cast<QDoubleSpinBox *>(editor)->setValue(
            v.isValid() ? v.toDouble() : index.data(DefaultRole).toDouble());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *box = static_cast<QDoubleSpinBox *>(editor);
        box->interpretText();
        model->setData(index, box->value(), OverrideRole);
    }
};

}  // namespace

AssumptionsDialog::AssumptionsDialog(Document *document, const Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("assumptionsDialog"));
    setWindowTitle(tr("Estimate Assumptions"));

    auto *intro = new QLabel(
        tr("The estimates use these parameters where the catalog has no published figure. "
           "Override them for this design; the defaults and their basis stay shown. "
           "The overrides are saved in the design file."),
        this);
    intro->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter parameters"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter parameters"));

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("assumptionsTable"));
    m_table->setAccessibleName(tr("Estimate assumptions"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new ValueDelegate(m_table));
    m_table->setHeaderLabels(
        {tr("Parameter"), tr("Value"), tr("Unit"), tr("Default"), tr("Basis")});
    m_table->header()->setStretchLastSection(true);

    const Design &design = document->design();
    const Catalog &cat = catalog ? *catalog : Catalog::builtin();
    const auto params = estimateParameters(design, cat);
    m_other = design.assumptions.is_object() ? design.assumptions : nlohmann::json::object();
    for (const EstimateParameter &p : params) {
        m_other.erase(p.id.toStdString());
        auto *item = new QTreeWidgetItem(m_table);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(LabelColumn, IdRole, p.id);
        item->setText(LabelColumn, p.label.isEmpty() ? p.id : p.label);
        item->setToolTip(LabelColumn, p.id);
        item->setData(ValueColumn, DefaultRole, p.defaultValue);
        if (p.value)
            item->setData(ValueColumn, OverrideRole, *p.value);
        item->setText(UnitColumn, p.unit);
        item->setText(DefaultColumn, number(p.defaultValue));
        const QString basis = p.asOf.isEmpty() ? p.basis : tr("%1 (as of %2)").arg(p.basis, p.asOf);
        item->setText(BasisColumn, basis);
        item->setToolTip(BasisColumn, basis);
        showRow(item);
    }
    m_table->resizeColumnToContents(LabelColumn);
    m_table->resizeColumnToContents(UnitColumn);
    m_table->setColumnWidth(ValueColumn, 110);
    m_table->setColumnWidth(DefaultColumn, 90);

    connect(m_table, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *item, int column) {
                if (column == ValueColumn)
                    showRow(item);
            });
    connect(m_filter, &QLineEdit::textChanged, this, &AssumptionsDialog::filter);

    m_reset = new QPushButton(tr("&Reset to Default"), this);
    m_reset->setToolTip(tr("Remove the overrides of the selected parameters"));
    m_reset->setEnabled(false);
    connect(m_reset, &QPushButton::clicked, this, &AssumptionsDialog::resetSelected);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_reset->setEnabled(!m_table->selectedItems().isEmpty()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

QTreeWidgetItem *AssumptionsDialog::row(const QString &id) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->data(LabelColumn, IdRole).toString() == id)
            return item;
    }
    return nullptr;
}

void AssumptionsDialog::showRow(QTreeWidgetItem *item)
{
    const QVariant v = item->data(ValueColumn, OverrideRole);
    const double shown = v.isValid() ? v.toDouble() : item->data(ValueColumn, DefaultRole).toDouble();
    const QSignalBlocker block(m_table);
    item->setText(ValueColumn, number(shown));
    QFont font = item->font(LabelColumn);
    font.setBold(v.isValid());
    item->setFont(LabelColumn, font);
    item->setFont(ValueColumn, font);
    item->setForeground(ValueColumn, v.isValid() ? palette().brush(QPalette::Text)
                                                 : palette().brush(QPalette::PlaceholderText));
    item->setToolTip(ValueColumn, v.isValid() ? tr("Overridden for this design")
                                              : tr("The default applies"));
}

void AssumptionsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        const bool match = text.isEmpty()
            || item->text(LabelColumn).contains(text, Qt::CaseInsensitive)
            || item->data(LabelColumn, IdRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void AssumptionsDialog::resetSelected()
{
    for (QTreeWidgetItem *item : m_table->selectedItems()) {
        item->setData(ValueColumn, OverrideRole, QVariant());
        showRow(item);
    }
}

bool AssumptionsDialog::setValue(const QString &id, double value)
{
    QTreeWidgetItem *item = row(id);
    if (!item || !std::isfinite(value))
        return false;
    item->setData(ValueColumn, OverrideRole, value);
    showRow(item);
    return true;
}

bool AssumptionsDialog::resetValue(const QString &id)
{
    QTreeWidgetItem *item = row(id);
    if (!item)
        return false;
    item->setData(ValueColumn, OverrideRole, QVariant());
    showRow(item);
    return true;
}

nlohmann::json AssumptionsDialog::overrides() const
{
    nlohmann::json out = m_other;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        const QVariant v = item->data(ValueColumn, OverrideRole);
        if (v.isValid())
            out[item->data(LabelColumn, IdRole).toString().toStdString()] = v.toDouble();
    }
    return out;
}

void AssumptionsDialog::apply()
{
    m_document->setAssumptions(overrides());
}

}  // namespace continuity
