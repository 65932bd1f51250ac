// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/charts/chartstyle.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace continuity {

ChartStyle ChartStyle::fromPalette(const QPalette &palette)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.dark = s.background.lightness() < 128;
    // Grid lines a little away from the background, axes further.
    s.grid = s.dark ? s.background.lighter(160) : s.background.darker(115);
    s.axis = s.dark ? s.background.lighter(220) : s.background.darker(150);
    s.accent = palette.color(QPalette::Highlight);
    // The other points in a neutral tone halfway between text and background, so that the
    // highlighted one stands out in either appearance.
    s.series = QColor::fromRgbF((s.text.redF() + s.background.redF()) / 2,
                                (s.text.greenF() + s.background.greenF()) / 2,
                                (s.text.blueF() + s.background.blueF()) / 2);
    return s;
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *a : chart->axes()) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
        a->setLinePenColor(axis);
        a->setGridLineColor(grid);
        a->setMinorGridLineColor(grid);
    }
}

}  // namespace continuity
