// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Saving over a file that changed on disk since it was opened asks first; backups follow the
// "files/keepBackup" setting.

#include "model/document.h"
#include "model/io/designfile.h"
#include "model/kinds.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace continuity;

namespace {

class TestWindow : public MainWindow
{
public:
    bool overwrite = false;
    QStringList asked;
    QStringList errors;

protected:
    QMessageBox::StandardButton askToSave() override { return QMessageBox::Discard; }
    bool confirmRevert() override { return true; }
    bool confirmOverwriteChanged(const QString &path) override
    {
        asked << path;
        return overwrite;
    }
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

} // namespace

class TestChangedOnDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void savingOverAFileChangedElsewhereAsks_data();
    void savingOverAFileChangedElsewhereAsks();
    void savingAnUnchangedFileDoesNotAsk();
    void afterSavingHereTheNextSaveDoesNotAsk();
    void backupsFollowTheSetting();

private:
    QString openedCopy(TestWindow &w);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestChangedOnDisk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("continuity-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_changedondisk"));
    QVERIFY(m_dir.isValid());
}

void TestChangedOnDisk::init() { QSettings().clear(); }

QString TestChangedOnDisk::openedCopy(TestWindow &w)
{
    const QString path = m_dir.filePath(QStringLiteral("d%1.continuity.json").arg(++m_files));
    if (!QFile::copy(QStringLiteral(CONTINUITY_SOURCE_DIR
                                    "/resources/templates/active-passive.continuity.json"),
                     path)
        || !w.openFile(path)) {
        return {};
    }
    w.document()->addComponent(ComponentKind::FrontDoor, QPointF(40, -200));
    return path;
}

void TestChangedOnDisk::savingOverAFileChangedElsewhereAsks_data()
{
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("overwrite") << true;
    QTest::newRow("cancel") << false;
}

void TestChangedOnDisk::savingOverAFileChangedElsewhereAsks()
{
    QFETCH(bool, overwrite);
    TestWindow w;
    const QString path = openedCopy(w);
    QVERIFY(!path.isEmpty());
    QByteArray theirs = readAll(path);
    theirs.append("\n");
    QVERIFY(writeAll(path, theirs));

    w.overwrite = overwrite;
    QCOMPARE(w.save(), overwrite);
    QCOMPARE(w.asked, QStringList { path });
    QVERIFY(w.errors.isEmpty());
    if (overwrite) {
        QCOMPARE(readAll(path), writeDesign(w.document()->design()));
        QVERIFY(!w.document()->isModified());
        // Their version is the one kept as the backup.
        QCOMPARE(readAll(backupPath(path)), theirs);
    } else {
        QCOMPARE(readAll(path), theirs);
        QVERIFY(w.document()->isModified());
    }
}

void TestChangedOnDisk::savingAnUnchangedFileDoesNotAsk()
{
    TestWindow w;
    const QString path = openedCopy(w);
    QVERIFY(!path.isEmpty());
    QVERIFY(w.save());
    QVERIFY(w.asked.isEmpty());
    QCOMPARE(readAll(path), writeDesign(w.document()->design()));
}

void TestChangedOnDisk::afterSavingHereTheNextSaveDoesNotAsk()
{
    TestWindow w;
    const QString path = openedCopy(w);
    QVERIFY(!path.isEmpty());
    QVERIFY(w.save());
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QVERIFY(w.save());
    QVERIFY(w.asked.isEmpty());
    // Reverting reads the file again: a change made before that is no longer someone else's.
    QVERIFY(writeAll(path, readAll(path) + "\n"));
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(80, 0));
    QVERIFY(w.revert());
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(160, 0));
    QVERIFY(w.save());
    QVERIFY(w.asked.isEmpty());
}

void TestChangedOnDisk::backupsFollowTheSetting()
{
    TestWindow w;
    const QString path = openedCopy(w);
    QVERIFY(!path.isEmpty());
    QSettings().setValue(QStringLiteral("files/keepBackup"), false);
    QVERIFY(w.save());
    QVERIFY(!QFileInfo::exists(backupPath(path)));
    QSettings().remove(QStringLiteral("files/keepBackup"));
    const QByteArray before = readAll(path);
    w.document()->addComponent(ComponentKind::KeyVault, QPointF(0, 0));
    QVERIFY(w.save());
    QCOMPARE(readAll(backupPath(path)), before);
}

QTEST_MAIN(TestChangedOnDisk)
#include "tst_changedondisk.moc"
