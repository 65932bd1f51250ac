// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/drillpanel.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/estimate.h"
#include "widgets/panels/labels.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace continuity {

namespace {

constexpr int TargetRole = Qt::UserRole + 1;

QString durationText(const std::optional<double> &seconds, const QString &none)
{
    return seconds ? formatDuration(*seconds) : none;
}

}  // namespace

DrillPanel::DrillPanel(Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog ? catalog : &Catalog::builtin())
{
    m_targets = new QTreeWidget(this);
    m_targets->setHeaderHidden(true);
    m_targets->setAccessibleName(tr("What fails"));
    m_targets->setToolTip(tr("Check what fails: whole regions, single availability zones or "
                             "components. The design does not change."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps = new QListWidget(this);
    // Events are sentences: they wrap at the panel's width rather than scroll sideways.
    m_steps->setWordWrap(true);
    m_steps->setAccessibleName(tr("Timeline"));
    m_steps->setResizeMode(QListView::Adjust);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setAccessibleName(tr("Step of the timeline"));
    m_slider->setToolTip(tr("Replays the timeline: the canvas shows the state at each step"));
    m_spofLabel = new QLabel(this);
    m_spofLabel->setWordWrap(true);
    m_spofLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_steps, 1);
    resultsLayout->addWidget(m_slider);
    resultsLayout->addWidget(m_spofLabel);
    m_targets->setMinimumSize(180, 80);
    m_steps->setMinimumHeight(60);
    // Side by side to begin with, as below the canvas (resizeEvent turns it when tall): a
    // vertical splitter's minimum height would make the dock it shares needlessly tall.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_targets);
    m_splitter->addWidget(results);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_targets, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_filling && item->data(0, TargetRole).isValid())
            runDrill();
    });
    connect(m_slider, &QSlider::valueChanged, this, &DrillPanel::showStep);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_slider->setValue(row);
    });

    for (auto signal : {&Document::componentsAdded, &Document::componentsRemoved,
                        &Document::connectionsAdded, &Document::connectionsRemoved,
                        &Document::connectionsChanged})
        connect(document, signal, this, &DrillPanel::scheduleRefresh);
    connect(document, &Document::componentsChanged, this, &DrillPanel::scheduleRefresh);
    connect(document, &Document::assumptionsChanged, this, &DrillPanel::scheduleRefresh);
    connect(document, &Document::designReset, this, &DrillPanel::scheduleRefresh);
    // The graph reads the design: drop it before the design loses what it points to.
    connect(document, &Document::componentsAboutToBeRemoved, this, [this] {
        m_graph.reset();
        scheduleRefresh();
    });
    connect(document, &Document::connectionsAboutToBeRemoved, this, [this] {
        m_graph.reset();
        scheduleRefresh();
    });
    refresh();
}

DrillPanel::~DrillPanel() = default;

void DrillPanel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void DrillPanel::refresh()
{
    m_graph = std::make_unique<DesignGraph>(m_document->design(), m_catalog);
    fillTargets();
    m_spof = continuity::singlePointsOfFailure(*m_graph).targets;
    if (m_spof.isEmpty()) {
        m_spofLabel->setText(tr("Single points of failure: none."));
    } else {
        QStringList labels;
        for (const QString &t : m_spof)
            labels << targetLabel(*m_graph, t);
        m_spofLabel->setText(tr("Single points of failure: %1.").arg(labels.join(", ")));
    }
    runDrill();
}

QString DrillPanel::targetLabel(const DesignGraph &graph, const QString &target)
{
    if (target.startsWith(QLatin1String("region:"))) {
        const QString location = target.mid(7);
        const RegionInfo *info = graph.catalog().region(location);
        return tr("Region %1").arg(info ? info->displayName : location);
    }
    if (target.startsWith(QLatin1String("zone:"))) {
        const QStringList parts = target.split(QLatin1Char(':'));
        return tr("Zone %1 of %2").arg(parts.value(2), parts.value(1));
    }
    const Component *c = graph.component(target);
    if (!c)
        return target;
    const QString name = c->name.isEmpty() ? c->id : QStringLiteral("%1 [%2]").arg(c->name, c->id);
    return QStringLiteral("%1 (%2)").arg(name, toString(c->kind));
}

void DrillPanel::fillTargets()
{
    const QStringList checked = checkedTargets();
    const QSet<QString> keep(checked.begin(), checked.end());
    m_filling = true;
    m_targets->clear();
    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_targets, {title});
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    auto add = [&](QTreeWidgetItem *parent, const QString &target) {
        auto *item = new QTreeWidgetItem(parent, {targetLabel(*m_graph, target)});
        item->setData(0, TargetRole, target);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, keep.contains(target) ? Qt::Checked : Qt::Unchecked);
    };
    QTreeWidgetItem *regions = group(tr("Regions"));
    QTreeWidgetItem *zones = group(tr("Availability zones"));
    QTreeWidgetItem *components = group(tr("Components"));
    QStringList locations;
    for (const QString &r : m_graph->componentsOfKind(ComponentKind::Region)) {
        const QString location = m_graph->locationOf(r);
        if (!location.isEmpty() && !locations.contains(location))
            locations << location;
    }
    locations.sort();
    for (const QString &location : locations) {
        add(regions, QStringLiteral("region:%1").arg(location));
        const RegionInfo *info = m_catalog->region(location);
        if (info && info->hasZones) {
            for (int z = 1; z <= 3; ++z)
                add(zones, QStringLiteral("zone:%1:%2").arg(location).arg(z));
        }
    }
    for (const auto &[id, c] : m_document->design().components) {
        if (c.kind != ComponentKind::Region)
            add(components, id);
    }
    regions->setExpanded(true);
    zones->setExpanded(true);
    m_filling = false;
}

bool DrillPanel::setTargetChecked(const QString &target, bool checked)
{
    for (int g = 0; g < m_targets->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_targets->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (item->data(0, TargetRole).toString() == target) {
                item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
                return true;
            }
        }
    }
    return false;
}

QStringList DrillPanel::checkedTargets() const
{
    QStringList out;
    for (int g = 0; g < m_targets->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_targets->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Checked)
                out << group->child(i)->data(0, TargetRole).toString();
        }
    }
    return out;
}

void DrillPanel::clearTargets()
{
    m_filling = true;
    for (const QString &t : checkedTargets())
        setTargetChecked(t, false);
    m_filling = false;
    runDrill();
}

void DrillPanel::runDrill()
{
    if (!m_graph)
        m_graph = std::make_unique<DesignGraph>(m_document->design(), m_catalog);
    std::vector<DrillFailure> failures;
    for (const QString &t : checkedTargets()) {
        if (const std::optional<DrillFailure> f = parseDrillFailure(*m_graph, t))
            failures.push_back(*f);
    }
    m_steps->clear();
    if (failures.empty()) {
        m_result.reset();
        m_summary->setText(tr("Check what fails to run a drill."));
        m_slider->setRange(0, 0);
        m_slider->setEnabled(false);
        emit drillChanged();
        emit viewChanged(DrillView());
        return;
    }
    m_result = continuity::runDrill(*m_graph, failures);
    const DrillResult &r = *m_result;
    QStringList lines;
    lines << (r.survives ? tr("Survives: yes") : tr("Survives: no"));
    lines << tr("Downtime: %1").arg(durationText(r.downtimeSeconds, tr("no recovery")));
    if (r.survives && r.recoverySeconds != r.downtimeSeconds)
        lines << tr("Full recovery: %1").arg(durationText(r.recoverySeconds, tr("none")));
    lines << tr("Data loss: %1").arg(durationText(r.dataLossSeconds, tr("lost for good")));
    lines << tr("Capacity: %1 %").arg(QString::number(r.capacityPercent, 'f', 0));
    QStringList serving;
    for (const QString &id : r.servingClusters) {
        const Component *c = m_document->component(id);
        serving << (c ? componentDisplayName(*c) : id);
    }
    lines << tr("Serving: %1").arg(serving.isEmpty() ? tr("nothing")
                                                     : serving.join(QStringLiteral(", ")));
    lines << r.verdict;
    for (const QString &n : r.notes)
        lines << n;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    for (const DrillStep &s : r.steps) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(formatDuration(s.atSeconds), s.event), m_steps);
        if (s.term)
            item->setToolTip(QStringLiteral("%1 (%2)").arg(s.term->what, s.term->source));
    }
    const QSignalBlocker block(m_slider);
    m_slider->setEnabled(r.steps.size() > 1);
    m_slider->setRange(0, int(r.steps.size()) - 1);
    m_slider->setValue(int(r.steps.size()) - 1);
    emit drillChanged();
    showStep(m_slider->value());
}

int DrillPanel::currentStep() const
{
    return m_slider->value();
}

void DrillPanel::setCurrentStep(int step)
{
    m_slider->setValue(step);
}

DrillView DrillPanel::currentView() const
{
    return m_result ? m_result->viewAt(m_slider->value()) : DrillView();
}

void DrillPanel::showStep(int step)
{
    if (!m_result)
        return;
    {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(step);
    }
    emit viewChanged(m_result->viewAt(step));
}

void DrillPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Below the canvas the dock is wide and low: what fails beside what happens.
    const Qt::Orientation wanted = width() > height() * 5 / 4 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int extent = wanted == Qt::Horizontal ? width() : height();
        m_splitter->setSizes({extent * 2 / 5, extent - extent * 2 / 5});
    }
}

}  // namespace continuity
