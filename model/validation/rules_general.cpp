// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// General rules (every model): AKS limits, nodes and zones, registries, per-region services,
// replication of shared state, route priorities and weights, backup placement.

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"
#include "model/validation/validator.h"

#include <map>
#include <set>

namespace continuity::rules {

namespace {

using nlohmann::json;

std::optional<int> limit(const Catalog &catalog, AksLimit which)
{
    const Fact &fact = catalog.aksLimit(which);
    if (!fact.value)
        return std::nullopt;
    return static_cast<int>(*fact.value);
}

void clusterLimits(const Context &ctx, const Component &c, const ClusterFacts &f,
                   Findings &out)
{
    const auto name = [&] { return nameOf(ctx.graph, c.id); };
    const int nodes = std::max(f.nodeCount, f.autoscale ? f.autoscale->second : 0);
    const int pools = wholeValue(c, "nodePools");
    const int pods = wholeValue(c, "maxPodsPerNode");
    const std::optional<int> maxNodes = limit(ctx.catalog, AksLimit::NodesPerCluster);
    const std::optional<int> freeNodes = limit(ctx.catalog, AksLimit::FreeTierNodes);
    const std::optional<int> maxPools = limit(ctx.catalog, AksLimit::NodePoolsPerCluster);
    const std::optional<int> perPool = limit(ctx.catalog, AksLimit::NodesPerNodePool);
    const std::optional<int> maxPods = limit(ctx.catalog, AksLimit::PodsPerNode);
    if (maxNodes && nodes > *maxNodes) {
        out.push_back(make("GEN-002",
                           tr("%1 can have %2 nodes, more than the %3 an AKS cluster supports.")
                               .arg(name(), QString::number(nodes), QString::number(*maxNodes)),
                           {c.id},
                           tr("Keep %1 at %2 nodes or fewer (node count and autoscale maximum), "
                              "and spread the rest of the workload over more clusters.")
                               .arg(name(), QString::number(*maxNodes))));
    } else if (freeNodes && nodes > *freeNodes
               && enumValue(c, "tier") == QLatin1String("free")) {
        out.push_back(make("GEN-002",
                           tr("%1 can have %2 nodes, more than the %3 a Free-tier cluster "
                              "supports.")
                               .arg(name(), QString::number(nodes), QString::number(*freeNodes)),
                           {c.id},
                           tr("Move %1 to the Standard or Premium tier, or keep it at %2 nodes "
                              "or fewer.")
                               .arg(name(), QString::number(*freeNodes))));
    }
    if (maxPools && pools > *maxPools) {
        out.push_back(make("GEN-002",
                           tr("%1 has %2 node pools, more than the %3 an AKS cluster supports.")
                               .arg(name(), QString::number(pools), QString::number(*maxPools)),
                           {c.id},
                           tr("Use at most %1 node pools per cluster.").arg(*maxPools)));
    } else if (perPool && pools > 0 && nodes > static_cast<long long>(pools) * *perPool) {
        out.push_back(make("GEN-002",
                           tr("%1 can have %2 nodes in %n node pool(s), but a node pool holds "
                              "at most %3 nodes.",
                              pools)
                               .arg(name(), QString::number(nodes), QString::number(*perPool)),
                           {c.id},
                           tr("Add node pools to %1 so that none holds more than %2 nodes.")
                               .arg(name(), QString::number(*perPool))));
    }
    if (maxPods && pods > *maxPods) {
        out.push_back(make("GEN-002",
                           tr("%1 allows %2 pods per node, more than the %3 AKS supports.")
                               .arg(name(), QString::number(pods), QString::number(*maxPods)),
                           {c.id},
                           tr("Set the maximum pods per node of %1 to %2 or fewer.")
                               .arg(name(), QString::number(*maxPods))));
    }
}

void zonesInRegion(const Context &ctx, const Component &c, Findings &out)
{
    // Only zones the file sets count: the default follows the region.
    const auto it = c.properties.is_object() ? c.properties.find("zones") : c.properties.end();
    if (it == c.properties.end())
        return;
    const std::optional<unsigned> zones = zoneSet(*it);
    if (!zones || *zones == 0)
        return;
    const QString region = ctx.graph.regionOf(c.id);
    const RegionInfo *info = ctx.graph.regionInfo(region);
    if (!info || info->hasZones)
        return;
    const QString name = nameOf(ctx.graph, c.id);
    out.push_back(make("GEN-004",
                       tr("%1 is set to zones %2, but %3 (%4) has no availability zones.")
                           .arg(name, valueText(*it), regionLabel(ctx.graph, region),
                                info->name),
                       {c.id},
                       tr("Clear the zones of %1, or move it to a region with availability "
                          "zones.")
                           .arg(name)));
}

void registryReplicas(const Context &ctx, const Component &c, const ClusterFacts &f,
                      Findings &out)
{
    const DesignGraph &g = ctx.graph;
    if (f.location.isEmpty())
        return;
    for (const QString &rid : g.usesOf(c.id)) {
        const Component *registry = g.component(rid);
        if (!registry || registry->kind != ComponentKind::ContainerRegistry)
            continue;
        bool replicated = g.locationOf(g.regionOf(rid)) == f.location;
        if (const auto it = registry->properties.is_object()
                                ? registry->properties.find("geoReplicas")
                                : registry->properties.end();
            !replicated && it != registry->properties.end() && it->is_array()) {
            for (const json &r : *it) {
                if (r.is_string() && QString::fromStdString(r.get<std::string>()) == f.location) {
                    replicated = true;
                    break;
                }
            }
        }
        if (replicated)
            continue;
        out.push_back(make("GEN-006",
                           tr("%1 pulls its images from %2, which has no replica in %3.")
                               .arg(nameOf(g, c.id), nameOf(g, rid), regionLabel(g, f.region)),
                           {c.id, rid},
                           tr("Add %1 to the geo-replicas of %2 (a Premium registry), so that "
                              "%3 keeps pulling images when another region is down.")
                               .arg(f.location, nameOf(g, rid), nameOf(g, c.id))));
    }
}

void clusterChecks(const Context &ctx, const Component &c, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const ClusterFacts *f = g.cluster(c.id);
    if (!f)
        return;
    const auto name = [&] { return nameOf(g, c.id); };
    clusterLimits(ctx, c, *f, out);
    if (f->running && f->nodeCount >= 0 && f->nodeCount < 2)
        out.push_back(make("GEN-003",
                           tr("%1 runs %n node(s): losing one node stops its workload.",
                              f->nodeCount)
                               .arg(name()),
                           {c.id},
                           tr("Run at least 2 nodes in %1, and 3 to cover three availability "
                              "zones.")
                               .arg(name())));
    if (f->running && f->zones == 0 && g.regionHasZones(f->region))
        out.push_back(make("GEN-003",
                           tr("%1 uses no availability zones although %2 has them.")
                               .arg(name(), regionLabel(g, f->region)),
                           {c.id},
                           tr("Spread the nodes of %1 across zones 1, 2 and 3.").arg(name())));
    zonesInRegion(ctx, c, out);
    registryReplicas(ctx, c, *f, out);
    if (enumValue(c, "tier") == QLatin1String("free"))
        out.push_back(make("GEN-009",
                           tr("%1 is on the Free tier, which has no financially backed uptime "
                              "SLA.")
                               .arg(name()),
                           {c.id},
                           tr("Put %1 on the Standard or Premium tier for an uptime SLA.")
                               .arg(name())));
    if (f->autoscale
        && (f->nodeCount < f->autoscale->first || f->nodeCount > f->autoscale->second))
        out.push_back(make("GEN-012",
                           tr("%1 runs %2 nodes, outside its autoscale range of %3 to %4.")
                               .arg(name(), QString::number(f->nodeCount),
                                    QString::number(f->autoscale->first),
                                    QString::number(f->autoscale->second)),
                           {c.id},
                           tr("Set the node count of %1 within its autoscale range, or widen "
                              "the range.")
                               .arg(name())));
}

void registryChecks(const Context &ctx, const Component &c, Findings &out)
{
    const auto it = c.properties.is_object() ? c.properties.find("geoReplicas")
                                             : c.properties.end();
    if (it == c.properties.end() || !it->is_array() || it->empty())
        return;
    const QString skuName = enumValue(c, "sku");
    const std::optional<RegistrySku> sku = registrySkuFromString(skuName);
    if (!sku || ctx.catalog.registrySupportsGeoReplication(*sku))
        return;
    const QString name = nameOf(ctx.graph, c.id);
    out.push_back(make("GEN-005",
                       tr("%1 has geo-replicas, but its %2 SKU does not support geo-replication "
                          "(Premium only).")
                           .arg(name, skuName),
                       {c.id},
                       tr("Set the SKU of %1 to premium, or remove its geo-replicas.").arg(name)));
}

void regionChecks(const Context &ctx, const Component &c, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    if (g.childrenOf(c.id, ComponentKind::AksCluster).empty())
        return;
    const QString name = regionLabel(g, c.id);
    if (g.childrenOf(c.id, ComponentKind::KeyVault).empty())
        out.push_back(make("GEN-007", tr("%1 holds a cluster but no Key Vault.").arg(name), {c.id},
                           tr("Add a Key Vault in %1 for the secrets and keys of its clusters.")
                               .arg(name)));
    if (g.childrenOf(c.id, ComponentKind::LogAnalytics).empty())
        out.push_back(make("GEN-008",
                           tr("%1 holds a cluster but no Log Analytics workspace.").arg(name),
                           {c.id},
                           tr("Add a Log Analytics workspace in %1 for its regional metrics and "
                              "logs.")
                               .arg(name)));
    if (g.childrenOf(c.id, ComponentKind::Firewall).empty())
        out.push_back(make("GEN-010", tr("%1 holds a cluster but no hub firewall.").arg(name),
                           {c.id},
                           tr("Add an Azure Firewall in %1 (a hub for its clusters' spokes) and "
                              "send the clusters' egress through it.")
                               .arg(name)));
}

void sharedStateChecks(const Context &ctx, const Component &c, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    std::set<QString> regions;
    for (const QString &user : g.sourcesOf(c.id, ConnectionKind::Uses)) {
        if (const ClusterFacts *f = g.cluster(user)) {
            if (const QString key = clusterKey(*f); !key.isEmpty())
                regions.insert(key);
        }
    }
    if (regions.size() < 2)
        return;
    const QString name = nameOf(g, c.id);
    const int count = static_cast<int>(regions.size());
    if (c.kind == ComponentKind::Database) {
        if (!g.replicasOf(c.id).empty())
            return;
        out.push_back(make("GEN-011",
                           tr("%1 serves clusters in %2 regions but is not replicated to another "
                              "region.")
                               .arg(name, QString::number(count)),
                           {c.id},
                           tr("Add a database in another region and connect %1 to it with a "
                              "replicates connection.")
                               .arg(name)));
        return;
    }
    const QString redundancy = enumValue(c, "redundancy");
    const std::optional<StorageRedundancy> r = storageRedundancyFromString(redundancy);
    if (!r || ctx.catalog.storageIsGeoRedundant(*r))
        return;
    out.push_back(make("GEN-011",
                       tr("%1 serves clusters in %2 regions, but %3 redundancy keeps no copy in "
                          "another region.")
                           .arg(name, QString::number(count), redundancy),
                       {c.id},
                       tr("Set the redundancy of %1 to GRS, RA-GRS, GZRS or RA-GZRS.").arg(name)));
}

}  // namespace

void generalComponent(const Context &ctx, const Component &c, Findings &out)
{
    switch (c.kind) {
    case ComponentKind::AksCluster: clusterChecks(ctx, c, out); break;
    case ComponentKind::ApplicationGateway:
    case ComponentKind::Firewall: zonesInRegion(ctx, c, out); break;
    case ComponentKind::ContainerRegistry: registryChecks(ctx, c, out); break;
    case ComponentKind::Region: regionChecks(ctx, c, out); break;
    case ComponentKind::Database:
    case ComponentKind::StorageAccount: sharedStateChecks(ctx, c, out); break;
    default: break;
    }
}

void generalConnection(const Context &ctx, const Connection &c, const Ends &ends,
                       Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const Component *from = ends.from;
    const Component *to = ends.to;
    if (!from || !to)
        return;
    const std::optional<ConnectionKind> kind = ends.kind;
    if (kind == ConnectionKind::Traffic && isGlobalRouter(from->kind) && c.properties.is_object()) {
        struct Check {
            const char *key;
            FactRange range;
            const char *message;
            const char *hint;
        };
        const Check checks[] = {
            {"priority", ctx.catalog.frontDoorPriorityRange(),
             QT_TRANSLATE_NOOP("continuity::rules", "%1 routes to %2 at priority %3, outside the %4 to %5 "
                                       "that Front Door accepts."),
             QT_TRANSLATE_NOOP("continuity::rules", "Set the route's priority to a whole number from %1 to %2 "
                                       "(%1 is tried first).")},
            {"weight", ctx.catalog.frontDoorWeightRange(),
             QT_TRANSLATE_NOOP("continuity::rules", "%1 routes to %2 with weight %3, outside the %4 to %5 "
                                       "that Front Door accepts."),
             QT_TRANSLATE_NOOP("continuity::rules", "Set the route's weight to a whole number from %1 to "
                                       "%2.")},
        };
        for (const Check &check : checks) {
            const auto it = c.properties.find(check.key);
            if (it == c.properties.end() || !check.range.min.value || !check.range.max.value)
                continue;
            const std::optional<int> n = wholeNumber(*it);
            const double lo = *check.range.min.value;
            const double hi = *check.range.max.value;
            if (n && *n >= lo && *n <= hi)
                continue;
            out.push_back(make("ROUTE-001",
                               tr(check.message)
                                   .arg(nameOf(g, c.from), nameOf(g, c.to), valueText(*it),
                                        QString::number(lo), QString::number(hi)),
                               {c.id},
                               tr(check.hint).arg(QString::number(lo), QString::number(hi))));
        }
    }
    if (kind == ConnectionKind::Protects && from->kind == ComponentKind::BackupVault
        && to->kind == ComponentKind::AksCluster) {
        const QString vaultRegion = g.regionOf(c.from);
        const QString clusterRegion = g.regionOf(c.to);
        if (vaultRegion.isEmpty() || clusterRegion.isEmpty()
            || regionKey(g, vaultRegion) == regionKey(g, clusterRegion))
            return;
        out.push_back(make("GEN-013",
                           tr("%1 in %2 protects %3 in %4, but a Backup vault must be in the "
                              "region of the cluster it protects.")
                               .arg(nameOf(g, c.from), regionLabel(g, vaultRegion),
                                    nameOf(g, c.to), regionLabel(g, clusterRegion)),
                           {c.from, c.to},
                           tr("Protect %1 with a Backup vault in %2; restore to other regions "
                              "through cross-region restore.")
                               .arg(nameOf(g, c.to), regionLabel(g, clusterRegion))));
    }
}

void singleRegionOfClusters(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    QString key;
    std::set<QString> regions;
    for (const ClusterFacts *f : clusterFacts(g)) {
        const QString k = clusterKey(*f);
        if (k.isEmpty())
            continue;
        if (!key.isEmpty() && k != key)
            return;
        key = k;
        regions.insert(f->region);
    }
    if (key.isEmpty())
        return;
    const RuleInfo *info = ruleInfo(QStringLiteral("GEN-001"));
    const Severity severity = ctx.model == DeploymentModel::SingleRegion
                                      && info->singleRegionSeverity
                                  ? *info->singleRegionSeverity
                                  : info->severity;
    const std::vector<QString> ids(regions.begin(), regions.end());
    const QString label = regionLabel(g, ids.front());
    const RegionInfo *region = g.regionInfo(ids.front());
    const RegionInfo *pair = region && !region->pair.isEmpty()
                                 ? ctx.catalog.region(region->pair)
                                 : nullptr;
    out.push_back(make("GEN-001", severity,
                       tr("All clusters are in %1: their nodes survive node and zone failures, "
                          "not the loss of the region.")
                           .arg(label),
                       toList(ids),
                       pair ? tr("To survive a region failure, add a cluster in a second region, "
                                 "typically %1's pair %2, and route traffic to both.")
                                  .arg(label, pair->displayName)
                            : tr("To survive a region failure, add a cluster in a second region "
                                 "and route traffic to both.")));
}

void firewallPolicies(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    struct Hub {
        QString region;
        std::vector<QString> firewalls;
        std::set<QString> policies;
    };
    std::vector<Hub> hubs;
    std::map<QString, int> coverage;
    for (const QString &region : g.clusterRegions()) {
        const std::vector<QString> &firewalls = g.childrenOf(region, ComponentKind::Firewall);
        if (firewalls.empty())
            continue;  // the region's own GEN-010 finding says so
        Hub hub{region, firewalls, {}};
        for (const QString &fw : firewalls) {
            for (const QString &policy : g.policiesOf(fw)) {
                const Component *p = g.component(policy);
                if (p && p->kind == ComponentKind::FirewallPolicy)
                    hub.policies.insert(policy);
            }
        }
        for (const QString &policy : hub.policies)
            ++coverage[policy];
        hubs.push_back(std::move(hub));
    }
    if (hubs.empty())
        return;
    if (coverage.empty()) {
        std::vector<QString> regions;
        QStringList subjects;
        for (const Hub &hub : hubs) {
            regions.push_back(hub.region);
            subjects += toList(hub.firewalls);
        }
        out.push_back(make("GEN-010",
                           tr("No firewall policy manages the firewalls of %1.")
                               .arg(listNames(g, regions)),
                           subjects,
                           tr("Add a firewall policy (Azure Firewall Manager) and connect it to "
                              "the firewall of every cluster region.")));
        return;
    }
    // The policy that covers most regions is the one the design means to share.
    QString best;
    int most = 0;
    for (const auto &[policy, count] : coverage) {
        if (count > most) {
            best = policy;
            most = count;
        }
    }
    for (const Hub &hub : hubs) {
        if (hub.policies.count(best))
            continue;
        const QString region = regionLabel(g, hub.region);
        out.push_back(make("GEN-010",
                           hub.policies.empty()
                               ? tr("The firewalls of %1 are not managed by %2, the firewall "
                                    "policy of the other cluster regions.")
                                     .arg(region, nameOf(g, best))
                               : tr("The firewalls of %1 are managed by another policy than %2, "
                                    "the firewall policy of the other cluster regions.")
                                     .arg(region, nameOf(g, best)),
                           toList(hub.firewalls),
                           tr("Connect %1 to the firewall of %2, so that one policy manages the "
                              "rules of every region.")
                               .arg(nameOf(g, best), region)));
    }
}

}  // namespace continuity::rules
