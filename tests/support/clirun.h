// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace continuity::testsupport {

/// What a run of the continuity binary gave.
struct Run {
    int status = -1;  ///< the exit status; -1 when it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

/// Runs the continuity binary the build made with `arguments`, as from a terminal with no
/// display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed (the command line must choose
/// the offscreen platform itself), SOURCE_DATE_EPOCH removed, then `environment` added.
/// Standard input is closed. Gives up after three minutes.
Run runCli(const QStringList &arguments,
           const QList<std::pair<QString, QString>> &environment = {});

/// The path of a template design in the source tree ("active-passive").
QString templateFile(const QString &name);
/// The four templates, by name.
QStringList templateNames();

/// The bytes of a file; empty when it cannot be read.
QByteArray readAll(const QString &path);

}  // namespace continuity::testsupport
