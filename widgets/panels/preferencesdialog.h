// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/panels/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace continuity {

/// Edit ▸ Preferences: language, theme, grid and snapping, autosave and backups, the deployment
/// model of new designs, how money is written, and a file of price overrides for the catalog.
/// Opens on the stored preferences; OK checks the overrides file, stores everything
/// (Preferences::save), applies the theme at once and emits applied(). The language and the
/// overrides file take effect at the next start, as the dialog says next to them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// What the dialog shows.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    /// Checks an overrides file against the built-in catalog without changing it. Returns an
    /// empty string when it applies, else why not (the file, the place, the problem).
    static QString checkOverridesFile(const QString &path);

    void accept() override;

signals:
    /// The preferences were stored; the window applies what takes effect at once.
    void applied(const continuity::Preferences &preferences);

protected:
    /// Asks for an overrides file (Browse…). Tests override it.
    virtual QString askOverridesFile();
    /// Shows why the overrides file cannot be used. Tests override it.
    virtual void reportOverridesError(const QString &message);

private:
    void updateNotes();

    Preferences m_initial;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_grid = nullptr;
    QCheckBox *m_snap = nullptr;
    QSpinBox *m_autosave = nullptr;
    QCheckBox *m_backup = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_overrides = nullptr;
    QLabel *m_overridesNote = nullptr;
};

}  // namespace continuity
