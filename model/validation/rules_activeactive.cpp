// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Active-active: two or more regions serve traffic at once, behind one global router that
// treats them alike, each behind its own Application Gateway, sized to absorb a lost region.

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"

#include <algorithm>
#include <map>
#include <set>

namespace continuity::rules {

namespace {

QString pairHint(const Context &ctx, const QString &regionId, const char *withPair,
                 const char *withoutPair)
{
    const QString label = regionLabel(ctx.graph, regionId);
    const RegionInfo *info = ctx.graph.regionInfo(regionId);
    const RegionInfo *pair = info && !info->pair.isEmpty() ? ctx.catalog.region(info->pair)
                                                           : nullptr;
    return pair ? tr(withPair).arg(label, pair->displayName) : tr(withoutPair);
}

}  // namespace

void activeActiveComponent(const Context &ctx, const Component &c, Findings &out)
{
    if (c.kind != ComponentKind::ApplicationGateway)
        return;
    const DesignGraph &g = ctx.graph;
    bool fromFrontDoor = false;
    for (const QString &source : g.sourcesOf(c.id, ConnectionKind::Traffic)) {
        const Component *s = g.component(source);
        fromFrontDoor = fromFrontDoor || (s && s->kind == ComponentKind::FrontDoor);
    }
    if (!fromFrontDoor || boolValue(c, "onlyFromFrontDoor"))
        return;
    const QString name = nameOf(g, c.id);
    out.push_back(make("AA-005",
                       tr("%1 accepts traffic from anywhere, not from Front Door alone.").arg(name),
                       {c.id},
                       tr("Set “Accepts traffic only from Front Door” on %1.").arg(name)));
}

void activeActiveConnection(const Context &ctx, const Connection &c, const Ends &ends,
                            Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const Component *from = ends.from;
    const Component *to = ends.to;
    if (!from || !to || from->kind != ComponentKind::FrontDoor
        || to->kind != ComponentKind::AksCluster || ends.kind != ConnectionKind::Traffic)
        return;
    out.push_back(make("AA-004",
                       tr("%1 sends traffic straight to %2, with no Application Gateway in front "
                          "of it.")
                           .arg(nameOf(g, c.from), nameOf(g, c.to)),
                       {c.from, c.to},
                       tr("Put an Application Gateway in the region of %1 between %2 and the "
                          "cluster.")
                           .arg(nameOf(g, c.to), nameOf(g, c.from))));
}

void activeRegions(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    std::set<QString> keys;
    std::vector<QString> active;
    QString firstRegion;
    for (const ClusterFacts *f : clusterFacts(g)) {
        if (f->role != ClusterRole::Active)
            continue;
        active.push_back(f->id);
        if (const QString key = clusterKey(*f); !key.isEmpty()) {
            keys.insert(key);
            if (keys.size() >= 2)
                return;  // the common case, found without walking the rest
            if (firstRegion.isEmpty())
                firstRegion = f->region;
        }
    }
    if (keys.empty()) {
        out.push_back(make("AA-001",
                           tr("No region holds an active cluster: active-active needs running "
                              "clusters that take traffic in two regions."),
                           toList(g.clusterIds()),
                           tr("Add running clusters in two regions, typically a region pair, "
                              "and route traffic to both at the same priority.")));
        return;
    }
    out.push_back(make("AA-001",
                       tr("Only %1 holds an active cluster: active-active needs active clusters "
                          "in two regions.")
                           .arg(regionLabel(g, firstRegion)),
                       toList(active),
                       pairHint(ctx, firstRegion,
                                QT_TRANSLATE_NOOP("continuity::rules", "Add a running cluster in a second "
                                                          "region, typically %1's pair %2, and "
                                                          "route to it at the same priority."),
                                QT_TRANSLATE_NOOP("continuity::rules", "Add a running cluster in a second "
                                                          "region and route to it at the same "
                                                          "priority."))));
}

void routerReachesAll(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    std::vector<const ClusterFacts *> running;  // in id order
    for (const ClusterFacts *f : clusterFacts(g)) {
        if (f->running)
            running.push_back(f);
    }
    if (running.empty())
        return;
    // Clusters are told apart by their facts (one per cluster): cheaper to sort than ids.
    QString best;
    std::vector<const ClusterFacts *> bestReached;
    for (const QString &router : g.globalRouters()) {
        std::vector<const ClusterFacts *> reached;
        for (const Route *r : g.routesFrom(router)) {
            const ClusterFacts *f = g.clusterOf(*r);
            if (f && f->running)
                reached.push_back(f);
        }
        std::sort(reached.begin(), reached.end());
        reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
        if (reached.size() == running.size())
            return;
        if (best.isEmpty() || reached.size() > bestReached.size()) {
            best = router;
            bestReached = std::move(reached);
        }
    }
    std::vector<QString> runningIds;
    std::vector<QString> missing;
    for (const ClusterFacts *f : running) {
        runningIds.push_back(f->id);
        if (!std::binary_search(bestReached.begin(), bestReached.end(), f))
            missing.push_back(f->id);
    }
    if (bestReached.empty()) {
        out.push_back(make("AA-002",
                           tr("No Front Door or Traffic Manager sends traffic to %1.")
                               .arg(listNames(g, runningIds)),
                           toList(runningIds),
                           tr("Add a Front Door and connect it to an Application Gateway in "
                              "front of each cluster.")));
        return;
    }
    QStringList subjects = toList(missing);
    subjects << best;
    out.push_back(make("AA-002",
                       tr("%1 does not reach %2, so no global router sends traffic to every "
                          "running cluster.")
                           .arg(nameOf(g, best), listNames(g, missing)),
                       subjects,
                       tr("Connect %1 to the Application Gateway in front of %2.")
                           .arg(nameOf(g, best), listNames(g, missing))));
}

void equalPriorities(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    for (const QString &router : g.globalRouters()) {
        const std::optional<int> best = g.bestPriority(router);
        if (!best || !g.honoursPriority(router))
            continue;
        const std::vector<const Route *> routes = g.routesFrom(router);
        // Most routers use one priority: nothing to sort out then.
        const bool uniform = std::all_of(routes.begin(), routes.end(), [&](const Route *r) {
            const ClusterFacts *f = g.clusterOf(*r);
            return r->priority == *best || !f || !f->running;
        });
        if (uniform)
            continue;
        std::map<QString, int> bestPerCluster;
        std::set<QString> onWorseEdges;
        for (const Route *r : routes) {
            const ClusterFacts *f = g.clusterOf(*r);
            if (!f || !f->running)
                continue;
            auto [it, inserted] = bestPerCluster.emplace(r->cluster, r->priority);
            if (!inserted)
                it->second = std::min(it->second, r->priority);
            if (r->priority != *best)
                onWorseEdges.insert(r->cluster);
        }
        std::vector<QString> worse;
        for (const auto &[cluster, priority] : bestPerCluster) {
            if (priority != *best)
                worse.push_back(cluster);
        }
        if (worse.empty())
            worse.assign(onWorseEdges.begin(), onWorseEdges.end());
        if (worse.empty())
            continue;
        QStringList subjects = toList(worse);
        subjects << router;
        out.push_back(make("AA-003",
                           tr("%1 routes to %2 at a worse priority than %3, the priority of its "
                              "other routes: that is active-passive routing.")
                               .arg(nameOf(g, router), listNames(g, worse), QString::number(*best)),
                           subjects,
                           tr("Give every route of %1 the same priority, %2, as two origin "
                              "groups that each have priority %2.")
                               .arg(nameOf(g, router), QString::number(*best))));
    }
}

void pairedRegions(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    std::map<QString, std::vector<QString>> byLocation;
    for (const QString &region : g.clusterRegions()) {
        if (g.regionInfo(region))
            byLocation[g.locationOf(region)].push_back(region);
    }
    if (byLocation.size() < 2)
        return;
    for (const auto &[location, regions] : byLocation) {
        bool paired = false;
        for (const auto &other : byLocation) {
            if (other.first != location && ctx.catalog.arePaired(location, other.first)) {
                paired = true;
                break;
            }
        }
        if (paired)
            continue;
        const RegionInfo *info = ctx.catalog.region(location);
        const RegionInfo *pair = info && !info->pair.isEmpty() ? ctx.catalog.region(info->pair)
                                                               : nullptr;
        const QString label = regionLabel(g, regions.front());
        out.push_back(make("AA-006",
                           pair ? tr("%1 is not paired with another cluster region: its Azure "
                                     "pair is %2.")
                                      .arg(label, pair->displayName)
                                : tr("%1 has no Azure region pair, so the cluster regions are not "
                                     "a pair.")
                                      .arg(label),
                           toList(regions),
                           pair ? tr("Prefer paired regions: put the other cluster in %1, the "
                                     "pair of %2. Azure recovers and updates a pair one region at "
                                     "a time.")
                                      .arg(pair->displayName, label)
                                : tr("Prefer regions that form an Azure pair: Azure recovers and "
                                     "updates a pair one region at a time.")));
    }
}

void survivingCapacity(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    struct Place {
        std::vector<QString> regions;
        long long nodes = 0;
        long long capacity = 0;
    };
    std::map<QString, Place> places;
    long long total = 0;
    long long capacity = 0;
    QString lastKey;
    Place *last = nullptr;
    for (const ClusterFacts *f : clusterFacts(g)) {
        const QString key = clusterKey(*f);
        if (!f->running || key.isEmpty())
            continue;
        if (!last || key != lastKey) {
            last = &places[key];
            lastKey = key;
        }
        Place &p = *last;
        // Clusters come in id order, which mostly keeps a region's clusters together.
        if ((p.regions.empty() || p.regions.back() != f->region)
            && std::find(p.regions.begin(), p.regions.end(), f->region) == p.regions.end())
            p.regions.push_back(f->region);
        p.nodes += f->nodeCount;
        p.capacity += f->capacity;
        total += f->nodeCount;
        capacity += f->capacity;
    }
    if (places.size() < 2)
        return;
    for (auto &[key, p] : places) {
        const long long left = capacity - p.capacity;
        if (left >= total)
            continue;
        std::sort(p.regions.begin(), p.regions.end());
        const QString label = regionLabel(g, p.regions.front());
        out.push_back(make("AA-007",
                           tr("If %1 fails, the clusters in the other regions can grow to %2 "
                              "nodes, short of the %3 nodes the design runs in steady state.")
                               .arg(label, QString::number(left), QString::number(total)),
                           toList(p.regions),
                           tr("Raise the autoscale maximum of the clusters outside %1 so that "
                              "together they reach %2 nodes.")
                               .arg(label, QString::number(total))));
    }
}

}  // namespace continuity::rules
