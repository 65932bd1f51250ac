// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace continuity::language {

namespace {

// What the last install() put on the application, removed by the next one.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

bool isTranslated(const QString &code)
{
    return code == QLatin1String("de") || code == QLatin1String("fr");
}

}  // namespace

QList<Choice> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString resolve(const QString &setting)
{
    if (setting == QLatin1String("en") || isTranslated(setting))
        return setting;
    // uiLanguages() lists "de-DE", then "de": the first one we know decides, so a German
    // system with English as a fallback gets German, and "C" or "en_US" gets English.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == QLatin1String("en") || isTranslated(code))
            return code;
        if (code == QLatin1String("c"))
            break;
    }
    return QStringLiteral("en");
}

QString install(const QString &setting)
{
    auto *app = QCoreApplication::instance();
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    const QString code = resolve(setting);
    if (!app || !isTranslated(code))
        return QStringLiteral("en");

    const QLocale locale(code);
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/continuity_%1.qm").arg(code))) {
        delete own;
        return QStringLiteral("en");
    }
    // Qt's own strings (Cancel, Save, the file dialog) when the distribution installed them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    QCoreApplication::installTranslator(own);
    installed() << own;
    // Numbers and dates follow the language shown, unless the system's locale already speaks it.
    if (QLocale().language() != locale.language())
        QLocale::setDefault(locale);
    return code;
}

QString installFromSettings()
{
    return install(QSettings().value(QLatin1String(SettingsKey)).toString());
}

}  // namespace continuity::language
