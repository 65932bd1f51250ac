// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/simulation/drill.h"

#include "model/catalog/catalog.h"
#include "model/estimation/terms.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace continuity {

namespace {

// Translated in the "Drill" context; lupdate reads the qualified calls.
struct DrillText {
    Q_DECLARE_TR_FUNCTIONS(Drill)
};

constexpr unsigned AllZones = 0b111;

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

/// The region components at a location.
QStringList regionsAt(const DesignGraph &g, const QString &location)
{
    QStringList out;
    for (const QString &r : g.componentsOfKind(ComponentKind::Region)) {
        if (g.locationOf(r) == location)
            out << r;
    }
    return out;
}

/// The region components a region or zone failure strikes.
QStringList struckRegions(const DesignGraph &g, const DrillFailure &f)
{
    if (!f.component.isEmpty())
        return {f.component};
    return regionsAt(g, f.location);
}

/// The zones a zonal component runs in: its `zones`, else the region's default.
unsigned zonesOf(const DesignGraph &g, const Component &c)
{
    if (c.kind == ComponentKind::AksCluster) {
        const ClusterFacts *facts = g.cluster(c.id);
        return facts ? facts->zones : 0;
    }
    if (c.properties.is_object()) {
        auto it = c.properties.find("zones");
        if (it != c.properties.end()) {
            if (const std::optional<unsigned> z = zoneSet(*it))
                return *z;
        }
    }
    return g.regionHasZones(c.parent) ? AllZones : 0;
}

/// Whether a component of a zoned region survives the loss of the zones in `lost`, and the part
/// of it that keeps running. Azure does not say which zone a resource without zone redundancy
/// sits in: a drill assumes the worst, the lost one.
double zoneSurvival(const DesignGraph &g, const Component &c, unsigned lost)
{
    switch (c.kind) {
    case ComponentKind::AksCluster:
    case ComponentKind::ApplicationGateway:
    case ComponentKind::Firewall: {
        const unsigned zones = zonesOf(g, c);
        const unsigned left = zones & ~lost;
        if (left == 0)
            return 0;
        return double(zoneCount(left)) / double(zoneCount(zones));
    }
    case ComponentKind::Database:
        return boolValue(c, "zoneRedundant") ? 1 : 0;
    case ComponentKind::StorageAccount: {
        const auto r = storageRedundancyFromString(enumValue(c, "redundancy"));
        return r == StorageRedundancy::ZRS || r == StorageRedundancy::GZRS
                       || r == StorageRedundancy::RaGZRS
                   ? 1
                   : 0;
    }
    default:
        // Key Vault, registries, workspaces and vaults are zone-redundant where the region has
        // zones.
        return 1;
    }
}

/// The components a set of failures takes down, wholly or in part.
struct Damage {
    QSet<QString> down;
    QHash<QString, double> part;       ///< components that keep running in part: the part left
    QSet<QString> lostLocations;       ///< the locations of lost regions
    };

Damage applyFailures(const DesignGraph &g, const std::vector<DrillFailure> &failures)
{
    Damage d;
    QHash<QString, unsigned> lostZones;
    for (const DrillFailure &f : failures) {
        switch (f.kind) {
        case DrillFailure::Kind::Component:
            if (g.component(f.component))
                d.down.insert(f.component);
            break;
        case DrillFailure::Kind::Region:
            for (const QString &r : struckRegions(g, f)) {
                d.down.insert(r);
                d.lostLocations.insert(g.locationOf(r));
                for (const QString &child : g.childrenOf(r))
                    d.down.insert(child);
            }
            break;
        case DrillFailure::Kind::Zone:
            for (const QString &r : struckRegions(g, f))
                lostZones[r] |= 1u << (f.zone - 1);
            break;
        }
    }
    for (auto it = lostZones.cbegin(); it != lostZones.cend(); ++it) {
        for (const QString &child : g.childrenOf(it.key())) {
            if (d.down.contains(child))
                continue;
            const Component *c = g.component(child);
            const double left = zoneSurvival(g, *c, it.value());
            if (left <= 0)
                d.down.insert(child);
            else if (left < 1)
                d.part.insert(child, left);
        }
    }
    // A region component failed by id takes its children with it.
    for (const DrillFailure &f : failures) {
        if (f.kind != DrillFailure::Kind::Component)
            continue;
        const Component *c = g.component(f.component);
        if (c && c->kind == ComponentKind::Region) {
            d.lostLocations.insert(g.locationOf(c->id));
            for (const QString &child : g.childrenOf(c->id))
                d.down.insert(child);
        }
    }
    for (const QString &id : d.down)
        d.part.remove(id);
    return d;
}

/// Where the traffic goes when only the clusters for which `capable` holds can take it: each
/// router sends to its healthy origins of the best priority (when it honours priorities), in
/// the ratio of its edges' weights (the origins are taken to be within the latency window),
/// an edge's share split evenly among the clusters behind its gateway. The routers that still
/// send somewhere share the traffic evenly. Without any route in the design, the capable
/// running clusters share it evenly.
std::vector<TrafficShare> routeTraffic(const DesignGraph &g, const QSet<QString> &down,
                                       const std::function<bool(const QString &)> &capable)
{
    std::vector<TrafficShare> out;
    if (g.routes().empty()) {
        for (const QString &c : g.clusterIds()) {
            if (capable(c))
                out.push_back({QString(), QString(), QString(), QString(), c, 0});
        }
        for (TrafficShare &t : out)
            t.share = 1.0 / double(out.size());
        return out;
    }
    int routers = 0;
    for (const QString &router : g.globalRouters()) {
        if (down.contains(router))
            continue;
        std::vector<const Route *> healthy;
        for (const Route *r : g.routesFrom(router)) {
            if ((r->gateway.isEmpty() || !down.contains(r->gateway)) && capable(r->cluster))
                healthy.push_back(r);
        }
        if (healthy.empty())
            continue;
        if (g.honoursPriority(router)) {
            int best = healthy.front()->priority;
            for (const Route *r : healthy)
                best = std::min(best, r->priority);
            std::erase_if(healthy, [best](const Route *r) { return r->priority != best; });
        }
        bool even = false;
        if (const Component *c = g.component(router); c && c->kind == ComponentKind::TrafficManager) {
            const QString method = enumValue(*c, "routingMethod");
            even = method == QLatin1String("performance") || method == QLatin1String("geographic");
        }
        QHash<QString, int> perEdge;
        QHash<QString, double> edgeWeight;
        for (const Route *r : healthy) {
            ++perEdge[r->connection];
            edgeWeight.insert(r->connection, even ? 1.0 : double(std::max(0, r->weight)));
        }
        double total = 0;
        for (double w : edgeWeight)
            total += w;
        for (const Route *r : healthy) {
            const double w = total > 0 ? edgeWeight.value(r->connection) / total
                                       : 1.0 / double(edgeWeight.size());
            out.push_back({r->router, r->connection, r->gateway, r->gatewayConnection, r->cluster,
                           w / double(perEdge.value(r->connection))});
        }
        ++routers;
    }
    for (TrafficShare &t : out)
        t.share /= double(routers);
    return out;
}

QSet<QString> clustersOf(const std::vector<TrafficShare> &traffic)
{
    QSet<QString> out;
    for (const TrafficShare &t : traffic) {
        if (t.share > 0)
            out.insert(t.cluster);
    }
    return out;
}

/// A cluster after the failures: whether it still runs, what of it, and whether what it needs
/// to serve is there.
struct ClusterLive {
    bool alive = false;
    double part = 1;         ///< the part of its nodes left (zones lost)
    bool blocked = false;    ///< something it cannot serve without is gone for good
    QString blockedBy;
    bool registry = true;    ///< images can be pulled (to start or to add nodes)
    QStringList failovers;   ///< stores whose failover it waits for before it writes again
};

class Drill
{
public:
    Drill(const DesignGraph &graph, const std::vector<DrillFailure> &failures)
        : m_g(graph), m_cat(graph.catalog()), m_a(graph.design().assumptions),
          m_damage(applyFailures(graph, failures))
    {
    }

    DrillResult run(const std::vector<DrillFailure> &failures);

private:
    bool down(const QString &id) const { return m_damage.down.contains(id); }
    const DataRecovery &recovery(const QString &store);
    const ClusterLive &live(const QString &cluster);
    QString replicaTarget(const QString &store) const;
    struct Backup {
        bool protectedByVault = false;
        bool restorable = false;
        std::optional<Term> loss;
        QString reason;
        QStringList vaults;
    };
    Backup backupOf(const QStringList &lost, const QStringList &coldLocations) const;

    const DesignGraph &m_g;
    const Catalog &m_cat;
    const nlohmann::json &m_a;
    Damage m_damage;
    QHash<QString, DataRecovery> m_recoveries;
    std::unordered_map<QString, ClusterLive> m_live;  ///< stable references
};

const DataRecovery &Drill::recovery(const QString &store)
{
    auto it = m_recoveries.find(store);
    if (it == m_recoveries.end())
        it = m_recoveries.insert(store, dataRecovery(m_g, m_cat, m_a, store, [this](const QString &id) {
                                     return m_g.component(id) && !down(id);
                                 }));
    return *it;
}

const ClusterLive &Drill::live(const QString &cluster)
{
    auto cached = m_live.find(cluster);
    if (cached != m_live.end())
        return cached->second;
    ClusterLive l;
    l.alive = !down(cluster);
    l.part = m_damage.part.value(cluster, 1.0);
    if (l.alive) {
        for (const QString &u : m_g.usesOf(cluster)) {
            const Component *c = m_g.component(u);
            switch (c->kind) {
            case ComponentKind::KeyVault:
                if (down(u) && !l.blocked) {
                    l.blocked = true;
                    l.blockedBy = DrillText::tr("its key vault %1 is lost").arg(u);
                }
                break;
            case ComponentKind::ContainerRegistry:
                if (down(u)) {
                    bool replica = false;
                    const nlohmann::json reps = c->properties.is_object()
                                                    ? c->properties.value("geoReplicas",
                                                                          nlohmann::json::array())
                                                    : nlohmann::json::array();
                    for (const nlohmann::json &r : reps) {
                        if (r.is_string()
                            && !m_damage.lostLocations.contains(
                                QString::fromStdString(r.get<std::string>())))
                            replica = true;
                    }
                    l.registry = replica;
                }
                break;
            case ComponentKind::Database:
            case ComponentKind::StorageAccount:
                if (down(u)) {
                    const DataRecovery &r = recovery(u);
                    if (!r.recoverable) {
                        if (!l.blocked) {
                            l.blocked = true;
                            l.blockedBy = r.reason;
                        }
                    } else if (r.failover) {
                        l.failovers << u;
                    }
                } else if (c->kind == ComponentKind::Database) {
                    // A surviving replica of a lost primary takes writes once it is promoted.
                    for (const QString &p : m_g.sourcesOf(u, ConnectionKind::Replicates)) {
                        if (down(p) && recovery(p).recoverable && recovery(p).failover)
                            l.failovers << p;
                    }
                }
                break;
            default:
                break;  // a lost workspace stops the logs, not the service
            }
        }
        for (const QString &fw : m_g.egressOf(cluster)) {
            if (down(fw) && !l.blocked) {
                l.blocked = true;
                l.blockedBy = DrillText::tr("its egress firewall %1 is lost").arg(fw);
            }
        }
    }
    return m_live.emplace(cluster, std::move(l)).first->second;
}

QString Drill::replicaTarget(const QString &store) const
{
    QString any;
    for (const QString &cid : m_g.connectionsOf(store)) {
        const Connection *c = m_g.connection(cid);
        if (!c || c->from != store || m_g.connectionKind(cid) != ConnectionKind::Replicates
            || !m_g.component(c->to) || down(c->to))
            continue;
        const bool sync = c->properties.is_object() && c->properties.value("mode", "") == "sync";
        if (sync)
            return c->to;
        if (any.isEmpty())
            any = c->to;
    }
    return any;
}

// The same rule as the RTO estimate's restore (regionloss.cpp): a vault-tier backup restores
// from a surviving vault, or across regions into the paired region when the vault allows it.
Drill::Backup Drill::backupOf(const QStringList &lost, const QStringList &coldLocations) const
{
    Backup out;
    bool all = true;
    double worst = -1;
    for (const QString &cluster : lost) {
        for (const QString &vault : m_g.protectorsOf(cluster)) {
            const Component *v = m_g.component(vault);
            if (!v)
                continue;
            out.protectedByVault = true;
            out.vaults << vault;
            const bool vaultTier = enumValue(*v, "tier") == QLatin1String("vault");
            std::optional<Resolved> rpo;
            bool cross = false;
            if (!vaultTier) {
                // operational-tier snapshots stay with the cluster
            } else if (!down(vault) && !m_g.regionOf(vault).isEmpty()) {
                rpo = m_cat.resolve(m_cat.backupVaultTierRpo(false), m_a);
            } else if (boolValue(*v, "crossRegionRestore")) {
                const QString from = m_g.locationOf(m_g.regionOf(vault));
                for (const QString &to : coldLocations) {
                    if (m_cat.arePaired(from, to)) {
                        rpo = m_cat.resolve(m_cat.backupVaultTierRpo(true), m_a);
                        cross = true;
                    }
                }
            }
            if (!rpo) {
                all = false;
                if (out.reason.isEmpty())
                    out.reason = vaultTier ? DrillText::tr("the backup of %1 in %2 cannot be restored where "
                                                "the takeover runs").arg(cluster, vault)
                                           : DrillText::tr("the operational-tier backup of %1 in %2 is lost "
                                                "with it").arg(cluster, vault);
                continue;
            }
            const double value = rpo->value.value_or(0);
            if (value > worst) {
                worst = value;
                out.loss = estimation::makeTerm(
                    cross ? DrillText::tr("%1: vault-tier backup in %2, restored across regions")
                                .arg(cluster, vault)
                          : DrillText::tr("%1: vault-tier backup in %2").arg(cluster, vault),
                    value, QStringLiteral("s"), {estimation::refOf(*rpo)});
            }
        }
    }
    out.restorable = out.protectedByVault && all;
    return out;
}

QString failureText(const DesignGraph &g, const std::vector<DrillFailure> &failures,
                    int downCount)
{
    QStringList names;
    for (const DrillFailure &f : failures) {
        switch (f.kind) {
        case DrillFailure::Kind::Component:
            names << f.component;
            break;
        case DrillFailure::Kind::Region:
            names << DrillText::tr("region %1").arg(f.location.isEmpty() ? f.component : f.location);
            break;
        case DrillFailure::Kind::Zone:
            names << DrillText::tr("zone %1 of %2").arg(f.zone).arg(f.location);
            break;
        }
    }
    Q_UNUSED(g)
    return DrillText::tr("Failure: %1 down (%2 components lost)")
        .arg(names.join(QStringLiteral(", ")))
        .arg(downCount);
}

DrillResult Drill::run(const std::vector<DrillFailure> &failures)
{
    DrillResult out;
    out.failures = failures;
    out.failed = sorted(m_damage.down);
    QSet<QString> partial;
    for (auto it = m_damage.part.cbegin(); it != m_damage.part.cend(); ++it)
        partial.insert(it.key());
    out.degraded = sorted(partial);

    // ---- Before: who serves, and how much ----------------------------------------------------
    const auto runningAsDesigned = [&](const QString &c) {
        const ClusterFacts *f = m_g.cluster(c);
        return f && f->running;
    };
    const std::vector<TrafficShare> before = routeTraffic(m_g, {}, runningAsDesigned);
    const QSet<QString> servingBefore = clustersOf(before);
    out.servingBefore = sorted(servingBefore);
    for (const QString &c : servingBefore)
        out.loadNodes += std::max(0, m_g.cluster(c)->nodeCount);

    // ---- After ---------------------------------------------------------------------------------
    const auto canRun = [&](const QString &c) {
        const ClusterLive &l = live(c);
        return runningAsDesigned(c) && l.alive && !l.blocked;
    };
    const auto canStart = [&](const QString &c) {
        const ClusterLive &l = live(c);
        return !runningAsDesigned(c) && l.alive && !l.blocked && l.registry;
    };
    for (const TrafficShare &t : before) {
        if (!down(t.router) && (t.gateway.isEmpty() || !down(t.gateway)) && canRun(t.cluster))
            out.trafficBefore.push_back(t);
    }
    double kept = 0;
    for (const TrafficShare &t : out.trafficBefore)
        kept += t.share;
    const bool lostSome = !before.empty() && kept < 1 - 1e-9;
    out.lostSharePercent = before.empty() ? 0 : 100.0 * std::max(0.0, 1 - kept);

    const bool routed = !m_g.routes().empty();
    bool routerAlive = !routed;
    for (const QString &r : m_g.globalRouters())
        routerAlive = routerAlive || !down(r);

    enum class Move { None, Router, Manual } move = Move::None;
    bool activation = false;
    std::vector<TrafficShare> after = routeTraffic(m_g, m_damage.down, canRun);
    const auto evenly = [&](const std::function<bool(const QString &)> &can) {
        std::vector<TrafficShare> list;
        for (const QString &c : m_g.clusterIds()) {
            if (can(c))
                list.push_back({QString(), QString(), QString(), QString(), c, 0});
        }
        for (TrafficShare &t : list)
            t.share = 1.0 / double(list.size());
        return list;
    };
    if (!after.empty()) {
        move = routed ? Move::Router : Move::Manual;
    } else if (routerAlive) {
        // By hand, clients reach only the clusters the design does not route: a cluster
        // whose routes are all broken sits behind what was lost.
        after = evenly([&](const QString &c) { return canRun(c) && m_g.routesTo(c).empty(); });
        move = Move::Manual;
    }
    if (after.empty()) {
        after = routeTraffic(m_g, m_damage.down,
                             [&](const QString &c) { return canRun(c) || canStart(c); });
        move = routed ? Move::Router : Move::Manual;
        if (after.empty() && routerAlive) {
            after = evenly([&](const QString &c) {
                return canStart(c) && m_g.routesTo(c).empty();
            });
            move = Move::Manual;
        }
        activation = !after.empty();
    }
    out.trafficAfter = after;
    const QSet<QString> servingAfter = clustersOf(after);
    out.servingClusters = sorted(servingAfter);
    out.survives = !servingAfter.isEmpty();
    const QSet<QString> continuing = servingBefore & servingAfter;
    QSet<QString> takeover = servingAfter - servingBefore;

    // ---- The timeline, from the recovery terms, in the order the RTO estimate adds them -------
    double t = 0;
    out.steps.push_back({0, DrillStepKind::Failure,
                         failureText(m_g, failures, int(m_damage.down.size())), std::nullopt,
                         out.failed});
    const auto step = [&](DrillStepKind kind, const Term &term, const QString &event,
                          const QStringList &subjects) {
        t += term.amount;
        out.steps.push_back({t, kind, event, term, subjects});
    };
    const QStringList takers = sorted(takeover);
    if (out.survives && (lostSome || (continuing.isEmpty() && !servingBefore.isEmpty()))) {
        QString detector;
        double slowest = -1;
        if (move == Move::Router) {
            // The routers that sent some traffic where it is lost now.
            QSet<QString> losing;
            for (const TrafficShare &s : before) {
                if (!down(s.router)
                    && !(canRun(s.cluster) && (s.gateway.isEmpty() || !down(s.gateway))))
                    losing.insert(s.router);
            }
            for (const TrafficShare &s : after) {
                if (!losing.contains(s.router))
                    continue;
                const double d = routerDetectionSeconds(*m_g.component(s.router), m_cat, m_a);
                if (d > slowest || (d == slowest && s.router < detector)) {
                    slowest = d;
                    detector = s.router;
                }
            }
        }
        const QString to = sorted(servingAfter).join(QStringLiteral(", "));
        if (!detector.isEmpty()) {
            step(DrillStepKind::Detection, routerDetectionTerm(*m_g.component(detector), m_cat, m_a),
                 DrillText::tr("%1 marks the lost origins down and sends the traffic to %2")
                     .arg(detector, to),
                 {detector});
        } else {
            step(DrillStepKind::Switchover, manualSwitchoverTerm(m_cat, m_a),
                 DrillText::tr("Clients are repointed by hand to %1").arg(to), takers);
        }
        out.partialOutageSeconds = continuing.isEmpty() ? 0 : t;
    }
    if (activation) {
        bool manual = false;
        for (const QString &c : takers) {
            if (!runningAsDesigned(c)
                && enumValue(*m_g.component(c), "activation") != QLatin1String("event"))
                manual = true;
        }
        const ActivationTrigger trigger
            = manual ? ActivationTrigger::Manual : ActivationTrigger::Event;
        step(DrillStepKind::ActivationDecision, activationDecisionTerm(trigger, m_cat, m_a),
             manual ? DrillText::tr("A person confirms the loss and decides to start %1")
                          .arg(takers.join(QStringLiteral(", ")))
                    : DrillText::tr("An event starts %1").arg(takers.join(QStringLiteral(", "))),
             takers);
        step(DrillStepKind::ClusterStart, clusterStartTerm(m_cat, m_a),
             DrillText::tr("%1 runs").arg(takers.join(QStringLiteral(", "))), takers);
    }

    // Capacity: the clusters that serve after against the whole load of before.
    double steady = 0, growable = 0;
    bool registryShort = false;
    for (const QString &c : servingAfter) {
        const ClusterFacts *f = m_g.cluster(c);
        const ClusterLive &l = live(c);
        const double s = std::max(0, f->nodeCount) * l.part;
        double grow = s;
        if (f->autoscale && l.registry)
            grow = std::max(s, double(f->capacity));
        registryShort = registryShort || (f->autoscale && !l.registry);
        steady += s;
        growable += grow;
    }
    out.capacityNodes = out.survives ? growable : 0;
    if (out.survives)
        out.capacityPercent = out.loadNodes > 0
                                  ? std::min(100.0, 100.0 * growable / out.loadNodes)
                                  : 100.0;
    if (out.survives && out.loadNodes > steady + 1e-9 && growable > steady + 1e-9) {
        step(DrillStepKind::ScaleOut, scaleOutTerm(m_cat, m_a),
             DrillText::tr("The autoscaler has grown %1 from %2 to %3 nodes (%4 % of the load)")
                 .arg(sorted(servingAfter).join(QStringLiteral(", ")),
                      estimation::num(steady, 1),
                      estimation::num(std::min(growable, std::max(out.loadNodes, steady)), 1),
                      estimation::num(out.capacityPercent, 1)),
             sorted(servingAfter));
    }
    if (out.survives && out.capacityPercent < 100 - 1e-9)
        out.notes << DrillText::tr("The clusters left reach %1 of the %2 nodes that served before (%3 %).")
                         .arg(estimation::num(growable, 1), estimation::num(out.loadNodes, 1),
                              estimation::num(out.capacityPercent, 1));
    if (registryShort)
        out.notes << DrillText::tr("No replica of the container registry survives: the clusters cannot "
                        "add nodes.");

    // Restore, when stopped clusters take over from running ones.
    Backup backup;
    if (activation) {
        QStringList lost;
        for (const QString &c : servingBefore) {
            if (!servingAfter.contains(c))
                lost << c;
        }
        lost.sort();
        QStringList coldLocations;
        for (const QString &c : takers)
            coldLocations << m_g.locationOf(m_g.regionOf(c));
        backup = backupOf(lost, coldLocations);
        if (backup.restorable)
            step(DrillStepKind::Restore, restoreTerm(m_cat, m_a),
                 DrillText::tr("%1 restored from the backup in %2")
                     .arg(takers.join(QStringLiteral(", ")),
                          backup.vaults.join(QStringLiteral(", "))),
                 takers + backup.vaults);
    }

    // The data: every lost store a cluster uses, and the primaries whose replicas must be
    // promoted for the clusters that serve.
    QSet<QString> stores;
    for (const QString &id : m_damage.down) {
        const Component *c = m_g.component(id);
        if ((c->kind == ComponentKind::Database || c->kind == ComponentKind::StorageAccount)
            && !m_g.sourcesOf(id, ConnectionKind::Uses).empty())
            stores.insert(id);
    }
    for (const QString &c : servingAfter) {
        for (const QString &s : live(c).failovers)
            stores.insert(s);
    }
    const DataRecovery *slowestData = nullptr;
    for (const QString &s : sorted(stores))
        out.data.push_back(recovery(s));
    for (const DataRecovery &d : out.data) {
        if (d.recoverable && d.failover
            && (!slowestData || d.failover->amount > slowestData->failover->amount))
            slowestData = &d;
    }
    if (out.survives && slowestData) {
        Term term = *slowestData->failover;
        QStringList parallel;
        for (const DataRecovery &d : out.data) {
            if (&d != slowestData && d.recoverable && d.failover)
                parallel << QStringLiteral("%1 %2").arg(d.store,
                                                        estimation::secondsText(d.failover->amount));
        }
        QStringList subjects;
        for (const DataRecovery &d : out.data) {
            if (d.recoverable && d.failover) {
                subjects << d.store;
                const QString target = replicaTarget(d.store);
                if (!target.isEmpty()) {
                    subjects << target;
                    takeover.insert(target);
                }
            }
        }
        const QString event = parallel.isEmpty()
            ? DrillText::tr("The data takes writes again: %1").arg(term.what)
            : DrillText::tr("The data takes writes again: %1; in parallel %2")
                  .arg(term.what, parallel.join(QStringLiteral(", ")));
        step(DrillStepKind::DataFailover, term, event, subjects);
    }
    out.takeover = sorted(takeover);

    // ---- Data lost ---------------------------------------------------------------------------
    QStringList lostData;
    double loss = 0;
    QString worst;
    for (const DataRecovery &d : out.data) {
        if (!d.recoverable) {
            lostData << d.reason;
        } else if (d.dataLoss.amount > loss || worst.isEmpty()) {
            if (d.dataLoss.amount >= loss) {
                loss = d.dataLoss.amount;
                worst = d.dataLoss.what;
            }
        }
    }
    if (backup.protectedByVault && !backup.restorable)
        lostData << backup.reason;
    if (backup.loss && backup.loss->amount >= loss) {
        loss = backup.loss->amount;
        worst = backup.loss->what;
    }
    if (!lostData.isEmpty()) {
        out.dataLossBasis = DrillText::tr("Data is lost for good: %1.").arg(lostData.join(QStringLiteral("; ")));
    } else {
        out.dataLossSeconds = loss;
        out.dataLossBasis = worst.isEmpty() ? DrillText::tr("No data store the clusters use is lost.")
                                            : DrillText::tr("The worst: %1, %2.")
                                                  .arg(worst, estimation::secondsText(loss));
    }

    // ---- The verdict -------------------------------------------------------------------------
    if (out.survives) {
        out.recoverySeconds = t;
        out.downtimeSeconds = continuing.isEmpty() ? t : 0.0;
        if (continuing.isEmpty()) {
            out.steps.push_back({t, DrillStepKind::Serving,
                                 DrillText::tr("%1 serves again at %2 % of the capacity")
                                     .arg(out.servingClusters.join(QStringLiteral(", ")),
                                          estimation::num(out.capacityPercent, 1)),
                                 std::nullopt, out.servingClusters});
            out.trafficMovesAt = int(out.steps.size()) - 1;
            out.verdict = activation
                ? DrillText::tr("Survives once %1 is started and takes over.").arg(takers.join(", "))
                : DrillText::tr("Survives: %1 takes over.").arg(takers.join(", "));
        } else {
            out.trafficMovesAt = out.steps.size() > 1 ? 1 : 0;
            out.steps.push_back({t, DrillStepKind::Recovered,
                                 DrillText::tr("Recovered: %1 serves at %2 % of the capacity")
                                     .arg(out.servingClusters.join(QStringLiteral(", ")),
                                          estimation::num(out.capacityPercent, 1)),
                                 std::nullopt, out.servingClusters});
            out.verdict = DrillText::tr("Survives without downtime: %1 kept serving.")
                              .arg(sorted(continuing).join(", "));
        }
    } else {
        QString why;
        if (servingBefore.isEmpty())
            why = DrillText::tr("nothing served traffic before the failure");
        else if (routed && !routerAlive)
            why = DrillText::tr("every global router is lost, and with them the entry point");
        else {
            QStringList reasons;
            for (const QString &c : m_g.clusterIds()) {
                const ClusterLive &l = live(c);
                if (l.alive && l.blocked)
                    reasons << DrillText::tr("%1 cannot serve: %2").arg(c, l.blockedBy);
            }
            why = reasons.isEmpty() ? DrillText::tr("no cluster runs or waits outside what is lost")
                                    : reasons.join(QStringLiteral("; "));
        }
        out.verdict = DrillText::tr("Does not survive: %1.").arg(why);
        out.steps.push_back({t, DrillStepKind::Serving,
                             DrillText::tr("The service does not come back: %1").arg(why), std::nullopt, {}});
        out.trafficMovesAt = int(out.steps.size()) - 1;
    }
    if (lostSome && !continuing.isEmpty())
        out.notes << DrillText::tr("%1 % of the traffic went to what was lost and fails until it is moved "
                        "(%2).")
                         .arg(estimation::num(out.lostSharePercent, 1),
                              estimation::secondsText(out.partialOutageSeconds));
    if (continuing.size() > 0 && slowestData)
        out.notes << DrillText::tr("Reads go on; writes to the data that fails over wait for it.");
    return out;
}

/// The components whose failure alone takes a serving cluster out of service: the cluster,
/// what every route to it passes, and what it needs to serve.
QSet<QString> mustHave(const DesignGraph &g, const QString &cluster)
{
    QSet<QString> must{cluster};
    const std::vector<const Route *> routes = g.routesTo(cluster);
    if (!routes.empty()) {
        QString router = routes.front()->router, gateway = routes.front()->gateway;
        for (const Route *r : routes) {
            if (r->router != router)
                router.clear();
            if (r->gateway != gateway)
                gateway.clear();
        }
        if (!router.isEmpty())
            must.insert(router);
        if (!gateway.isEmpty())
            must.insert(gateway);
    }
    for (const QString &u : g.usesOf(cluster)) {
        const ComponentKind k = g.component(u)->kind;
        if (k == ComponentKind::KeyVault || k == ComponentKind::Database
            || k == ComponentKind::StorageAccount)
            must.insert(u);
    }
    for (const QString &fw : g.egressOf(cluster))
        must.insert(fw);
    return must;
}

}  // namespace

QString toString(DrillStepKind kind)
{
    switch (kind) {
    case DrillStepKind::Failure: return QStringLiteral("failure");
    case DrillStepKind::Detection: return QStringLiteral("detection");
    case DrillStepKind::Switchover: return QStringLiteral("switchover");
    case DrillStepKind::ActivationDecision: return QStringLiteral("activationDecision");
    case DrillStepKind::ClusterStart: return QStringLiteral("clusterStart");
    case DrillStepKind::ScaleOut: return QStringLiteral("scaleOut");
    case DrillStepKind::Restore: return QStringLiteral("restore");
    case DrillStepKind::DataFailover: return QStringLiteral("dataFailover");
    case DrillStepKind::Serving: return QStringLiteral("serving");
    case DrillStepKind::Recovered: return QStringLiteral("recovered");
    }
    return {};
}

std::optional<DrillFailure> parseDrillFailure(const DesignGraph &g, const QString &text,
                                              QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<DrillFailure> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    DrillFailure f;
    f.text = text;
    // Region and zone targets name a location; a region component's id is accepted too.
    const auto place = [&](const QString &name, DrillFailure &into) {
        if (!regionsAt(g, name).isEmpty()) {
            into.location = name;
            return true;
        }
        const Component *c = g.component(name);
        if (c && c->kind == ComponentKind::Region) {
            into.component = name;
            into.location = g.locationOf(name);
            return true;
        }
        return false;
    };
    if (text.startsWith(QLatin1String("region:"))) {
        f.kind = DrillFailure::Kind::Region;
        const QString name = text.mid(7);
        if (!place(name, f))
            return fail(DrillText::tr("unknown failure target '%1': the design has no region at %2")
                            .arg(text, name));
        return f;
    }
    if (text.startsWith(QLatin1String("zone:"))) {
        f.kind = DrillFailure::Kind::Zone;
        const QStringList parts = text.split(QLatin1Char(':'));
        bool ok = false;
        const int zone = parts.size() == 3 ? parts[2].toInt(&ok) : 0;
        if (!ok || zone < 1 || zone > 3)
            return fail(DrillText::tr("bad failure target '%1': write zone:LOCATION:N with N 1, 2 or 3")
                            .arg(text));
        f.zone = zone;
        if (!place(parts[1], f))
            return fail(DrillText::tr("unknown failure target '%1': the design has no region at %2")
                            .arg(text, parts[1]));
        const QStringList regions = struckRegions(g, f);
        if (std::none_of(regions.begin(), regions.end(),
                         [&](const QString &r) { return g.regionHasZones(r); }))
            return fail(DrillText::tr("unknown failure target '%1': %2 has no availability zones")
                            .arg(text, parts[1]));
        return f;
    }
    const Component *c = g.component(text);
    if (!c)
        return fail(DrillText::tr("unknown failure target '%1': no component of the design has this id, "
                       "and it is not region:LOCATION or zone:LOCATION:N").arg(text));
    f.component = text;
    if (c->kind == ComponentKind::Region) {
        f.kind = DrillFailure::Kind::Region;
        f.location = g.locationOf(text);
    }
    return f;
}

DrillView DrillResult::viewAt(int step) const
{
    DrillView v;
    v.failed = failed;
    v.degraded = degraded;
    const int last = std::max(0, int(steps.size()) - 1);
    step = std::clamp(step, 0, last);
    v.traffic = step >= trafficMovesAt && survives ? trafficAfter : trafficBefore;
    if (step > 0)
        v.takeover = takeover;
    return v;
}

DrillResult runDrill(const DesignGraph &graph, const std::vector<DrillFailure> &failures)
{
    Drill drill(graph, failures);
    return drill.run(failures);
}

SinglePointsOfFailure singlePointsOfFailure(const DesignGraph &g)
{
    SinglePointsOfFailure out;
    const DrillResult baseline = runDrill(g, {});
    out.servesBefore = baseline.survives;
    if (!baseline.survives)
        return out;

    // A failure that leaves one serving cluster, its routes and what it needs untouched cannot
    // stop the service: only what every serving cluster needs is a candidate, and a drill
    // decides each candidate.
    std::optional<QSet<QString>> components;
    std::optional<QSet<QString>> regions;
    std::optional<QSet<QPair<QString, int>>> zones;
    for (const QString &cluster : baseline.servingBefore) {
        const QSet<QString> must = mustHave(g, cluster);
        QSet<QString> inRegions;
        QSet<QPair<QString, int>> inZones;
        for (const QString &id : must) {
            const QString region = g.regionOf(id);
            if (region.isEmpty())
                continue;
            inRegions.insert(region);
            if (!g.regionHasZones(region))
                continue;
            const Component *c = g.component(id);
            for (int z = 1; z <= 3; ++z) {
                if (zoneSurvival(g, *c, 1u << (z - 1)) <= 0)
                    inZones.insert({region, z});
            }
        }
        components = components ? (*components & must) : must;
        regions = regions ? (*regions & inRegions) : inRegions;
        zones = zones ? (*zones & inZones) : inZones;
    }
    QStringList comps, regs, zns;
    const auto decide = [&](const DrillFailure &f, QStringList &into) {
        ++out.candidates;
        if (!runDrill(g, {f}).survives && !into.contains(f.text))
            into << f.text;
    };
    for (const QString &id : sorted(components.value_or(QSet<QString>()))) {
        DrillFailure f;
        f.component = id;
        f.text = id;
        decide(f, comps);
    }
    for (const QString &r : sorted(regions.value_or(QSet<QString>()))) {
        DrillFailure f;
        f.kind = DrillFailure::Kind::Region;
        f.location = g.locationOf(r);
        if (f.location.isEmpty())
            f.component = r;
        f.text = QStringLiteral("region:%1").arg(f.location.isEmpty() ? r : f.location);
        decide(f, regs);
    }
    std::vector<QPair<QString, int>> zoneList;
    for (const auto &z : zones.value_or(QSet<QPair<QString, int>>()))
        zoneList.push_back(z);
    std::sort(zoneList.begin(), zoneList.end());
    for (const auto &[r, z] : zoneList) {
        DrillFailure f;
        f.kind = DrillFailure::Kind::Zone;
        f.location = g.locationOf(r);
        f.zone = z;
        if (f.location.isEmpty())
            continue;
        f.text = QStringLiteral("zone:%1:%2").arg(f.location).arg(z);
        decide(f, zns);
    }
    out.targets = comps + regs + zns;
    return out;
}

}  // namespace continuity
