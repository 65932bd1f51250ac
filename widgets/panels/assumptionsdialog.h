// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <nlohmann/json.hpp>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuity {

class Catalog;
class Document;

/// The estimate parameters that are not catalog facts (request volume, decision and start-up
/// times, region price multipliers …): each with its default, its basis and the design's
/// override. Accepting applies every change at once, as one undoable step; the estimates
/// follow.
class AssumptionsDialog : public QDialog
{
    Q_OBJECT

public:
    AssumptionsDialog(Document *document, const Catalog *catalog, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    /// The overrides as the dialog holds them now: parameter id → value.
    nlohmann::json overrides() const;
    /// Sets the value of the parameter `id` as if typed in; false when there is no such row.
    bool setValue(const QString &id, double value);
    /// Removes the override of `id`, so that the default applies.
    bool resetValue(const QString &id);

    /// Writes the dialog's overrides into the document (one undo step when anything changed).
    void apply();

private:
    QTreeWidgetItem *row(const QString &id) const;
    void showRow(QTreeWidgetItem *item);
    void filter(const QString &text);
    void resetSelected();

    Document *m_document;
    QTreeWidget *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_reset = nullptr;
    nlohmann::json m_other;  ///< overrides of keys the catalog does not list, kept untouched
};

}  // namespace continuity
