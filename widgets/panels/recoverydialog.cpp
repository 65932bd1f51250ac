// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace continuity {

namespace {

enum Column { NameColumn, TimeColumn, FileColumn };

} // namespace

RecoveryDialog::RecoveryDialog(const QList<AutosaveEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Designs"));

    auto *intro = new QLabel(
        tr("Continuity did not close normally last time. These designs had changes that were "
           "not saved. Restore opens them with their changes, still unsaved; Discard deletes "
           "them."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Design"), tr("Autosaved"), tr("File") });
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const AutosaveEntry &entry : std::as_const(m_entries)) {
        // QTreeWidgetItem shows its text as it is: a name like "<b>" stays those characters.
        auto *item = new QTreeWidgetItem(m_list);
        const QString name = entry.name.isEmpty() ? tr("Untitled") : entry.name;
        item->setText(NameColumn, name);
        item->setText(TimeColumn,
                      locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(FileColumn, entry.originalPath.isEmpty()
                                      ? tr("Untitled, never saved")
                                      : QDir::toNativeSeparators(entry.originalPath));
        item->setToolTip(FileColumn, item->text(FileColumn));
        item->setCheckState(NameColumn, entry.readable ? Qt::Checked : Qt::Unchecked);
        if (!entry.readable) {
            item->setText(NameColumn, tr("%1 (cannot be read)").arg(name));
            for (int c = NameColumn; c <= FileColumn; ++c)
                item->setToolTip(c, entry.problem);
        }
    }
    connect(m_list, &QTreeWidget::itemChanged, this, &RecoveryDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);
    connect(m_restore, &QPushButton::clicked, this,
            [this] { finish(RecoveryChoice::Action::Restore); });
    connect(m_discard, &QPushButton::clicked, this,
            [this] { finish(RecoveryChoice::Action::Discard); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(720, 320);
    updateButtons();
}

QList<AutosaveEntry> RecoveryDialog::tickedEntries() const
{
    QList<AutosaveEntry> ticked;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_entries.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(NameColumn) == Qt::Checked)
            ticked << m_entries.at(i);
    }
    return ticked;
}

void RecoveryDialog::finish(RecoveryChoice::Action action)
{
    m_choice.action = action;
    m_choice.entries = tickedEntries();
    accept();
}

void RecoveryDialog::updateButtons()
{
    const QList<AutosaveEntry> ticked = tickedEntries();
    const bool anyReadable = std::any_of(ticked.cbegin(), ticked.cend(),
                                         [](const AutosaveEntry &e) { return e.readable; });
    m_restore->setEnabled(anyReadable);
    m_discard->setEnabled(!ticked.isEmpty());
}

} // namespace continuity
