// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/estimatespanel.h"

#include "model/document.h"
#include "model/estimation/estimate.h"
#include "model/estimation/liveestimator.h"
#include "model/kinds.h"
#include "widgets/charts/costbreakdownchart.h"
#include "widgets/panels/labels.h"
#include "widgets/panels/preferences.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#include <array>

namespace continuity {

namespace {

enum Role {
    KeyRole = Qt::UserRole,  ///< identifies a row across refreshes
    KindRole,                ///< a cost row by kind: the ComponentKind
    ComponentRole,           ///< a cost row by component: its id
};

enum Column { WhatColumn, ValueColumn, SourceColumn };

// As the user chose to see money (Preferences).
QString money(double usd)
{
    return displayMoney(usd);
}

/// Plain text shown as a tooltip: escaped, so that nothing in it is read as markup.
QString tooltipOf(const QString &plain)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString termTooltip(const Term &t)
{
    QStringList lines{t.what, formatTermAmount(t, money)};
    for (const FactRef &f : t.inputs) {
        lines << QString();
        lines << QStringLiteral("%1 = %2 %3%4")
                     .arg(f.id, QString::number(f.value, 'g', 10), f.unit,
                          f.overridden ? QCoreApplication::translate("EstimatesPanel",
                                                                     " (the design's assumption)")
                                       : QString());
        lines << QCoreApplication::translate("EstimatesPanel", "Source: %1").arg(f.source);
        if (!f.asOf.isEmpty() || !f.confidence.isEmpty())
            lines << QCoreApplication::translate("EstimatesPanel", "As of %1, confidence: %2")
                         .arg(f.asOf.isEmpty() ? QStringLiteral("—") : f.asOf, f.confidence);
        if (!f.note.isEmpty())
            lines << f.note;
    }
    return tooltipOf(lines.join(QLatin1Char('\n')));
}

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &key, const QString &what,
                        const QString &value, const QString &source, const QString &tooltip)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(WhatColumn, what);
    item->setText(ValueColumn, value);
    item->setText(SourceColumn, source);
    item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(WhatColumn, KeyRole, key);
    for (int c = WhatColumn; c <= SourceColumn; ++c)
        item->setToolTip(c, tooltip);
    return item;
}

void addTerms(QTreeWidgetItem *parent, const std::vector<Term> &terms)
{
    int i = 0;
    for (const Term &t : terms) {
        addRow(parent,
            parent->data(WhatColumn, KeyRole).toString() + QStringLiteral("/%1").arg(i++), t.what,
            formatTermAmount(t, money), formatTermSource(t), termTooltip(t));
    }
}

QString modelLabel(DeploymentModel model)
{
    return deploymentModelLabel(model);
}

}  // namespace

EstimatesPanel::EstimatesPanel(Document *document, LiveEstimator *estimator, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_estimator(estimator)
{
    m_table = new QTreeWidget(this);
    m_table->setColumnCount(3);
    m_table->setAccessibleName(tr("Estimates"));
    m_table->setHeaderLabels({tr("Figure and its terms"), tr("Value"), tr("Source")});
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    // The figure's value stays in sight however narrow the dock: the description gives way.
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(SourceColumn, 150);
    connect(m_table, &QTreeWidget::itemExpanded, this, &EstimatesPanel::expandItem);
    connect(m_table, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        m_expanded.remove(item->data(WhatColumn, KeyRole).toString());
    });

    m_metricBox = new QComboBox(this);
    m_metricBox->addItem(tr("Recovery time (RTO)"), int(TradeoffMetric::Rto));
    m_metricBox->addItem(tr("Data loss (RPO)"), int(TradeoffMetric::Rpo));
    m_metricBox->addItem(tr("Availability"), int(TradeoffMetric::Availability));
    m_tradeoff = new TradeoffChart(this);
    m_tradeoff->setToolTip(tr("The design under each deployment model; click a point to switch "
                              "the design to that model."));
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] {
        m_tradeoff->setMetric(static_cast<TradeoffMetric>(m_metricBox->currentData().toInt()));
        fillCharts();
    });
    connect(m_tradeoff, &TradeoffChart::pointClicked, this, &EstimatesPanel::pointClicked);
    m_costChart = new CostBreakdownChart(this);

    // The two charts share the space below the table as tabs: a dock is rarely tall enough for
    // both at a readable size.
    auto *tradeoffPage = new QWidget(this);
    auto *tradeoffLayout = new QVBoxLayout(tradeoffPage);
    tradeoffLayout->setContentsMargins(0, 4, 0, 0);
    auto *switchRow = new QHBoxLayout;
    auto *switchLabel = new QLabel(tr("&Plot the cost against:"), tradeoffPage);
    switchLabel->setBuddy(m_metricBox);
    switchRow->addWidget(switchLabel);
    switchRow->addWidget(m_metricBox, 1);
    tradeoffLayout->addLayout(switchRow);
    tradeoffLayout->addWidget(m_tradeoff, 1);
    m_charts = new QTabWidget(this);
    m_charts->setDocumentMode(true);
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->addTab(tradeoffPage, tr("Trade-off by model"));
    m_charts->addTab(m_costChart, tr("Cost by kind"));

    // Side by side to begin with: the panel's first place is below the canvas, and a vertical
    // splitter's minimum height would make that dock needlessly tall (resizeEvent turns it).
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_charts);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({400, 400});
    m_table->setMinimumSize(200, 90);
    m_charts->setMinimumWidth(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_expanded = {QStringLiteral("rto"), QStringLiteral("rpo"), QStringLiteral("availability")};
    connect(m_estimator, &LiveEstimator::estimateChanged, this, &EstimatesPanel::scheduleRefresh);
    refresh();
}

EstimatesPanel::~EstimatesPanel() = default;

void EstimatesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Docked below the canvas the panel is wide and low: table and charts side by side. Docked
    // beside it, or floating tall: one above the other.
    const Qt::Orientation wanted =
        width() > height() * 5 / 4 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int extent = wanted == Qt::Horizontal ? width() : height();
        m_splitter->setSizes({extent * 11 / 20, extent - extent * 11 / 20});
    }
    // Where the table is narrow the sources stay in the tooltips, leaving room for the terms.
    const int tableWidth = wanted == Qt::Horizontal ? width() * 11 / 20 : width();
    m_table->setColumnHidden(SourceColumn, tableWidth < 520);
}

TradeoffMetric EstimatesPanel::metric() const
{
    return m_tradeoff->metric();
}

void EstimatesPanel::setMetric(TradeoffMetric metric)
{
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
}

void EstimatesPanel::scheduleRefresh()
{
    // An intent can change the design several times (a removal with its connections): show
    // the figures once, when control is back in the event loop.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void EstimatesPanel::refresh()
{
    fillTable();
    fillCharts();
    emit refreshed();
}

void EstimatesPanel::fillTable()
{
    const Estimate &e = m_estimator->estimate();
    const int scroll = m_table->verticalScrollBar() ? m_table->verticalScrollBar()->value() : 0;
    const QSet<QString> expanded = m_expanded;
    m_table->clear();
    QTreeWidgetItem *root = m_table->invisibleRootItem();

    // Monthly cost, by kind, opening to components, opening to terms.
    QTreeWidgetItem *cost = addRow(root, QStringLiteral("cost"), tr("Monthly cost"),
                                   money(e.monthlyCostUsd), tr("730 hours a month"),
                                   tooltipOf(tr("The sum over the components; open a kind, then "
                                                "a component, for its terms.")));
    const std::array<double, ComponentKindCount> byKind = costByKind(e);
    std::array<int, ComponentKindCount> counts{};
    for (const CostLine &l : e.costBreakdown)
        ++counts[std::size_t(l.kind)];
    for (int k = 0; k < ComponentKindCount; ++k) {
        if (counts[std::size_t(k)] == 0)
            continue;
        const auto kind = static_cast<ComponentKind>(k);
        QTreeWidgetItem *item = addRow(cost, QStringLiteral("cost/%1").arg(toString(kind)),
                                       QStringLiteral("%1 (%2)").arg(kindLabel(kind))
                                           .arg(counts[std::size_t(k)]),
                                       money(byKind[std::size_t(k)]), QString(), QString());
        item->setData(WhatColumn, KindRole, k);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }

    // Recovery time.
    const QString place = e.failedLocation.isEmpty() ? e.failedRegion : e.failedLocation;
    QTreeWidgetItem *rto = addRow(root, QStringLiteral("rto"), tr("Recovery time (RTO)"),
                                  e.rtoSeconds ? formatDuration(*e.rtoSeconds) : tr("none"),
                                  place.isEmpty() ? QString() : tr("for losing %1").arg(place),
                                  tooltipOf(e.rtoSeconds ? tr("The sum of the terms below, for "
                                                              "losing %1.").arg(place)
                                                         : e.rtoReason));
    if (e.rtoSeconds)
        addTerms(rto, e.rtoBreakdown);
    else
        addRow(rto, QStringLiteral("rto/reason"), e.rtoReason, QString(), QString(),
               tooltipOf(e.rtoReason));

    // Data loss.
    QTreeWidgetItem *rpo = addRow(root, QStringLiteral("rpo"), tr("Data loss (RPO)"),
        e.rpoSeconds ? formatSeconds(*e.rpoSeconds) : tr("none"),
        place.isEmpty() ? QString() : tr("for losing %1").arg(place), tooltipOf(e.rpoBasis));
    addTerms(rpo, e.rpoBreakdown);
    addRow(
        rpo, QStringLiteral("rpo/basis"), e.rpoBasis, QString(), QString(), tooltipOf(e.rpoBasis));

    // Availability.
    QTreeWidgetItem *availability = addRow(root, QStringLiteral("availability"), tr("Availability"),
        e.availabilityPercent ? formatPercent(*e.availabilityPercent)
                              : tr("none"),
        tr("composite SLA"), tooltipOf(e.availabilityBasis));
    addTerms(availability, e.availabilityBreakdown);
    addRow(availability, QStringLiteral("availability/basis"), e.availabilityBasis, QString(),
           QString(), tooltipOf(e.availabilityBasis));

    if (!e.notes.isEmpty() || !e.ignoredAssumptions.isEmpty()) {
        QTreeWidgetItem *notes = addRow(root, QStringLiteral("notes"), tr("Notes"),
            QString::number(e.notes.size() + e.ignoredAssumptions.size()), QString(), QString());
        int i = 0;
        for (const QString &note : e.notes)
            addRow(notes, QStringLiteral("notes/%1").arg(i++), note, QString(), QString(),
                   tooltipOf(note));
        for (const QString &key : e.ignoredAssumptions) {
            const QString text = tr("The assumption '%1' is not a catalog entry: it changes "
                                    "nothing.").arg(key);
            addRow(notes, QStringLiteral("notes/%1").arg(i++), text, QString(), QString(),
                   tooltipOf(text));
        }
    }

    // Reopen what the user had open; opening fills the rows that are filled on demand.
    m_expanded = expanded;
    std::vector<QTreeWidgetItem *> stack{root};
    while (!stack.empty()) {
        QTreeWidgetItem *item = stack.back();
        stack.pop_back();
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (expanded.contains(child->data(WhatColumn, KeyRole).toString()))
                child->setExpanded(true);
            stack.push_back(child);
        }
    }
    if (m_table->verticalScrollBar())
        m_table->verticalScrollBar()->setValue(scroll);
}

void EstimatesPanel::expandItem(QTreeWidgetItem *item)
{
    m_expanded.insert(item->data(WhatColumn, KeyRole).toString());
    if (item->childCount() > 0)
        return;
    const QVariant kind = item->data(WhatColumn, KindRole);
    if (kind.isValid()) {
        const auto k = static_cast<ComponentKind>(kind.toInt());
        for (const CostLine &l : m_estimator->estimate().costBreakdown) {
            if (l.kind != k)
                continue;
            const Component *c = m_document->component(l.component);
            const QString label = c && !c->name.isEmpty() && c->name != l.component
                                      ? QStringLiteral("%1 — %2").arg(l.component, c->name)
                                      : l.component;
            QTreeWidgetItem *row
                = addRow(item, QStringLiteral("cost/component/%1").arg(l.component), label,
                    money(l.monthlyUsd), QString(), QString());
            row->setData(WhatColumn, ComponentRole, l.component);
            row->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
        return;
    }
    const QString component = item->data(WhatColumn, ComponentRole).toString();
    if (!component.isEmpty()) {
        // A line's terms are made when they are looked at: a large design has many.
        const CostLine line = m_estimator->costLine(component);
        item->setText(SourceColumn, line.basis);
        for (int c = WhatColumn; c <= SourceColumn; ++c)
            item->setToolTip(c, tooltipOf(line.basis));
        addTerms(item, line.terms);
        if (line.terms.empty())
            item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    }
}

void EstimatesPanel::fillCharts()
{
    const std::vector<Alternative> &alternatives = m_estimator->alternatives();
    std::vector<TradeoffPoint> points;
    for (const Alternative &a : alternatives) {
        TradeoffPoint p = tradeoffPoint(a, m_tradeoff->metric(), modelLabel(a.deploymentModel));
        const auto time = [this](const std::optional<double> &s) {
            return s ? formatSeconds(*s) : tr("none");
        };
        QStringList lines{a.asDesigned ? tr("%1: the design as it is").arg(p.label) : p.label,
                          tr("Monthly cost: %1").arg(money(a.monthlyCostUsd)),
                          tr("Recovery time: %1").arg(time(a.rtoSeconds)),
                          tr("Data loss: %1").arg(time(a.rpoSeconds)),
                          tr("Availability: %1").arg(a.availabilityPercent
                                                         ? formatPercent(*a.availabilityPercent)
                                                         : tr("none"))};
        if (!a.asDesigned)
            lines << QString() << a.transformation
                  << tr("Click to switch the design to this model.");
        p.tooltip = tooltipOf(lines.join(QLatin1Char('\n')));
        points.push_back(std::move(p));
    }
    m_tradeoff->setPoints(std::move(points));

    const Estimate &e = m_estimator->estimate();
    const std::array<double, ComponentKindCount> byKind = costByKind(e);
    std::array<int, ComponentKindCount> counts{};
    for (const CostLine &l : e.costBreakdown)
        ++counts[std::size_t(l.kind)];
    std::vector<CostBar> bars;
    for (int k = 0; k < ComponentKindCount; ++k) {
        if (counts[std::size_t(k)] > 0 && byKind[std::size_t(k)] > 0)
            bars.push_back({kindLabel(static_cast<ComponentKind>(k)), byKind[std::size_t(k)]});
    }
    m_costChart->setBars(std::move(bars));
}

void EstimatesPanel::pointClicked(int index)
{
    const std::vector<Alternative> &alternatives = m_estimator->alternatives();
    if (index < 0 || index >= static_cast<int>(alternatives.size()))
        return;
    const DeploymentModel model = alternatives[std::size_t(index)].deploymentModel;
    if (model != m_document->deploymentModel())
        m_document->setDeploymentModel(model);
}

}  // namespace continuity
