// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/regionloss.h"

#include "model/estimation/terms.h"
#include "model/kinds.h"

#include <algorithm>
#include <limits>

namespace continuity::estimation {

DataRecovery recoverStore(const DesignGraph &graph, const Catalog &catalog,
                          const nlohmann::json &assumptions, const Component &store,
                          const std::function<bool(const QString &)> &survives, bool withTerms);

namespace {

bool usedByIncludedCluster(const Context &ctx, const QString &store)
{
    for (const QString &cluster : ctx.graph.sourcesOf(store, ConnectionKind::Uses)) {
        if (ctx.scenario.included(cluster))
            return true;
    }
    return false;
}

QString placeName(const Context &ctx, const QString &region)
{
    const QString location = ctx.graph.locationOf(region);
    return location.isEmpty() ? region : location;
}

double orInfinity(const std::optional<double> &v)
{
    return v ? *v : std::numeric_limits<double>::infinity();
}

BackupRestore backupFor(const Context &ctx, const QString &lostRegion,
                        const std::vector<QString> &coldLocations, bool withTerms)
{
    BackupRestore out;
    bool allRestorable = true;
    double worst = -1;
    for (const QString &cluster : ctx.graph.childrenOf(lostRegion, ComponentKind::AksCluster)) {
        if (!ctx.scenario.included(cluster) || !ctx.scenario.cluster(cluster, false).running)
            continue;
        for (const QString &vault : ctx.graph.protectorsOf(cluster)) {
            const Component *v = ctx.graph.component(vault);
            if (!v || !ctx.scenario.included(vault))
                continue;
            out.protectedByVault = true;
            const bool vaultTier = enumValue(*v, "tier") == QLatin1String("vault");
            const QString vaultRegion = ctx.graph.regionOf(vault);
            std::optional<Resolved> rpo;
            bool crossRegion = false;
            if (!vaultTier) {
                // Operational-tier snapshots stay in the cluster's region and go with it.
            } else if (vaultRegion != lostRegion && !vaultRegion.isEmpty()) {
                rpo = ctx.resolve(ctx.catalog.backupVaultTierRpo(false));
            } else if (boolValue(*v, "crossRegionRestore")) {
                const QString from = ctx.graph.locationOf(vaultRegion);
                const bool paired = std::any_of(coldLocations.begin(), coldLocations.end(),
                                                [&](const QString &to) {
                                                    return ctx.catalog.arePaired(from, to);
                                                });
                if (paired) {
                    rpo = ctx.resolve(ctx.catalog.backupVaultTierRpo(true));
                    crossRegion = true;
                }
            }
            if (!rpo) {
                allRestorable = false;
                if (out.reason.isEmpty())
                    out.reason = vaultTier
                                     ? EstimateText::tr("the backup of %1 in %2 cannot be restored outside "
                                          "the lost region (cross-region restore reaches the "
                                          "paired region only)").arg(cluster, vault)
                                     : EstimateText::tr("the operational-tier backup of %1 in %2 stays in the "
                                          "lost region").arg(cluster, vault);
                continue;
            }
            const double value = rpo->value.value_or(0);
            if (value > worst) {
                worst = value;
                out.loss = withTerms
                    ? makeTerm(crossRegion ? EstimateText::tr("%1: vault-tier backup in %2, restored across "
                                                "regions")
                                                 .arg(cluster, vault)
                                           : EstimateText::tr("%1: vault-tier backup in %2").arg(cluster, vault),
                        value, QStringLiteral("s"), {refOf(*rpo)})
                    : makeTerm(QString(), value, QStringLiteral("s"), {});
            }
        }
    }
    out.restorable = out.protectedByVault && allRestorable;
    return out;
}

}  // namespace

void ClusterTally::add(const ClusterState &s, int sign)
{
    const qint64 steady = std::max(0, s.nodeCount);
    const qint64 growable = std::max(0, s.growable());
    if (s.running) {
        running += sign;
        runningSteady += sign * steady;
        runningGrowable += sign * growable;
    } else {
        cold += sign;
        coldSteady += sign * steady;
        coldGrowable += sign * growable;
        if (s.activation != Activation::Event)
            coldManual += sign;
    }
}

RecoveryIndex::RecoveryIndex(const Context &ctx)
{
    const DesignGraph &g = ctx.graph;
    QHash<QString, bool> running;
    running.reserve(static_cast<qsizetype>(g.clusterIds().size()));
    for (const QString &id : g.clusterIds()) {
        if (!ctx.scenario.included(id))
            continue;
        const ClusterState s = ctx.scenario.cluster(id);
        const QString region = g.regionOf(id);
        regions[region].add(s, 1);
        total.add(s, 1);
        if (s.role == ClusterRole::Active && !region.isEmpty())
            servingRegions.push_back(region);
        if (!s.running)
            coldClusters.emplace_back(region, g.locationOf(region));
        running.insert(id, s.running);
    }
    std::sort(servingRegions.begin(), servingRegions.end());
    servingRegions.erase(std::unique(servingRegions.begin(), servingRegions.end()),
                         servingRegions.end());
    for (const Route &r : g.routes()) {
        if (!ctx.scenario.included(r))
            continue;
        auto s = running.constFind(r.cluster);
        if (s == running.cend())
            continue;
        auto found = routers.find(r.router);
        if (found == routers.end()) {
            found = routers.insert(r.router, RouterReach{});
            if (const Component *router = g.component(r.router))
                found->detectionSeconds =
                    routerDetectionSeconds(*router, ctx.catalog, ctx.assumptions);
        }
        RouterReach &reach = *found;
        const QString region = g.regionOf(r.cluster);
        ++reach.any[region];
        ++reach.anyTotal;
        if (*s) {
            ++reach.running[region];
            ++reach.runningTotal;
        } else {
            ++reach.cold[region];
            ++reach.coldTotal;
        }
    }
}

StoreOutcome storeOutcome(const Context &ctx, const QString &store, bool withTerms)
{
    StoreOutcome out;
    const Component *c = ctx.graph.component(store);
    if (!c || !ctx.scenario.included(store))
        return out;
    out.used = usedByIncludedCluster(ctx, store);
    if (!out.used)
        return out;
    const QString region = ctx.graph.regionOf(store);
    out.recovery = recoverStore(
        ctx.graph, ctx.catalog, ctx.assumptions, *c,
        [&](const QString &id) {
            return ctx.scenario.included(id) && ctx.graph.regionOf(id) != region;
        },
        withTerms);
    return out;
}

LossStatics lossStatics(const Context &ctx, const QString &region, bool coldSurvivors,
                        const std::vector<QString> &coldLocations, bool withTerms,
                        const StoreLookup *stores)
{
    LossStatics out;
    for (ComponentKind kind : {ComponentKind::Database, ComponentKind::StorageAccount}) {
        for (const QString &store : ctx.graph.childrenOf(region, kind)) {
            if (stores && !withTerms) {
                const StoreOutcome &o = (*stores)(store);
                if (o.used)
                    out.data.push_back(o.recovery);
            } else {
                StoreOutcome o = storeOutcome(ctx, store, withTerms);
                if (o.used)
                    out.data.push_back(std::move(o.recovery));
            }
        }
    }
    if (coldSurvivors)
        out.backup = backupFor(ctx, region, coldLocations, withTerms);
    return out;
}

bool survivorsAreCold(const ClusterTally &lost, const ClusterTally &total)
{
    return total.running - lost.running <= 0 && total.cold - lost.cold > 0;
}

std::vector<RouterPath> routerPaths(const RecoveryIndex &index, const QString &region)
{
    std::vector<RouterPath> paths;
    for (auto it = index.routers.cbegin(); it != index.routers.cend(); ++it) {
        const RouterReach &reach = it.value();
        const int into = reach.running.value(region);
        if (into <= 0)
            continue;
        paths.push_back({it.key(), reach.detectionSeconds, reach.runningTotal - into,
                         reach.coldTotal - reach.cold.value(region)});
    }
    return paths;
}

std::vector<QString> coldLocationsOutside(const RecoveryIndex &index, const QString &region)
{
    std::vector<QString> locations;
    for (const auto &[r, location] : index.coldClusters) {
        if (r != region)
            locations.push_back(location);
    }
    return locations;
}

RegionLoss composeLoss(const Context &ctx, const QString &region, const LossInputs &in,
                       bool withTerms)
{
    RegionLoss out;
    out.region = region;
    const DesignGraph &g = ctx.graph;
    const QString place = placeName(ctx, region);
    const ClusterTally &lost = in.lost;
    const ClusterTally &all = in.total;
    static const LossStatics none;
    const LossStatics &statics = in.statics ? *in.statics : none;
    const std::vector<DataRecovery> &data = statics.data;

    // ---- Who takes over ---------------------------------------------------------------------
    enum class Serving {None, Running, Cold} serving = Serving::None;
    qint64 steady = 0, growable = 0;
    if (all.running - lost.running > 0) {
        serving = Serving::Running;
        steady = all.runningSteady - lost.runningSteady;
        growable = all.runningGrowable - lost.runningGrowable;
    } else if (all.cold - lost.cold > 0) {
        serving = Serving::Cold;
        steady = all.coldSteady - lost.coldSteady;
        growable = all.coldGrowable - lost.coldGrowable;
    }
    const BackupRestore none2;
    const BackupRestore &backup = serving == Serving::Cold ? statics.backup : none2;

    // ---- Recovery time ------------------------------------------------------------------------
    if (serving == Serving::None) {
        out.rtoReason = EstimateText::tr("Nothing survives the loss of %1: no cluster runs or waits outside it.")
                            .arg(place);
    } else {
        double rto = 0;
        // The figures come from the same catalog entries as the terms; terms are built only
        // when asked for, since the worst region is found by comparing figures.
        auto add = [&](double seconds, auto &&term) {
            rto += seconds;
            if (withTerms)
                out.rtoTerms.push_back(term());
        };
        const Catalog &cat = ctx.catalog;
        const nlohmann::json &a = ctx.assumptions;
        QString detector;
        double detection = -1;
        for (const RouterPath &p : in.routers) {
            const int toServing = serving == Serving::Running ? p.toRunning : p.toCold;
            if (toServing <= 0)
                continue;
            if (p.detectionSeconds > detection
                || (p.detectionSeconds == detection && p.router < detector)) {
                detection = p.detectionSeconds;
                detector = p.router;
            }
        }
        if (const Component *router = detector.isEmpty() ? nullptr : g.component(detector))
            add(detection, [&] { return routerDetectionTerm(*router, cat, a); });
        else
            add(ctx.value(cat.manualSwitchoverTime()),
                [&] { return manualSwitchoverTerm(cat, a); });
        if (serving == Serving::Cold) {
            const ActivationTrigger trigger = all.coldManual - lost.coldManual > 0
                                                  ? ActivationTrigger::Manual
                                                  : ActivationTrigger::Event;
            add(ctx.value(cat.activationDecisionTime(trigger)),
                [&] { return activationDecisionTerm(trigger, cat, a); });
            add(ctx.value(cat.aksClusterStartTime()), [&] { return clusterStartTerm(cat, a); });
        }
        // Each region's clusters are sized to carry the service alone (as the reference
        // architectures deploy them): the clusters left must reach what the lost region ran.
        const qint64 load = lost.runningSteady;
        if (load > steady) {
            if (growable > steady)
                add(ctx.value(cat.aksNodeProvisionTime()), [&] { return scaleOutTerm(cat, a); });
            if (growable < load && withTerms)
                out.notes.append(
                    EstimateText::tr("After losing %1 the clusters that take over reach %2 of the %3 nodes it "
                       "ran (%4 %).")
                        .arg(place)
                        .arg(std::max(growable, steady))
                        .arg(load)
                        .arg(num(100.0 * double(std::max(growable, steady)) / double(load))));
        }
        if (backup.restorable)
            add(ctx.value(cat.backupRestoreTime()), [&] { return restoreTerm(cat, a); });
        const DataRecovery *slowest = nullptr;
        for (const DataRecovery &d : data) {
            if (d.recoverable && d.failover
                && (!slowest || d.failover->amount > slowest->failover->amount))
                slowest = &d;
        }
        if (slowest) {
            add(slowest->failover->amount, [&] {
                Term t = *slowest->failover;
                QStringList others;
                for (const DataRecovery &d : data) {
                    if (&d != slowest && d.recoverable && d.failover)
                        others << QStringLiteral("%1 %2").arg(
                            d.store, secondsText(d.failover->amount));
                }
                t.what = others.isEmpty()
                             ? EstimateText::tr("Data-tier failover: %1").arg(t.what)
                             : EstimateText::tr("Data-tier failover: %1; in parallel with %2")
                                   .arg(t.what, others.join(QStringLiteral(", ")));
                return t;
            });
        }
        out.rto = rto;
    }

    // ---- Data loss -----------------------------------------------------------------------------
    QStringList lostData;
    for (const DataRecovery &d : data) {
        if (!d.recoverable)
            lostData << d.reason;
    }
    if (backup.protectedByVault && !backup.restorable)
        lostData << backup.reason;
    if (!lostData.isEmpty()) {
        out.rpoBasis
            = EstimateText::tr("Data is lost with %1: %2.").arg(place, lostData.join(QStringLiteral("; ")));
        return out;
    }
    double rpo = 0;
    const Term *worst = nullptr;
    for (const DataRecovery &d : data) {
        if (withTerms)
            out.rpoTerms.push_back(d.dataLoss);
        if (!worst || d.dataLoss.amount > worst->amount)
            worst = &d.dataLoss;
        rpo = std::max(rpo, d.dataLoss.amount);
    }
    if (backup.loss) {
        if (withTerms)
            out.rpoTerms.push_back(*backup.loss);
        if (!worst || backup.loss->amount > worst->amount)
            worst = &*backup.loss;
        rpo = std::max(rpo, backup.loss->amount);
    }
    out.rpo = rpo;
    if (withTerms) {
        if (!worst)
            out.rpoBasis = EstimateText::tr("The clusters use no database or storage in %1 and restore no "
                              "backup: nothing is lost with it.").arg(place);
        else
            out.rpoBasis = EstimateText::tr("The worst over the data the clusters use in %1: %2, %3.")
                               .arg(place, worst->what, secondsText(worst->amount));
    }
    return out;
}

RegionLoss regionLoss(const Context &ctx, const RecoveryIndex &index, const QString &region,
                      bool withTerms, const StoreLookup *stores)
{
    LossInputs in;
    in.lost = index.regions.value(region);
    in.total = index.total;
    in.routers = routerPaths(index, region);
    const bool cold = survivorsAreCold(in.lost, in.total);
    const LossStatics statics =
        lossStatics(ctx, region, cold, cold ? coldLocationsOutside(index, region)
                                            : std::vector<QString>(),
                    withTerms, stores);
    in.statics = &statics;
    return composeLoss(ctx, region, in, withTerms);
}

QString worstServingRegion(const Context &ctx, const RecoveryIndex &index,
                           const StoreLookup *stores,
                           const std::function<const LossStatics &(const QString &)> *statics)
{
    QString worst;
    double worstRto = -1, worstRpo = -1;
    for (const QString &region : index.servingRegions) {
        RegionLoss loss;
        if (statics) {
            LossInputs in;
            in.lost = index.regions.value(region);
            in.total = index.total;
            in.routers = routerPaths(index, region);
            in.statics = &(*statics)(region);
            loss = composeLoss(ctx, region, in, false);
        } else {
            loss = regionLoss(ctx, index, region, false, stores);
        }
        const double rto = orInfinity(loss.rto);
        const double rpo = orInfinity(loss.rpo);
        if (worst.isEmpty() || rto > worstRto || (rto == worstRto && rpo > worstRpo)) {
            worst = region;
            worstRto = rto;
            worstRpo = rpo;
        }
    }
    return worst;
}

}  // namespace continuity::estimation
