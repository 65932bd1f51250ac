// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/designjson.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QSaveFile;

namespace continuity {

/// What a design file was like when it was read or written: enough to tell later whether
/// someone else changed it. Null (size < 0) when there was no file.
struct FileStamp {
    QDateTime modified;
    qint64 size = -1;
    /// SHA-256 of the file's bytes.
    QByteArray sha256;

    bool isNull() const { return size < 0; }
    bool operator==(const FileStamp &) const = default;
};

/// How saveDesignFile treats the file it replaces.
struct SaveOptions {
    /// Keep the replaced version beside the file as backupPath(path). When false, no backup is
    /// written and an existing one is left as it is.
    bool keepBackup = true;
};

/// Where saveDesignFile keeps the previous version of `path`: `path` + ".bak".
QString backupPath(const QString &path);

/// Reads and checks the design file at `path`. Refused before any byte is read: a missing file,
/// a folder, a file larger than MaxFileBytes (by its size on disk); then whatever readDesign
/// refuses. Never reads more than MaxFileBytes + 1 bytes, even from a file that grows or is not
/// a regular file. Every message names the file. Never throws.
LoadResult loadDesignFile(const QString &path);
/// The same; when the file was read (whether or not it holds a valid design) and `stamp` is not
/// null, `*stamp` describes the bytes that were read, else it is null.
LoadResult loadDesignFile(const QString &path, FileStamp *stamp);

/// Writes writeDesign(design) to `path` through a temporary file in the same folder that
/// replaces the old file only once it is complete, so that a failure (a full disk, a read-only
/// folder, a crash) leaves the previous file as it was. With options.keepBackup, before the old
/// file is replaced, its bytes replace backupPath(path) the same way, so that at every moment
/// there is a complete backup or none at all, never a partial one (a failure to write the
/// backup does not stop the save). Returns false, with a message naming the file and the reason
/// in `*error` (when not null), when the design was not saved. On success, `*stamp` (when not
/// null) describes the file as written.
bool saveDesignFile(const QString &path, const Design &design, QString *error,
                    const SaveOptions &options = {}, FileStamp *stamp = nullptr);

/// Opens `file` (unbuffered) and writes every byte of `bytes` to it. Returns false, with the
/// reason in `*reason`, when it could not (the temporary file is then removed).
bool writeWhole(QSaveFile &file, const QByteArray &bytes, QString *reason);

/// Replaces the file at `path` with `bytes`, atomically: writeWhole() then commitWhole(). On
/// failure the file on disk is left as it was and `*reason` says why. For every file the
/// application writes: designs, exports, reports.
bool writeFileWhole(const QString &path, const QByteArray &bytes, QString *reason);

/// Finishes a file written through `file` (open, every byte written): writes out what it still
/// buffers, has the bytes reach the disk, and only then replaces the target. Returns false, with
/// the reason in `*reason`, when some byte did not make it (a full disk, a file size limit); the
/// target is then left as it was and the temporary file removed.
bool commitWhole(QSaveFile &file, QString *reason);

/// The stamp of the file at `path` as it is now (its bytes are read and hashed); null when it
/// does not exist or cannot be read.
FileStamp fileStamp(const QString &path);

/// Whether the file at `path` now holds other bytes than it did when `stamp` was taken. The
/// bytes are compared, not the time: two writes within one tick of the file system's clock
/// leave the same modification time; a file touched but holding the same bytes is unchanged. False when `stamp` is null or the file no longer
/// exists (there is nothing to overwrite); true when it exists but cannot be read.
bool fileChangedSince(const QString &path, const FileStamp &stamp);

} // namespace continuity
