// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/charts/tradeoffchart.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QSplitter;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuity {

class CostBreakdownChart;
class Document;
class LiveEstimator;

/// The design's estimates: the four figures with their terms in a table (a tooltip on each
/// term gives its catalog entries, sources and dates; the cost opens by component kind, then by
/// component), the trade-off chart of the four deployment models (monthly cost against RTO,
/// RPO or availability, the design's own model highlighted; a click on a point switches the
/// design's model, one undoable step) and the cost by component kind.
///
/// Follows the estimator live, one refresh per event-loop turn however many edits an intent
/// makes.
class EstimatesPanel : public QWidget
{
    Q_OBJECT

public:
    EstimatesPanel(Document *document, LiveEstimator *estimator, QWidget *parent = nullptr);
    ~EstimatesPanel() override;

    QTreeWidget *table() const { return m_table; }
    TradeoffChart *tradeoffChart() const { return m_tradeoff; }
    CostBreakdownChart *costChart() const { return m_costChart; }
    /// The tabs holding the two charts.
    QTabWidget *chartTabs() const { return m_charts; }

    TradeoffMetric metric() const;
    void setMetric(TradeoffMetric metric);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    /// The panel has shown the estimator's current figures (after a coalesced refresh).
    void refreshed();

private:
    void scheduleRefresh();
    void refresh();
    void fillTable();
    void fillCharts();
    void expandItem(QTreeWidgetItem *item);
    void pointClicked(int index);

    Document *m_document;
    LiveEstimator *m_estimator;
    QTreeWidget *m_table = nullptr;
    QComboBox *m_metricBox = nullptr;
    TradeoffChart *m_tradeoff = nullptr;
    CostBreakdownChart *m_costChart = nullptr;
    QTabWidget *m_charts = nullptr;
    QSplitter *m_splitter = nullptr;
    QSet<QString> m_expanded;  ///< keys of the rows the user opened, kept across refreshes
    bool m_refreshPending = false;
};

}  // namespace continuity
