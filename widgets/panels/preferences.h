// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QPalette>
#include <QString>

namespace continuity {

/// The user's preferences, as kept in QSettings. Each key is read where it takes effect too
/// (the autosave interval by the main window, the backup switch at save time), so the names
/// are part of the contract between those places.
struct Preferences {
    enum class Theme { System, Light, Dark };
    /// How money is written: "1,234.56 USD", "$1,234.56", or the language's own format.
    enum class Currency { Code, Symbol, Locale };

    QString language;            ///< "ui/language": "" (the system's), "en", "de", "fr"
    Theme theme = Theme::System;  ///< "ui/theme": "system", "light", "dark"
    int gridSize = 20;           ///< "view/gridSize", scene units, 5 to 100
    bool snapToGrid = true;      ///< "view/snapToGrid"
    int autosaveSeconds = 30;    ///< "autosave/intervalSeconds"; 0: no autosave
    bool keepBackup = true;      ///< "files/keepBackup": keep NAME.continuity.json.bak
    DeploymentModel defaultModel = DeploymentModel::ActivePassive;  ///< "designs/defaultModel"
    Currency currency = Currency::Code;   ///< "display/currency": "code", "symbol", "locale"
    QString catalogOverrides;    ///< "catalog/overridesFile": a file of price overrides, or ""

    static constexpr int MinGridSize = 5;
    static constexpr int MaxGridSize = 100;
    static constexpr int MaxAutosaveSeconds = 3600;

    /// The stored preferences; defaults for what is missing, out of range or unknown.
    static Preferences load();
    /// Stores every preference.
    void save() const;

    bool operator==(const Preferences &) const = default;
};

QString toString(Preferences::Theme theme);
QString toString(Preferences::Currency currency);

/// Gives the application the palette and style of `theme`: System restores what the platform
/// gave at start-up; Light and Dark use the Fusion style with a light or a dark palette (the
/// canvas and the charts follow the palette). Call with a QApplication.
void applyTheme(Preferences::Theme theme);

/// The dark palette of the Dark theme: text at a contrast of at least 7:1 on its background.
QPalette darkPalette();

/// What the preferences change before the first window: the theme, and the price overrides
/// file for the built-in catalog (Catalog::setBuiltinOverrides), read now, applied at its first
/// use. Call once, with a QApplication, before anything uses the catalog.
void applyStartupPreferences();

/// Money as the user chose to see it (Preferences::currency), from a USD amount; `decimals`
/// digits after the point.
QString displayMoney(double usd, int decimals = 2);

}  // namespace continuity
