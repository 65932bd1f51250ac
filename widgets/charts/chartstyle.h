// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace continuity {

/// The colours a chart draws with, taken from a widget palette so that charts follow the
/// application's light or dark appearance.
struct ChartStyle {
    bool dark = false;
    QColor background;
    QColor text;
    QColor grid;
    QColor axis;
    QColor accent;   ///< the highlighted point, the bars
    QColor series;   ///< the other points

    static ChartStyle fromPalette(const QPalette &palette);
    /// Applies the style to a chart's background, title, legend and axes (call again after
    /// axes are added).
    void apply(QChart *chart) const;
};

}  // namespace continuity
