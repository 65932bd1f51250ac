// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Active-passive: one primary at priority 1 takes all traffic through the global router; a
// secondary in another region waits at priority 2-5, scaled down, ready to scale up.

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"

namespace continuity::rules {

namespace {

// Primaries are the active clusters; secondaries the passive ones a router reaches. Both are
// empty when no router routes (AP-001 reports it).
struct Sides {
    std::vector<const ClusterFacts *> primaries;
    std::vector<const ClusterFacts *> secondaries;
};

Sides sides(const DesignGraph &g)
{
    Sides s;
    if (!g.hasRouting())
        return s;
    for (const ClusterFacts *f : clusterFacts(g)) {
        if (f->role == ClusterRole::Active)
            s.primaries.push_back(f);
        else if (f->role == ClusterRole::Passive && f->routed)
            s.secondaries.push_back(f);
    }
    return s;
}

std::optional<int> bestRoutePriority(const DesignGraph &g, const QString &cluster)
{
    std::optional<int> best;
    for (const Route *r : g.routesTo(cluster)) {
        if (!best || r->priority < *best)
            best = r->priority;
    }
    return best;
}

// The primary a secondary must be able to replace: the largest one.
const ClusterFacts *largestPrimary(const Sides &s)
{
    const ClusterFacts *largest = nullptr;
    for (const ClusterFacts *p : s.primaries) {
        if (!largest || p->nodeCount > largest->nodeCount)
            largest = p;
    }
    return largest;
}

std::vector<QString> ids(const std::vector<const ClusterFacts *> &facts)
{
    std::vector<QString> list;
    for (const ClusterFacts *f : facts)
        list.push_back(f->id);
    return list;
}

}  // namespace

void activePassiveComponent(const Context &ctx, const Component &c, Findings &out)
{
    if (c.kind != ComponentKind::ApplicationGateway && c.kind != ComponentKind::TrafficManager)
        return;
    const DesignGraph &g = ctx.graph;
    const QString name = nameOf(g, c.id);
    if (c.kind == ComponentKind::ApplicationGateway) {
        bool fromRouter = false;
        bool fromFrontDoor = false;
        for (const QString &source : g.sourcesOf(c.id, ConnectionKind::Traffic)) {
            const Component *s = g.component(source);
            fromRouter = fromRouter || (s && isGlobalRouter(s->kind));
            fromFrontDoor = fromFrontDoor || (s && s->kind == ComponentKind::FrontDoor);
        }
        std::vector<QString> clusters;
        for (const QString &target : g.targetsOf(c.id, ConnectionKind::Traffic)) {
            const Component *t = g.component(target);
            if (t && t->kind == ComponentKind::AksCluster)
                clusters.push_back(target);
        }
        if (!fromRouter && !clusters.empty()) {
            QStringList subjects = toList(clusters);
            subjects << c.id;
            out.push_back(make("AP-003",
                               tr("%1 sends traffic to %2 that does not come through Front Door "
                                  "or Traffic Manager.")
                                   .arg(name, listNames(g, clusters)),
                               subjects,
                               tr("Route to %1 from the global router, and let it accept "
                                  "traffic from Front Door alone.")
                                   .arg(name)));
        }
        if (fromFrontDoor && !boolValue(c, "onlyFromFrontDoor"))
            out.push_back(make("AP-006",
                               tr("%1 accepts traffic from anywhere, not from Front Door alone.")
                                   .arg(name),
                               {c.id},
                               tr("Set “Accepts traffic only from Front Door” on %1.").arg(name)));
        return;
    }
    if (c.kind == ComponentKind::TrafficManager) {
        const QString method = enumValue(c, "routingMethod");
        if (method == QLatin1String("priority")
            || g.targetsOf(c.id, ConnectionKind::Traffic).empty())
            return;
        out.push_back(make("AP-007",
                           tr("%1 uses %2 routing, which ignores priorities: the secondary takes "
                              "traffic too.")
                               .arg(name, method),
                           {c.id},
                           tr("Set the routing method of %1 to priority.").arg(name)));
    }
}

void primaryAndSecondary(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const FactRange range = ctx.catalog.frontDoorPriorityRange();
    const int first = static_cast<int>(range.min.value.value_or(1));
    const int last = static_cast<int>(range.max.value.value_or(first));
    if (!g.hasRouting()) {
        std::vector<QString> running;
        for (const ClusterFacts *f : clusterFacts(g)) {
            if (f->running)
                running.push_back(f->id);
        }
        out.push_back(make("AP-001",
                           tr("No Front Door or Traffic Manager sends traffic to the clusters, "
                              "so none is the primary at priority %1.")
                               .arg(first),
                           toList(running),
                           tr("Add a Front Door with the primary's origin at priority %1 and the "
                              "secondary's at priority %2.")
                               .arg(QString::number(first), QString::number(first + 1))));
        return;
    }
    const Sides s = sides(g);
    if (s.primaries.size() > 1) {
        out.push_back(make("AP-001",
                           tr("%1 take traffic at once, but active-passive sends it to one "
                              "primary at priority %2.")
                               .arg(listNames(g, ids(s.primaries)), QString::number(first)),
                           toList(ids(s.primaries)),
                           tr("In the global router, keep priority %1 for the primary's origin "
                              "and give the others priority %2 to %3.")
                               .arg(QString::number(first), QString::number(first + 1),
                                    QString::number(last))));
        return;
    }
    if (s.primaries.empty())
        return;
    const ClusterFacts *primary = s.primaries.front();
    const std::optional<int> best = bestRoutePriority(g, primary->id);
    if (best && *best != first)
        out.push_back(make("AP-001",
                           tr("The primary %1 is reached at priority %2, not %3.")
                               .arg(nameOf(g, primary->id), QString::number(*best),
                                    QString::number(first)),
                           {primary->id},
                           tr("Set the priority of the route to %1 to %2.")
                               .arg(nameOf(g, primary->id), QString::number(first))));
    bool secondary = false;
    for (const ClusterFacts *f : s.secondaries) {
        const std::optional<int> p = bestRoutePriority(g, f->id);
        secondary = secondary || (p && *p > first && *p <= last);
    }
    if (!secondary)
        out.push_back(make("AP-001",
                           tr("No secondary cluster is reached at priority %1 to %2 behind the "
                              "primary %3.")
                               .arg(QString::number(first + 1), QString::number(last),
                                    nameOf(g, primary->id)),
                           {primary->id},
                           tr("Add a running cluster in another region and route to it at "
                              "priority %1.")
                               .arg(first + 1)));
}

void separateRegions(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const Sides s = sides(g);
    for (const ClusterFacts *p : s.primaries) {
        const QString key = clusterKey(*p);
        if (key.isEmpty())
            continue;
        for (const ClusterFacts *sec : s.secondaries) {
            if (clusterKey(*sec) != key)
                continue;
            const QString region = regionLabel(g, p->region);
            out.push_back(make("AP-002",
                               tr("The primary %1 and the secondary %2 are both in %3: losing "
                                  "that region loses both.")
                                   .arg(nameOf(g, p->id), nameOf(g, sec->id), region),
                               {p->id, sec->id},
                               tr("Move %1 to another region, typically the pair of %2.")
                                   .arg(nameOf(g, sec->id), region)));
        }
    }
}

void secondaryScale(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const Sides s = sides(g);
    const ClusterFacts *primary = largestPrimary(s);
    if (!primary)
        return;
    for (const ClusterFacts *sec : s.secondaries) {
        if (sec->capacity >= primary->nodeCount)
            continue;
        out.push_back(make("AP-004",
                           tr("%1 can grow to %2 nodes only, fewer than the %3 nodes of the "
                              "primary %4.")
                               .arg(nameOf(g, sec->id), QString::number(sec->capacity),
                                    QString::number(primary->nodeCount), nameOf(g, primary->id)),
                           {sec->id, primary->id},
                           tr("Set the autoscale maximum of %1 to at least %2, so that it can "
                              "take over the primary's load.")
                               .arg(nameOf(g, sec->id), QString::number(primary->nodeCount))));
    }
}

void secondaryAtFullSize(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const Sides s = sides(g);
    const ClusterFacts *primary = largestPrimary(s);
    if (!primary || primary->nodeCount <= 0)
        return;
    for (const ClusterFacts *sec : s.secondaries) {
        if (sec->autoscale || sec->nodeCount < primary->nodeCount)
            continue;
        out.push_back(make("AP-005",
                           tr("%1 runs %2 nodes while passive, as many as the primary %3, with no "
                              "autoscale.")
                               .arg(nameOf(g, sec->id), QString::number(sec->nodeCount),
                                    nameOf(g, primary->id)),
                           {sec->id, primary->id},
                           tr("Run %1 smaller, with autoscale up to %2 nodes: it grows when the "
                              "primary's region fails and costs less until then.")
                               .arg(nameOf(g, sec->id), QString::number(sec->nodeCount))));
    }
}

}  // namespace continuity::rules
