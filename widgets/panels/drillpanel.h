// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/simulation/drill.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QSplitter;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuity {

class Catalog;
class Document;

/// Failure drills on the open design (docs/drills.md): the user checks what fails (regions,
/// zones, components), the panel shows whether the service survives, its downtime, data loss,
/// capacity and serving clusters, the timeline back as a list of steps with a slider that
/// replays it, and the design's single points of failure.
///
/// A drill never changes the design. What a canvas should show of it (failed items, the
/// traffic that flows with its shares, the items that take over) at the chosen step goes out
/// through viewChanged(). The panel follows the document, one refresh per event-loop turn.
class DrillPanel : public QWidget
{
    Q_OBJECT

public:
    DrillPanel(Document *document, const Catalog *catalog, QWidget *parent = nullptr);
    ~DrillPanel() override;

    /// Checks or unchecks a failure target ("region:eastus2", "zone:eastus2:1", a component
    /// id); false when the list has no such target.
    bool setTargetChecked(const QString &target, bool checked);
    /// The checked targets, in list order.
    QStringList checkedTargets() const;
    /// Unchecks every target.
    void clearTargets();

    /// The drill of the checked targets; nullptr when none is checked.
    const DrillResult *result() const { return m_result ? &*m_result : nullptr; }
    /// The step the slider shows.
    int currentStep() const;
    void setCurrentStep(int step);
    /// What the canvas shows now: empty when no drill runs.
    DrillView currentView() const;
    const QStringList &singlePointsOfFailure() const { return m_spof; }

    QTreeWidget *targetList() const { return m_targets; }
    QListWidget *stepList() const { return m_steps; }
    QSlider *slider() const { return m_slider; }
    QLabel *summary() const { return m_summary; }

    /// The panel's text for a target ("Region East US 2", "Zone 1 of eastus2", "aks-1 (AKS
    /// cluster)").
    static QString targetLabel(const DesignGraph &graph, const QString &target);

signals:
    /// The drill's state at the chosen step changed; an empty view when no drill runs.
    void viewChanged(const continuity::DrillView &view);
    /// A drill was computed (or cleared) for the checked targets.
    void drillChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void fillTargets();
    void runDrill();
    void showStep(int step);

    Document *m_document;
    const Catalog *m_catalog;
    std::unique_ptr<DesignGraph> m_graph;
    std::optional<DrillResult> m_result;
    QStringList m_spof;
    QTreeWidget *m_targets = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_steps = nullptr;
    QSplitter *m_splitter = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_spofLabel = nullptr;
    bool m_refreshPending = false;
    bool m_filling = false;
};

}  // namespace continuity
