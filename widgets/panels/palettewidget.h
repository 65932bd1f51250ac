// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace continuity {

/// The palette of component kinds, grouped (Routing, Compute, Data, Security, Operations), each
/// with its icon, filtered by a search field. An entry can be dragged onto the canvas (as
/// KindMimeType), clicked and then placed with a click on the canvas (placementRequested), or
/// added at the centre of the view with Enter or a double click (addRequested).
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);
    ~PaletteWidget() override;

    /// The kind whose entry is armed for placement, if any.
    std::optional<ComponentKind> armedKind() const { return m_armed; }
    /// The list of entries (for keyboard focus and tests).
    QListWidget *list() const { return m_list; }
    /// The entry of a kind.
    QListWidgetItem *entry(ComponentKind kind) const;
    /// The width that shows every entry's label whole ("Espace de travail Log Analytics"), with
    /// its icon, the list's frame and a scroll bar.
    int widthForLabels() const;

public slots:
    /// Forgets the armed entry (the canvas placed the component or the placement was
    /// cancelled); emits nothing.
    void clearPlacement();
    /// Shows only the entries whose label or description contains `text`.
    void setFilter(const QString &text);

signals:
    /// An entry was clicked: the next click on the canvas places this kind; nullopt: the armed
    /// entry was clicked again, which cancels.
    void placementRequested(std::optional<continuity::ComponentKind> kind);
    /// Enter or a double click on an entry: add this kind at the centre of the view.
    void addRequested(continuity::ComponentKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onItemClicked(QListWidgetItem *item);

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    std::optional<ComponentKind> m_armed;
};

}  // namespace continuity
