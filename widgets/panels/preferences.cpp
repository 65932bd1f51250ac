// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/preferences.h"

#include "model/catalog/catalog.h"
#include "model/io/autosave.h"
#include "widgets/language.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace continuity {

namespace {

const char *const ThemeKey = "ui/theme";
const char *const GridKey = "view/gridSize";
const char *const SnapKey = "view/snapToGrid";
const char *const AutosaveKey = "autosave/intervalSeconds";
const char *const BackupKey = "files/keepBackup";
const char *const ModelKey = "designs/defaultModel";
const char *const CurrencyKey = "display/currency";
const char *const OverridesKey = "catalog/overridesFile";

// What the platform gave before any theme was applied, to go back to for Theme::System.
struct Original {
    bool saved = false;
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o;
    return o;
}

// The money format, read once: displayMoney runs for every figure of every estimate.
int &cachedCurrency()
{
    static int currency = -1;
    return currency;
}

}  // namespace

QString toString(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light: return QStringLiteral("light");
    case Preferences::Theme::Dark: return QStringLiteral("dark");
    case Preferences::Theme::System: break;
    }
    return QStringLiteral("system");
}

QString toString(Preferences::Currency currency)
{
    switch (currency) {
    case Preferences::Currency::Symbol: return QStringLiteral("symbol");
    case Preferences::Currency::Locale: return QStringLiteral("locale");
    case Preferences::Currency::Code: break;
    }
    return QStringLiteral("code");
}

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    const QString language = s.value(QLatin1String(language::SettingsKey)).toString();
    for (const language::Choice &c : language::available()) {
        if (c.code == language)
            p.language = language;
    }
    const QString theme = s.value(QLatin1String(ThemeKey)).toString();
    p.theme = theme == QLatin1String("dark")    ? Theme::Dark
              : theme == QLatin1String("light") ? Theme::Light
                                                : Theme::System;
    p.gridSize = std::clamp(s.value(QLatin1String(GridKey), p.gridSize).toInt(), MinGridSize,
                            MaxGridSize);
    p.snapToGrid = s.value(QLatin1String(SnapKey), p.snapToGrid).toBool();
    p.autosaveSeconds = std::clamp(
        s.value(QLatin1String(AutosaveKey), Autosave::DefaultIntervalSeconds).toInt(), 0,
        MaxAutosaveSeconds);
    p.keepBackup = s.value(QLatin1String(BackupKey), p.keepBackup).toBool();
    if (const auto model =
            deploymentModelFromString(s.value(QLatin1String(ModelKey)).toString()))
        p.defaultModel = *model;
    const QString currency = s.value(QLatin1String(CurrencyKey)).toString();
    p.currency = currency == QLatin1String("symbol")   ? Currency::Symbol
                 : currency == QLatin1String("locale") ? Currency::Locale
                                                       : Currency::Code;
    p.catalogOverrides = s.value(QLatin1String(OverridesKey)).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QLatin1String(language::SettingsKey), language);
    s.setValue(QLatin1String(ThemeKey), toString(theme));
    s.setValue(QLatin1String(GridKey), gridSize);
    s.setValue(QLatin1String(SnapKey), snapToGrid);
    s.setValue(QLatin1String(AutosaveKey), autosaveSeconds);
    s.setValue(QLatin1String(BackupKey), keepBackup);
    s.setValue(QLatin1String(ModelKey), continuity::toString(defaultModel));
    s.setValue(QLatin1String(CurrencyKey), toString(currency));
    s.setValue(QLatin1String(OverridesKey), catalogOverrides);
    cachedCurrency() = static_cast<int>(currency);
}

QPalette darkPalette()
{
    // Text #e8e8e8 on #1f1f1f (base) is 14:1, on #2d2d2d (window) 12:1; disabled text #9a9a9a
    // on the window still 4.9:1; white on the highlight #2a62a8 is 6:1.
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x9a, 0x9a, 0x9a);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x38, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0c));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x62, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    return p;
}

void applyTheme(Preferences::Theme theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    Original &o = original();
    if (!o.saved) {
        o.saved = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    const auto setStyle = [](const QString &name) {
        if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(name));
    };
    switch (theme) {
    case Preferences::Theme::System:
        setStyle(o.style);
        QApplication::setPalette(o.palette);
        break;
    case Preferences::Theme::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Preferences::Theme::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

void applyStartupPreferences()
{
    const Preferences p = Preferences::load();
    applyTheme(p.theme);
    if (p.catalogOverrides.isEmpty())
        return;
    QFile file(p.catalogOverrides);
    // The preferences dialog checked the file; one that went missing since is left out.
    if (file.size() <= 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
        Catalog::setBuiltinOverrides(file.readAll());
}

QString displayMoney(double usd, int decimals)
{
    // "-0.00" is not an amount anyone owes.
    const double amount = std::abs(usd) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : usd;
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    int &cached = cachedCurrency();
    if (cached < 0)
        cached = static_cast<int>(Preferences::load().currency);
    switch (static_cast<Preferences::Currency>(cached)) {
    case Preferences::Currency::Symbol:
        return english.toCurrencyString(amount, QStringLiteral("$"), decimals);
    case Preferences::Currency::Locale:
        return QLocale().toCurrencyString(amount, QStringLiteral("USD"), decimals);
    case Preferences::Currency::Code: break;
    }
    return english.toString(amount, 'f', decimals) + QStringLiteral(" USD");
}

}  // namespace continuity
