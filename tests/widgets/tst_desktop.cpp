// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/document.h"
#include "model/kinds.h"
#include "model/io/autosave.h"
#include "model/io/designfile.h"
#include "model/io/designjson.h"
#include "model/layout.h"
#include "tests/support/designgen.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/loadprogress.h"
#include "widgets/panels/palettewidget.h"
#include "widgets/panels/preferences.h"
#include "widgets/panels/preferencesdialog.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

using namespace continuity;

namespace {

// Records what the dialog would have shown in a message box.
class TestPreferencesDialog : public PreferencesDialog
{
public:
    QStringList errors;

protected:
    void reportOverridesError(const QString &message) override { errors << message; }
};

class TestWindow : public MainWindow
{
protected:
    QMessageBox::StandardButton askToSave() override { return QMessageBox::Discard; }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
           + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

}  // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preferencesRoundTripThroughTheDialog();
    void restoreDefaultsShowsTheDefaults();
    void aBrokenOverridesFileIsRefusedAndNothingIsStored();
    void aGoodOverridesFileIsAccepted();
    void theDarkThemeDarkensTheApplicationTheCanvasAndKeepsTextReadable();
    void theSystemThemeRestoresTheStartingPalette();
    void newDesignsUseTheDefaultModel();
    void gridSizeAndAutosaveApplyToTheOpenWindow();
    void moneyFollowsTheCurrencyDisplay();
    void enterOnAPaletteEntryAddsARegionalComponentToTheSelectedRegion();
    void theConnectShortcutConnectsTwoSelectedComponents();
    void preferencesAreReachableFromTheEditMenuByKeyboard();
    void theCanvasDescribesTheSelectionToScreenReaders();
    void everyInputOfTheWindowHasAnAccessibleName();
    void openingABigDesignShowsProgressAndCanBeCancelled();

private:
    QTemporaryDir m_dir;
    QPalette m_startPalette;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("continuity-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
    QVERIFY(m_dir.isValid());
    m_startPalette = QApplication::palette();
}

void TestDesktop::init()
{
    QSettings().clear();
    Preferences().save();
}

void TestDesktop::cleanup()
{
    applyTheme(Preferences::Theme::System);
}

void TestDesktop::preferencesRoundTripThroughTheDialog()
{
    Preferences wanted;
    wanted.language = QStringLiteral("fr");
    wanted.theme = Preferences::Theme::Light;
    wanted.gridSize = 40;
    wanted.snapToGrid = false;
    wanted.autosaveSeconds = 120;
    wanted.keepBackup = false;
    wanted.defaultModel = DeploymentModel::PassiveCold;
    wanted.currency = Preferences::Currency::Symbol;
    {
        TestPreferencesDialog dialog;
        QCOMPARE(dialog.preferences(), Preferences());
        dialog.setPreferences(wanted);
        QCOMPARE(dialog.preferences(), wanted);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(Preferences::load(), wanted);
    // The keys other parts of the designer read.
    QSettings s;
    QCOMPARE(s.value(QStringLiteral("files/keepBackup")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 120);
    QCOMPARE(s.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    // A dialog opened again shows what was stored.
    TestPreferencesDialog again;
    QCOMPARE(again.preferences(), wanted);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("gridSizeBox"))->value(), 40);
}

void TestDesktop::restoreDefaultsShowsTheDefaults()
{
    Preferences changed;
    changed.gridSize = 60;
    changed.theme = Preferences::Theme::Dark;
    changed.save();
    TestPreferencesDialog dialog;
    QCOMPARE(dialog.preferences().gridSize, 60);
    dialog.setPreferences(Preferences());
    QCOMPARE(dialog.preferences(), Preferences());
}

void TestDesktop::aBrokenOverridesFileIsRefusedAndNothingIsStored()
{
    const QString path = writeFile(m_dir, QStringLiteral("bad.json"),
                                   R"({"facts": {"no.such.fact": 1}})");
    TestPreferencesDialog dialog;
    Preferences p = dialog.preferences();
    p.catalogOverrides = path;
    p.gridSize = 30;
    dialog.setPreferences(p);
    dialog.accept();
    QCOMPARE(dialog.errors.size(), 1);
    QVERIFY2(dialog.errors.front().contains(QStringLiteral("no.such.fact")),
             qPrintable(dialog.errors.front()));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(Preferences::load().gridSize, Preferences().gridSize);
    QVERIFY(!PreferencesDialog::checkOverridesFile(m_dir.filePath(QStringLiteral("missing.json")))
                 .isEmpty());
}

void TestDesktop::aGoodOverridesFileIsAccepted()
{
    // Any fact of the built-in catalog, at twice its value.
    QFile builtin(QStringLiteral(":/catalog/azure.json"));
    QVERIFY(builtin.open(QIODevice::ReadOnly));
    const QString path = writeFile(m_dir, QStringLiteral("good.json"),
                                   R"({"facts": {"region.eastus2.priceMultiplier": 1.5}})");
    QCOMPARE(PreferencesDialog::checkOverridesFile(path), QString());
    TestPreferencesDialog dialog;
    Preferences p = dialog.preferences();
    p.catalogOverrides = path;
    dialog.setPreferences(p);
    dialog.accept();
    QVERIFY(dialog.errors.isEmpty());
    QCOMPARE(Preferences::load().catalogOverrides, path);
}

void TestDesktop::theDarkThemeDarkensTheApplicationTheCanvasAndKeepsTextReadable()
{
    TestWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.scene()->theme().dark);

    TestPreferencesDialog dialog;
    Preferences p = dialog.preferences();
    p.theme = Preferences::Theme::Dark;
    dialog.setPreferences(p);
    dialog.accept();

    const QPalette pal = QApplication::palette();
    QVERIFY(pal.color(QPalette::Window).lightness() < 80);
    QVERIFY(pal.color(QPalette::Base).lightness() < 80);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // Readable: WCAG AAA for text, AA for disabled text and selections.
    QVERIFY(contrast(pal.color(QPalette::WindowText), pal.color(QPalette::Window)) >= 7.0);
    QVERIFY(contrast(pal.color(QPalette::Text), pal.color(QPalette::Base)) >= 7.0);
    QVERIFY(contrast(pal.color(QPalette::ButtonText), pal.color(QPalette::Button)) >= 7.0);
    QVERIFY(contrast(pal.color(QPalette::HighlightedText), pal.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(pal.color(QPalette::Disabled, QPalette::WindowText),
                     pal.color(QPalette::Window)) >= 4.5);
    // The canvas follows the palette, and its text stays readable on its boxes.
    QTRY_VERIFY(w.scene()->theme().dark);
    const CanvasTheme &t = w.scene()->theme();
    QVERIFY(contrast(t.text, t.itemFill) >= 7.0);
    QVERIFY(contrast(t.mutedText, t.itemFill) >= 4.5);
}

void TestDesktop::theSystemThemeRestoresTheStartingPalette()
{
    applyTheme(Preferences::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    applyTheme(Preferences::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_startPalette.color(QPalette::Window));
    applyTheme(Preferences::Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
}

void TestDesktop::newDesignsUseTheDefaultModel()
{
    Preferences p;
    p.defaultModel = DeploymentModel::ActiveActive;
    p.save();
    TestWindow w;
    QVERIFY(w.newDesign());
    QCOMPARE(toString(w.document()->deploymentModel()), toString(DeploymentModel::ActiveActive));
    p.defaultModel = DeploymentModel::SingleRegion;
    p.save();
    QVERIFY(w.newDesign());
    QCOMPARE(toString(w.document()->deploymentModel()), toString(DeploymentModel::SingleRegion));
}

void TestDesktop::gridSizeAndAutosaveApplyToTheOpenWindow()
{
    TestWindow w;
    QCOMPARE(w.scene()->gridSize(), 20);
    QAction *preferences = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->menuRole() == QAction::PreferencesRole)
            preferences = a;
    }
    QVERIFY(preferences);
    // Answers the modal dialog the action opens, as a user would.
    bool answered = false;
    QTimer::singleShot(0, &w, [&answered] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        Preferences p = dialog->preferences();
        p.gridSize = 50;
        p.snapToGrid = true;
        p.autosaveSeconds = 0;
        dialog->setPreferences(p);
        dialog->accept();
        answered = true;
    });
    preferences->trigger();
    QVERIFY(answered);
    QCOMPARE(w.scene()->gridSize(), 50);
    QVERIFY(w.scene()->snapToGrid());
    QCOMPARE(w.scene()->snapped(QPointF(74, 26)), QPointF(50, 50));
    QCOMPARE(w.autosave()->intervalSeconds(), 0);
    // A new window starts with the stored grid.
    TestWindow next;
    QCOMPARE(next.scene()->gridSize(), 50);
}

void TestDesktop::moneyFollowsTheCurrencyDisplay()
{
    Preferences p;
    p.currency = Preferences::Currency::Code;
    p.save();
    QCOMPARE(displayMoney(1234.5), QStringLiteral("1,234.50 USD"));
    QCOMPARE(displayMoney(-0.001), QStringLiteral("0.00 USD"));
    p.currency = Preferences::Currency::Symbol;
    p.save();
    QCOMPARE(displayMoney(1234.5), QStringLiteral("$1,234.50"));
    p.currency = Preferences::Currency::Locale;
    p.save();
    QCOMPARE(displayMoney(1234.5), QLocale().toCurrencyString(1234.5, QStringLiteral("USD"), 2));
}

void TestDesktop::enterOnAPaletteEntryAddsARegionalComponentToTheSelectedRegion()
{
    TestWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Document *doc = w.document();
    const QString first = doc->addComponent(ComponentKind::Region, QPointF(0, 0));
    const QString second = doc->addComponent(ComponentKind::Region, QPointF(900, 0));
    doc->setSelection({second});

    QListWidget *list = w.paletteWidget()->list();
    list->setFocus();
    list->setCurrentItem(w.paletteWidget()->entry(ComponentKind::AksCluster));
    QTest::keyClick(list, Qt::Key_Return);

    QString added;
    for (const auto &[id, c] : doc->design().components) {
        if (c.kind == ComponentKind::AksCluster)
            added = id;
    }
    QVERIFY(!added.isEmpty());
    QCOMPARE(doc->component(added)->parent, second);
    QVERIFY(doc->component(added)->parent != first);
    // The canvas has the focus, so the next keys act on what was added.
    QVERIFY(w.view()->hasFocus());
}

void TestDesktop::theConnectShortcutConnectsTwoSelectedComponents()
{
    TestWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Document *doc = w.document();
    const QString fd = doc->addComponent(ComponentKind::FrontDoor, QPointF(0, -300));
    const QString region = doc->addComponent(ComponentKind::Region, QPointF(0, 0));
    const QString gw = doc->addComponent(ComponentKind::ApplicationGateway, QPointF(40, 60), region);
    doc->setSelection({fd, gw});
    w.view()->setFocus();
    QCOMPARE(doc->design().connections.size(), std::size_t(0));
    QTest::keyClick(w.view(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(doc->design().connections.size(), std::size_t(1));
    const Connection &c = doc->design().connections.begin()->second;
    QCOMPARE(c.from, fd);
    QCOMPARE(c.to, gw);
    // One undo entry, as for the mouse.
    doc->undoStack()->undo();
    QCOMPARE(doc->design().connections.size(), std::size_t(0));
}

void TestDesktop::preferencesAreReachableFromTheEditMenuByKeyboard()
{
    TestWindow w;
    QAction *preferences = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->menuRole() == QAction::PreferencesRole)
            preferences = a;
    }
    QVERIFY(preferences);
    QVERIFY(!preferences->shortcut().isEmpty());
    QVERIFY(preferences->text().contains(QLatin1Char('&')));
}

void TestDesktop::theCanvasDescribesTheSelectionToScreenReaders()
{
    TestWindow w;
    Document *doc = w.document();
    const QString region = doc->addComponent(ComponentKind::Region, QPointF(0, 0));
    const QString aks = doc->addComponent(ComponentKind::AksCluster, QPointF(40, 60), region);
    doc->setSelection({});
    QTRY_VERIFY2(w.view()->accessibleDescription().contains(QStringLiteral("2 components")),
                 qPrintable(w.view()->accessibleDescription()));
    doc->setSelection({aks});
    const QString name = doc->component(aks)->name;
    const QString regionName = doc->component(region)->name;
    QTRY_VERIFY2(w.view()->accessibleDescription().startsWith(QStringLiteral("Selected: AKS cluster")),
                 qPrintable(w.view()->accessibleDescription()));
    QVERIFY(w.view()->accessibleDescription().contains(name));
    QVERIFY(w.view()->accessibleDescription().contains(QStringLiteral(" in ") + regionName));
    QCOMPARE(w.view()->accessibleName(), QStringLiteral("Design canvas"));
}

void TestDesktop::everyInputOfTheWindowHasAnAccessibleName()
{
    TestWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList unnamed;
    for (QWidget *widget : w.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A scroll area's viewport is presented by the area, which carries the name.
        const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        if (area && area->viewport() == widget)
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2 in %3)")
                           .arg(widget->objectName(), widget->metaObject()->className(),
                                widget->parentWidget()
                                    ? widget->parentWidget()->metaObject()->className()
                                    : "-");
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestDesktop::openingABigDesignShowsProgressAndCanBeCancelled()
{
    const QString path = m_dir.filePath(QStringLiteral("big.continuity.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeDesign(testsupport::generateDesign(10000)));
    }
    FileStamp stamp;
    // Cancelled as soon as the dialog is up: nothing comes back.
    static bool shown = false;
    shown = false;
    const std::optional<LoadResult> cancelled = loadDesignFileWithProgress(
        nullptr, path, &stamp, 0, [](QProgressDialog *dialog) {
            // After the dialog's own zero-delay timer has shown it.
            QTimer::singleShot(20, dialog, [dialog] {
                shown = dialog->isVisible();
                if (auto *cancel = dialog->findChild<QPushButton *>())
                    cancel->click();
            });
        });
    QVERIFY(shown);
    QVERIFY(!cancelled);
    // Left alone, the same read brings the whole design.
    const std::optional<LoadResult> loaded = loadDesignFileWithProgress(nullptr, path, &stamp, 0);
    QVERIFY(loaded);
    QVERIFY(loaded->design);
    QCOMPARE(loaded->design->components.size(), std::size_t(10000));
    QVERIFY(!stamp.isNull());
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
