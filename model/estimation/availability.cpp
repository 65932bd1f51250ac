// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/availability.h"

#include "model/estimation/terms.h"
#include "model/kinds.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace continuity::estimation {

namespace {

std::optional<Resolved> serviceSla(const Context &ctx, const Component &c)
{
    const Catalog &cat = ctx.catalog;
    switch (c.kind) {
    case ComponentKind::ContainerRegistry: return ctx.resolve(cat.registrySla());
    case ComponentKind::KeyVault: return ctx.resolve(cat.keyVaultSla());
    case ComponentKind::LogAnalytics: return ctx.resolve(cat.logAnalyticsSla());
    case ComponentKind::Database:
        return ctx.resolve(cat.databaseSla(
            databaseEngineFromString(enumValue(c, "engine")).value_or(DatabaseEngine::AzureSql),
            boolValue(c, "zoneRedundant")));
    case ComponentKind::StorageAccount:
        // A request path reads and writes; the write SLA is the lower of the two.
        return ctx.resolve(cat.storageSla(storageRedundancyFromString(enumValue(c, "redundancy"))
                                              .value_or(StorageRedundancy::ZRS),
            StorageAccess::Write));
    default: return std::nullopt;
    }
}

struct Service {
    QString id;
    double sla = 1;
    FactRef ref;
};

struct ClusterPath {
    QString id;
    double gateway = 1;
    QStringList gateways;
    double cluster = 1;
    FactRef clusterRef;
    std::vector<QString> services;
};

}  // namespace

AvailabilityOutcome availabilityOf(const Context &ctx, bool withTerms)
{
    AvailabilityOutcome out;
    const DesignGraph &g = ctx.graph;
    const Catalog &cat = ctx.catalog;
    const Resolved gatewaySla = ctx.resolve(cat.appGatewaySla());
    const double agw = gatewaySla.value.value_or(1);

    std::map<QString, std::vector<ClusterPath>> regions;  // by region id, in id order
    QHash<QString, Service> services;
    QSet<QString> routers;
    for (const QString &id : g.clusterIds()) {
        if (!ctx.scenario.included(id))
            continue;
        const ClusterState state = ctx.scenario.cluster(id);
        if (state.role != ClusterRole::Active)
            continue;
        const Component *c = g.component(id);
        const ClusterFacts *facts = g.cluster(id);
        if (!c || !facts)
            continue;
        const QString tier = enumValue(*c, "tier");
        const bool zonal = zoneCount(facts->zones) >= 2;
        const Resolved sla = ctx.resolve(
            cat.aksUptimeSla(aksTierFromString(tier).value_or(AksTier::Standard), zonal));
        if (!sla.value) {
            out.basis = EstimateText::tr("%1 serves traffic on the %2 tier, which has no financially backed "
                           "uptime SLA: there is no availability figure to compose.")
                            .arg(id, tier);
            if (withTerms)
                out.terms.push_back(makeTerm(EstimateText::tr("%1: no SLA on the %2 tier").arg(id, tier), 0,
                                             QStringLiteral("%"), {refOf(sla)}));
            return out;
        }
        ClusterPath path;
        path.id = id;
        path.cluster = *sla.value;
        path.clusterRef = refOf(sla);
        bool direct = false;
        QSet<QString> gateways;
        bool routed = false;
        for (const Route *r : g.routesTo(id)) {
            if (!ctx.scenario.included(*r))
                continue;
            routed = true;
            routers.insert(r->router);
            if (r->gateway.isEmpty())
                direct = true;
            else
                gateways.insert(r->gateway);
        }
        if (!routed) {
            for (const QString &src : g.sourcesOf(id, ConnectionKind::Traffic)) {
                const Component *s = g.component(src);
                if (s && s->kind == ComponentKind::ApplicationGateway && ctx.scenario.included(src))
                    gateways.insert(src);
            }
        }
        if (!direct && !gateways.isEmpty()) {
            double allDown = 1;
            for (qsizetype i = 0; i < gateways.size(); ++i)
                allDown *= 1 - agw;
            path.gateway = 1 - allDown;
            path.gateways = gateways.values();
            path.gateways.sort();
        }
        const QString region = g.regionOf(id);
        for (const QString &s : g.usesOf(id)) {
            if (!ctx.scenario.included(s))
                continue;
            if (!services.contains(s)) {
                const Component *sc = g.component(s);
                const std::optional<Resolved> r = sc ? serviceSla(ctx, *sc) : std::nullopt;
                if (!r)
                    continue;
                services.insert(s, Service{s, r->value.value_or(1), refOf(*r)});
            }
            path.services.push_back(s);
        }
        regions[region].push_back(std::move(path));
    }

    if (regions.empty()) {
        out.basis = EstimateText::tr("No running cluster serves traffic: there is no path to compose.");
        return out;
    }

    // A service every serving region uses is a common dependency, counted once.
    QHash<QString, int> regionsUsing;
    for (const auto &[region, paths] : regions) {
        std::vector<QString> used;
        for (const ClusterPath &p : paths)
            used.insert(used.end(), p.services.begin(), p.services.end());
        std::sort(used.begin(), used.end());
        used.erase(std::unique(used.begin(), used.end()), used.end());
        for (const QString &s : used)
            ++regionsUsing[s];
    }
    const int regionCount = static_cast<int>(regions.size());
    auto shared = [&](const QString &service) {
        return regionsUsing.value(service) == regionCount;
    };

    double routerProduct = 1;
    QStringList routerIds = routers.values();
    routerIds.sort();
    for (const QString &id : routerIds) {
        const Component *r = g.component(id);
        if (!r)
            continue;
        const Resolved sla = ctx.resolve(
            r->kind == ComponentKind::FrontDoor ? cat.frontDoorSla() : cat.trafficManagerSla());
        routerProduct *= sla.value.value_or(1);
        if (withTerms)
            out.terms.push_back(makeTerm(EstimateText::tr("Global router %1").arg(id),
                sla.value.value_or(1) * 100, QStringLiteral("%"), {refOf(sla)}));
    }

    double allRegionsDown = 1;
    for (const auto &[region, paths] : regions) {
        double allPathsDown = 1;
        QStringList texts;
        std::vector<FactRef> refs;
        for (const ClusterPath &p : paths) {
            double chain = p.gateway * p.cluster;
            QStringList parts;
            if (withTerms) {
                if (!p.gateways.isEmpty()) {
                    parts << (p.gateways.size() == 1
                            ? QStringLiteral("%1 %2").arg(p.gateways.front(), percentText(p.gateway))
                            : EstimateText::tr("gateways %1 in parallel %2")
                                  .arg(p.gateways.join(QStringLiteral(", ")), percentText(p.gateway)));
                    refs.push_back(refOf(gatewaySla));
                }
                parts << QStringLiteral("%1 %2").arg(p.id, percentText(p.cluster));
                refs.push_back(p.clusterRef);
            }
            for (const QString &s : p.services) {
                if (shared(s))
                    continue;
                const Service &svc = services[s];
                chain *= svc.sla;
                if (withTerms) {
                    parts << QStringLiteral("%1 %2").arg(s, percentText(svc.sla));
                    refs.push_back(svc.ref);
                }
            }
            allPathsDown *= 1 - chain;
            if (withTerms)
                texts << parts.join(QStringLiteral(" × "));
        }
        const double regionAvailability = 1 - allPathsDown;
        allRegionsDown *= 1 - regionAvailability;
        if (withTerms) {
            // Each catalog entry once, however many clusters of the region use it.
            std::vector<FactRef> unique;
            for (FactRef &r : refs) {
                if (std::none_of(unique.begin(), unique.end(),
                                 [&](const FactRef &u) { return u.id == r.id; }))
                    unique.push_back(std::move(r));
            }
            refs = std::move(unique);
            const QString place = g.locationOf(region).isEmpty() ? EstimateText::tr("no region")
                                                                 : g.locationOf(region);
            const QString what = texts.size() == 1
                                     ? EstimateText::tr("Region %1: %2").arg(place, texts.front())
                                     : EstimateText::tr("Region %1, clusters in parallel: %2")
                                           .arg(place, texts.join(QStringLiteral(" ∥ ")));
            out.terms.push_back(makeTerm(what, regionAvailability * 100, QStringLiteral("%"),
                                         std::move(refs)));
        }
    }
    const double parallel = 1 - allRegionsDown;
    if (withTerms && regionCount > 1)
        out.terms.push_back(makeTerm(EstimateText::tr("%1 serving regions in parallel: 1 − ∏(1 − region)")
                                         .arg(regionCount),
                                     parallel * 100, QStringLiteral("%"), {}));

    double sharedProduct = 1;
    QStringList sharedIds;
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        if (shared(it.key()))
            sharedIds << it.key();
    }
    sharedIds.sort();
    for (const QString &s : sharedIds) {
        const Service &svc = services[s];
        sharedProduct *= svc.sla;
        if (withTerms)
            out.terms.push_back(makeTerm(EstimateText::tr("%1, used by every serving region").arg(s),
                                         svc.sla * 100, QStringLiteral("%"), {svc.ref}));
    }

    const double total = routerProduct * parallel * sharedProduct;
    out.fraction = total;
    if (withTerms) {
        out.basis = EstimateText::tr("Global routers %1 × serving regions %2 (%3 in parallel) × services every "
                       "serving region uses %4 = %5")
                        .arg(percentText(routerProduct), percentText(parallel))
                        .arg(regionCount)
                        .arg(percentText(sharedProduct), percentText(total));
    }
    return out;
}

}  // namespace continuity::estimation
