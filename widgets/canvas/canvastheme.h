// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"
#include "model/validation/finding.h"

#include <QColor>
#include <QFont>
#include <QPalette>

#include <array>

namespace continuity {

/// The colours the canvas draws with, derived from a widget palette so that the canvas follows
/// the application's light or dark appearance. The same colours serve the exports.
struct CanvasTheme {
    bool dark = false;
    QColor canvas;          ///< the background
    QColor grid;            ///< grid dots
    QColor itemFill;        ///< component boxes
    QColor itemBorder;
    QColor text;
    QColor mutedText;
    QColor regionFill;
    QColor regionTitleFill;
    QColor regionBorder;
    QColor selection;       ///< outlines of selected items, the rubber band
    QColor dropTarget;      ///< a region that will receive a dropped or dragged component
    QColor valid;           ///< a component a connection may end at
    QColor invalid;         ///< a component a connection may not end at
    QColor error;
    QColor warning;
    QColor info;
    QColor labelFill;       ///< the pill behind a connection's label
    std::array<QColor, ConnectionKindCount> connection;

    static CanvasTheme fromPalette(const QPalette &palette);

    QColor severityColor(Severity severity) const;
    QColor connectionColor(ConnectionKind kind) const
    {
        return connection[static_cast<size_t>(kind)];
    }
};

/// The fonts the canvas draws with, in pixel sizes (scene units), derived from one base font.
struct CanvasFonts {
    QFont name;      ///< component names
    QFont detail;    ///< the summary line under a name
    QFont title;     ///< region names
    QFont location;  ///< region locations
    QFont label;     ///< connection labels and badges

    static CanvasFonts fromFont(const QFont &base);
};

/// A blend of two colours: `t` = 0 gives `a`, 1 gives `b`.
QColor mixColors(const QColor &a, const QColor &b, double t);

}  // namespace continuity
