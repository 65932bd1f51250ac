// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace continuity::app {

/// Sets the organisation and application names (QSettings, QStandardPaths) and the version.
void setApplicationIdentity();

/// Sends the model's loggers and Qt's own messages to standard error and to a rotating file
/// under the application's data location. `verbose` lowers the level to debug.
void setUpLogging(bool verbose, bool toFile);

/// Milliseconds since the process started (on Linux from the kernel's start time, to 10 ms;
/// elsewhere from the first call), for the start-up figures the log reports.
double millisecondsSinceStart();

/// Logs, once, how long after the process started the first window was painted, and how much
/// memory the process then holds ("startup" logger, info level: --verbose shows it).
void reportFirstPaint();

}  // namespace continuity::app
