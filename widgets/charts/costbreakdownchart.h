// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QValueAxis;

namespace continuity {

/// One bar of the cost breakdown.
struct CostBar {
    QString label;  ///< a component kind, "AKS cluster (2)"
    double monthlyCostUsd = 0;
};

/// Horizontal bars of the monthly cost by component kind, the largest on top, each labelled
/// with its amount; hovering a bar shows its share. Follows the widget palette.
class CostBreakdownChart : public QWidget
{
    Q_OBJECT

public:
    explicit CostBreakdownChart(QWidget *parent = nullptr);
    ~CostBreakdownChart() override;

    /// Replaces the bars (in any order; shown largest first).
    void setBars(std::vector<CostBar> bars);
    const std::vector<CostBar> &bars() const { return m_bars; }
    QColor backgroundColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    std::vector<CostBar> m_bars;
};

}  // namespace continuity
