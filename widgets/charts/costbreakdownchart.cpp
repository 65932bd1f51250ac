// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/charts/costbreakdownchart.h"

#include "widgets/charts/chartstyle.h"

#include <QCursor>
#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace continuity {

CostBreakdownChart::CostBreakdownChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

CostBreakdownChart::~CostBreakdownChart() = default;

void CostBreakdownChart::setBars(std::vector<CostBar> bars)
{
    std::stable_sort(bars.begin(), bars.end(), [](const CostBar &a, const CostBar &b) {
        return a.monthlyCostUsd > b.monthlyCostUsd;
    });
    m_bars = std::move(bars);
    rebuild();
}

QColor CostBreakdownChart::backgroundColor() const
{
    return m_chart->backgroundBrush().color();
}

void CostBreakdownChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const ChartStyle style = ChartStyle::fromPalette(palette());
    auto *set = new QBarSet(tr("USD a month"));
    set->setColor(style.accent);
    set->setBorderColor(style.accent);
    set->setLabelColor(style.text);
    QStringList categories;
    double total = 0, highest = 0;
    // Bars are drawn bottom-up: add the smallest first so the largest is on top.
    for (auto it = m_bars.rbegin(); it != m_bars.rend(); ++it) {
        categories << it->label;
        // Whole dollars on the bars; the tooltip has the cents.
        *set << std::round(it->monthlyCostUsd);
        total += it->monthlyCostUsd;
        highest = std::max(highest, it->monthlyCostUsd);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(7);
    m_chart->addSeries(series);
    auto *kinds = new QBarCategoryAxis;
    kinds->append(categories);
    auto *usd = new QValueAxis;
    usd->setTitleText(tr("Monthly cost (USD)"));
    usd->setLabelFormat(QStringLiteral("%.0f"));
    usd->setRange(0, std::max(highest * 1.2, 1.0));
    usd->applyNiceNumbers();
    m_chart->addAxis(kinds, Qt::AlignLeft);
    m_chart->addAxis(usd, Qt::AlignBottom);
    series->attachAxis(kinds);
    series->attachAxis(usd);
    const std::vector<CostBar> shown(m_bars.rbegin(), m_bars.rend());
    connect(set, &QBarSet::hovered, this, [this, shown, total](bool on, int index) {
        if (!on || index < 0 || index >= static_cast<int>(shown.size())) {
            QToolTip::hideText();
            return;
        }
        const CostBar &bar = shown[std::size_t(index)];
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 USD a month (%3 % of the total)")
                .arg(bar.label, locale.toString(bar.monthlyCostUsd, 'f', 2),
                    locale.toString(total > 0 ? 100 * bar.monthlyCostUsd / total : 0, 'f', 1)),
            m_view);
    });
    style.apply(m_chart);
}

void CostBreakdownChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

}  // namespace continuity
