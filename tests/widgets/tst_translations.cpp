// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/design.h"
#include "model/document.h"
#include "model/validation/validator.h"
#include "widgets/language.h"
#include "widgets/mainwindow.h"

#include <QCoreApplication>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace continuity;

namespace {

// The texts of the menu bar's menus, accelerators included ("&Datei").
QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    for (const QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

const Finding *findingOf(const std::vector<Finding> &findings, const QString &rule)
{
    for (const Finding &f : findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

// Runs the built binary with the environment of a user whose system speaks `language`.
QString runHelp(const QString &language, const QString &lang)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONTINUITY_BINARY), {QStringLiteral("--help")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void theSystemLanguagePicksTheTranslation_data();
    void theSystemLanguagePicksTheTranslation();
    void menusSpeakTheChosenLanguage_data();
    void menusSpeakTheChosenLanguage();
    void findingsSpeakTheChosenLanguage_data();
    void findingsSpeakTheChosenLanguage();
    void undoHistoryNamesCommandsInTheChosenLanguage();
    void englishRemovesTheTranslation();
    void commandLineHelpFollowsTheEnvironment_data();
    void commandLineHelpFollowsTheEnvironment();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("continuity-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    language::install(QStringLiteral("en"));
}

void TestTranslations::theSystemLanguagePicksTheTranslation_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("fr");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
}

void TestTranslations::theSystemLanguagePicksTheTranslation()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QCOMPARE(language::resolve(setting), expected);
    QCOMPARE(language::install(setting), expected);
    // An unknown language falls back to the system's, which is English or a translated one.
    const QString fallback = language::resolve(QStringLiteral("xx"));
    QVERIFY2(fallback == QLatin1String("en") || fallback == QLatin1String("de")
                 || fallback == QLatin1String("fr"),
             qPrintable(fallback));
}

void TestTranslations::menusSpeakTheChosenLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("undo");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Ansicht"), QStringLiteral("&Entwurf"),
                                           QStringLiteral("&Hilfe")}
                            << QStringLiteral("&Rückgängig");
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                           QStringLiteral("&Affichage"),
                                           QStringLiteral("&Conception"), QStringLiteral("&Aide")}
                            << QStringLiteral("&Annuler");
}

void TestTranslations::menusSpeakTheChosenLanguage()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QFETCH(QString, undo);
    QCOMPARE(language::install(code), code);
    MainWindow w;
    const QStringList titles = menuTitles(w);
    for (const QString &menu : menus)
        QVERIFY2(titles.contains(menu), qPrintable(titles.join(QLatin1Char(' '))));
    QMenu *edit = w.menuBar()->actions().at(1)->menu();
    QVERIFY(edit);
    QCOMPARE(edit->actions().constFirst()->text(), undo);
}

void TestTranslations::findingsSpeakTheChosenLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("rule");
    QTest::newRow("German")
        << QStringLiteral("de")
        << QStringLiteral("Keine Region enthält einen aktiven Cluster: Aktiv/Aktiv braucht "
                          "laufende Cluster, die in zwei Regionen Datenverkehr annehmen.")
        << QStringLiteral("Fügen Sie laufende Cluster in zwei Regionen hinzu")
        << QStringLiteral("Weniger als zwei Regionen enthalten einen aktiven Cluster.");
    QTest::newRow("French")
        << QStringLiteral("fr")
        << QStringLiteral("Aucune région ne contient de cluster actif\u00a0: actif/actif exige des "
                          "clusters en cours d'exécution qui reçoivent du trafic dans deux "
                          "régions.")
        << QStringLiteral("Ajoutez des clusters en cours d'exécution dans deux régions")
        << QStringLiteral("Moins de deux régions contiennent un cluster actif.");
}

void TestTranslations::findingsSpeakTheChosenLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    QFETCH(QString, rule);
    QCOMPARE(language::install(code), code);
    const std::vector<Finding> findings =
        validateDesign(Design{}, DeploymentModel::ActiveActive);
    const Finding *f = findingOf(findings, QStringLiteral("AA-001"));
    QVERIFY(f);
    QCOMPARE(f->message, message);
    QVERIFY2(f->hint.startsWith(hint), qPrintable(f->hint));
    const RuleInfo *info = ruleInfo(QStringLiteral("AA-001"));
    QVERIFY(info);
    QCOMPARE(QCoreApplication::translate("Rule", info->text), rule);
}

void TestTranslations::undoHistoryNamesCommandsInTheChosenLanguage()
{
    QCOMPARE(language::install(QStringLiteral("de")), QStringLiteral("de"));
    MainWindow w;
    w.document()->addComponent(ComponentKind::FrontDoor, QPointF(0, 0));
    QCOMPARE(w.document()->undoStack()->text(0), QStringLiteral("Front Door hinzufügen"));
}

void TestTranslations::englishRemovesTheTranslation()
{
    language::install(QStringLiteral("de"));
    QCOMPARE(language::install(QStringLiteral("en")), QStringLiteral("en"));
    MainWindow w;
    QCOMPARE(menuTitles(w).constFirst(), QStringLiteral("&File"));
}

void TestTranslations::commandLineHelpFollowsTheEnvironment_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("German, LANG and LANGUAGE")
        << QStringLiteral("de") << QStringLiteral("de_DE.UTF-8")
        << QStringList{QStringLiteral("Aufruf: continuity [DATEI]"),
                       QStringLiteral("einen Entwurf gegen sein Bereitstellungsmodell prüfen"),
                       QStringLiteral("Exit-Status")};
    QTest::newRow("German, LANG alone")
        << QString() << QStringLiteral("de_DE.UTF-8")
        << QStringList{QStringLiteral("Aufruf: continuity [DATEI]")};
    QTest::newRow("French")
        << QStringLiteral("fr") << QStringLiteral("fr_FR.UTF-8")
        << QStringList{QStringLiteral("Usage\u00a0: continuity [FICHIER]"),
                       QStringLiteral("lister toutes les règles de validation")};
    QTest::newRow("English")
        << QStringLiteral("en") << QStringLiteral("C.UTF-8")
        << QStringList{QStringLiteral("Usage: continuity [FILE]"),
                       QStringLiteral("list every validation rule")};
}

void TestTranslations::commandLineHelpFollowsTheEnvironment()
{
    QFETCH(QString, language);
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const QString help = runHelp(language, lang);
    for (const QString &text : expected)
        QVERIFY2(help.contains(text), qPrintable(help));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
