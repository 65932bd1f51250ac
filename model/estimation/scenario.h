// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/graph.h"

#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace continuity::estimation {

/// How a stopped cluster is brought up (the `activation` property).
enum class Activation { None, Manual, Event };
Activation activationFromString(const QString &s);
QString toString(Activation activation);

/// What an estimate reads about a cluster: as designed, or as a transformation makes it.
struct ClusterState {
    bool running = true;
    int nodeCount = 0;
    std::optional<std::pair<int, int>> autoscale;  ///< {minCount, maxCount}
    Activation activation = Activation::None;
    ClusterRole role = ClusterRole::Active;

    /// The node count it can grow to by itself: the autoscale maximum when higher.
    int growable() const;
};

/// The state transformForModel() gives a cluster outside the serving region under `model`
/// (active-active, active-passive or passive-cold; single-region keeps it as designed), `full`
/// being the steady node count of the serving region's running clusters.
ClusterState transformedCluster(DeploymentModel model, const ClusterState &designed, int full);
/// F from the sum of the serving region's steady node counts, saturated to an int.
int fullSize(qint64 steadyNodes);

/// The design as the estimators see it: as it is, or as transformForModel() would make it for a
/// deployment model, without copying it. transformForModel() writes exactly what this view
/// reports (tests hold the two together), so the trade-off chart's figures are those of the
/// documented transformation.
class Scenario
{
public:
    /// The design as it is.
    explicit Scenario(const DesignGraph &graph);
    /// The design under `model`, around the serving region `region` (a region component id; may
    /// be empty when the design has none, then nothing but the routers' priorities changes).
    Scenario(const DesignGraph &graph, DeploymentModel model, const QString &region);

    const DesignGraph &graph() const { return m_graph; }
    bool transformed() const { return m_transformed; }
    DeploymentModel model() const { return m_model; }
    /// The region the transformation keeps as designed.
    const QString &region() const { return m_region; }

    /// Whether a component (or a connection's end) is part of the scenario: single-region keeps
    /// the serving region, its components and the global ones; other models keep everything.
    bool included(const QString &id) const;
    /// Whether a route is part of the scenario (its gateway and cluster are).
    bool included(const Route &route) const;
    /// Whether registries keep their geo-replicas (not in single-region).
    bool keepsGeoReplicas() const;

    /// The state of a cluster (an id the graph knows as a cluster); its role only when asked
    /// for (else Active), since deriving it reads the cluster's routes.
    ClusterState cluster(const QString &id, bool withRole = true) const;
    /// The priority of a route's router edge.
    int priority(const Route &route) const;
    /// Whether a router honours priorities.
    bool honoursPriority(const QString &router) const;
    /// Whether the Traffic Manager's routing method is changed to priority.
    bool forcesPriorityRouting() const;

private:
    ClusterState designed(const ClusterFacts &facts) const;
    ClusterState transformedState(const ClusterFacts &facts) const;
    ClusterRole roleOf(const ClusterFacts &facts, bool running) const;
    /// The best priority of each router under the transformation, found on first use: only
    /// roles need it.
    void findBestPriorities() const;

    const DesignGraph &m_graph;
    bool m_transformed = false;
    DeploymentModel m_model = DeploymentModel::ActivePassive;
    QString m_region;
    int m_full = 0;
    mutable QHash<QString, int> m_best;  ///< per router: the best priority to running clusters
    mutable bool m_hasRouting = false;
    mutable bool m_bestFound = false;
};

}  // namespace continuity::estimation
