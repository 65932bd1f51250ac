// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace continuity {

/// How far a catalog entry can be trusted, best first.
enum class Confidence {
    Primary, ///< Microsoft documentation
    RetailApi, ///< a price rendered from the Azure Retail Prices API
    Secondary, ///< a third-party page or a Microsoft sample; verify before relying on it
    Derived, ///< computed from other entries; the note or source shows the arithmetic
    Assumption, ///< no source found: a stated assumption, its basis in the note
};

/// The name used in the catalog file: "primary", "retail-api", "secondary", "derived",
/// "assumption".
QString toString(Confidence confidence);
std::optional<Confidence> confidenceFromString(const QString &s);
/// The user-visible, translated name ("Primary source", "Assumption", …).
QString confidenceLabel(Confidence confidence);

/// One catalog entry: a price, SLA, limit, timing or estimate parameter with its provenance.
/// Money is in USD, times in seconds, SLAs are fractions (0.9995); `unit` says which.
struct Fact {
    QString id; ///< dotted camelCase, e.g. "aks.tier.standard.pricePerHour"
    std::optional<double> value; ///< empty where the thing does not exist (e.g. no SLA)
    QString unit;
    QString source; ///< where the value comes from
    QString asOf; ///< "YYYY-MM-DD" or "YYYY"
    Confidence confidence = Confidence::Assumption;
    QString note; ///< always set for assumptions and for empty values
};

/// One Azure region. Names are Azure's programmatic names ("eastus2").
struct RegionInfo {
    QString name;
    QString displayName; ///< "East US 2"
    QString geography; ///< "United States"
    QString location; ///< physical location, "Virginia"
    bool hasZones = false;
    QString pair; ///< the region this one lists as its pair; empty when it has none
    bool restricted = false; ///< access needs a request to Microsoft
};

struct VmSize {
    QString name; ///< "Standard_D4s_v5"
    int vcpu = 0;
    double memoryGiB = 0;
    Fact pricePerHour; ///< Linux, pay-as-you-go, East US
};

/// The id of a fact every catalog holds; the constants below name them all.
struct FactId {
    std::string_view id;
};

// The design-format values that select a fact. Each *FromString takes the value as the design
// file spells it ("standard_v2", "RA-GZRS", "cosmosDb") and returns nullopt for anything else.
enum class AksTier { Free, Standard, Premium };
enum class AksLimit {
    NodesPerCluster,
    NodesPerNodePool,
    NodePoolsPerCluster,
    PodsPerNode,
    FreeTierNodes, ///< the most nodes a Free-tier cluster supports
    FreeTierRecommendedNodes, ///< the Free tier is recommended below this many nodes
};
enum class FrontDoorTier { Standard, Premium };
enum class AppGatewayTier { StandardV2, WafV2 };
enum class RegistrySku { Basic, Standard, Premium };
enum class KeyVaultSku { Standard, Premium };
enum class FirewallTier { Standard, Premium };
enum class DatabaseEngine { AzureSql, CosmosDb, PostgreSql };
enum class CosmosConsistency { Strong, BoundedStaleness, Session, ConsistentPrefix, Eventual };
enum class StorageRedundancy { LRS, ZRS, GRS, RaGRS, GZRS, RaGZRS };
enum class StorageAccess { Read, Write };
enum class ActivationTrigger { Manual, Event };

std::optional<AksTier> aksTierFromString(const QString &s);
std::optional<FrontDoorTier> frontDoorTierFromString(const QString &s);
std::optional<AppGatewayTier> appGatewayTierFromString(const QString &s);
std::optional<RegistrySku> registrySkuFromString(const QString &s);
std::optional<KeyVaultSku> keyVaultSkuFromString(const QString &s);
std::optional<FirewallTier> firewallTierFromString(const QString &s);
std::optional<DatabaseEngine> databaseEngineFromString(const QString &s);
std::optional<StorageRedundancy> storageRedundancyFromString(const QString &s);

/// The ids of the facts every catalog holds. Callers use the typed accessors of Catalog; these
/// constants are for code that lists terms by id (the estimator's explanations, overrides).
namespace facts {
// AKS
inline constexpr FactId aksFreePricePerHour { "aks.tier.free.pricePerHour" };
inline constexpr FactId aksStandardPricePerHour { "aks.tier.standard.pricePerHour" };
inline constexpr FactId aksPremiumPricePerHour { "aks.tier.premium.pricePerHour" };
inline constexpr FactId aksFreeSlaWithZones { "aks.tier.free.sla.withZones" };
inline constexpr FactId aksFreeSlaWithoutZones { "aks.tier.free.sla.withoutZones" };
inline constexpr FactId aksStandardSlaWithZones { "aks.tier.standard.sla.withZones" };
inline constexpr FactId aksStandardSlaWithoutZones { "aks.tier.standard.sla.withoutZones" };
inline constexpr FactId aksPremiumSlaWithZones { "aks.tier.premium.sla.withZones" };
inline constexpr FactId aksPremiumSlaWithoutZones { "aks.tier.premium.sla.withoutZones" };
inline constexpr FactId aksNodesPerCluster { "aks.limit.nodesPerCluster" };
inline constexpr FactId aksNodesPerNodePool { "aks.limit.nodesPerNodePool" };
inline constexpr FactId aksNodePoolsPerCluster { "aks.limit.nodePoolsPerCluster" };
inline constexpr FactId aksPodsPerNode { "aks.limit.podsPerNode" };
inline constexpr FactId aksFreeTierNodes { "aks.limit.freeTierNodes" };
inline constexpr FactId aksFreeTierRecommendedNodes { "aks.limit.freeTierRecommendedNodes" };
inline constexpr FactId aksAutoscalerMaxNodeProvision { "aks.autoscaler.maxNodeProvisionSeconds" };
inline constexpr FactId aksAutoscalerScanInterval { "aks.autoscaler.scanIntervalSeconds" };
inline constexpr FactId aksAutoscalerScaleDownDelayAfterAdd {
    "aks.autoscaler.scaleDownDelayAfterAddSeconds"
};
inline constexpr FactId aksAutoscalerScaleDownUnneeded {
    "aks.autoscaler.scaleDownUnneededSeconds"
};
inline constexpr FactId aksStopStartMinWait { "aks.stopStart.minWaitSeconds" };
inline constexpr FactId aksStopStartMaxWait { "aks.stopStart.maxWaitSeconds" };
inline constexpr FactId aksStoppedStateRetention { "aks.stopped.stateRetentionMonths" };
inline constexpr FactId aksClusterStart { "aks.cluster.startSeconds" };
inline constexpr FactId aksClusterCreate { "aks.cluster.createSeconds" };
inline constexpr FactId aksNodeProvision { "aks.node.provisionSeconds" };
inline constexpr FactId aksOsDiskPerNodeMonthly { "aks.osDisk.perNodeMonthly" };
inline constexpr FactId regionPriceMultiplier { "region.priceMultiplier" };
// Front Door
inline constexpr FactId frontDoorStandardBaseMonthly { "frontDoor.standard.baseMonthly" };
inline constexpr FactId frontDoorPremiumBaseMonthly { "frontDoor.premium.baseMonthly" };
inline constexpr FactId frontDoorStandardRequestsPer10k { "frontDoor.standard.requestsPer10k" };
inline constexpr FactId frontDoorPremiumRequestsPer10k { "frontDoor.premium.requestsPer10k" };
inline constexpr FactId frontDoorEgressPerGB { "frontDoor.egressPerGB" };
inline constexpr FactId frontDoorSla { "frontDoor.sla" };
inline constexpr FactId frontDoorProbeInterval { "frontDoor.probe.intervalSeconds" };
inline constexpr FactId frontDoorSampleSize { "frontDoor.probe.sampleSize" };
inline constexpr FactId frontDoorSuccessfulSamples { "frontDoor.probe.successfulSamplesRequired" };
inline constexpr FactId frontDoorPriorityMin { "frontDoor.priority.min" };
inline constexpr FactId frontDoorPriorityMax { "frontDoor.priority.max" };
inline constexpr FactId frontDoorWeightMin { "frontDoor.weight.min" };
inline constexpr FactId frontDoorWeightMax { "frontDoor.weight.max" };
inline constexpr FactId frontDoorWeightDefault { "frontDoor.weight.default" };
// Traffic Manager
inline constexpr FactId trafficManagerDnsPerMillion { "trafficManager.dnsPerMillion" };
inline constexpr FactId trafficManagerDnsPerMillionOver1B { "trafficManager.dnsPerMillionOver1B" };
inline constexpr FactId trafficManagerHealthCheckMonthly {
    "trafficManager.healthCheckPerEndpointMonthly"
};
inline constexpr FactId trafficManagerFastProbeMonthly {
    "trafficManager.fastProbePerEndpointMonthly"
};
inline constexpr FactId trafficManagerSla { "trafficManager.sla" };
inline constexpr FactId trafficManagerTtlDefault { "trafficManager.ttl.default" };
inline constexpr FactId trafficManagerTtlMin { "trafficManager.ttl.min" };
inline constexpr FactId trafficManagerTtlMax { "trafficManager.ttl.max" };
inline constexpr FactId trafficManagerToleratedFailuresDefault {
    "trafficManager.toleratedFailures.default"
};
inline constexpr FactId trafficManagerToleratedFailuresMin {
    "trafficManager.toleratedFailures.min"
};
inline constexpr FactId trafficManagerToleratedFailuresMax {
    "trafficManager.toleratedFailures.max"
};
inline constexpr FactId trafficManagerProbeIntervalNormal { "trafficManager.probeInterval.normal" };
inline constexpr FactId trafficManagerProbeIntervalFast { "trafficManager.probeInterval.fast" };
// Application Gateway v2
inline constexpr FactId appGatewayStandardFixedPerHour { "appGateway.standard_v2.fixedPerHour" };
inline constexpr FactId appGatewayStandardCapacityUnitPerHour {
    "appGateway.standard_v2.capacityUnitPerHour"
};
inline constexpr FactId appGatewayWafFixedPerHour { "appGateway.waf_v2.fixedPerHour" };
inline constexpr FactId appGatewayWafCapacityUnitPerHour {
    "appGateway.waf_v2.capacityUnitPerHour"
};
inline constexpr FactId appGatewaySla { "appGateway.sla" };
// Container Registry
inline constexpr FactId registryBasicPerDay { "registry.basic.perDay" };
inline constexpr FactId registryStandardPerDay { "registry.standard.perDay" };
inline constexpr FactId registryPremiumPerDay { "registry.premium.perDay" };
inline constexpr FactId registryGeoReplicaPerDay { "registry.geoReplica.perDay" };
inline constexpr FactId registryBasicGeoReplication { "registry.basic.geoReplication" };
inline constexpr FactId registryStandardGeoReplication { "registry.standard.geoReplication" };
inline constexpr FactId registryPremiumGeoReplication { "registry.premium.geoReplication" };
inline constexpr FactId registrySla { "registry.sla" };
inline constexpr FactId registryRegionFailover { "registry.regionFailoverSeconds" };
inline constexpr FactId registryReplicationRpo { "registry.replicationRpoSeconds" };
// Key Vault
inline constexpr FactId keyVaultStandardOperationsPer10k { "keyVault.standard.operationsPer10k" };
inline constexpr FactId keyVaultPremiumOperationsPer10k { "keyVault.premium.operationsPer10k" };
inline constexpr FactId keyVaultPremiumHsmKeyMonthly { "keyVault.premium.hsmKeyMonthly" };
inline constexpr FactId keyVaultSla { "keyVault.sla" };
// Log Analytics
inline constexpr FactId logAnalyticsIngestionPerGB { "logAnalytics.ingestionPerGB" };
inline constexpr FactId logAnalyticsFreeGBPerMonth { "logAnalytics.freeGBPerMonth" };
inline constexpr FactId logAnalyticsSla { "logAnalytics.sla" };
inline constexpr FactId logAnalyticsReplicationLag { "logAnalytics.replicationLagSeconds" };
// Firewall and Firewall Policy
inline constexpr FactId firewallStandardPerHour { "firewall.standard.perHour" };
inline constexpr FactId firewallPremiumPerHour { "firewall.premium.perHour" };
inline constexpr FactId firewallDataPerGB { "firewall.dataPerGB" };
inline constexpr FactId firewallSlaZoneRedundant { "firewall.sla.zoneRedundant" };
inline constexpr FactId firewallSlaNonZonal { "firewall.sla.nonZonal" };
inline constexpr FactId firewallScaleOut { "firewall.scaleOutSeconds" };
inline constexpr FactId firewallPolicyFreeAssociations { "firewallPolicy.freeAssociations" };
inline constexpr FactId firewallPolicyFixedMonthly { "firewallPolicy.fixedMonthly" };
// Databases
inline constexpr FactId azureSqlMonthly { "database.azureSql.monthly" };
inline constexpr FactId cosmosDbMonthly { "database.cosmosDb.monthly" };
inline constexpr FactId postgresqlMonthly { "database.postgresql.monthly" };
inline constexpr FactId azureSqlSlaZoneRedundant { "database.azureSql.sla.zoneRedundant" };
inline constexpr FactId azureSqlSlaNonZonal { "database.azureSql.sla.nonZonal" };
inline constexpr FactId cosmosDbSlaZoneRedundant { "database.cosmosDb.sla.zoneRedundant" };
inline constexpr FactId cosmosDbSlaNonZonal { "database.cosmosDb.sla.nonZonal" };
inline constexpr FactId cosmosDbSlaMultiRegionWrites { "database.cosmosDb.sla.multiRegionWrites" };
inline constexpr FactId postgresqlSlaZoneRedundant { "database.postgresql.sla.zoneRedundant" };
inline constexpr FactId postgresqlSlaNonZonal { "database.postgresql.sla.nonZonal" };
inline constexpr FactId azureSqlFailoverGroupRto { "database.azureSql.failoverGroup.rtoSeconds" };
inline constexpr FactId azureSqlFailoverGroupRpo { "database.azureSql.failoverGroup.rpoSeconds" };
inline constexpr FactId azureSqlManualFailoverRto { "database.azureSql.manualFailover.rtoSeconds" };
inline constexpr FactId azureSqlManualFailoverRpo { "database.azureSql.manualFailover.rpoSeconds" };
inline constexpr FactId azureSqlGeoRestoreRto { "database.azureSql.geoRestore.rtoSeconds" };
inline constexpr FactId azureSqlGeoRestoreRpo { "database.azureSql.geoRestore.rpoSeconds" };
inline constexpr FactId azureSqlZoneFailover { "database.azureSql.zoneFailoverSeconds" };
inline constexpr FactId cosmosDbFailoverRto { "database.cosmosDb.failover.rtoSeconds" };
inline constexpr FactId cosmosDbServiceManagedFailoverRto {
    "database.cosmosDb.serviceManagedFailover.rtoSeconds"
};
inline constexpr FactId cosmosDbStrongRpo { "database.cosmosDb.strong.rpoSeconds" };
inline constexpr FactId cosmosDbBoundedStalenessRpo {
    "database.cosmosDb.boundedStaleness.rpoSeconds"
};
inline constexpr FactId cosmosDbSessionRpo { "database.cosmosDb.session.rpoSeconds" };
inline constexpr FactId cosmosDbConsistentPrefixRpo {
    "database.cosmosDb.consistentPrefix.rpoSeconds"
};
inline constexpr FactId cosmosDbEventualRpo { "database.cosmosDb.eventual.rpoSeconds" };
inline constexpr FactId postgresqlFailoverRto { "database.postgresql.failover.rtoSeconds" };
inline constexpr FactId postgresqlFailoverRpo { "database.postgresql.failover.rpoSeconds" };
// Storage
inline constexpr FactId storageLrsPerGBMonth { "storage.LRS.pricePerGBMonth" };
inline constexpr FactId storageZrsPerGBMonth { "storage.ZRS.pricePerGBMonth" };
inline constexpr FactId storageGrsPerGBMonth { "storage.GRS.pricePerGBMonth" };
inline constexpr FactId storageRaGrsPerGBMonth { "storage.RA-GRS.pricePerGBMonth" };
inline constexpr FactId storageGzrsPerGBMonth { "storage.GZRS.pricePerGBMonth" };
inline constexpr FactId storageRaGzrsPerGBMonth { "storage.RA-GZRS.pricePerGBMonth" };
inline constexpr FactId storageLrsReadSla { "storage.LRS.sla.read" };
inline constexpr FactId storageZrsReadSla { "storage.ZRS.sla.read" };
inline constexpr FactId storageGrsReadSla { "storage.GRS.sla.read" };
inline constexpr FactId storageRaGrsReadSla { "storage.RA-GRS.sla.read" };
inline constexpr FactId storageGzrsReadSla { "storage.GZRS.sla.read" };
inline constexpr FactId storageRaGzrsReadSla { "storage.RA-GZRS.sla.read" };
inline constexpr FactId storageLrsWriteSla { "storage.LRS.sla.write" };
inline constexpr FactId storageZrsWriteSla { "storage.ZRS.sla.write" };
inline constexpr FactId storageGrsWriteSla { "storage.GRS.sla.write" };
inline constexpr FactId storageRaGrsWriteSla { "storage.RA-GRS.sla.write" };
inline constexpr FactId storageGzrsWriteSla { "storage.GZRS.sla.write" };
inline constexpr FactId storageRaGzrsWriteSla { "storage.RA-GZRS.sla.write" };
inline constexpr FactId storageLrsGeoRedundant { "storage.LRS.geoRedundant" };
inline constexpr FactId storageZrsGeoRedundant { "storage.ZRS.geoRedundant" };
inline constexpr FactId storageGrsGeoRedundant { "storage.GRS.geoRedundant" };
inline constexpr FactId storageRaGrsGeoRedundant { "storage.RA-GRS.geoRedundant" };
inline constexpr FactId storageGzrsGeoRedundant { "storage.GZRS.geoRedundant" };
inline constexpr FactId storageRaGzrsGeoRedundant { "storage.RA-GZRS.geoRedundant" };
inline constexpr FactId storageGeoFailoverRpo { "storage.geoFailover.rpoSeconds" };
inline constexpr FactId storageGeoFailoverRto { "storage.geoFailover.rtoSeconds" };
// Backup vault (Azure Backup for AKS)
inline constexpr FactId backupVaultTierRpo { "backupVault.vault.rpoSeconds" };
inline constexpr FactId backupVaultTierCrossRegionRpo { "backupVault.vault.crossRegionRpoSeconds" };
inline constexpr FactId backupOperationalMinInterval {
    "backupVault.operational.minIntervalSeconds"
};
inline constexpr FactId backupEvery4Hours { "backupVault.schedule.every4Hours" };
inline constexpr FactId backupEvery8Hours { "backupVault.schedule.every8Hours" };
inline constexpr FactId backupEvery12Hours { "backupVault.schedule.every12Hours" };
inline constexpr FactId backupDaily { "backupVault.schedule.daily" };
inline constexpr FactId backupRestore { "backupVault.restoreSeconds" };
inline constexpr FactId backupProtectedInstanceMonthly { "backupVault.protectedInstanceMonthly" };
// Estimate parameters: not Azure facts, assumptions about the workload and the operators
inline constexpr FactId routerRequestsPerMonth { "estimate.router.requestsPerMonth" };
inline constexpr FactId routerEgressGBPerMonth { "estimate.router.egressGBPerMonth" };
inline constexpr FactId dnsQueriesPerMonth { "estimate.trafficManager.dnsQueriesPerMonth" };
inline constexpr FactId keyVaultOperationsPerMonth { "estimate.keyVault.operationsPerMonth" };
inline constexpr FactId firewallGBProcessedPerMonth { "estimate.firewall.gbProcessedPerMonth" };
inline constexpr FactId manualDecision { "estimate.activation.manualDecisionSeconds" };
inline constexpr FactId eventDecision { "estimate.activation.eventDecisionSeconds" };
inline constexpr FactId manualSwitchover { "estimate.noRouter.switchoverSeconds" };
} // namespace facts

/// A closed range of allowed values, both ends from the catalog.
struct FactRange {
    const Fact &min;
    const Fact &max;
};

/// Recovery time and data loss of one recovery method.
struct RecoveryFacts {
    const Fact &rto;
    const Fact &rpo;
};

/// A fact's value for one design: the design's `assumptions` override where it has one, else
/// the catalog's value.
struct Resolved {
    std::optional<double> value; ///< empty: the fact has no value (no SLA) and no override
    const Fact *fact = nullptr; ///< the catalog entry the value comes from or replaces
    QString id; ///< the id the value was found under
    bool fromAssumptions = false; ///< true when the design's `assumptions` supplied it
};

/// The Azure facts catalog: prices, SLAs, limits, timings and estimate parameters, each with its
/// source, date and confidence, plus the regions and the VM sizes. Immutable once loaded (except
/// applyOverrides), so one instance can be shared by every thread.
///
/// A design's `assumptions` object overrides any fact by id: a number under a fact's id replaces
/// that fact's value for that design (value(), resolve()). `region.<name>.priceMultiplier` is also
/// accepted, for one region's prices.
class Catalog
{
public:
    /// The catalog built into the application (the resource ":/catalog/azure.json"), parsed on
    /// first use, once, thread-safely. A missing or broken resource is a build error: it aborts
    /// with a message.
    static const Catalog &builtin();
    /// Sets an override file (see applyOverrides) that builtin() applies when it is first built:
    /// the designer's price overrides preference. Changes nothing once builtin() has been used.
    /// An override file that does not apply is left out, with a warning in the log.
    static void setBuiltinOverrides(const QByteArray &json);

    /// Parses a catalog. On error returns nullptr and sets `error` (when given) to a message
    /// naming the place (a JSON pointer) and the problem. Every fact the typed accessors need
    /// must be present, with a value except where absence is meaningful (the Free tier's SLA).
    static std::unique_ptr<Catalog> fromJson(const QByteArray &json, QString *error);

    /// Applies an override file `{"facts": {ID: {"value": number|null, "source": …, "asOf": …,
    /// "confidence": …, "note": …}}}` (a bare number stands for {"value": number}). Each entry
    /// replaces the fact's value; fields left out become "local override" with confidence
    /// assumption and a note naming the value replaced. Unknown ids, wrong types, or an empty
    /// value where the catalog requires one are errors: then nothing changes, false is returned
    /// and `error` is set. `region.<name>.priceMultiplier` may name any catalog region.
    bool applyOverrides(const QByteArray &json, QString *error);

    QString asOf() const { return m_asOf; }
    QString currency() const { return m_currency; }
    double hoursPerMonth() const { return m_hoursPerMonth; }
    /// Where the regions table comes from (no value).
    const Fact &regionsSource() const { return m_regionsSource; }

    /// The fact with this id, or nullptr when there is none.
    const Fact *fact(const QString &id) const;
    /// A fact every catalog holds (checked when loading); never fails.
    const Fact &at(FactId id) const;
    /// Every fact, sorted by id.
    std::vector<const Fact *> facts() const;

    /// The value of a fact for a design: a finite number under the same id in `assumptions`
    /// wins, else the catalog's value. Throws std::out_of_range for an unknown id or a fact with
    /// no value and no override (a programming error: use resolve() for facts that may be empty).
    double value(const QString &id, const nlohmann::json &assumptions = {}) const;
    double value(FactId id, const nlohmann::json &assumptions = {}) const;
    double value(const Fact &fact, const nlohmann::json &assumptions = {}) const;
    /// As value(), but says where the value came from and never throws.
    Resolved resolve(const Fact &fact, const nlohmann::json &assumptions = {}) const;

    /// Whether `id` names something a design's `assumptions` may override: a fact, or
    /// `region.<name>.priceMultiplier` for a catalog region.
    bool isOverridable(const QString &id) const;
    /// The keys of `assumptions` this catalog ignores: unknown ids and values that are not finite
    /// numbers. Sorted. Empty when `assumptions` is not an object.
    QStringList ignoredAssumptions(const nlohmann::json &assumptions) const;

    // Regions
    /// The region with this programmatic name (exact, lower case), or nullptr.
    const RegionInfo *region(const QString &name) const;
    /// Every region, sorted by display name.
    const std::vector<RegionInfo> &regions() const { return m_regions; }
    /// True when either region lists the other as its pair (pairs can be one-way: West US 3 lists
    /// East US, which lists West US).
    bool arePaired(const QString &a, const QString &b) const;
    /// False for regions without availability zones and for unknown regions.
    bool regionHasZones(const QString &name) const;

    // VM sizes
    const VmSize *vmSize(const QString &name) const;
    /// Every VM size, sorted by name.
    const std::vector<VmSize> &vmSizes() const { return m_vmSizes; }

    // AKS
    const Fact &aksTierPricePerHour(AksTier tier) const;
    /// The API server uptime SLA; its value is empty for the Free tier (no SLA).
    const Fact &aksUptimeSla(AksTier tier, bool withZones) const;
    const Fact &aksLimit(AksLimit limit) const;
    /// The managed OS disk price per node per month.
    const Fact &aksOsDiskPerNodeMonthly() const;
    /// How long the cluster autoscaler waits for a node before it gives up.
    const Fact &aksAutoscalerMaxNodeProvisionTime() const;
    /// The time to add nodes when a cluster scales out (assumption).
    const Fact &aksNodeProvisionTime() const;
    /// The time a stopped cluster takes to come online once started (assumption).
    const Fact &aksClusterStartTime() const;
    const Fact &aksClusterCreateTime() const;
    /// How long to wait after stopping a cluster before starting it.
    FactRange aksStopStartWait() const;
    /// How long a stopped cluster's state is kept, in months.
    const Fact &aksStoppedStateRetention() const;

    // Regional prices
    /// The default multiplier of regional prices.
    const Fact &regionPriceMultiplier() const;
    /// The multiplier for one region: `region.<name>.priceMultiplier` from `assumptions`, else
    /// from the catalog, else the default multiplier (from `assumptions`, else the catalog).
    Resolved regionPriceMultiplier(const QString &region, const nlohmann::json &assumptions) const;

    // Front Door
    const Fact &frontDoorBaseMonthly(FrontDoorTier tier) const;
    const Fact &frontDoorRequestsPer10k(FrontDoorTier tier) const;
    const Fact &frontDoorEgressPerGB() const;
    const Fact &frontDoorSla() const;
    const Fact &frontDoorProbeInterval() const;
    const Fact &frontDoorSampleSize() const;
    const Fact &frontDoorSuccessfulSamplesRequired() const;
    FactRange frontDoorPriorityRange() const;
    FactRange frontDoorWeightRange() const;
    const Fact &frontDoorDefaultWeight() const;

    // Traffic Manager
    const Fact &trafficManagerDnsPerMillion() const;
    /// The lower rate for DNS queries above the first billion a month.
    const Fact &trafficManagerDnsPerMillionOver1B() const;
    const Fact &trafficManagerHealthCheckPerEndpointMonthly() const;
    /// The add-on per endpoint for the fast (10 s) probe interval.
    const Fact &trafficManagerFastProbePerEndpointMonthly() const;
    const Fact &trafficManagerSla() const;
    const Fact &trafficManagerDefaultTtl() const;
    FactRange trafficManagerTtlRange() const;
    const Fact &trafficManagerDefaultToleratedFailures() const;
    FactRange trafficManagerToleratedFailuresRange() const;
    const Fact &trafficManagerProbeInterval(bool fast) const;
    /// The allowed probe intervals, in seconds, ascending.
    std::vector<const Fact *> trafficManagerProbeIntervals() const;

    // Application Gateway v2
    const Fact &appGatewayFixedPerHour(AppGatewayTier tier) const;
    const Fact &appGatewayCapacityUnitPerHour(AppGatewayTier tier) const;
    const Fact &appGatewaySla() const;

    // Container Registry
    const Fact &registryPerDay(RegistrySku sku) const;
    /// The daily price of one geo-replica (billed at the Premium rate per region).
    const Fact &registryGeoReplicaPerDay() const;
    /// 1 where the SKU supports geo-replication, else 0.
    const Fact &registryGeoReplication(RegistrySku sku) const;
    bool registrySupportsGeoReplication(RegistrySku sku) const;
    const Fact &registrySla() const;
    /// Data-plane failover of a geo-replicated registry when a region fails.
    const Fact &registryRegionFailoverTime() const;
    const Fact &registryReplicationRpo() const;

    // Key Vault
    const Fact &keyVaultOperationsPer10k(KeyVaultSku sku) const;
    const Fact &keyVaultHsmKeyMonthly() const;
    const Fact &keyVaultSla() const;

    // Log Analytics
    const Fact &logAnalyticsIngestionPerGB() const;
    const Fact &logAnalyticsFreeGBPerMonth() const;
    const Fact &logAnalyticsSla() const;
    const Fact &logAnalyticsReplicationLag() const;

    // Firewall and Firewall Policy
    const Fact &firewallPerHour(FirewallTier tier) const;
    const Fact &firewallDataPerGB() const;
    const Fact &firewallSla(bool zoneRedundant) const;
    const Fact &firewallScaleOutTime() const;
    /// A policy with at most this many firewall associations is free.
    const Fact &firewallPolicyFreeAssociations() const;
    /// The fixed monthly rate of a policy with more associations, per region.
    const Fact &firewallPolicyFixedMonthly() const;

    // Databases
    const Fact &databaseMonthly(DatabaseEngine engine) const;
    const Fact &databaseSla(DatabaseEngine engine, bool zoneRedundant) const;
    const Fact &cosmosDbMultiRegionWritesSla() const;
    /// The cross-region failover the estimates assume for an engine with an asynchronous
    /// replica: Azure SQL auto-failover groups; Cosmos DB with per-partition automatic failover
    /// and the default (session) consistency; PostgreSQL read-replica promotion.
    RecoveryFacts databaseFailover(DatabaseEngine engine) const;
    /// Azure SQL: a customer-initiated failover of active geo-replication.
    RecoveryFacts azureSqlManualFailover() const;
    /// Azure SQL: geo-restore from geo-replicated backups.
    RecoveryFacts azureSqlGeoRestore() const;
    const Fact &azureSqlZoneFailoverTime() const;
    /// Cosmos DB without per-partition automatic failover.
    const Fact &cosmosDbServiceManagedFailoverTime() const;
    const Fact &cosmosDbRpo(CosmosConsistency consistency) const;

    // Storage
    const Fact &storagePerGBMonth(StorageRedundancy redundancy) const;
    const Fact &storageSla(StorageRedundancy redundancy, StorageAccess access) const;
    /// 1 where the data has copies in the paired region (survives the loss of a region).
    const Fact &storageGeoRedundant(StorageRedundancy redundancy) const;
    bool storageIsGeoRedundant(StorageRedundancy redundancy) const;
    /// Customer-managed unplanned failover of a geo-redundant account.
    RecoveryFacts storageGeoFailover() const;

    // Backup vault
    /// The vault tier's recovery point objective: in the vault's region, or after a
    /// cross-region restore to the paired region.
    const Fact &backupVaultTierRpo(bool crossRegion) const;
    const Fact &backupOperationalMinInterval() const;
    /// The allowed backup frequencies, in hours, ascending.
    std::vector<const Fact *> backupFrequencyOptions() const;
    /// The time to restore a cluster from a backup (assumption).
    const Fact &backupRestoreTime() const;
    const Fact &backupProtectedInstanceMonthly() const;

    // Estimate parameters
    const Fact &routerRequestsPerMonth() const;
    const Fact &routerEgressGBPerMonth() const;
    const Fact &trafficManagerDnsQueriesPerMonth() const;
    const Fact &keyVaultOperationsPerMonth() const;
    const Fact &firewallGBProcessedPerMonth() const;
    /// The time from losing the region to the decision to start a cold cluster.
    const Fact &activationDecisionTime(ActivationTrigger trigger) const;
    /// Repointing clients by hand when the design has no global router.
    const Fact &manualSwitchoverTime() const;

private:
    Catalog() = default;
    /// Fills this catalog from a parsed document; throws CatalogError (catalog.cpp) on bad input.
    void load(const nlohmann::json &root);
    const VmSize *vmSizeForPriceId(std::string_view id) const;

    // Keyed by the UTF-8 id so that FactId lookups need no conversion; std::map keeps facts()
    // sorted.
    std::map<std::string, Fact, std::less<>> m_facts;
    std::vector<RegionInfo> m_regions;
    QHash<QString, qsizetype> m_regionIndex;
    std::vector<VmSize> m_vmSizes;
    QHash<QString, qsizetype> m_vmIndex;
    QString m_asOf;
    QString m_currency;
    double m_hoursPerMonth = 0;
    Fact m_regionsSource;
};

} // namespace continuity
