// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/recovery.h"

#include "model/estimation/regionloss.h"
#include "model/estimation/terms.h"
#include "model/graph.h"
#include "model/kinds.h"

#include <algorithm>

namespace continuity {

using estimation::designRef;
using estimation::makeTerm;
using estimation::num;
using estimation::refOf;
using estimation::secondsText;
using estimation::EstimateText;

namespace {

QString seconds()
{
    return QStringLiteral("s");
}

/// A property the user set on the component, else the catalog's default for it.
FactRef propertyOrFact(const Component &c, const char *key, const Fact &fact,
                       const Catalog &catalog, const nlohmann::json &assumptions)
{
    if (c.properties.is_object()) {
        auto it = c.properties.find(key);
        if (it != c.properties.end()) {
            if (const std::optional<int> v = wholeNumber(*it))
                return designRef(c, key, *v, fact.unit);
        }
    }
    return refOf(catalog.resolve(fact, assumptions));
}

QString routerName(const Component &router)
{
    return router.kind == ComponentKind::FrontDoor ? EstimateText::tr("Front Door %1").arg(router.id)
                                                   : EstimateText::tr("Traffic Manager %1").arg(router.id);
}

QString engineLabel(DatabaseEngine engine)
{
    switch (engine) {
    case DatabaseEngine::AzureSql: return EstimateText::tr("Azure SQL failover group");
    case DatabaseEngine::CosmosDb: return EstimateText::tr("Cosmos DB automatic failover");
    case DatabaseEngine::PostgreSql: return EstimateText::tr("PostgreSQL replica promotion");
    }
    return {};
}

}  // namespace

Term routerDetectionTerm(const Component &router, const Catalog &catalog,
                         const nlohmann::json &assumptions)
{
    if (router.kind == ComponentKind::TrafficManager) {
        const FactRef tolerated = propertyOrFact(router, "toleratedFailures",
                                                 catalog.trafficManagerDefaultToleratedFailures(),
                                                 catalog, assumptions);
        const FactRef interval = propertyOrFact(router, "probeIntervalSeconds",
                                                catalog.trafficManagerProbeInterval(false),
                                                catalog, assumptions);
        const FactRef ttl = propertyOrFact(router, "ttlSeconds", catalog.trafficManagerDefaultTtl(),
                                           catalog, assumptions);
        const double total = (std::max(0.0, tolerated.value) + 1) * interval.value + ttl.value;
        return makeTerm(EstimateText::tr("Detection by %1: (%2 tolerated failures + 1) × %3 s probe interval "
                           "+ %4 s DNS TTL")
                            .arg(routerName(router), num(tolerated.value), num(interval.value),
                                 num(ttl.value)),
                        total, seconds(), {interval, tolerated, ttl});
    }
    const FactRef interval = propertyOrFact(router, "probeIntervalSeconds",
                                            catalog.frontDoorProbeInterval(), catalog, assumptions);
    const FactRef sample = propertyOrFact(router, "sampleSize", catalog.frontDoorSampleSize(),
                                          catalog, assumptions);
    const FactRef required = propertyOrFact(router, "successfulSamplesRequired",
                                            catalog.frontDoorSuccessfulSamplesRequired(), catalog,
                                            assumptions);
    // An origin stays healthy while `required` of the last `sample` probes succeed: it takes
    // sample − required + 1 failed probes to mark it down (at least one).
    const double probes = std::max(1.0, sample.value - required.value + 1);
    return makeTerm(EstimateText::tr("Detection by %1: %2 s probe interval × (%3 samples − %4 required + 1)")
                        .arg(routerName(router), num(interval.value), num(sample.value),
                             num(required.value)),
                    interval.value * probes, seconds(), {interval, sample, required});
}

double routerDetectionSeconds(const Component &router, const Catalog &catalog,
                              const nlohmann::json &assumptions)
{
    return routerDetectionTerm(router, catalog, assumptions).amount;
}

Term manualSwitchoverTerm(const Catalog &catalog, const nlohmann::json &assumptions)
{
    const FactRef f = refOf(catalog.resolve(catalog.manualSwitchoverTime(), assumptions));
    return makeTerm(EstimateText::tr("Manual switch-over: no global router moves the traffic, clients are "
                       "repointed by hand"),
                    f.value, seconds(), {f});
}

Term activationDecisionTerm(ActivationTrigger trigger, const Catalog &catalog,
                            const nlohmann::json &assumptions)
{
    const FactRef f = refOf(catalog.resolve(catalog.activationDecisionTime(trigger), assumptions));
    return makeTerm(trigger == ActivationTrigger::Manual
                        ? EstimateText::tr("Activation decision: a person confirms the loss and starts the "
                             "cold cluster")
                        : EstimateText::tr("Activation decision: an event starts the cold cluster"),
                    f.value, seconds(), {f});
}

Term clusterStartTerm(const Catalog &catalog, const nlohmann::json &assumptions)
{
    const FactRef f = refOf(catalog.resolve(catalog.aksClusterStartTime(), assumptions));
    return makeTerm(EstimateText::tr("Starting the stopped cluster until it serves"), f.value, seconds(), {f});
}

Term scaleOutTerm(const Catalog &catalog, const nlohmann::json &assumptions)
{
    const FactRef f = refOf(catalog.resolve(catalog.aksNodeProvisionTime(), assumptions));
    const FactRef limit =
        refOf(catalog.resolve(catalog.aksAutoscalerMaxNodeProvisionTime(), assumptions));
    return makeTerm(EstimateText::tr("Scale-out: the autoscaler adds nodes (it gives up after %1)")
                        .arg(formatDuration(limit.value)),
                    f.value, seconds(), {f, limit});
}

Term restoreTerm(const Catalog &catalog, const nlohmann::json &assumptions)
{
    const FactRef f = refOf(catalog.resolve(catalog.backupRestoreTime(), assumptions));
    return makeTerm(EstimateText::tr("Restore of the cluster's state and volumes from the backup"), f.value,
                    seconds(), {f});
}

namespace estimation {

/// The recovery of one store; without terms, the terms hold their amounts only.
DataRecovery recoverStore(const DesignGraph &graph, const Catalog &catalog,
                          const nlohmann::json &assumptions, const Component &store,
                          const std::function<bool(const QString &)> &survives, bool withTerms)
{
    DataRecovery out;
    out.store = store.id;
    auto term = [&](auto &&text, double amount, std::vector<FactRef> inputs) {
        return withTerms ? makeTerm(text(), amount, seconds(), std::move(inputs))
                         : makeTerm(QString(), amount, seconds(), {});
    };
    auto ref = [&](const Fact &f) { return refOf(catalog.resolve(f, assumptions)); };

    if (store.kind == ComponentKind::Database) {
        const DatabaseEngine engine =
            databaseEngineFromString(enumValue(store, "engine")).value_or(DatabaseEngine::AzureSql);
        QString replica, syncReplica, primary;
        for (const QString &cid : graph.connectionsOf(store.id)) {
            if (graph.connectionKind(cid) != ConnectionKind::Replicates)
                continue;
            const Connection *c = graph.connection(cid);
            if (!c || c->from == c->to)
                continue;
            if (c->from == store.id && graph.component(c->to) && survives(c->to)) {
                const auto mode = c->properties.is_object() ? c->properties.find("mode")
                                                            : c->properties.end();
                const bool sync = mode != c->properties.end() && *mode == "sync";
                if (sync && syncReplica.isEmpty())
                    syncReplica = c->to;
                if (replica.isEmpty())
                    replica = c->to;
            } else if (c->to == store.id && graph.component(c->from) && survives(c->from)
                       && primary.isEmpty()) {
                primary = c->from;
            }
        }
        if (!replica.isEmpty()) {
            const RecoveryFacts facts = catalog.databaseFailover(engine);
            const QString target = syncReplica.isEmpty() ? replica : syncReplica;
            const FactRef rto = ref(facts.rto);
            out.failover = term([&] {
                return EstimateText::tr("%1 fails over to %2 (%3)").arg(store.id, target, engineLabel(engine));
            }, rto.value, {rto});
            if (!syncReplica.isEmpty()) {
                if (engine == DatabaseEngine::CosmosDb) {
                    const FactRef rpo = ref(catalog.cosmosDbRpo(CosmosConsistency::Strong));
                    out.dataLoss = term(
                        [&] {
                            return EstimateText::tr("%1: synchronous (strong) replication to %2")
                                .arg(store.id, target);
                        },
                        rpo.value, {rpo});
                } else {
                    out.dataLoss = term([&] {
                        return EstimateText::tr("%1: synchronous replication to %2, every committed write is "
                                  "there").arg(store.id, target);
                    }, 0, {});
                }
                out.reason = EstimateText::tr("%1 fails over to %2, replicated synchronously")
                                 .arg(store.id, target);
            } else {
                const FactRef rpo = ref(facts.rpo);
                out.dataLoss = term([&] {
                    return EstimateText::tr("%1: asynchronous replication to %2 (%3)")
                        .arg(store.id, target, engineLabel(engine));
                }, rpo.value, {rpo});
                out.reason = EstimateText::tr("%1 fails over to %2, replicated asynchronously")
                                 .arg(store.id, target);
            }
            return out;
        }
        if (!primary.isEmpty()) {
            out.dataLoss = term([&] {
                return EstimateText::tr("%1 is a replica of %2, which survives: nothing is lost")
                    .arg(store.id, primary);
            }, 0, {});
            out.reason = EstimateText::tr("%1 is a replica of %2, which survives").arg(store.id, primary);
            return out;
        }
        if (engine == DatabaseEngine::AzureSql) {
            const RecoveryFacts facts = catalog.azureSqlGeoRestore();
            const FactRef rto = ref(facts.rto);
            const FactRef rpo = ref(facts.rpo);
            out.failover = term([&] {
                return EstimateText::tr("%1 is geo-restored from geo-replicated backups (no replica outside the "
                          "lost region)").arg(store.id);
            }, rto.value, {rto});
            out.dataLoss = term([&] {
                return EstimateText::tr("%1: geo-restore from geo-replicated backups").arg(store.id);
            }, rpo.value, {rpo});
            out.reason = EstimateText::tr("%1 has no surviving replica and is geo-restored").arg(store.id);
            return out;
        }
        out.recoverable = false;
        out.reason = EstimateText::tr("%1 (%2) has no replica outside the lost region: its data is lost")
                         .arg(store.id, enumValue(store, "engine"));
        return out;
    }
    if (store.kind == ComponentKind::StorageAccount) {
        const QString name = enumValue(store, "redundancy");
        const StorageRedundancy redundancy =
            storageRedundancyFromString(name).value_or(StorageRedundancy::ZRS);
        if (catalog.storageIsGeoRedundant(redundancy)) {
            const RecoveryFacts facts = catalog.storageGeoFailover();
            const FactRef rto = ref(facts.rto);
            const FactRef rpo = ref(facts.rpo);
            out.failover = term([&] {
                return EstimateText::tr("%1 (%2): customer-managed failover to the paired region")
                    .arg(store.id, name);
            }, rto.value, {rto});
            out.dataLoss = term([&] {
                return EstimateText::tr("%1 (%2): asynchronous geo-replication").arg(store.id, name);
            }, rpo.value, {rpo});
            out.reason = EstimateText::tr("%1 (%2) fails over to the paired region").arg(store.id, name);
            return out;
        }
        out.recoverable = false;
        out.reason = EstimateText::tr("%1 (%2) keeps no copy outside its region: its data is lost")
                         .arg(store.id, name);
        return out;
    }
    out.dataLoss = term([] { return QString(); }, 0, {});
    return out;
}

}  // namespace estimation

DataRecovery dataRecovery(const DesignGraph &graph, const Catalog &catalog,
                          const nlohmann::json &assumptions, const QString &store,
                          const std::function<bool(const QString &id)> &survives)
{
    const Component *c = graph.component(store);
    if (!c) {
        DataRecovery out;
        out.store = store;
        return out;
    }
    return estimation::recoverStore(graph, catalog, assumptions, *c, survives, true);
}

}  // namespace continuity
