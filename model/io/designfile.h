// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/designjson.h"

#include <QString>

namespace continuity {

/// Reads and checks the design file at `path`. Refused before any byte is read: a missing file,
/// a folder, a file larger than MaxFileBytes (by its size on disk); then whatever readDesign
/// refuses. Never reads more than MaxFileBytes + 1 bytes, even from a file that grows or is not
/// a regular file. Every message names the file. Never throws.
LoadResult loadDesignFile(const QString &path);

/// Writes writeDesign(design) to `path` through a temporary file in the same folder that
/// replaces the old file only once it is complete, so that a failure (a full disk, a read-only
/// folder, a crash) leaves the previous file as it was. Before replacing an existing file, a
/// copy of it is kept beside it as `path` + ".bak" (a failure to make that copy does not stop
/// the save). Returns false, with a message naming the file and the reason in `*error` (when
/// not null), when the design was not saved.
bool saveDesignFile(const QString &path, const Design &design, QString *error);

} // namespace continuity
