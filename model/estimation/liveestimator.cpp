// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/liveestimator.h"

#include "model/catalog/catalog.h"
#include "model/document.h"
#include "model/estimation/cost.h"
#include "model/estimation/figures.h"
#include "model/graph.h"
#include "model/kinds.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace continuity {

using namespace estimation;

namespace {

/// What the estimator keeps about one cluster of the design as it is.
struct CachedCluster {
    ClusterState state;
    QString region;
    QString location;
    ClusterPrices prices;
};

}  // namespace

// How the work is split so that one edit of a large design costs little:
// - each component's cost line is kept and repriced only when the edit can change it;
// - the clusters' states are kept with per-region sums of what runs and what waits
//   (RecoveryIndex), adjusted for the clusters an edit touches; a change of routes or roles
//   rebuilds them;
// - what a region's loss does to its data (LossStatics) is kept per region and dropped when an
//   edit touches the region, its stores or their connections;
// - the availability is recomputed only when an edit can change it;
// - the alternatives are computed when read, from the same sums: the transformation changes
//   only the clusters outside the serving region, whose states and prices are at hand.
struct LiveEstimator::Private {
    Private(LiveEstimator *owner, Document *doc, const Catalog &cat)
        : q(owner)
        , document(doc)
        , catalog(cat)
        , graph(doc->design(), &cat, true)
    {
    }

    const nlohmann::json &assumptions() const { return document->design().assumptions; }

    // ---- What changed -------------------------------------------------------------------------
    void touch(const QString &id)
    {
        pending.insert(id);
        const QString region = graph.regionOf(id);
        statics.remove(region);
        touchedRegions.insert(region);
        const std::optional<ComponentKind> kind = graph.indexedKind(id);
        if (kind && *kind != ComponentKind::Region && !kindInfo(*kind).regional)
            globalsTouched = true;
    }
    void forgetStore(const QString &id)
    {
        stores.remove(id);
        // A store's recovery depends on where its replicas are, and theirs on it.
        for (const QString &replica : graph.replicasOf(id)) {
            stores.remove(replica);
            statics.remove(graph.regionOf(replica));
        }
    }
    void touchWithNeighbours(const QString &id)
    {
        touch(id);
        forgetStore(id);
        for (const QString &cid : graph.connectionsOf(id)) {
            const auto [from, to] = graph.indexedEnds(cid);
            for (const QString &end : {from, to}) {
                touch(end);
                forgetStore(end);
            }
        }
    }
    void touchRegion(const QString &region)
    {
        // A region's location sets its components' prices, the replicas that point at it and
        // where a backup can be restored.
        for (const QString &child : graph.childrenOf(region)) {
            touch(child);
            forgetStore(child);
        }
        for (const QString &registry : graph.componentsOfKind(ComponentKind::ContainerRegistry))
            touch(registry);
        rebuildIndex = true;
    }
    /// What of a cluster the availability reads: its tier, whether it spans zones, whether it
    /// runs.
    QString slaKeyOf(const QString &id) const
    {
        const Component *c = graph.component(id);
        const ClusterFacts *f = graph.cluster(id);
        if (!c || !f)
            return {};
        return QStringLiteral("%1/%2/%3")
            .arg(enumValue(*c, "tier"))
            .arg(zoneCount(f->zones) >= 2)
            .arg(f->running);
    }
    /// Whether a cluster's contribution to the availability changed since it was last seen.
    bool slaChanged(const QString &id)
    {
        const QString key = slaKeyOf(id);
        const auto it = slaKeys.find(id);
        if (it != slaKeys.end() && *it == key)
            return false;
        slaKeys.insert(id, key);
        return true;
    }
    void changed()
    {
        dirty = true;
        alternativesDirty = true;
        emit q->estimateChanged();
    }
    void everything()
    {
        costAll = true;
        rebuildIndex = true;
        availabilityDirty = true;
        stores.clear();
        statics.clear();
        slaKeys.clear();
        changed();
    }

    void componentsAdded(const QStringList &ids)
    {
        graph.addComponents(ids);
        for (const QString &id : ids) {
            touchWithNeighbours(id);
            if (graph.indexedKind(id) == ComponentKind::Region)
                touchRegion(id);
        }
        availabilityDirty = true;
        rebuildIndex = true;
        changed();
    }
    void componentsAboutToBeRemoved(const QStringList &ids)
    {
        for (const QString &id : ids) {
            touchWithNeighbours(id);
            if (graph.indexedKind(id) == ComponentKind::Region)
                touchRegion(id);
        }
        graph.removeComponents(ids);
        availabilityDirty = true;
        rebuildIndex = true;
        changed();
    }
    void componentsChanged(const QStringList &ids, ComponentChanges what)
    {
        if (!(what & (ComponentChange::Properties | ComponentChange::Parent)))
            return;
        for (const QString &id : ids) {
            const Component *c = graph.component(id);
            if (c && graph.indexedParent(id) != c->parent) {
                touchWithNeighbours(id);  // in its old region
                availabilityDirty = true;
                rebuildIndex = true;
            }
        }
        graph.updateComponents(ids);
        for (const QString &id : ids) {
            touch(id);
            forgetStore(id);
            const std::optional<ComponentKind> kind = graph.indexedKind(id);
            if (!kind)
                continue;
            switch (*kind) {
            case ComponentKind::Region:
                touchRegion(id);
                availabilityDirty = true;
                break;
            case ComponentKind::AksCluster:
                if (slaChanged(id))
                    availabilityDirty = true;
                break;
            case ComponentKind::FrontDoor:
            case ComponentKind::TrafficManager:
                routersTouched = true;
                break;
            case ComponentKind::Firewall:
                for (const QString &policy : graph.policiesOf(id))
                    touch(policy);
                break;
            case ComponentKind::BackupVault:
                for (const QString &cluster : graph.targetsOf(id, ConnectionKind::Protects))
                    touch(cluster);
                break;
            case ComponentKind::ContainerRegistry:
            case ComponentKind::KeyVault:
            case ComponentKind::LogAnalytics:
            case ComponentKind::Database:
            case ComponentKind::StorageAccount:
                availabilityDirty = true;
                break;
            default:
                break;
            }
        }
        changed();
    }
    void connectionsTouched(const QStringList &ids)
    {
        for (const QString &id : ids) {
            const auto [from, to] = graph.indexedEnds(id);
            for (const QString &end : {from, to}) {
                touch(end);
                forgetStore(end);
            }
            const std::optional<ConnectionKind> kind = graph.connectionKind(id);
            if (kind == ConnectionKind::Traffic || kind == ConnectionKind::Uses)
                availabilityDirty = true;
        }
    }
    void connectionsAdded(const QStringList &ids)
    {
        graph.addConnections(ids);
        connectionsTouched(ids);
        changed();
    }
    void connectionsAboutToBeRemoved(const QStringList &ids)
    {
        connectionsTouched(ids);
        graph.removeConnections(ids);
        changed();
    }
    void connectionsChanged(const QStringList &ids)
    {
        connectionsTouched(ids);  // the old ends
        graph.updateConnections(ids);
        connectionsTouched(ids);  // the new ones
        changed();
    }
    void reset()
    {
        graph.rebuild();
        everything();
    }

    // ---- Costs --------------------------------------------------------------------------------
    std::vector<CostLine>::iterator lineOf(const QString &id)
    {
        return std::lower_bound(estimate.costBreakdown.begin(), estimate.costBreakdown.end(), id,
                                [](const CostLine &l, const QString &key) {
                                    return l.component < key;
                                });
    }

    void repriceAll(const Context &ctx)
    {
        estimate.costBreakdown.clear();
        estimate.monthlyCostUsd = 0;
        costNotes.clear();
        for (const auto &[id, c] : document->design().components) {
            if (c.kind == ComponentKind::Region)
                continue;
            QStringList notes;
            CostLine line = estimation::costLine(ctx, c, false, &notes);
            estimate.monthlyCostUsd += line.monthlyUsd;
            estimate.costBreakdown.push_back(std::move(line));
            if (!notes.isEmpty())
                costNotes[id] = notes;
        }
    }

    void reprice(const Context &ctx, const QString &id)
    {
        auto pos = lineOf(id);
        const bool found = pos != estimate.costBreakdown.end() && pos->component == id;
        const Component *c = graph.component(id);
        costNotes.erase(id);
        if (!c || c->kind == ComponentKind::Region) {
            if (found) {
                estimate.monthlyCostUsd -= pos->monthlyUsd;
                estimate.costBreakdown.erase(pos);
                // A running sum keeps rounding residue: nothing left costs exactly nothing.
                if (estimate.costBreakdown.empty())
                    estimate.monthlyCostUsd = 0;
            }
            return;
        }
        QStringList notes;
        CostLine line = estimation::costLine(ctx, *c, false, &notes);
        if (found) {
            estimate.monthlyCostUsd += line.monthlyUsd - pos->monthlyUsd;
            *pos = std::move(line);
        } else {
            estimate.monthlyCostUsd += line.monthlyUsd;
            estimate.costBreakdown.insert(pos, std::move(line));
        }
        if (!notes.isEmpty())
            costNotes[id] = notes;
    }

    // ---- Clusters and recovery sums -----------------------------------------------------------
    CachedCluster cached(const Context &ctx, const QString &id) const
    {
        CachedCluster c;
        c.state = ctx.scenario.cluster(id);
        c.region = graph.regionOf(id);
        c.location = graph.locationOf(c.region);
        if (const Component *component = graph.component(id))
            c.prices = clusterPrices(ctx, *component);
        return c;
    }

    void rebuildClusters(const Context &ctx)
    {
        clusters.clear();
        clusterSlots.clear();
        clusters.reserve(graph.clusterIds().size());
        clusterSlots.reserve(static_cast<qsizetype>(graph.clusterIds().size()));
        slaKeys.clear();
        for (const QString &id : graph.clusterIds()) {
            clusterSlots.insert(id, clusters.size());
            clusters.push_back(cached(ctx, id));
            slaKeys.insert(id, slaKeyOf(id));
        }
        index = RecoveryIndex(ctx);
        statics.clear();
    }

    void updateCluster(const Context &ctx, const QString &id)
    {
        const auto slot = clusterSlots.constFind(id);
        if (slot == clusterSlots.cend() || !graph.cluster(id))
            return;  // added or removed clusters rebuild the sums
        CachedCluster &old = clusters[*slot];
        const CachedCluster now = cached(ctx, id);
        index.regions[old.region].add(old.state, -1);
        index.total.add(old.state, -1);
        index.regions[now.region].add(now.state, 1);
        index.total.add(now.state, 1);
        old = now;
    }

    const StoreOutcome &storeOf(const Context &ctx, const QString &id)
    {
        auto it = stores.find(id);
        if (it == stores.end())
            it = stores.insert(id, storeOutcome(ctx, id, false));
        return *it;
    }

    const LossStatics &staticsOf(const Context &ctx, const QString &region)
    {
        auto it = statics.find(region);
        if (it == statics.end()) {
            const StoreLookup lookup = [&](const QString &id) -> const StoreOutcome & {
                return storeOf(ctx, id);
            };
            const bool cold = survivorsAreCold(index.regions.value(region), index.total);
            it = statics.insert(region,
                                lossStatics(ctx, region, cold,
                                            cold ? coldLocationsOutside(index, region)
                                                 : std::vector<QString>(),
                                            false, &lookup));
        }
        return *it;
    }

    void flush()
    {
        if (!dirty)
            return;
        dirty = false;
        if (graph.refresh()) {
            availabilityDirty = true;
            rebuildIndex = true;
        }
        const Scenario asIs(graph);
        const Context ctx{graph, catalog, assumptions(), asIs};
        if (costAll || rebuildIndex)
            singleRegionStale = true;
        if (costAll) {
            repriceAll(ctx);
            costAll = false;
        } else {
            for (const QString &id : std::as_const(pending))
                reprice(ctx, id);
        }
        if (rebuildIndex) {
            rebuildClusters(ctx);
            rebuildIndex = false;
        } else {
            for (const QString &id : std::as_const(pending))
                updateCluster(ctx, id);
            if (routersTouched) {
                for (auto it = index.routers.begin(); it != index.routers.end(); ++it) {
                    if (const Component *router = graph.component(it.key()))
                        it->detectionSeconds =
                            routerDetectionSeconds(*router, catalog, assumptions());
                }
            }
        }
        pending.clear();
        routersTouched = false;

        estimate.deploymentModel = document->deploymentModel();
        estimate.failedRegion.clear();
        estimate.failedLocation.clear();
        estimate.rtoSeconds.reset();
        estimate.rtoBreakdown.clear();
        estimate.rtoReason.clear();
        estimate.rpoSeconds.reset();
        estimate.rpoBreakdown.clear();
        estimate.rpoBasis.clear();
        estimate.notes.clear();
        for (const auto &[id, notes] : costNotes)
            estimate.notes.append(notes);
        const std::function<const LossStatics &(const QString &)> lookupStatics =
            [&](const QString &region) -> const LossStatics & { return staticsOf(ctx, region); };
        const QString worst = worstServingRegion(ctx, index, nullptr, &lookupStatics);
        servingRegion = worst.isEmpty() ? fallbackServingRegion(ctx) : worst;
        applyRecovery(estimate, ctx, index, worst);
        if (availabilityDirty) {
            const AvailabilityOutcome availability = availabilityOf(ctx, true);
            availabilityFraction = availability.fraction;
            applyAvailability(estimate, availability);
            for (auto &cached : alternativeAvailability)
                cached.reset();
            availabilityDirty = false;
        }
        estimate.ignoredAssumptions = catalog.ignoredAssumptions(assumptions());
    }

    // ---- Alternatives -------------------------------------------------------------------------
    const AvailabilityOutcome &availabilityUnder(DeploymentModel model)
    {
        std::optional<AvailabilityOutcome> &cached = alternativeAvailability[std::size_t(model)];
        if (!cached) {
            const Scenario scenario(graph, model, servingRegion);
            const Context ctx{graph, catalog, assumptions(), scenario};
            cached = availabilityOf(ctx, false);
        }
        return *cached;
    }

    Alternative singleRegion()
    {
        const Scenario scenario(graph, DeploymentModel::SingleRegion, servingRegion);
        const Context ctx{graph, catalog, assumptions(), scenario};
        // Single-region keeps the serving region and the global components; both parts are kept
        // until an edit touches them.
        if (singleRegionStale || servingRegion != alternativesRegion) {
            regionalCost.reset();
            globalCost.reset();
        }
        if (touchedRegions.contains(servingRegion))
            regionalCost.reset();
        if (globalsTouched)
            globalCost.reset();
        if (!regionalCost) {
            regionalCost = 0;
            for (const QString &id : graph.childrenOf(servingRegion)) {
                const Component *c = graph.component(id);
                if (c && c->kind != ComponentKind::Region && kindInfo(c->kind).regional)
                    *regionalCost += estimation::costLine(ctx, *c, false).monthlyUsd;
            }
        }
        if (!globalCost) {
            globalCost = 0;
            for (ComponentKind kind : {ComponentKind::FrontDoor, ComponentKind::TrafficManager,
                                       ComponentKind::FirewallPolicy}) {
                for (const QString &id : graph.componentsOfKind(kind))
                    *globalCost
                        += estimation::costLine(ctx, *graph.component(id), false).monthlyUsd;
            }
        }
        // Nothing outside the region is left: its clusters are all there is.
        LossInputs in;
        in.lost = index.regions.value(servingRegion);
        in.total = in.lost;
        const LossStatics regionStatics = lossStatics(ctx, servingRegion, false, {}, false);
        in.statics = &regionStatics;
        return makeAlternative(DeploymentModel::SingleRegion, false, *regionalCost + *globalCost,
                               composeLoss(ctx, servingRegion, in, false),
                               availabilityUnder(DeploymentModel::SingleRegion));
    }

    Alternative transformed(const Context &asIsCtx, DeploymentModel model)
    {
        const QString &region = servingRegion;
        const int full = estimation::fullSize(index.regions.value(region).runningSteady);
        LossInputs in;
        in.lost = index.regions.value(region);
        in.total = in.lost;
        double cost = estimate.monthlyCostUsd;
        std::vector<QString> coldLocations;
        for (const CachedCluster &c : clusters) {
            if (c.region == region)
                continue;
            const ClusterState s = transformedCluster(model, c.state, full);
            in.total.add(s, 1);
            cost += c.prices.monthly(s.running, s.nodeCount)
                    - c.prices.monthly(c.state.running, c.state.nodeCount);
            if (!s.running)
                coldLocations.push_back(c.location);
        }
        // Every cluster outside the region runs (active-active, active-passive) or waits
        // stopped (passive-cold): a router reaches them by every route it has there.
        for (auto it = index.routers.cbegin(); it != index.routers.cend(); ++it) {
            const int into = it->running.value(region);
            if (into <= 0)
                continue;
            const int outside = it->anyTotal - it->any.value(region);
            const bool cold = model == DeploymentModel::PassiveCold;
            in.routers.push_back({it.key(), it->detectionSeconds, cold ? 0 : outside,
                                  cold ? outside : 0});
        }
        const StoreLookup lookup = [&](const QString &id) -> const StoreOutcome & {
            return storeOf(asIsCtx, id);
        };
        const bool cold = survivorsAreCold(in.lost, in.total);
        const LossStatics regionStatics =
            lossStatics(asIsCtx, region, cold, coldLocations, false, &lookup);
        in.statics = &regionStatics;
        return makeAlternative(model, false, cost, composeLoss(asIsCtx, region, in, false),
                               availabilityUnder(model));
    }

    void computeAlternatives()
    {
        flush();
        if (!alternativesDirty)
            return;
        alternativesDirty = false;
        alternatives.clear();
        if (servingRegion != alternativesRegion) {
            for (auto &cached : alternativeAvailability)
                cached.reset();
        }
        const Scenario asIs(graph);
        const Context asIsCtx{graph, catalog, assumptions(), asIs};
        if (index.servingRegions.empty() || servingRegion.isEmpty()) {
            // Nothing serves: the sums above describe no serving region; take the long way.
            for (int m = 0; m < DeploymentModelCount; ++m) {
                const auto model = static_cast<DeploymentModel>(m);
                const bool own = model == document->deploymentModel();
                const Scenario transformed(graph, model, servingRegion);
                const Scenario &scenario = own ? asIs : transformed;
                const Context ctx{graph, catalog, assumptions(), scenario};
                double cost = 0;
                for (const auto &[id, c] : document->design().components) {
                    if (c.kind != ComponentKind::Region && scenario.included(id))
                        cost += estimation::costLine(ctx, c, false).monthlyUsd;
                }
                alternatives.push_back(alternativeOf(ctx, RecoveryIndex(ctx), servingRegion, cost,
                                                     availabilityOf(ctx, false)));
            }
            alternativesRegion = servingRegion;
            singleRegionStale = true;
            return;
        }
        for (int m = 0; m < DeploymentModelCount; ++m) {
            const auto model = static_cast<DeploymentModel>(m);
            if (model == document->deploymentModel()) {
                LossInputs in;
                in.lost = index.regions.value(servingRegion);
                in.total = index.total;
                in.routers = routerPaths(index, servingRegion);
                in.statics = &staticsOf(asIsCtx, servingRegion);
                // As availabilityOf() without terms: a basis only where there is no figure.
                AvailabilityOutcome availability;
                availability.fraction = availabilityFraction;
                if (!availabilityFraction)
                    availability.basis = estimate.availabilityBasis;
                alternatives.push_back(makeAlternative(model, true, estimate.monthlyCostUsd,
                    composeLoss(asIsCtx, servingRegion, in, false), availability));
            } else if (model == DeploymentModel::SingleRegion) {
                alternatives.push_back(singleRegion());
            } else {
                alternatives.push_back(transformed(asIsCtx, model));
            }
        }
        alternativesRegion = servingRegion;
        touchedRegions.clear();
        globalsTouched = false;
        singleRegionStale = false;
    }

    LiveEstimator *q;
    Document *document;
    const Catalog &catalog;
    DesignGraph graph;

    Estimate estimate;
    std::vector<Alternative> alternatives;
    std::optional<double> availabilityFraction;  ///< of the design as it is
    QString servingRegion;
    QString alternativesRegion;
    std::array<std::optional<AvailabilityOutcome>, DeploymentModelCount> alternativeAvailability;
    std::map<QString, QStringList> costNotes;
    std::vector<CachedCluster> clusters;  ///< in id order
    QHash<QString, std::size_t> clusterSlots;
    RecoveryIndex index;
    QHash<QString, LossStatics> statics;
    QHash<QString, StoreOutcome> stores;
    QHash<QString, QString> slaKeys;
    QSet<QString> pending;
    // What edits touched since the alternatives were last computed.
    QSet<QString> touchedRegions;
    bool globalsTouched = false;
    bool singleRegionStale = true;
    std::optional<double> regionalCost;  ///< single-region: the serving region's components
    std::optional<double> globalCost;    ///< single-region: the global components
    bool dirty = true;
    bool costAll = true;
    bool rebuildIndex = true;
    bool routersTouched = false;
    bool availabilityDirty = true;
    bool alternativesDirty = true;
};

LiveEstimator::LiveEstimator(Document *document, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, document, catalog ? *catalog : Catalog::builtin()))
{
    connect(document, &Document::componentsAdded, this,
            [this](const QStringList &ids) { d->componentsAdded(ids); });
    connect(document, &Document::componentsAboutToBeRemoved, this,
            [this](const QStringList &ids) { d->componentsAboutToBeRemoved(ids); });
    connect(document, &Document::componentsChanged, this,
            [this](const QStringList &ids, ComponentChanges what) {
                d->componentsChanged(ids, what);
            });
    connect(document, &Document::connectionsAdded, this,
            [this](const QStringList &ids) { d->connectionsAdded(ids); });
    connect(document, &Document::connectionsAboutToBeRemoved, this,
            [this](const QStringList &ids) { d->connectionsAboutToBeRemoved(ids); });
    connect(document, &Document::connectionsChanged, this,
            [this](const QStringList &ids) { d->connectionsChanged(ids); });
    connect(document, &Document::deploymentModelChanged, this, [this] { d->changed(); });
    connect(document, &Document::assumptionsChanged, this, [this] { d->everything(); });
    connect(document, &Document::designReset, this, [this] { d->reset(); });
}

LiveEstimator::~LiveEstimator() = default;

const Estimate &LiveEstimator::estimate() const
{
    d->flush();
    return d->estimate;
}

const std::vector<Alternative> &LiveEstimator::alternatives() const
{
    d->computeAlternatives();
    return d->alternatives;
}

CostLine LiveEstimator::costLine(const QString &componentId) const
{
    d->flush();
    const Component *c = d->graph.component(componentId);
    if (!c || c->kind == ComponentKind::Region)
        return {};
    const Scenario asIs(d->graph);
    const Context ctx{d->graph, d->catalog, d->assumptions(), asIs};
    return estimation::costLine(ctx, *c, true);
}

const Catalog &LiveEstimator::catalog() const
{
    return d->catalog;
}

}  // namespace continuity
