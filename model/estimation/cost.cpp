// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/cost.h"

#include "model/estimation/terms.h"
#include "model/kinds.h"

#include <algorithm>
#include <set>

namespace continuity::estimation {

namespace {

// Traffic Manager bills DNS queries at a lower rate above the first billion a month: the
// boundary the catalog entry trafficManager.dnsPerMillionOver1B is named after.
constexpr double kDnsTierBoundaryMillions = 1000;

QString usdPerMonth()
{
    return QStringLiteral("USD/month");
}

QString factorText(double multiplier)
{
    return multiplier == 1 ? QString() : QStringLiteral(" × %1").arg(num(multiplier));
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/// Builds a cost line: terms in USD/month add up; the region's multiplier is shown once.
class LineBuilder
{
public:
    LineBuilder(const Component &c, bool withTerms)
        : m_withTerms(withTerms)
    {
        m_line.component = c.id;
        m_line.kind = c.kind;
    }

    bool withTerms() const { return m_withTerms; }

    template<typename Text>
    void add(double amount, Text &&text, std::vector<FactRef> inputs = {})
    {
        m_line.monthlyUsd += amount;
        if (m_withTerms)
            m_line.terms.push_back(makeTerm(text(), amount, usdPerMonth(), std::move(inputs)));
    }

    void multiplier(const QString &location, const Resolved &r)
    {
        if (!m_withTerms)
            return;
        const double m = r.value.value_or(1);
        m_line.terms.push_back(
            makeTerm(location.isEmpty() ? EstimateText::tr("Regional price multiplier (no region): × %1")
                                              .arg(num(m))
                                        : EstimateText::tr("Price multiplier of %1: × %2")
                                              .arg(location, num(m)),
                     m, QStringLiteral("×"), {refOf(r)}));
    }

    template<typename Text>
    void basis(Text &&text)
    {
        if (m_withTerms)
            m_line.basis = text();
    }

    CostLine take() { return std::move(m_line); }

private:
    CostLine m_line;
    bool m_withTerms;
};

std::vector<QString> includedTargets(const Context &ctx, const QString &id, ConnectionKind kind)
{
    std::vector<QString> ids = ctx.graph.targetsOf(id, kind);
    ids.erase(std::remove_if(ids.begin(), ids.end(),
                             [&](const QString &t) { return !ctx.scenario.included(t); }),
              ids.end());
    return ids;
}

QString locationOfComponent(const Context &ctx, const QString &id)
{
    return ctx.graph.locationOf(ctx.graph.regionOf(id));
}

void clusterCost(const Context &ctx, const Component &c, LineBuilder &b, QStringList *notes)
{
    const ClusterState state = ctx.scenario.cluster(c.id);
    const ClusterPrices prices = clusterPrices(ctx, c);
    const int n = std::max(0, state.nodeCount);
    const QString tier = enumValue(c, "tier");
    const QString vmName = stringProperty(c, "vmSize");
    const VmSize *vm = ctx.catalog.vmSize(vmName);
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const double hours = ctx.catalog.hoursPerMonth();
    if (!vm && notes && state.running && n > 0)
        notes->append(EstimateText::tr("%1: the VM size %2 is not in the catalog, so its nodes are not priced.")
                          .arg(c.id, vmName));
    if (state.running) {
        const Resolved rTier = ctx.resolve(
            ctx.catalog.aksTierPricePerHour(aksTierFromString(tier).value_or(AksTier::Standard)));
        b.add(prices.tierMonthly, [&] {
            return EstimateText::tr("%1 tier: %2 USD/h × %3 h%4")
                .arg(capitalized(tier), num(rTier.value.value_or(0)), num(hours), factorText(mul));
        }, {refOf(rTier)});
        if (vm) {
            const Resolved rVm = ctx.resolve(vm->pricePerHour);
            b.add(n * prices.vmMonthly, [&] {
                return EstimateText::tr("%1 × %2: %1 × %3 USD/h × %4 h%5")
                    .arg(QString::number(n), vmName, num(rVm.value.value_or(0)), num(hours),
                         factorText(mul));
            }, {refOf(rVm), designRef(c, "nodeCount", n, QStringLiteral("nodes"))});
        }
    }
    const Resolved rDisk = ctx.resolve(ctx.catalog.aksOsDiskPerNodeMonthly());
    b.add(n * prices.diskMonthly, [&] {
        return EstimateText::tr("%1 OS disks: %1 × %2 USD/month%3")
            .arg(QString::number(n), num(rDisk.value.value_or(0)), factorText(mul));
    }, {refOf(rDisk)});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] {
        if (!state.running)
            return EstimateText::tr("stopped: the OS disks of %1 nodes alone").arg(n);
        if (!vm)
            return EstimateText::tr("running: %1 tier, %2 × %3 (not in the catalog, not priced), OS disks")
                .arg(tier, QString::number(n), vmName);
        return EstimateText::tr("running: %1 tier, %2 × %3 with OS disks, 730 h")
            .arg(tier, QString::number(n), vmName);
    });
}

void frontDoorCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const FrontDoorTier tier =
        frontDoorTierFromString(enumValue(c, "tier")).value_or(FrontDoorTier::Standard);
    const Resolved base = ctx.resolve(ctx.catalog.frontDoorBaseMonthly(tier));
    const Resolved requests = ctx.resolve(ctx.catalog.routerRequestsPerMonth());
    const Resolved rate = ctx.resolve(ctx.catalog.frontDoorRequestsPer10k(tier));
    const Resolved gb = ctx.resolve(ctx.catalog.routerEgressGBPerMonth());
    const Resolved egress = ctx.resolve(ctx.catalog.frontDoorEgressPerGB());
    const QString tierName = capitalized(enumValue(c, "tier"));
    b.add(base.value.value_or(0), [&] { return EstimateText::tr("%1 base fee").arg(tierName); }, {refOf(base)});
    const double req = requests.value.value_or(0);
    b.add(req / 10000 * rate.value.value_or(0),
        [&] {
            return EstimateText::tr("Requests: %1 a month ÷ 10,000 × %2 USD")
                .arg(num(req), num(rate.value.value_or(0)));
        },
        {refOf(rate), refOf(requests)});
    b.add(gb.value.value_or(0) * egress.value.value_or(0),
        [&] {
            return EstimateText::tr("Egress: %1 GB a month × %2 USD/GB")
                .arg(num(gb.value.value_or(0)), num(egress.value.value_or(0)));
        },
        {refOf(egress), refOf(gb)});
    b.basis([&] {
        return EstimateText::tr("%1 base fee, requests and egress from the assumptions").arg(tierName);
    });
}

void trafficManagerCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const Resolved queries = ctx.resolve(ctx.catalog.trafficManagerDnsQueriesPerMonth());
    const Resolved rate = ctx.resolve(ctx.catalog.trafficManagerDnsPerMillion());
    const Resolved rateOver = ctx.resolve(ctx.catalog.trafficManagerDnsPerMillionOver1B());
    const double millions = queries.value.value_or(0) / 1e6;
    const double first = std::min(millions, kDnsTierBoundaryMillions);
    const double over = std::max(0.0, millions - kDnsTierBoundaryMillions);
    b.add(first * rate.value.value_or(0), [&] {
        return EstimateText::tr("DNS queries: %1 million a month × %2 USD per million")
            .arg(num(first), num(rate.value.value_or(0)));
    }, {refOf(rate), refOf(queries)});
    if (over > 0) {
        b.add(over * rateOver.value.value_or(0), [&] {
            return EstimateText::tr("DNS queries above the first billion: %1 million × %2 USD per million")
                .arg(num(over), num(rateOver.value.value_or(0)));
        }, {refOf(rateOver), refOf(queries)});
    }
    const int endpoints
        = static_cast<int>(includedTargets(ctx, c.id, ConnectionKind::Traffic).size());
    const Resolved check = ctx.resolve(ctx.catalog.trafficManagerHealthCheckPerEndpointMonthly());
    b.add(endpoints * check.value.value_or(0),
        [&] {
            return EstimateText::tr("Health checks: %1 endpoints × %2 USD/month")
                .arg(endpoints)
                .arg(num(check.value.value_or(0)));
        },
        {refOf(check)});
    const Resolved normal = ctx.resolve(ctx.catalog.trafficManagerProbeInterval(false));
    const Resolved fast = ctx.resolve(ctx.catalog.trafficManagerProbeInterval(true));
    const bool set = c.properties.is_object() && c.properties.contains("probeIntervalSeconds");
    const double interval = set ? wholeValue(c, "probeIntervalSeconds") : normal.value.value_or(0);
    if (interval <= fast.value.value_or(0)) {
        const Resolved addOn = ctx.resolve(ctx.catalog.trafficManagerFastProbePerEndpointMonthly());
        b.add(endpoints * addOn.value.value_or(0), [&] {
            return EstimateText::tr("Fast probing (%1 s): %2 endpoints × %3 USD/month")
                .arg(num(interval)).arg(endpoints).arg(num(addOn.value.value_or(0)));
        }, {refOf(addOn), designRef(c, "probeIntervalSeconds", interval, QStringLiteral("s"))});
    }
    b.basis([&] {
        return EstimateText::tr("DNS queries from the assumptions, health checks on %1 endpoints").arg(endpoints);
    });
}

void appGatewayCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const AppGatewayTier tier =
        appGatewayTierFromString(enumValue(c, "tier")).value_or(AppGatewayTier::StandardV2);
    const Resolved fixed = ctx.resolve(ctx.catalog.appGatewayFixedPerHour(tier));
    const Resolved unit = ctx.resolve(ctx.catalog.appGatewayCapacityUnitPerHour(tier));
    const int units = std::max(0, wholeValue(c, "capacityUnits"));
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const double hours = ctx.catalog.hoursPerMonth();
    const QString tierName = enumValue(c, "tier");
    b.add(fixed.value.value_or(0) * hours * mul, [&] {
        return EstimateText::tr("%1 fixed: %2 USD/h × %3 h%4")
            .arg(tierName, num(fixed.value.value_or(0)), num(hours), factorText(mul));
    }, {refOf(fixed)});
    b.add(units * unit.value.value_or(0) * hours * mul, [&] {
        return EstimateText::tr("%1 capacity units × %2 USD/h × %3 h%4")
            .arg(QString::number(units), num(unit.value.value_or(0)), num(hours), factorText(mul));
    }, {refOf(unit), designRef(c, "capacityUnits", units, QStringLiteral("capacity units"))});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] { return EstimateText::tr("%1: fixed + %2 capacity units, 730 h").arg(tierName).arg(units); });
}

void registryCost(const Context &ctx, const Component &c, LineBuilder &b, QStringList *notes)
{
    const RegistrySku sku
        = registrySkuFromString(enumValue(c, "sku")).value_or(RegistrySku::Premium);
    const Resolved daily = ctx.resolve(ctx.catalog.registryPerDay(sku));
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const double days = ctx.catalog.hoursPerMonth() / 24;
    const QString skuName = capitalized(enumValue(c, "sku"));
    const QString home = locationOfComponent(ctx, c.id);
    b.add(daily.value.value_or(0) * days * mul, [&] {
        return EstimateText::tr("%1: %2 USD/day × %3 days%4")
            .arg(skuName, num(daily.value.value_or(0)), num(days), factorText(mul));
    }, {refOf(daily)});
    std::set<QString> replicas;
    if (ctx.scenario.keepsGeoReplicas()) {
        const nlohmann::json value = propertyValue(c, "geoReplicas");
        if (value.is_array()) {
            for (const nlohmann::json &v : value) {
                if (v.is_string()) {
                    const QString loc = QString::fromStdString(v.get<std::string>());
                    if (!loc.isEmpty() && loc != home)
                        replicas.insert(loc);
                }
            }
        }
    }
    const bool billed = ctx.catalog.registrySupportsGeoReplication(sku);
    if (!billed && !replicas.empty()) {
        if (notes)
            notes->append(EstimateText::tr("%1: geo-replication needs the Premium SKU; its %2 replica(s) are "
                             "not priced.").arg(c.id).arg(replicas.size()));
        replicas.clear();
    }
    const Resolved replica = ctx.resolve(ctx.catalog.registryGeoReplicaPerDay());
    for (const QString &loc : replicas) {
        const Resolved mr = ctx.multiplierAt(loc);
        const double mulAt = mr.value.value_or(1);
        b.add(replica.value.value_or(0) * days * mulAt, [&] {
            return EstimateText::tr("Geo-replica in %1: %2 USD/day × %3 days%4")
                .arg(loc, num(replica.value.value_or(0)), num(days), factorText(mulAt));
        }, {refOf(replica), refOf(mr)});
    }
    b.multiplier(home, m);
    b.basis([&] {
        return replicas.empty()
            ? EstimateText::tr("%1 SKU").arg(skuName)
            : EstimateText::tr("%1 SKU and %2 geo-replica(s)").arg(skuName).arg(replicas.size());
    });
}

void keyVaultCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const KeyVaultSku sku
        = keyVaultSkuFromString(enumValue(c, "sku")).value_or(KeyVaultSku::Standard);
    const Resolved ops = ctx.resolve(ctx.catalog.keyVaultOperationsPerMonth());
    const Resolved rate = ctx.resolve(ctx.catalog.keyVaultOperationsPer10k(sku));
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    b.add(ops.value.value_or(0) / 10000 * rate.value.value_or(0) * mul, [&] {
        return EstimateText::tr("Operations: %1 a month ÷ 10,000 × %2 USD%3")
            .arg(num(ops.value.value_or(0)), num(rate.value.value_or(0)), factorText(mul));
    }, {refOf(rate), refOf(ops)});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] {
        return sku == KeyVaultSku::Premium
                   ? EstimateText::tr("operations from the assumptions; HSM keys not counted (the design does "
                        "not say how many)")
                   : EstimateText::tr("operations from the assumptions");
    });
}

void logAnalyticsCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const Resolved rate = ctx.resolve(ctx.catalog.logAnalyticsIngestionPerGB());
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const double days = ctx.catalog.hoursPerMonth() / 24;
    const int gb = std::max(0, wholeValue(c, "dailyIngestionGB"));
    b.add(gb * days * rate.value.value_or(0) * mul, [&] {
        return EstimateText::tr("Ingestion: %1 GB/day × %2 days × %3 USD/GB%4")
            .arg(QString::number(gb), num(days), num(rate.value.value_or(0)), factorText(mul));
    }, {refOf(rate), designRef(c, "dailyIngestionGB", gb, QStringLiteral("GB/day"))});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] {
        return EstimateText::tr("%1 GB a day, pay-as-you-go; the free allowance is per billing account and not "
                  "deducted").arg(gb);
    });
}

void firewallCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const FirewallTier tier
        = firewallTierFromString(enumValue(c, "tier")).value_or(FirewallTier::Standard);
    const Resolved hourly = ctx.resolve(ctx.catalog.firewallPerHour(tier));
    const Resolved gb = ctx.resolve(ctx.catalog.firewallGBProcessedPerMonth());
    const Resolved perGB = ctx.resolve(ctx.catalog.firewallDataPerGB());
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const double hours = ctx.catalog.hoursPerMonth();
    const QString tierName = capitalized(enumValue(c, "tier"));
    b.add(hourly.value.value_or(0) * hours * mul, [&] {
        return EstimateText::tr("%1 deployment: %2 USD/h × %3 h%4")
            .arg(tierName, num(hourly.value.value_or(0)), num(hours), factorText(mul));
    }, {refOf(hourly)});
    b.add(gb.value.value_or(0) * perGB.value.value_or(0) * mul, [&] {
        return EstimateText::tr("Data processed: %1 GB a month × %2 USD/GB%3")
            .arg(num(gb.value.value_or(0)), num(perGB.value.value_or(0)), factorText(mul));
    }, {refOf(perGB), refOf(gb)});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] { return EstimateText::tr("%1 deployment, 730 h, and data processed").arg(tierName); });
}

void firewallPolicyCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const std::vector<QString> firewalls = includedTargets(ctx, c.id, ConnectionKind::Manages);
    const Resolved free = ctx.resolve(ctx.catalog.firewallPolicyFreeAssociations());
    const Resolved fixed = ctx.resolve(ctx.catalog.firewallPolicyFixedMonthly());
    const int count = static_cast<int>(firewalls.size());
    if (count <= free.value.value_or(0)) {
        b.add(0,
            [&] {
                return EstimateText::tr("%1 firewall association(s): free up to %2")
                    .arg(count)
                    .arg(num(free.value.value_or(0)));
            },
            {refOf(free)});
        b.basis([&] { return EstimateText::tr("free: %1 firewall association(s)").arg(count); });
        return;
    }
    std::set<QString> regions;
    for (const QString &fw : firewalls)
        regions.insert(ctx.graph.regionOf(fw));
    const int regionCount = static_cast<int>(regions.size());
    b.add(regionCount * fixed.value.value_or(0), [&] {
        return EstimateText::tr("%1 firewalls in %2 region(s): %2 × %3 USD/month")
            .arg(count).arg(regionCount).arg(num(fixed.value.value_or(0)));
    }, {refOf(fixed), refOf(free)});
    b.basis([&] {
        return EstimateText::tr("fixed rate per region: %1 associated firewalls in %2 region(s)")
            .arg(count).arg(regionCount);
    });
}

void databaseCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const DatabaseEngine engine =
        databaseEngineFromString(enumValue(c, "engine")).value_or(DatabaseEngine::AzureSql);
    const Resolved monthly = ctx.resolve(ctx.catalog.databaseMonthly(engine));
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const QString engineName = enumValue(c, "engine");
    b.add(monthly.value.value_or(0) * mul,
        [&] {
            return EstimateText::tr("%1: %2 USD/month%3")
                .arg(engineName, num(monthly.value.value_or(0)), factorText(mul));
        },
        {refOf(monthly)});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] { return EstimateText::tr("%1, a typical size (assumption)").arg(engineName); });
}

void storageCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const QString redundancy = enumValue(c, "redundancy");
    const Resolved rate = ctx.resolve(ctx.catalog.storagePerGBMonth(
        storageRedundancyFromString(redundancy).value_or(StorageRedundancy::ZRS)));
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    const int gb = std::max(0, wholeValue(c, "capacityGB"));
    b.add(gb * rate.value.value_or(0) * mul, [&] {
        return EstimateText::tr("%1 GB %2 × %3 USD/GB-month%4")
            .arg(QString::number(gb), redundancy, num(rate.value.value_or(0)), factorText(mul));
    }, {refOf(rate), designRef(c, "capacityGB", gb, QStringLiteral("GB"))});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] { return EstimateText::tr("%1 GB, %2").arg(gb).arg(redundancy); });
}

void backupVaultCost(const Context &ctx, const Component &c, LineBuilder &b)
{
    const int clusters
        = static_cast<int>(includedTargets(ctx, c.id, ConnectionKind::Protects).size());
    const Resolved fee = ctx.resolve(ctx.catalog.backupProtectedInstanceMonthly());
    const Resolved m = ctx.multiplierOf(c.id);
    const double mul = m.value.value_or(1);
    b.add(clusters * fee.value.value_or(0) * mul, [&] {
        return EstimateText::tr("%1 protected cluster(s) × %2 USD/month%3")
            .arg(clusters).arg(num(fee.value.value_or(0))).arg(factorText(mul));
    }, {refOf(fee)});
    b.multiplier(locationOfComponent(ctx, c.id), m);
    b.basis([&] { return EstimateText::tr("protects %1 cluster(s)").arg(clusters); });
}

}  // namespace

Resolved Context::multiplierOf(const QString &componentId) const
{
    const QString location = graph.locationOf(graph.regionOf(componentId));
    return multiplierAt(location);
}

Resolved Context::multiplierAt(const QString &location) const
{
    auto it = multipliers.constFind(location);
    if (it != multipliers.cend())
        return *it;
    const Resolved r = location.isEmpty()
                           ? catalog.resolve(catalog.regionPriceMultiplier(), assumptions)
                           : catalog.regionPriceMultiplier(location, assumptions);
    multipliers.insert(location, r);
    return r;
}

double ClusterPrices::monthly(bool running, int nodeCount) const
{
    const int n = std::max(0, nodeCount);
    return running ? tierMonthly + n * vmMonthly + n * diskMonthly : n * diskMonthly;
}

ClusterPrices clusterPrices(const Context &ctx, const Component &c)
{
    ClusterPrices p;
    const double mul = ctx.multiplierOf(c.id).value.value_or(1);
    const double hours = ctx.catalog.hoursPerMonth();
    const AksTier tier = aksTierFromString(enumValue(c, "tier")).value_or(AksTier::Standard);
    p.tierMonthly = ctx.value(ctx.catalog.aksTierPricePerHour(tier)) * hours * mul;
    if (const VmSize *vm = ctx.catalog.vmSize(stringProperty(c, "vmSize")))
        p.vmMonthly = ctx.value(vm->pricePerHour) * hours * mul;
    p.diskMonthly = ctx.value(ctx.catalog.aksOsDiskPerNodeMonthly()) * mul;
    return p;
}

CostLine costLine(const Context &ctx, const Component &c, bool withTerms, QStringList *notes)
{
    LineBuilder b(c, withTerms);
    switch (c.kind) {
    case ComponentKind::Region: break;
    case ComponentKind::AksCluster: clusterCost(ctx, c, b, notes); break;
    case ComponentKind::FrontDoor: frontDoorCost(ctx, c, b); break;
    case ComponentKind::TrafficManager: trafficManagerCost(ctx, c, b); break;
    case ComponentKind::ApplicationGateway: appGatewayCost(ctx, c, b); break;
    case ComponentKind::ContainerRegistry: registryCost(ctx, c, b, notes); break;
    case ComponentKind::KeyVault: keyVaultCost(ctx, c, b); break;
    case ComponentKind::LogAnalytics: logAnalyticsCost(ctx, c, b); break;
    case ComponentKind::Firewall: firewallCost(ctx, c, b); break;
    case ComponentKind::FirewallPolicy: firewallPolicyCost(ctx, c, b); break;
    case ComponentKind::Database: databaseCost(ctx, c, b); break;
    case ComponentKind::StorageAccount: storageCost(ctx, c, b); break;
    case ComponentKind::BackupVault: backupVaultCost(ctx, c, b); break;
    }
    return b.take();
}

}  // namespace continuity::estimation
