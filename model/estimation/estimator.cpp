// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/estimate.h"

#include "model/catalog/catalog.h"
#include "model/estimation/cost.h"
#include "model/estimation/figures.h"
#include "model/estimation/terms.h"
#include "model/kinds.h"

#include <set>

namespace continuity {

using estimation::Context;
using estimation::RecoveryIndex;
using estimation::Scenario;
using estimation::EstimateText;

namespace estimation {

QString nothingServesText()
{
    return EstimateText::tr("No running cluster serves traffic, so there is no serving region to lose.");
}

QString servingRegionOf(const Context &ctx, const RecoveryIndex &index, const StoreLookup *stores)
{
    const QString worst = worstServingRegion(ctx, index, stores);
    return worst.isEmpty() ? fallbackServingRegion(ctx) : worst;
}

QString fallbackServingRegion(const Context &ctx)
{
    for (bool runningOnly : {true, false}) {
        for (const QString &id : ctx.graph.clusterIds()) {
            const QString region = ctx.graph.regionOf(id);
            if (region.isEmpty() || !ctx.scenario.included(id))
                continue;
            if (!runningOnly || ctx.scenario.cluster(id).running)
                return region;
        }
    }
    return {};
}

void applyRecovery(Estimate &e, const Context &ctx, const RecoveryIndex &index,
                   const QString &region)
{
    if (region.isEmpty() || index.servingRegions.empty()) {
        e.rtoReason = nothingServesText();
        e.rpoBasis = nothingServesText();
        return;
    }
    RegionLoss loss = regionLoss(ctx, index, region, true);
    e.failedRegion = region;
    e.failedLocation = ctx.graph.locationOf(region);
    e.rtoSeconds = loss.rto;
    e.rtoBreakdown = std::move(loss.rtoTerms);
    e.rtoReason = std::move(loss.rtoReason);
    e.rpoSeconds = loss.rpo;
    e.rpoBreakdown = std::move(loss.rpoTerms);
    e.rpoBasis = std::move(loss.rpoBasis);
    e.notes.append(loss.notes);
}

void applyAvailability(Estimate &e, const AvailabilityOutcome &outcome)
{
    e.availabilityPercent = outcome.fraction ? std::optional<double>(*outcome.fraction * 100)
                                             : std::nullopt;
    e.availabilityBreakdown = outcome.terms;
    e.availabilityBasis = outcome.basis;
}

Alternative makeAlternative(DeploymentModel model, bool asDesigned, double monthlyCostUsd,
                            const std::optional<RegionLoss> &loss,
                            const AvailabilityOutcome &availability)
{
    Alternative a;
    a.deploymentModel = model;
    a.asDesigned = asDesigned;
    a.transformation = asDesigned ? EstimateText::tr("The design as it is.") : transformationText(model);
    a.monthlyCostUsd = monthlyCostUsd;
    if (loss) {
        a.rtoSeconds = loss->rto;
        a.rpoSeconds = loss->rpo;
        a.rtoReason = loss->rtoReason;
    } else {
        a.rtoReason = nothingServesText();
    }
    a.availabilityPercent = availability.fraction
                                ? std::optional<double>(*availability.fraction * 100)
                                : std::nullopt;
    a.availabilityBasis = availability.basis;
    return a;
}

Alternative alternativeOf(const Context &ctx, const RecoveryIndex &index, const QString &region,
                          double monthlyCostUsd, const AvailabilityOutcome &availability,
                          const StoreLookup *stores)
{
    std::optional<RegionLoss> loss;
    if (!region.isEmpty() && !index.servingRegions.empty())
        loss = regionLoss(ctx, index, region, false, stores);
    const bool asDesigned = !ctx.scenario.transformed();
    return makeAlternative(asDesigned ? ctx.graph.design().deploymentModel : ctx.scenario.model(),
                           asDesigned, monthlyCostUsd, loss, availability);
}

}  // namespace estimation

Estimate estimateDesign(const Design &design, const Catalog &catalog,
                        const EstimateOptions &options)
{
    const DesignGraph graph(design, &catalog);
    const Scenario scenario(graph);
    const Context ctx{graph, catalog, design.assumptions, scenario};
    Estimate e;
    e.deploymentModel = design.deploymentModel;
    e.costBreakdown.reserve(design.components.size());
    for (const auto &[id, c] : design.components) {
        if (c.kind == ComponentKind::Region)
            continue;
        CostLine line = estimation::costLine(ctx, c, options.costTerms, &e.notes);
        e.monthlyCostUsd += line.monthlyUsd;
        e.costBreakdown.push_back(std::move(line));
    }
    const RecoveryIndex index(ctx);
    QString region = options.failedRegion;
    if (region.isEmpty() || graph.indexedKind(region) != ComponentKind::Region)
        region = estimation::worstServingRegion(ctx, index);
    estimation::applyRecovery(e, ctx, index, region);
    estimation::applyAvailability(e, estimation::availabilityOf(ctx, true));
    e.ignoredAssumptions = catalog.ignoredAssumptions(design.assumptions);
    return e;
}

Estimate estimateDesign(const Design &design)
{
    return estimateDesign(design, Catalog::builtin());
}

QString servingRegion(const Design &design, const Catalog &catalog)
{
    const DesignGraph graph(design, &catalog);
    const Scenario scenario(graph);
    const Context ctx{graph, catalog, design.assumptions, scenario};
    return estimation::servingRegionOf(ctx, RecoveryIndex(ctx));
}

QString transformationText(DeploymentModel model)
{
    switch (model) {
    case DeploymentModel::ActiveActive:
        return EstimateText::tr("The serving region as designed; every other cluster running at the serving "
                  "region's size or more; every global router edge at priority 1.");
    case DeploymentModel::ActivePassive:
        return EstimateText::tr("The serving region as designed; every other cluster running at its autoscale "
                  "minimum, able to grow to the serving region's size; router edges into the "
                  "serving region at priority 1, the others at 2 or worse.");
    case DeploymentModel::PassiveCold:
        return EstimateText::tr("The serving region as designed; every other cluster stopped, at its autoscale "
                  "minimum, with manual activation; router edges into the serving region at "
                  "priority 1, the others at 2 or worse.");
    case DeploymentModel::SingleRegion:
        return EstimateText::tr("Only the serving region, its components and the global ones; registries "
                  "lose their geo-replicas.");
    }
    return {};
}

Design transformForModel(const Design &design, DeploymentModel model, const Catalog &catalog,
                         const QString &failedRegion)
{
    const DesignGraph graph(design, &catalog);
    QString region = failedRegion;
    if (region.isEmpty() || graph.indexedKind(region) != ComponentKind::Region) {
        const Scenario asIs(graph);
        const Context ctx{graph, catalog, design.assumptions, asIs};
        region = estimation::servingRegionOf(ctx, RecoveryIndex(ctx));
    }
    const Scenario scenario(graph, model, region);
    Design out = design;
    out.deploymentModel = model;

    if (model == DeploymentModel::SingleRegion) {
        std::set<QString> removed;
        for (const auto &[id, c] : design.components) {
            if (!scenario.included(id))
                removed.insert(id);
        }
        for (const QString &id : removed)
            out.components.erase(id);
        for (auto it = out.connections.begin(); it != out.connections.end();) {
            if (removed.count(it->second.from) || removed.count(it->second.to))
                it = out.connections.erase(it);
            else
                ++it;
        }
        for (auto &[id, c] : out.components) {
            if (c.kind != ComponentKind::ContainerRegistry || !c.properties.is_object())
                continue;
            auto replicas = c.properties.find("geoReplicas");
            if (replicas != c.properties.end() && !(replicas->is_array() && replicas->empty()))
                *replicas = nlohmann::json::array();
        }
        return out;
    }

    for (const QString &id : graph.clusterIds()) {
        if (!region.isEmpty() && graph.regionOf(id) == region)
            continue;
        const estimation::ClusterState s = scenario.cluster(id);
        Component &c = out.components.at(id);
        if (!c.properties.is_object())
            c.properties = nlohmann::json::object();
        c.properties["state"] = s.running ? "running" : "stopped";
        c.properties["activation"] = estimation::toString(s.activation).toStdString();
        c.properties["nodeCount"] = s.nodeCount;
        if (s.autoscale)
            c.properties["autoscale"] = {{"minCount", s.autoscale->first},
                                         {"maxCount", s.autoscale->second}};
    }
    for (const QString &router : graph.globalRouters()) {
        for (const QString &cid : graph.connectionsOf(router)) {
            const Connection *edge = graph.connection(cid);
            if (!edge || edge->from != router
                || graph.connectionKind(cid) != ConnectionKind::Traffic)
                continue;
            Route r;
            r.router = router;
            r.connection = cid;
            const auto p = edge->properties.is_object() ? edge->properties.find("priority")
                                                        : edge->properties.end();
            if (p != edge->properties.end())
                r.priority = wholeNumber(*p).value_or(1);
            // The edge's end decides its priority: a gateway or a cluster.
            const std::optional<ComponentKind> kind = graph.indexedKind(edge->to);
            (kind == ComponentKind::ApplicationGateway ? r.gateway : r.cluster) = edge->to;
            Connection &written = out.connections.at(cid);
            if (!written.properties.is_object())
                written.properties = nlohmann::json::object();
            written.properties["priority"] = scenario.priority(r);
        }
        if (scenario.forcesPriorityRouting()) {
            Component &c = out.components.at(router);
            if (c.kind == ComponentKind::TrafficManager) {
                if (!c.properties.is_object())
                    c.properties = nlohmann::json::object();
                c.properties["routingMethod"] = "priority";
            }
        }
    }
    return out;
}

Design transformForModel(const Design &design, DeploymentModel model)
{
    return transformForModel(design, model, Catalog::builtin());
}

std::vector<Alternative> alternatives(const Design &design, const Catalog &catalog)
{
    const DesignGraph graph(design, &catalog);
    const Scenario asIs(graph);
    const Context asIsCtx{graph, catalog, design.assumptions, asIs};
    const RecoveryIndex asIsIndex(asIsCtx);
    const QString region = estimation::servingRegionOf(asIsCtx, asIsIndex);
    std::vector<Alternative> result;
    for (int m = 0; m < DeploymentModelCount; ++m) {
        const auto model = static_cast<DeploymentModel>(m);
        const bool own = model == design.deploymentModel;
        const Scenario transformed(graph, model, region);
        const Scenario &scenario = own ? asIs : transformed;
        const Context ctx{graph, catalog, design.assumptions, scenario};
        double cost = 0;
        for (const auto &[id, c] : design.components) {
            if (c.kind != ComponentKind::Region && scenario.included(id))
                cost += estimation::costLine(ctx, c, false).monthlyUsd;
        }
        const RecoveryIndex index(ctx);
        result.push_back(estimation::alternativeOf(ctx, index, region, cost,
                                                   estimation::availabilityOf(ctx, false)));
    }
    return result;
}

std::array<double, ComponentKindCount> costByKind(const Estimate &estimate)
{
    std::array<double, ComponentKindCount> sums{};
    for (const CostLine &line : estimate.costBreakdown)
        sums[static_cast<std::size_t>(line.kind)] += line.monthlyUsd;
    return sums;
}

namespace {

QString parameterLabel(const QString &id)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("estimate.router.requestsPerMonth"),
         QT_TRANSLATE_NOOP("Estimate", "Requests a month through each Front Door")},
        {QStringLiteral("estimate.router.egressGBPerMonth"),
         QT_TRANSLATE_NOOP("Estimate", "Egress a month through each Front Door (GB)")},
        {QStringLiteral("estimate.trafficManager.dnsQueriesPerMonth"),
         QT_TRANSLATE_NOOP("Estimate", "DNS queries a month per Traffic Manager profile")},
        {QStringLiteral("estimate.keyVault.operationsPerMonth"),
         QT_TRANSLATE_NOOP("Estimate", "Operations a month per key vault")},
        {QStringLiteral("estimate.firewall.gbProcessedPerMonth"),
         QT_TRANSLATE_NOOP("Estimate", "Data processed a month per firewall (GB)")},
        {QStringLiteral("estimate.activation.manualDecisionSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Manual decision to activate a cold cluster (s)")},
        {QStringLiteral("estimate.activation.eventDecisionSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Event-driven activation of a cold cluster (s)")},
        {QStringLiteral("estimate.noRouter.switchoverSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Manual switch-over without a global router (s)")},
        {QStringLiteral("aks.node.provisionSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Node provisioning on scale-out (s)")},
        {QStringLiteral("aks.cluster.startSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Starting a stopped cluster (s)")},
        {QStringLiteral("aks.cluster.createSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Creating a cluster (s)")},
        {QStringLiteral("backupVault.restoreSeconds"),
         QT_TRANSLATE_NOOP("Estimate", "Restoring a cluster from a backup (s)")},
        {QStringLiteral("region.priceMultiplier"),
         QT_TRANSLATE_NOOP("Estimate", "Price multiplier of every region")},
    };
    const auto it = labels.constFind(id);
    return it == labels.cend() ? id : QCoreApplication::translate("Estimate", *it);
}

std::optional<double> overrideOf(const nlohmann::json &assumptions, const QString &id)
{
    if (!assumptions.is_object())
        return std::nullopt;
    const auto it = assumptions.find(id.toStdString());
    if (it == assumptions.end() || !it->is_number())
        return std::nullopt;
    const double v = it->get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

}  // namespace

std::vector<EstimateParameter> estimateParameters(const Design &design, const Catalog &catalog)
{
    std::vector<EstimateParameter> out;
    for (const Fact *f : catalog.facts()) {
        if (f->confidence != Confidence::Assumption || !f->value)
            continue;
        EstimateParameter p;
        p.id = f->id;
        p.label = parameterLabel(f->id);
        p.unit = f->unit;
        p.defaultValue = *f->value;
        p.value = overrideOf(design.assumptions, f->id);
        p.basis = f->note.isEmpty() ? f->source : f->source + QStringLiteral(". ") + f->note;
        p.asOf = f->asOf;
        out.push_back(std::move(p));
    }
    std::set<QString> locations;
    for (const auto &[id, c] : design.components) {
        if (c.kind != ComponentKind::Region)
            continue;
        const QString loc = stringProperty(c, "location");
        if (catalog.region(loc))
            locations.insert(loc);
    }
    for (const QString &loc : locations) {
        const Resolved r = catalog.regionPriceMultiplier(loc, nlohmann::json::object());
        EstimateParameter p;
        p.id = QStringLiteral("region.%1.priceMultiplier").arg(loc);
        p.label = EstimateText::tr("Price multiplier of %1").arg(loc);
        p.unit = r.fact ? r.fact->unit : QString();
        p.defaultValue = r.value.value_or(1);
        p.value = overrideOf(design.assumptions, p.id);
        if (r.fact)
            p.basis = r.fact->source + QStringLiteral(". ") + r.fact->note;
        p.asOf = r.fact ? r.fact->asOf : QString();
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace continuity
