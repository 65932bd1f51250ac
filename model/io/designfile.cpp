// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/io/designfile.h"

#include "model/log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <new>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace continuity {

namespace {

// Translated in the "DesignFile" context; lupdate reads the qualified calls.
struct FileText {
    Q_DECLARE_TR_FUNCTIONS(DesignFile)
};

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

LoadResult refusedFile(const QString &message)
{
    LoadResult result;
    result.error.message = message;
    return result;
}

QString tooLarge(const QString &path, qint64 bytes)
{
    return FileText::tr("%1 has %2 MiB, more than the %3 MiB a design file may have.")
        .arg(shown(path))
        // Rounded up, so that it never reads as the limit itself.
        .arg(std::ceil(static_cast<double>(bytes) * 10 / (1024 * 1024)) / 10, 0, 'f', 1)
        .arg(MaxFileBytes / (1024 * 1024));
}

// Reads at most MaxFileBytes + 1 bytes: enough to tell a file that is too large, without
// trusting the size on disk, which a growing file or a device does not tell truly.
bool readBounded(QFile &file, qint64 expectedSize, QByteArray *bytes)
{
    constexpr qint64 limit = MaxFileBytes + 1;
    constexpr qint64 chunk = 1024 * 1024;
    qint64 used = 0;
    bytes->resize(qBound<qint64>(1, expectedSize + 1, limit));
    for (;;) {
        if (used == bytes->size()) {
            if (used >= limit)
                break;
            bytes->resize(qMin(limit, used + qMax(chunk, used)));
        }
        const qint64 n = file.read(bytes->data() + used, bytes->size() - used);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        used += n;
    }
    bytes->resize(used);
    return true;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

FileStamp stampOf(const QString &path, const QByteArray &bytes)
{
    FileStamp stamp;
    stamp.modified = QFileInfo(path).lastModified().toUTC();
    stamp.size = bytes.size();
    stamp.sha256 = sha256(bytes);
    return stamp;
}

// Hashes the file as it is now; an empty result when it cannot be read.
QByteArray hashFile(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    *size = file.pos();
    return hash.result();
}

// Replaces the backup with the bytes of `path` through its own temporary file: a crash or a
// failure at any point leaves either the old backup or the new one, whole.
bool writeBackup(const QString &path, QString *reason)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        *reason = source.errorString();
        return false;
    }
    QSaveFile backup(backupPath(path));
    if (!backup.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *reason = backup.errorString();
        return false;
    }
    QByteArray chunk;
    for (;;) {
        chunk = source.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        qint64 done = 0;
        while (done < chunk.size()) {
            const qint64 n = backup.write(chunk.constData() + done, chunk.size() - done);
            if (n <= 0) {
                *reason = backup.error() != QFileDevice::NoError
                    ? backup.errorString()
                    : FileText::tr("the copy could not be written in full");
                backup.cancelWriting();
                return false;
            }
            done += n;
        }
    }
    if (source.error() != QFileDevice::NoError) {
        *reason = source.errorString();
        backup.cancelWriting();
        return false;
    }
    return commitWhole(backup, reason);
}

} // namespace

QString backupPath(const QString &path) { return path + QStringLiteral(".bak"); }

bool writeWhole(QSaveFile &file, const QByteArray &bytes, QString *reason)
{
    // Unbuffered: every write reaches the file system at once, so that a full disk is reported
    // by the write that meets it, with its reason.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *reason = file.errorString();
        return false;
    }
    // A write may stop short without an error (the file size limit, the last free block); only
    // writing the rest brings out the reason (disk full, file too large). Committing after a
    // short write would replace the target with a truncated file.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != bytes.size() || !file.flush()) {
        *reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : FileText::tr("the file could not be written in full");
        file.cancelWriting();
        return false;
    }
    return true;
}

bool writeFileWhole(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    return writeWhole(file, bytes, reason) && commitWhole(file, reason);
}

bool commitWhole(QSaveFile &file, QString *reason)
{
    // A QSaveFile opened buffered keeps small writes until commit() writes them out, and Qt 6.4
    // renames the temporary file over the target even when that last write fails: on a full
    // disk the design would be replaced by an empty file. So whatever is buffered goes out here,
    // and the bytes are synced (some file systems report a full disk only then), before the
    // rename.
    if (!file.flush()) {
        *reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : FileText::tr("the file could not be written in full");
        file.cancelWriting();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != ENOTSUP) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return false;
    }
#endif
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

LoadResult loadDesignFile(const QString &path) { return loadDesignFile(path, nullptr); }

LoadResult loadDesignFile(const QString &path, FileStamp *stamp)
{
    if (stamp)
        *stamp = FileStamp();
    try {
        const QFileInfo info(path);
        if (!info.exists())
            return refusedFile(FileText::tr("%1 does not exist.").arg(shown(path)));
        if (info.isDir())
            return refusedFile(FileText::tr("%1 is a folder, not a design file.").arg(shown(path)));
        if (info.size() > MaxFileBytes)
            return refusedFile(tooLarge(path, info.size()));

        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return refusedFile(FileText::tr("%1 cannot be opened: %2").arg(shown(path), file.errorString()));
        }
        QByteArray bytes;
        if (!readBounded(file, info.size(), &bytes)) {
            return refusedFile(FileText::tr("%1 cannot be read: %2").arg(shown(path), file.errorString()));
        }
        if (stamp) {
            *stamp = stampOf(path, bytes);
            // Taken before the read, so that a change made while reading shows as a change.
            stamp->modified = info.lastModified().toUTC();
        }
        if (bytes.size() > MaxFileBytes)
            return refusedFile(tooLarge(path, bytes.size()));

        LoadResult result = readDesign(bytes);
        if (!result.ok())
            result.error.message = FileText::tr("%1: %2").arg(shown(path), result.error.message);
        return result;
    } catch (const std::bad_alloc &) {
        return refusedFile(FileText::tr("There is not enough memory to read %1.").arg(shown(path)));
    }
}

bool saveDesignFile(const QString &path, const Design &design, QString *error,
                    const SaveOptions &options, FileStamp *stamp)
{
    const bool replacing = QFileInfo(path).isFile();
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = FileText::tr("%1 could not be saved: %2").arg(shown(path), reason);
            // The system's reasons ("No space left on device") end without a full stop.
            if (!error->endsWith(QLatin1Char('.')))
                *error += QLatin1Char('.');
            if (replacing)
                *error += QLatin1Char(' ') + FileText::tr("The file on disk is unchanged.");
        }
        return false;
    };

    QByteArray bytes;
    try {
        bytes = writeDesign(design);
    } catch (const std::bad_alloc &) {
        return fail(FileText::tr("not enough memory"));
    }

    QSaveFile file(path);
    QString writeError;
    if (!writeWhole(file, bytes, &writeError))
        return fail(writeError);

    // The backup is made only now, once the new bytes are safely in the temporary file; it is a
    // courtesy, so a folder that takes the design but not the backup does not fail the save.
    if (options.keepBackup && replacing) {
        QString reason;
        if (!writeBackup(path, &reason)) {
            log::get("io")->warn("No backup of {} was kept: {}", path.toStdString(),
                                 reason.toStdString());
        }
    }

    QString reason;
    if (!commitWhole(file, &reason))
        return fail(reason);
    if (stamp)
        *stamp = stampOf(path, bytes);
    return true;
}

FileStamp fileStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    FileStamp stamp;
    stamp.modified = info.lastModified().toUTC();
    qint64 size = -1;
    stamp.sha256 = hashFile(path, &size);
    if (stamp.sha256.isEmpty())
        return {};
    stamp.size = size;
    return stamp;
}

bool fileChangedSince(const QString &path, const FileStamp &stamp)
{
    if (stamp.isNull())
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    // The time alone cannot tell: two saves within one tick of the file system's clock leave
    // the same modification time. Only asked before a save, so the bytes are read each time.
    if (info.size() != stamp.size)
        return true;
    qint64 size = -1;
    const QByteArray now = hashFile(path, &size);
    return now.isEmpty() || size != stamp.size || now != stamp.sha256;
}

} // namespace continuity
