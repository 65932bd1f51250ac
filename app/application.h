// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace continuity::app {

/// Sets the organisation and application names (QSettings, QStandardPaths) and the version.
void setApplicationIdentity();

/// Sends the model's loggers and Qt's own messages to standard error and to a rotating file
/// under the application's data location. `verbose` lowers the level to debug.
void setUpLogging(bool verbose, bool toFile);

}  // namespace continuity::app
