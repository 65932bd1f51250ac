// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QScatterSeries;
class QValueAxis;

namespace continuity {

struct Alternative;

/// What the trade-off chart plots against the monthly cost.
enum class TradeoffMetric { Rto, Rpo, Availability };

/// One labelled point of the trade-off chart.
struct TradeoffPoint {
    QString label;                ///< shown beside the point
    double monthlyCostUsd = 0;
    std::optional<double> value;  ///< seconds (RTO, RPO) or percent; empty: there is none
    bool highlighted = false;
    QString tooltip;              ///< the numbers, shown while the pointer is on the point
};

/// The point of a deployment-model alternative for `metric`, labelled `label`, highlighted
/// when it is the design as it is; no tooltip.
TradeoffPoint tradeoffPoint(const Alternative &alternative, TradeoffMetric metric,
                            const QString &label);

/// A scatter chart of monthly cost (x) against recovery time, data loss or availability (y), one
/// labelled point each. A point without a value sits at the worst end of the axis, drawn as a
/// square and labelled as such. Follows the widget palette (light or dark).
class TradeoffChart : public QWidget
{
    Q_OBJECT

public:
    explicit TradeoffChart(QWidget *parent = nullptr);
    ~TradeoffChart() override;

    void setMetric(TradeoffMetric metric);
    TradeoffMetric metric() const { return m_metric; }
    void setPoints(std::vector<TradeoffPoint> points);
    const std::vector<TradeoffPoint> &points() const { return m_points; }

    /// Where a point is drawn, in this widget's coordinates (for tests and tooltips).
    QPoint pointPosition(int index) const;
    /// The text beside a point.
    QString labelText(int index) const;
    /// The y-axis title, with its unit.
    QString valueAxisTitle() const;
    /// The chart's background colour (follows the palette).
    QColor backgroundColor() const;

signals:
    /// The user clicked a point.
    void pointClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyStyle();
    void placeLabels();
    double plotted(const TradeoffPoint &point, double worst) const;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;  ///< shown instead of the chart when there is nothing to plot
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    std::vector<QScatterSeries *> m_series;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
    std::vector<TradeoffPoint> m_points;
    TradeoffMetric m_metric = TradeoffMetric::Rto;
    double m_scale = 1;  ///< seconds per unit of the y axis
};

}  // namespace continuity
