// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/autosave.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace continuity {

/// What to do with the designs a crash left behind.
struct RecoveryChoice {
    enum class Action {
        Later,   ///< keep them all and ask again at the next start
        Restore, ///< open `entries` (readable ones only), keep the others
        Discard, ///< delete `entries`, keep the others
    };
    Action action = Action::Later;
    QList<AutosaveEntry> entries;
};

/// The prompt at start-up after a crash: lists the autosaved designs (name, when, the file they
/// were edited from, or "Untitled") with a tick box each, and offers Restore, Discard and
/// Decide Later. Designs that cannot be read are listed with the reason, unticked, and can only
/// be discarded. Names and paths are shown as plain text.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QList<AutosaveEntry> &entries, QWidget *parent = nullptr);

    /// The user's answer, once the dialog has closed.
    RecoveryChoice choice() const { return m_choice; }
    /// The entries ticked now.
    QList<AutosaveEntry> tickedEntries() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *discardButton() const { return m_discard; }

private:
    void finish(RecoveryChoice::Action action);
    void updateButtons();

    QList<AutosaveEntry> m_entries;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    RecoveryChoice m_choice;
};

} // namespace continuity
