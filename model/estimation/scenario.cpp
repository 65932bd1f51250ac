// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/scenario.h"

#include "model/kinds.h"

#include <algorithm>
#include <climits>

namespace continuity::estimation {

int ClusterState::growable() const
{
    return autoscale ? std::max(autoscale->second, nodeCount) : nodeCount;
}

Scenario::Scenario(const DesignGraph &graph)
    : m_graph(graph)
{
}

Scenario::Scenario(const DesignGraph &graph, DeploymentModel model, const QString &region)
    : m_graph(graph)
    , m_transformed(true)
    , m_model(model)
    , m_region(region)
{
    if (!region.isEmpty()) {
        qint64 full = 0;
        for (const QString &id : graph.childrenOf(region, ComponentKind::AksCluster)) {
            if (const ClusterFacts *f = graph.cluster(id); f && f->running)
                full += std::max(0, f->nodeCount);
        }
        m_full = fullSize(full);
    }
}

int fullSize(qint64 steadyNodes)
{
    return static_cast<int>(std::clamp<qint64>(steadyNodes, 0, INT_MAX));
}

void Scenario::findBestPriorities() const
{
    if (m_bestFound)
        return;
    m_bestFound = true;
    // The roles follow from the transformed priorities and states exactly as DesignGraph derives
    // them from a design (spec/design-format.md, "Cluster roles are derived").
    for (const Route &r : m_graph.routes()) {
        if (!included(r))
            continue;
        const ClusterFacts *f = m_graph.cluster(r.cluster);
        if (!f || !transformedState(*f).running)
            continue;
        const int p = priority(r);
        auto best = m_best.find(r.router);
        if (best == m_best.end())
            m_best.insert(r.router, p);
        else if (p < *best)
            *best = p;
    }
    m_hasRouting = !m_best.isEmpty();
}

Activation activationFromString(const QString &s)
{
    if (s == QLatin1String("manual"))
        return Activation::Manual;
    if (s == QLatin1String("event"))
        return Activation::Event;
    return Activation::None;
}

QString toString(Activation activation)
{
    switch (activation) {
    case Activation::None: return QStringLiteral("none");
    case Activation::Manual: return QStringLiteral("manual");
    case Activation::Event: return QStringLiteral("event");
    }
    return {};
}

bool Scenario::included(const QString &id) const
{
    if (!m_transformed || m_model != DeploymentModel::SingleRegion)
        return true;
    const std::optional<ComponentKind> kind = m_graph.indexedKind(id);
    if (!kind)
        return true;  // a dangling end stays as dangling as it was
    if (*kind == ComponentKind::Region)
        return id == m_region;
    if (!kindInfo(*kind).regional)
        return true;
    return !m_region.isEmpty() && m_graph.indexedParent(id) == m_region;
}

bool Scenario::included(const Route &route) const
{
    return included(route.cluster) && (route.gateway.isEmpty() || included(route.gateway));
}

bool Scenario::keepsGeoReplicas() const
{
    return !(m_transformed && m_model == DeploymentModel::SingleRegion);
}

bool Scenario::forcesPriorityRouting() const
{
    return m_transformed
        && (m_model == DeploymentModel::ActivePassive || m_model == DeploymentModel::PassiveCold);
}

bool Scenario::honoursPriority(const QString &router) const
{
    return forcesPriorityRouting() || m_graph.honoursPriority(router);
}

int Scenario::priority(const Route &route) const
{
    if (!m_transformed)
        return route.priority;
    switch (m_model) {
    case DeploymentModel::ActiveActive:
        return 1;
    case DeploymentModel::ActivePassive:
    case DeploymentModel::PassiveCold: {
        const QString &target = route.gateway.isEmpty() ? route.cluster : route.gateway;
        if (!m_region.isEmpty() && m_graph.regionOf(target) == m_region)
            return 1;
        return std::max(route.priority, 2);
    }
    case DeploymentModel::SingleRegion:
        return route.priority;
    }
    return route.priority;
}

ClusterState Scenario::designed(const ClusterFacts &f) const
{
    ClusterState s;
    s.running = f.running;
    s.nodeCount = f.nodeCount;
    s.autoscale = f.autoscale;
    if (const Component *c = m_graph.component(f.id))
        s.activation = activationFromString(enumValue(*c, "activation"));
    return s;
}

ClusterState transformedCluster(DeploymentModel model, const ClusterState &designed, int full)
{
    ClusterState s = designed;
    switch (model) {
    case DeploymentModel::SingleRegion:
        return s;
    case DeploymentModel::ActiveActive:
        s.running = true;
        s.activation = Activation::None;
        s.nodeCount = std::max(designed.nodeCount, full);
        if (s.autoscale)
            s.autoscale = std::make_pair(std::min(s.autoscale->first, s.nodeCount),
                                         std::max(s.autoscale->second, s.nodeCount));
        return s;
    case DeploymentModel::ActivePassive:
    case DeploymentModel::PassiveCold:
        break;
    }
    // A standby at its autoscale minimum, able to grow to the serving region's size (the
    // active-passive article's "scales to the primary's instance count on failover").
    const int minimum
        = std::min(designed.autoscale ? designed.autoscale->first : designed.nodeCount, full);
    const int maximum
        = std::max(designed.autoscale ? designed.autoscale->second : designed.nodeCount, full);
    s.nodeCount = std::max(0, minimum);
    s.autoscale = std::make_pair(s.nodeCount, std::max(maximum, s.nodeCount));
    s.running = model == DeploymentModel::ActivePassive;
    s.activation = s.running ? Activation::None : Activation::Manual;
    return s;
}

ClusterState Scenario::transformedState(const ClusterFacts &f) const
{
    const ClusterState s = designed(f);
    if (!m_region.isEmpty() && f.region == m_region)
        return s;
    return transformedCluster(m_model, s, m_full);
}

ClusterRole Scenario::roleOf(const ClusterFacts &f, bool running) const
{
    if (!running)
        return ClusterRole::Cold;
    findBestPriorities();
    if (!m_hasRouting)
        return ClusterRole::Active;
    for (const Route *r : m_graph.routesTo(f.id)) {
        if (!included(*r))
            continue;
        if (!honoursPriority(r->router) || priority(*r) == m_best.value(r->router))
            return ClusterRole::Active;
    }
    return ClusterRole::Passive;
}

ClusterState Scenario::cluster(const QString &id, bool withRole) const
{
    const ClusterFacts *f = m_graph.cluster(id);
    if (!f)
        return {};
    if (!m_transformed) {
        ClusterState s = designed(*f);
        s.role = f->role;
        return s;
    }
    ClusterState s = transformedState(*f);
    if (withRole)
        s.role = roleOf(*f, s.running);
    return s;
}

}  // namespace continuity::estimation
