// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// At most 30 seconds of work lost to a crash: edits are autosaved into the application's data
// folder (never over the user's file), a clean close removes them, and at the next start the
// designs a crash left behind are offered for restoring, titled or untitled; a broken autosave
// never stops that.

#include "model/document.h"
#include "model/io/autosave.h"
#include "model/io/designfile.h"
#include "model/kinds.h"
#include "tests/support/designgen.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/recoverydialog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace continuity;

namespace {

// Answers the window's questions without dialogs.
class TestWindow : public MainWindow
{
public:
    QMessageBox::StandardButton answer = QMessageBox::Discard;
    RecoveryChoice::Action recovery = RecoveryChoice::Action::Restore;
    QList<AutosaveEntry> offered;
    int recoveryQuestions = 0;
    int overwriteQuestions = 0;
    QStringList errors;

protected:
    QMessageBox::StandardButton askToSave() override { return answer; }
    QString askSaveFileName(const QString &) override { return {}; }
    RecoveryChoice askRecovery(const QList<AutosaveEntry> &entries) override
    {
        ++recoveryQuestions;
        offered = entries;
        RecoveryChoice choice;
        choice.action = recovery;
        choice.entries = entries;
        return choice;
    }
    bool confirmOverwriteChanged(const QString &) override
    {
        ++overwriteQuestions;
        return false;
    }
    bool confirmRevert() override { return true; }
    void reportError(const QString &, const QString &message, const QString &) override
    {
        errors << message;
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The autosave folder's design files.
QStringList autosavedDesigns()
{
    return QDir(Autosave::defaultDirectory())
        .entryList({ QStringLiteral("*.continuity.json") }, QDir::Files);
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void anEditIsAutosavedAfterTheDebounceNeverOverTheUsersFile();
    void busyEditingIsStillAutosavedWithinTheInterval();
    void anIntervalOfZeroTurnsAutosavingOff();
    void aCleanCloseRemovesTheAutosave();
    void savingRemovesTheAutosave();
    void aWindowThatIsStillOpenIsNotOffered();
    void recoveryRestoresAnUntitledDesign();
    void recoveryRestoresATitledDesignUnsaved();
    void aRestoredDesignSavesToItsFileWithoutAsking();
    void discardingDeletesTheAutosave();
    void decidingLaterKeepsTheAutosaveForTheNextStart();
    void aCorruptAutosaveIsListedAsUnreadableAndNeverRestored();
    void theDialogListsNamesAsPlainTextAndCannotRestoreUnreadable();
    void aTenThousandComponentDesignIsAutosavedWhole();

private:
    QTemporaryDir m_dir;
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("continuity-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
    QVERIFY(m_dir.isValid());
}

void TestAutosave::init()
{
    QDir(Autosave::defaultDirectory()).removeRecursively();
}

void TestAutosave::anEditIsAutosavedAfterTheDebounceNeverOverTheUsersFile()
{
    const QString path = m_dir.filePath(QStringLiteral("debounce.continuity.json"));
    QVERIFY(QFile::copy(QStringLiteral(CONTINUITY_SOURCE_DIR
                                       "/resources/templates/active-passive.continuity.json"),
                        path));
    const QByteArray userFile = readAll(path);
    TestWindow w;
    QVERIFY(w.openFile(path));
    w.autosave()->setDebounceMs(300);
    QSignalSpy saved(w.autosave(), &Autosave::saved);

    w.document()->addComponent(ComponentKind::FrontDoor, QPointF(40, -200));
    QTest::qWait(100);
    // Not while the user is still at it.
    QVERIFY(!QFileInfo::exists(w.autosave()->designPath()));
    QVERIFY(saved.wait(5000));
    QCOMPARE(readAll(w.autosave()->designPath()), writeDesign(w.document()->design()));
    QVERIFY(w.autosave()->designPath().startsWith(Autosave::defaultDirectory()));
    QCOMPARE(readAll(path), userFile);

    const QList<AutosaveEntry> entries = Autosave::pending(Autosave::defaultDirectory());
    QVERIFY(entries.isEmpty()); // this window is still open
}

void TestAutosave::busyEditingIsStillAutosavedWithinTheInterval()
{
    TestWindow w;
    w.autosave()->setDebounceMs(60 * 1000);
    w.autosave()->setIntervalSeconds(1);
    QSignalSpy saved(w.autosave(), &Autosave::saved);
    QElapsedTimer clock;
    clock.start();
    // An edit every 100 ms keeps the debounce from ever running out.
    while (saved.isEmpty() && clock.elapsed() < 5000) {
        w.document()->addComponent(ComponentKind::KeyVault, QPointF(clock.elapsed(), 0));
        QTest::qWait(100);
    }
    QCOMPARE(saved.size(), 1);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    const LoadResult autosaved = loadDesignFile(w.autosave()->designPath());
    QVERIFY(autosaved.ok());
    QVERIFY(!autosaved.design->components.empty());
    w.close();
}

void TestAutosave::anIntervalOfZeroTurnsAutosavingOff()
{
    TestWindow w;
    w.autosave()->setDebounceMs(50);
    w.autosave()->setIntervalSeconds(0);
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QTest::qWait(400);
    QVERIFY(autosavedDesigns().isEmpty());
    w.close();
}

void TestAutosave::aCleanCloseRemovesTheAutosave()
{
    TestWindow w;
    w.show();
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QVERIFY(w.autosave()->saveNow());
    QCOMPARE(autosavedDesigns().size(), 1);
    w.answer = QMessageBox::Cancel;
    QVERIFY(!w.close());
    QCOMPARE(autosavedDesigns().size(), 1); // still open, still unsaved
    w.answer = QMessageBox::Discard;
    QVERIFY(w.close());
    QVERIFY(autosavedDesigns().isEmpty());
    QVERIFY(Autosave::pending().isEmpty());
}

void TestAutosave::savingRemovesTheAutosave()
{
    const QString path = m_dir.filePath(QStringLiteral("saving.continuity.json"));
    TestWindow w;
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QVERIFY(w.autosave()->saveNow());
    QVERIFY(QFileInfo::exists(w.autosave()->designPath()));
    QVERIFY(w.saveTo(path));
    QVERIFY(autosavedDesigns().isEmpty());
    // Undoing back to the saved state leaves nothing to recover either.
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(50, 0));
    QVERIFY(w.autosave()->saveNow());
    w.document()->undoStack()->undo();
    QVERIFY(!w.document()->isModified());
    QVERIFY(autosavedDesigns().isEmpty());
}

void TestAutosave::aWindowThatIsStillOpenIsNotOffered()
{
    TestWindow open;
    open.document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QVERIFY(open.autosave()->saveNow());
    TestWindow starting;
    QCOMPARE(starting.offerRecovery(), 0);
    QCOMPARE(starting.recoveryQuestions, 0);
    QVERIFY(QFileInfo::exists(open.autosave()->designPath()));
}

void TestAutosave::recoveryRestoresAnUntitledDesign()
{
    Design lost;
    QString lostSlot;
    {
        // A window that dies without closing, as in a crash.
        auto *crashed = new TestWindow;
        crashed->document()->setDesignName(QStringLiteral("Never saved"));
        crashed->document()->addComponent(ComponentKind::KeyVault, QPointF(10, 20));
        QVERIFY(crashed->autosave()->saveNow());
        lost = crashed->document()->design();
        lostSlot = crashed->autosave()->designPath();
        delete crashed;
    }
    QVERIFY(QFileInfo::exists(lostSlot));

    TestWindow w;
    QCOMPARE(w.offerRecovery(), 1);
    QCOMPARE(w.recoveryQuestions, 1);
    QCOMPARE(w.offered.size(), 1);
    QCOMPARE(w.offered.first().name, QStringLiteral("Never saved"));
    QVERIFY(w.offered.first().originalPath.isEmpty());
    QVERIFY(w.offered.first().readable);
    QCOMPARE(writeDesign(w.document()->design()), writeDesign(lost));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.document()->fileName().isEmpty());
    // The restored work is safe in this window's own slot before the old one goes.
    QVERIFY(!QFileInfo::exists(lostSlot));
    QCOMPARE(readAll(w.autosave()->designPath()), writeDesign(lost));
    QVERIFY(w.errors.isEmpty());
}

void TestAutosave::recoveryRestoresATitledDesignUnsaved()
{
    const QString path = m_dir.filePath(QStringLiteral("titled.continuity.json"));
    QVERIFY(QFile::copy(QStringLiteral(CONTINUITY_SOURCE_DIR
                                       "/resources/templates/single-region.continuity.json"),
                        path));
    const QByteArray userFile = readAll(path);
    Design lost;
    {
        auto *crashed = new TestWindow;
        QVERIFY(crashed->openFile(path));
        crashed->document()->addComponent(ComponentKind::FrontDoor, QPointF(40, -200));
        QVERIFY(crashed->autosave()->saveNow());
        lost = crashed->document()->design();
        delete crashed;
    }

    TestWindow w;
    QCOMPARE(w.offerRecovery(), 1);
    QCOMPARE(w.offered.first().originalPath, path);
    QCOMPARE(w.document()->fileName(), path);
    QVERIFY(w.document()->isModified());
    QCOMPARE(writeDesign(w.document()->design()), writeDesign(lost));
    QVERIFY(w.windowTitle().contains(QLatin1Char('*')) || w.isWindowModified());
    // Restoring does not touch the user's file.
    QCOMPARE(readAll(path), userFile);
    w.answer = QMessageBox::Discard;
    w.close();
}

void TestAutosave::aRestoredDesignSavesToItsFileWithoutAsking()
{
    const QString path = m_dir.filePath(QStringLiteral("resave.continuity.json"));
    QVERIFY(QFile::copy(QStringLiteral(CONTINUITY_SOURCE_DIR
                                       "/resources/templates/single-region.continuity.json"),
                        path));
    {
        auto *crashed = new TestWindow;
        QVERIFY(crashed->openFile(path));
        crashed->document()->addComponent(ComponentKind::FrontDoor, QPointF(40, -200));
        QVERIFY(crashed->autosave()->saveNow());
        delete crashed;
    }
    TestWindow w;
    QCOMPARE(w.offerRecovery(), 1);
    QVERIFY(w.save());
    QCOMPARE(w.overwriteQuestions, 0);
    QVERIFY(w.errors.isEmpty());
    QCOMPARE(readAll(path), writeDesign(w.document()->design()));
    QVERIFY(!w.document()->isModified());
    QVERIFY(autosavedDesigns().isEmpty());
}

void TestAutosave::discardingDeletesTheAutosave()
{
    {
        auto *crashed = new TestWindow;
        crashed->document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
        QVERIFY(crashed->autosave()->saveNow());
        delete crashed;
    }
    TestWindow w;
    w.recovery = RecoveryChoice::Action::Discard;
    QCOMPARE(w.offerRecovery(), 0);
    QCOMPARE(w.recoveryQuestions, 1);
    QVERIFY(w.document()->design().components.empty());
    QVERIFY(Autosave::pending().isEmpty());
    QVERIFY(autosavedDesigns().isEmpty());
}

void TestAutosave::decidingLaterKeepsTheAutosaveForTheNextStart()
{
    {
        auto *crashed = new TestWindow;
        crashed->document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
        QVERIFY(crashed->autosave()->saveNow());
        delete crashed;
    }
    {
        TestWindow w;
        w.recovery = RecoveryChoice::Action::Later;
        QCOMPARE(w.offerRecovery(), 0);
        QVERIFY(!w.document()->isModified());
    }
    TestWindow next;
    QCOMPARE(next.offerRecovery(), 1);
}

void TestAutosave::aCorruptAutosaveIsListedAsUnreadableAndNeverRestored()
{
    const QString dir = Autosave::defaultDirectory();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("broken.continuity.json")),
                     QByteArray("{\"format\": \"continuity-design\", \"vers")));
    QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("broken.autosave.json")),
                     QByteArray("\xff\xfe not a sidecar")));
    QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("orphan.autosave.json")),
                     QByteArray("{\"format\": \"continuity-autosave\", \"name\": \"Gone\"}")));
    {
        auto *crashed = new TestWindow;
        crashed->document()->setDesignName(QStringLiteral("Good one"));
        QVERIFY(crashed->autosave()->saveNow());
        delete crashed;
    }

    const QList<AutosaveEntry> entries = Autosave::pending(dir);
    QCOMPARE(entries.size(), 3);
    int unreadable = 0;
    for (const AutosaveEntry &e : entries) {
        if (!e.readable) {
            ++unreadable;
            QVERIFY(!e.problem.isEmpty());
        }
    }
    QCOMPARE(unreadable, 2);

    TestWindow w;
    QCOMPARE(w.offerRecovery(), 1);
    QCOMPARE(w.document()->design().name, QStringLiteral("Good one"));
    QVERIFY(w.errors.isEmpty());
    // The broken ones stay listed, for the user to discard.
    QCOMPARE(Autosave::pending(dir).size(), 2);
    w.recovery = RecoveryChoice::Action::Discard;
    w.offerRecovery();
    QVERIFY(Autosave::pending(dir).isEmpty());
    w.answer = QMessageBox::Discard;
    w.close();
}

void TestAutosave::theDialogListsNamesAsPlainTextAndCannotRestoreUnreadable()
{
    AutosaveEntry good;
    good.id = QStringLiteral("a");
    good.name = QStringLiteral("<b>bold</b> & co");
    good.originalPath = QStringLiteral("/tmp/x.continuity.json");
    good.savedAt = QDateTime::currentDateTimeUtc();
    AutosaveEntry bad = good;
    bad.id = QStringLiteral("b");
    bad.name = QStringLiteral("Broken");
    bad.originalPath.clear();
    bad.readable = false;
    bad.problem = QStringLiteral("not JSON");

    RecoveryDialog dialog({ good, bad });
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("<b>bold</b> & co"));
    QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(list->topLevelItem(1)->checkState(0), Qt::Unchecked);
    QVERIFY(list->topLevelItem(1)->text(2).contains(QLatin1String("Untitled")));
    QVERIFY(dialog.restoreButton()->isEnabled());

    list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    list->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.discardButton()->isEnabled());
    dialog.discardButton()->click();
    QCOMPARE(dialog.choice().action, RecoveryChoice::Action::Discard);
    QCOMPARE(dialog.choice().entries.size(), 1);
    QCOMPARE(dialog.choice().entries.first().id, QStringLiteral("b"));
}

void TestAutosave::aTenThousandComponentDesignIsAutosavedWhole()
{
    Document document(testsupport::generateDesign(10000));
    document.setDesignName(QStringLiteral("Ten thousand"));
    Autosave autosave(&document, m_dir.filePath(QStringLiteral("large")));
    autosave.setDebounceMs(0);
    QSignalSpy saved(&autosave, &Autosave::saved);

    // The UI thread's share of an autosave is the turn of the event loop in which the debounce
    // (0 here) runs out: it copies the design and hands it to the worker.
    document.setDesignName(QStringLiteral("Ten thousand, edited"));
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::processEvents();
    const qint64 uiThreadMs = clock.elapsed();
    QVERIFY(autosave.isPending());
    QVERIFY(saved.wait(60000));
    const qint64 totalMs = clock.elapsed();
    clock.restart();
    const Design copy = document.design();
    const qint64 copyMs = clock.elapsed();
    qInfo("10k design: the UI thread's share of an autosave took %lld ms (copying the design "
          "alone: %lld ms); written in %lld ms (%lld bytes)",
          uiThreadMs, copyMs, totalMs, QFileInfo(autosave.designPath()).size());
    const LoadResult back = loadDesignFile(autosave.designPath());
    QVERIFY(back.ok());
    QCOMPARE(back.design->components.size(), document.design().components.size());
    QCOMPARE(back.design->name, QStringLiteral("Ten thousand, edited"));
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
