// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/validation/finding.h"

#include <QStringList>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace continuity {

class Document;
class LiveValidator;
class FindingsModel;
class FindingsFilter;

/// The findings of the live validator as a table: severity icon and rule id, message, subjects
/// (by name). Toggle buttons with counts show or hide each severity, a field filters by text;
/// the tooltip of a row gives the hint and the reference. Clicking a row (or Enter) selects its
/// subjects in the document and emits subjectsActivated, for the view to centre on them.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    FindingsPanel(Document *document, LiveValidator *validator, QWidget *parent = nullptr);
    ~FindingsPanel() override;

    /// The table (for focus and tests).
    QTreeView *view() const { return m_view; }
    /// The number of rows the filters let through.
    int visibleCount() const;
    /// The finding shown at a visible row.
    Finding findingAt(int row) const;

    bool isSeverityShown(Severity severity) const;
    void setSeverityShown(Severity severity, bool shown);

public slots:
    /// Moves to the next (previous) visible finding, wrapping around, and activates it.
    void activateNext();
    void activatePrevious();
    /// Selects the subjects of the finding at a visible row and emits subjectsActivated.
    void activateRow(int row);

signals:
    /// The subjects of a finding were selected in the document; the view should show them.
    void subjectsActivated(const QStringList &ids);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void updateButtons();
    void step(int delta);

    Document *m_document;
    LiveValidator *m_validator;
    FindingsModel *m_model = nullptr;
    FindingsFilter *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    std::array<QToolButton *, 3> m_buttons{};
    bool m_refreshPending = false;
    bool m_relayoutPending = false;
};

}  // namespace continuity
