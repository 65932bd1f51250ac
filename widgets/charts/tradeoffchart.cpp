// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/charts/tradeoffchart.h"

#include "model/estimation/estimate.h"
#include "widgets/charts/chartstyle.h"

#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace continuity {

TradeoffPoint tradeoffPoint(const Alternative &alternative, TradeoffMetric metric,
                            const QString &label)
{
    TradeoffPoint p;
    p.label = label;
    p.monthlyCostUsd = alternative.monthlyCostUsd;
    p.highlighted = alternative.asDesigned;
    switch (metric) {
    case TradeoffMetric::Rto: p.value = alternative.rtoSeconds; break;
    case TradeoffMetric::Rpo: p.value = alternative.rpoSeconds; break;
    case TradeoffMetric::Availability: p.value = alternative.availabilityPercent; break;
    }
    return p;
}

namespace {

constexpr double kMarker = 11;
constexpr double kHighlightedMarker = 17;

/// A round upper bound for an axis: 1, 2 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

}  // namespace

TradeoffChart::TradeoffChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QValueAxis(m_chart);
    m_y = new QValueAxis(m_chart);
    m_x->setTitleText(tr("Monthly cost (USD)"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    connect(m_chart, &QChart::plotAreaChanged, this, &TradeoffChart::placeLabels);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_empty = new QLabel(tr("Draw a cluster that serves traffic to compare the deployment "
                            "models here."),
                         this);
    m_empty->setObjectName(QStringLiteral("tradeoffEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setMinimumHeight(150);
    layout->addWidget(m_empty);
    applyStyle();
    rebuild();
}

TradeoffChart::~TradeoffChart() = default;

void TradeoffChart::setMetric(TradeoffMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
}

void TradeoffChart::setPoints(std::vector<TradeoffPoint> points)
{
    m_points = std::move(points);
    rebuild();
}

QString TradeoffChart::valueAxisTitle() const
{
    return m_y->titleText();
}

QColor TradeoffChart::backgroundColor() const
{
    return m_chart->backgroundBrush().color();
}

double TradeoffChart::plotted(const TradeoffPoint &point, double worst) const
{
    if (!point.value)
        return worst;
    return m_metric == TradeoffMetric::Availability ? *point.value : *point.value / m_scale;
}

void TradeoffChart::rebuild()
{
    // With nothing that costs or recovers, the four models sit on one point: say so instead.
    const bool nothing = std::none_of(m_points.begin(), m_points.end(), [](const TradeoffPoint &p) {
        return p.monthlyCostUsd > 0 || p.value.has_value();
    });
    // Nor is there anything to compare when no model has a figure at all.
    const bool noFigure = !m_points.empty()
        && std::none_of(m_points.begin(), m_points.end(),
                        [](const TradeoffPoint &p) { return p.value.has_value(); });
    const bool empty = nothing || noFigure;
    if (nothing) {
        m_empty->setText(tr("Draw a cluster that serves traffic to compare the deployment "
                            "models here."));
    } else if (noFigure) {
        switch (m_metric) {
        case TradeoffMetric::Rto:
            m_empty->setText(tr("Under no deployment model does this design recover from the "
                                "loss of its serving region: the findings say why."));
            break;
        case TradeoffMetric::Rpo:
            m_empty->setText(tr("Under no deployment model does this design keep its data "
                                "through the loss of a region: the findings say why."));
            break;
        case TradeoffMetric::Availability:
            m_empty->setText(tr("No deployment model gives this design an availability "
                                "figure: the findings say why."));
            break;
        }
    }
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    for (QScatterSeries *s : m_series) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_series.clear();
    for (QGraphicsSimpleTextItem *label : m_labels)
        delete label;
    m_labels.clear();

    // The y axis: minutes or hours for times (whichever reads better), percent for availability.
    double top = 0, bottom = 0;
    if (m_metric == TradeoffMetric::Availability) {
        double lowest = 100;
        for (const TradeoffPoint &p : m_points) {
            if (p.value)
                lowest = std::min(lowest, *p.value);
        }
        // Four round steps down from 100 %, enough to show the lowest point with some room.
        const double step = niceCeiling(std::max(100 - lowest, 0.0001) * 1.25 / 4);
        bottom = std::max(0.0, 100 - 4 * step);
        top = 100;
        m_scale = 1;
        const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step))));
        m_y->setTitleText(tr("Availability (%)"));
        m_y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    } else {
        double highest = 0;
        for (const TradeoffPoint &p : m_points) {
            if (p.value)
                highest = std::max(highest, *p.value);
        }
        const bool hours = highest > 3 * 3600;
        m_scale = hours ? 3600 : 60;
        // Short titles: the axis is as tall as a docked chart, often 150 pixels.
        const QString what = m_metric == TradeoffMetric::Rto ? tr("RTO") : tr("RPO");
        m_y->setTitleText(hours ? tr("%1 (h)").arg(what) : tr("%1 (min)").arg(what));
        m_y->setLabelFormat(QStringLiteral("%.0f"));
        top = std::max(highest / m_scale, 1.0) * 1.15;
        bottom = 0;
    }
    double maxCost = 0;
    for (const TradeoffPoint &p : m_points)
        maxCost = std::max(maxCost, p.monthlyCostUsd);
    // Ticks at round values (0, 10, 20 … rather than 0, 13, 25, 38): the axes pick their own
    // nice range and tick count; availability keeps its four steps down from 100 %.
    m_x->setRange(0, std::max(maxCost, 1.0) * 1.15);
    m_x->applyNiceNumbers();
    m_y->setRange(bottom, top);
    m_y->setTickCount(5);
    if (m_metric != TradeoffMetric::Availability) {
        m_y->applyNiceNumbers();
        // Steps below one unit (0.5 min) need their decimals, or two ticks read the same.
        const double step = (m_y->max() - m_y->min()) / std::max(1, m_y->tickCount() - 1);
        const int decimals = step > 0 && step < 1
            ? static_cast<int>(std::ceil(-std::log10(step) - 1e-9)) : 0;
        m_y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    }
    // A point without a value sits at the worst end: no recovery, no SLA.
    const double worst = m_metric == TradeoffMetric::Availability ? m_y->min() : m_y->max();

    const ChartStyle style = ChartStyle::fromPalette(palette());
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const TradeoffPoint &p = m_points[i];
        auto *series = new QScatterSeries;
        series->setName(p.label);
        series->append(p.monthlyCostUsd, plotted(p, worst));
        series->setMarkerShape(p.value ? QScatterSeries::MarkerShapeCircle
                                       : QScatterSeries::MarkerShapeRectangle);
        series->setMarkerSize(p.highlighted ? kHighlightedMarker : kMarker);
        const QColor fill = p.highlighted ? style.accent : style.series;
        series->setColor(fill);
        series->setBorderColor(p.highlighted ? style.text : fill.darker(130));
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        const int index = static_cast<int>(i);
        connect(
            series, &QScatterSeries::clicked, this, [this, index] { emit pointClicked(index); });
        connect(series, &QScatterSeries::hovered, this, [this, index](const QPointF &, bool on) {
            if (on && index < static_cast<int>(m_points.size()))
                QToolTip::showText(QCursor::pos(), m_points[std::size_t(index)].tooltip, m_view);
            else
                QToolTip::hideText();
        });
        m_series.push_back(series);
        // Labels are placed by hand (placeLabels) so that close points do not overlap theirs.
        auto *label = new QGraphicsSimpleTextItem(labelText(index), m_chart);
        label->setBrush(style.text);
        QFont font = label->font();
        font.setBold(p.highlighted);
        label->setFont(font);
        label->setZValue(10);
        m_labels.push_back(label);
    }
    placeLabels();
}

QString TradeoffChart::labelText(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_points.size()))
        return {};
    const TradeoffPoint &p = m_points[std::size_t(index)];
    if (p.value)
        return p.label;
    switch (m_metric) {
    case TradeoffMetric::Availability:
        return tr("%1 (no SLA)").arg(p.label);
    case TradeoffMetric::Rto:
        return tr("%1 (does not recover)").arg(p.label);
    case TradeoffMetric::Rpo:
        return tr("%1 (data lost)").arg(p.label);
    }
    return p.label;
}

void TradeoffChart::placeLabels()
{
    // Beside each point, trying right, left, above and below, the first place that overlaps no
    // label placed before and no other point.
    std::vector<QRectF> taken;
    for (QScatterSeries *s : m_series) {
        if (s->count() == 0)
            continue;
        const QPointF at = m_chart->mapToPosition(s->at(0), s);
        const qreal r = s->markerSize() / 2 + 1;
        taken.emplace_back(at.x() - r, at.y() - r, 2 * r, 2 * r);
    }
    const QRectF area = m_chart->plotArea().adjusted(-8, -16, 8, 16);
    for (std::size_t i = 0; i < m_labels.size() && i < m_series.size(); ++i) {
        QScatterSeries *s = m_series[i];
        QGraphicsSimpleTextItem *label = m_labels[i];
        if (s->count() == 0)
            continue;
        const QPointF at = m_chart->mapToPosition(s->at(0), s);
        const QSizeF size = label->boundingRect().size();
        const qreal gap = s->markerSize() / 2 + 4;
        const QPointF candidates[] = {
            {at.x() + gap, at.y() - size.height() / 2},
            {at.x() - gap - size.width(), at.y() - size.height() / 2},
            {at.x() - size.width() / 2, at.y() - gap - size.height()},
            {at.x() - size.width() / 2, at.y() + gap},
            {at.x() + gap, at.y() + gap / 2},
            {at.x() + gap, at.y() - gap / 2 - size.height()},
        };
        // Where points crowd (several models that do not recover, at one cost), the labels
        // stack beside them, one line after another.
        std::vector<QPointF> places(std::begin(candidates), std::end(candidates));
        for (int k = 1; k <= 4; ++k) {
            for (const int sign : {1, -1}) {
                places.emplace_back(at.x() + gap,
                                    at.y() - size.height() / 2 + sign * k * (size.height() + 2));
                places.emplace_back(at.x() - gap - size.width(),
                                    at.y() - size.height() / 2 + sign * k * (size.height() + 2));
            }
        }
        // When no place is clear, the right of the point, but never past the chart's edges (a
        // long label, as translations make them, would be cut off).
        const QRectF bounds = m_chart->rect();
        QPointF chosen(std::clamp(candidates[0].x(), bounds.left(),
                                  std::max(bounds.left(), bounds.right() - size.width())),
                       candidates[0].y());
        for (const QPointF &c : places) {
            const QRectF rect(c, size);
            const bool clear = area.contains(rect)
                               && std::none_of(taken.begin(), taken.end(), [&](const QRectF &t) {
                                      return t.intersects(rect);
                                  });
            if (clear) {
                chosen = c;
                break;
            }
        }
        label->setPos(chosen);
        taken.emplace_back(chosen, size);
    }
}

void TradeoffChart::applyStyle()
{
    ChartStyle::fromPalette(palette()).apply(m_chart);
}

QPoint TradeoffChart::pointPosition(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_series.size())
        || m_series[std::size_t(index)]->count() == 0)
        return {};
    QScatterSeries *s = m_series[std::size_t(index)];
    const QPointF scene = m_chart->mapToScene(m_chart->mapToPosition(s->at(0), s));
    const QPoint inView = m_view->mapFromScene(scene);
    return m_view->viewport()->mapTo(this, inView);
}

void TradeoffChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange) {
        applyStyle();
        rebuild();
    }
    QWidget::changeEvent(event);
}

}  // namespace continuity
