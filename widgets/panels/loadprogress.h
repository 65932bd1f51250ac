// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/designfile.h"

#include <optional>

class QProgressDialog;
class QWidget;

namespace continuity {

/// Reads a design file (loadDesignFile) on a worker thread while the window stays painted.
/// A read that takes longer than `delayMs` shows a window-modal progress dialog over `parent`
/// with Cancel; until then the window takes no input. Cancel returns at once with nullopt: the
/// read only builds a new design, so dropping it leaves the open design as it was. `stamp` as
/// in loadDesignFile. `onDialog`, when given, receives the dialog once it exists (tests cancel
/// through it).
std::optional<LoadResult> loadDesignFileWithProgress(
    QWidget *parent, const QString &path, FileStamp *stamp, int delayMs = 400,
    void (*onDialog)(QProgressDialog *) = nullptr);

}  // namespace continuity
