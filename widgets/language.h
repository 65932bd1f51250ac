// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace continuity::language {

/// A language the user can choose: its code ("de") and its name in itself ("Deutsch").
struct Choice {
    QString code;
    QString name;
};

/// English (the language of the sources) and the translations built in: en, de, fr.
QList<Choice> available();

/// The QSettings key of the designer's language: "" (the system's), "en", "de" or "fr".
inline constexpr const char *SettingsKey = "ui/language";

/// The language to use for `setting`: a code from available() as is; "" or an unknown code:
/// the first of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix) that
/// has a translation, else "en".
QString resolve(const QString &setting);

/// Installs the translators for `setting` (see resolve) on the application: Continuity's own
/// and, when Qt's translations are installed, Qt's (standard buttons, file dialogs). Replaces
/// what an earlier call installed. Returns the language in use ("en": none installed).
/// Call after the QCoreApplication exists.
QString install(const QString &setting = {});

/// The designer's language as chosen in the settings (SettingsKey), resolved.
QString installFromSettings();

}  // namespace continuity::language
