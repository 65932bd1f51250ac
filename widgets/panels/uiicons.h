// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/validation/finding.h"

#include <QColor>
#include <QIcon>

namespace continuity {

/// The commands of the main window and its panels that carry an icon.
enum class ActionIcon {
    New,
    Open,
    Save,
    Template,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Delete,
    Connect,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomReset,
    AlignLeft,
    AlignHCenter,
    AlignRight,
    AlignTop,
    AlignVCenter,
    AlignBottom,
    Search,
};

/// A line icon of the project's own drawing, in the application palette's text colour at the
/// time it is painted (so it follows light and dark themes); a desktop icon theme's icon of the
/// same meaning is preferred where one is installed.
QIcon actionIcon(ActionIcon icon);

/// The icon of a finding's severity: a red disc, an amber triangle, a blue disc.
QIcon severityIcon(Severity severity);
/// The fill colour of a severity's icon and badges.
QColor severityColor(Severity severity);
/// A darker shade of severityColor, readable as text on a light window background.
QColor severityTextColor(Severity severity);

}  // namespace continuity
