// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/io/designfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

#ifdef __linux__
#include <linux/capability.h>
#include <sys/syscall.h>
#endif

using namespace continuity;

namespace {

Design smallDesign(const QString &name)
{
    Design d;
    d.name = name;
    d.deploymentModel = DeploymentModel::SingleRegion;
    Component region;
    region.id = QStringLiteral("r");
    region.kind = ComponentKind::Region;
    region.name = QStringLiteral("West Europe");
    region.pos = QPointF(0, 0);
    region.properties = { { "location", "westeurope" } };
    d.components.emplace(region.id, region);
    return d;
}

// Large enough that writing it cannot fit under a small file size limit.
Design largeDesign()
{
    Design d = smallDesign(QStringLiteral("Large"));
    for (int i = 0; i < 2000; ++i) {
        Component kv;
        kv.id = QStringLiteral("kv-%1").arg(i);
        kv.kind = ComponentKind::KeyVault;
        kv.parent = QStringLiteral("r");
        kv.name = QStringLiteral("Key Vault number %1").arg(i);
        d.components.emplace(kv.id, kv);
    }
    return d;
}

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

bool runningAsRoot() { return ::geteuid() == 0; }

// Root passes permission checks through a few capabilities; while this object lives they are
// off for the calling thread, so that a read-only folder refuses root as it refuses any user.
class WithoutFileCapabilities
{
public:
    WithoutFileCapabilities()
    {
#ifdef __linux__
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2];
        std::memcpy(reduced, m_saved, sizeof reduced);
        for (const int cap : { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER })
            reduced[cap / 32].effective &= ~(1u << (cap % 32));
        m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
#endif
    }
    ~WithoutFileCapabilities()
    {
#ifdef __linux__
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
#endif
    }
    WithoutFileCapabilities(const WithoutFileCapabilities &) = delete;
    WithoutFileCapabilities &operator=(const WithoutFileCapabilities &) = delete;

    bool dropped() const { return m_dropped; }

private:
    bool m_dropped = false;
#ifdef __linux__
    __user_cap_header_struct m_header {};
    __user_cap_data_struct m_saved[2] {};
#endif
};

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void aSavedDesignLoadsBackTheSame();
    void savingKeepsThePreviousVersionBesideIt();
    void aMissingFileIsNamedInTheMessage();
    void aFolderIsNotADesign();
    void aFileOver64MiBIsRefusedByItsSizeAlone();
    void aFileThatNeverEndsIsCutOffAt64MiB();
    void aBrokenFileIsRefusedWithItsNameAndPlace();
    void savingWhereTheFolderIsMissingSaysWhy();
    void savingIntoAReadOnlyFolderKeepsTheOriginal();
    void aWriteThatFailsHalfwayKeepsTheOriginal();
    void aSmallDesignOnAFullDiskKeepsTheOriginalAndItsBackup();
    void aBackupThatCannotBeWrittenLeavesThePreviousBackupWhole();
    void withBackupsOffNoCopyIsKept();
    void aFileChangedOnDiskIsNoticed();
    void touchingAFileWithoutChangingItIsNotAChange();
    void aFileSavedHereIsNotChangedOnDisk();
    void aDeletedFileIsNotAChange();
};

void TestDesignFile::aSavedDesignLoadsBackTheSame()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    const Design d = smallDesign(QString::fromUtf8("Boutique – Zürich"));

    QString error;
    QVERIFY2(saveDesignFile(path, d, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), writeDesign(d));

    const LoadResult loaded = loadDesignFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    QVERIFY(*loaded.design == d);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak"))); // nothing was replaced
}

void TestDesignFile::savingKeepsThePreviousVersionBesideIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    const Design first = smallDesign(QStringLiteral("First"));
    const Design second = smallDesign(QStringLiteral("Second"));

    QVERIFY(saveDesignFile(path, first, nullptr));
    QVERIFY(saveDesignFile(path, second, nullptr));
    QCOMPARE(readAll(path), writeDesign(second));
    QCOMPARE(readAll(path + QStringLiteral(".bak")), writeDesign(first));
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestDesignFile::aMissingFileIsNamedInTheMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.continuity.json"));
    const LoadResult result = loadDesignFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QDir::toNativeSeparators(path)),
        qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("does not exist")),
        qPrintable(result.error.message));
    QVERIFY(result.error.pointer.isEmpty());
}

void TestDesignFile::aFolderIsNotADesign()
{
    QTemporaryDir dir;
    const LoadResult result = loadDesignFile(dir.path());
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error.message.contains(QLatin1String("folder")), qPrintable(result.error.message));
}

void TestDesignFile::aFileOver64MiBIsRefusedByItsSizeAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.continuity.json"));
    {
        // A sparse file: 100 MB on paper, nothing on disk, made in an instant.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100 * 1000 * 1000));
    }
    // Unreadable as well, so that a loader which read first would report that instead (the
    // permission is not enforced for root, where the size message alone is checked).
    QFile::setPermissions(path, QFileDevice::Permissions());

    const LoadResult result = loadDesignFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QDir::toNativeSeparators(path)),
        qPrintable(result.error.message));
    QVERIFY2(
        result.error.message.contains(QLatin1String("95.4 MiB")), qPrintable(result.error.message));
    QVERIFY2(
        result.error.message.contains(QLatin1String("64 MiB")), qPrintable(result.error.message));
}

void TestDesignFile::aFileThatNeverEndsIsCutOffAt64MiB()
{
    // A device reports no size; the read itself must stop.
    if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero here");
    const LoadResult result = loadDesignFile(QStringLiteral("/dev/zero"));
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error.message.contains(QLatin1String("64 MiB")), qPrintable(result.error.message));
}

void TestDesignFile::aBrokenFileIsRefusedWithItsNameAndPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.continuity.json"));
    QVERIFY(writeAll(path, R"({"format": "continuity-design", "version": 1,
        "deploymentModel": "active-active", "components": [{"id": "a", "kind": "spaceship"}],
        "connections": []})"));
    const LoadResult result = loadDesignFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.startsWith(QDir::toNativeSeparators(path) + QLatin1String(": ")),
        qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("\"spaceship\"")),
        qPrintable(result.error.message));
    QCOMPARE(result.error.pointer, QStringLiteral("/components/0/kind"));
}

void TestDesignFile::savingWhereTheFolderIsMissingSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone/shop.continuity.json"));
    QString error;
    QVERIFY(!saveDesignFile(path, smallDesign(QStringLiteral("x")), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("could not be saved: ")), qPrintable(error));
    QVERIFY2(!error.endsWith(QLatin1String(": ")), qPrintable(error)); // a reason follows
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!saveDesignFile(path, smallDesign(QStringLiteral("x")), nullptr));
}

void TestDesignFile::savingIntoAReadOnlyFolderKeepsTheOriginal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    const Design original = smallDesign(QStringLiteral("Original"));
    QVERIFY(saveDesignFile(path, original, nullptr));
    const QByteArray before = readAll(path);

    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    bool saved = true;
    {
        // Root (as in many CI containers) is refused too, once it sheds its capabilities.
        const WithoutFileCapabilities asAnyUser;
        if (runningAsRoot() && !asAnyUser.dropped())
            QSKIP("running as root, whose capabilities could not be dropped");
        saved = saveDesignFile(path, smallDesign(QStringLiteral("Changed")), &error);
    }
    QFile::setPermissions(
        dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ermission")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("unchanged")), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestDesignFile::aWriteThatFailsHalfwayKeepsTheOriginal()
{
    // A file size limit makes the write fail part way, as a full disk would; the signal that
    // limit raises is ignored so that the write reports the error instead.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    const Design original = smallDesign(QStringLiteral("Original"));
    QVERIFY(saveDesignFile(path, original, nullptr));
    const QByteArray before = readAll(path);
    const QByteArray replacement = writeDesign(largeDesign());
    QVERIFY(replacement.size() > 16 * before.size());

    rlimit saved {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = static_cast<rlim_t>(before.size() * 4);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);

    QString error;
    const bool ok = saveDesignFile(path, largeDesign(), &error);

    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!ok);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("too large"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(readAll(path), before);
    const LoadResult still = loadDesignFile(path);
    QVERIFY2(still.ok(), qPrintable(still.error.message));
    QCOMPARE(still.design->name, QStringLiteral("Original"));
    // The temporary file went away with the failure.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left) {
        QVERIFY2(name == QLatin1String("shop.continuity.json")
                || name == QLatin1String("shop.continuity.json.bak"),
            qPrintable(name));
    }
}

void TestDesignFile::aSmallDesignOnAFullDiskKeepsTheOriginalAndItsBackup()
{
    // A design small enough to be buffered whole is written out only at the end: on a disk that
    // is full (here, a file size limit below its size) that last write fails, and the file and
    // its backup must stay as they were, not be replaced by empty ones. Seen on a full tmpfs.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("First")), nullptr));
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Original")), nullptr));
    const QByteArray before = readAll(path);
    const QByteArray backupBefore = readAll(backupPath(path));
    QVERIFY(!backupBefore.isEmpty());

    rlimit saved {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);

    QString error;
    const bool ok = saveDesignFile(path, smallDesign(QStringLiteral("Changed")), &error);

    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!ok);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("too large"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("unchanged")), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(readAll(backupPath(path)), backupBefore);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestDesignFile::aBackupThatCannotBeWrittenLeavesThePreviousBackupWhole()
{
    // The large design on disk cannot be copied under the file size limit, while the small one
    // that replaces it fits: the backup fails half way, as on a disk that fills up.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    const Design first = smallDesign(QStringLiteral("First"));
    QVERIFY(saveDesignFile(path, first, nullptr));
    QVERIFY(saveDesignFile(path, largeDesign(), nullptr));
    const QByteArray backupBefore = readAll(backupPath(path));
    QCOMPARE(backupBefore, writeDesign(first));
    const Design small = smallDesign(QStringLiteral("Small"));
    const qint64 large = QFileInfo(path).size();
    QVERIFY(large > 4 * writeDesign(small).size());

    rlimit saved {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = static_cast<rlim_t>(large / 2);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);

    QString error;
    const bool ok = saveDesignFile(path, small, &error);

    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(readAll(path), writeDesign(small));
    // Not removed, not cut short: the backup made before is still there, whole.
    QCOMPARE(readAll(backupPath(path)), backupBefore);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left.size(), 2);
}

void TestDesignFile::withBackupsOffNoCopyIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    SaveOptions noBackup;
    noBackup.keepBackup = false;
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("First")), nullptr, noBackup));
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Second")), nullptr, noBackup));
    QVERIFY(!QFileInfo::exists(backupPath(path)));

    // A backup kept earlier is the user's: turning backups off leaves it alone.
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Third")), nullptr));
    const QByteArray kept = readAll(backupPath(path));
    QCOMPARE(kept, writeDesign(smallDesign(QStringLiteral("Second"))));
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Fourth")), nullptr, noBackup));
    QCOMPARE(readAll(backupPath(path)), kept);
}

void TestDesignFile::aFileChangedOnDiskIsNoticed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Mine")), nullptr));
    FileStamp stamp;
    const LoadResult loaded = loadDesignFile(path, &stamp);
    QVERIFY(loaded.ok());
    QVERIFY(!stamp.isNull());
    QCOMPARE(stamp.size, QFileInfo(path).size());
    QVERIFY(!fileChangedSince(path, stamp));

    // Someone else saves the same size of file within the same second: the bytes tell.
    QByteArray theirs = readAll(path);
    theirs.replace("Mine", "Your");
    QVERIFY(writeAll(path, theirs));
    QFile touched(path);
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(stamp.modified, QFileDevice::FileModificationTime));
    touched.close();
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), stamp.modified);
    QCOMPARE(QFileInfo(path).size(), stamp.size);
    QVERIFY(fileChangedSince(path, stamp));
    QVERIFY(fileChangedSince(path, stamp)); // asking does not change the answer
    QCOMPARE(fileStamp(path).sha256, QCryptographicHash::hash(theirs, QCryptographicHash::Sha256));
}

void TestDesignFile::touchingAFileWithoutChangingItIsNotAChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Mine")), nullptr));
    FileStamp stamp;
    QVERIFY(loadDesignFile(path, &stamp).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                             QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(QFileInfo(path).lastModified().toUTC() != stamp.modified);
    QVERIFY(!fileChangedSince(path, stamp));
}

void TestDesignFile::aFileSavedHereIsNotChangedOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    FileStamp first;
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("First")), nullptr, {}, &first));
    FileStamp second;
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("Second")), nullptr, {}, &second));
    QCOMPARE(second, fileStamp(path));
    QVERIFY(!fileChangedSince(path, second));
    QVERIFY(fileChangedSince(path, first));
}

void TestDesignFile::aDeletedFileIsNotAChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.continuity.json"));
    FileStamp stamp;
    QVERIFY(saveDesignFile(path, smallDesign(QStringLiteral("First")), nullptr, {}, &stamp));
    QVERIFY(QFile::remove(path));
    QVERIFY(!fileChangedSince(path, stamp));
    QVERIFY(fileStamp(path).isNull());
    QVERIFY(!fileChangedSince(path, FileStamp()));
}

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
