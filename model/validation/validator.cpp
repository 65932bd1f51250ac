// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/validation/validator.h"

#include "model/catalog/catalog.h"
#include "model/log.h"
#include "model/validation/rulekit.h"

#include <algorithm>

namespace continuity {

namespace rules {

void checkComponent(const Context &ctx, const Component &c, Findings &out, Part part)
{
    if (part != Part::ThisModel) {
        structureComponent(ctx, c, out);
        generalComponent(ctx, c, out);
    }
    if (part == Part::EveryModel)
        return;
    switch (ctx.model) {
    case DeploymentModel::ActiveActive: activeActiveComponent(ctx, c, out); break;
    case DeploymentModel::ActivePassive: activePassiveComponent(ctx, c, out); break;
    case DeploymentModel::PassiveCold: passiveColdComponent(ctx, c, out); break;
    case DeploymentModel::SingleRegion: singleRegionComponent(ctx, c, out); break;
    }
}

void checkConnection(const Context &ctx, const Connection &c, const Ends &ends, Findings &out,
                     Part part)
{
    if (part != Part::ThisModel) {
        structureConnection(ctx, c, ends, out);
        generalConnection(ctx, c, ends, out);
    }
    if (part != Part::EveryModel && ctx.model == DeploymentModel::ActiveActive)
        activeActiveConnection(ctx, c, ends, out);
}

const std::vector<GlobalRule> &globalRules()
{
    constexpr auto AA = DeploymentModel::ActiveActive;
    constexpr auto AP = DeploymentModel::ActivePassive;
    constexpr auto PC = DeploymentModel::PassiveCold;
    // Messages name regions through OnRegions and other components through OnNames.
    static const std::vector<GlobalRule> table = {
        {"STR-006", std::nullopt, OnRegions, &duplicateRegions},
        {"GEN-001", std::nullopt, OnRegions | OnClusterSet, &singleRegionOfClusters},
        // GEN-010 and AA-006 read clusters only through the regions that hold them. GEN-010
        // names regions and the policy, whose every change touches OnFirewalls.
        {"GEN-010", std::nullopt, OnRegions | OnClusterRegions | OnFirewalls,
         &firewallPolicies},
        {"AA-001", AA, OnRegions | OnClusterSet | OnRouting, &activeRegions},
        {"AA-002", AA, OnClusterSet | OnRouting | OnNames, &routerReachesAll},
        {"AA-003", AA, OnClusterSet | OnRouting | OnNames, &equalPriorities},
        {"AA-006", AA, OnRegions | OnClusterRegions, &pairedRegions},
        {"AA-007", AA, OnRegions | OnClusterSet | OnClusterSizes, &survivingCapacity},
        {"AP-001", AP, OnClusterSet | OnRouting | OnNames, &primaryAndSecondary},
        {"AP-002", AP, OnRegions | OnClusterSet | OnRouting | OnNames, &separateRegions},
        {"AP-004", AP, OnClusterSet | OnClusterSizes | OnRouting | OnNames, &secondaryScale},
        {"AP-005", AP, OnClusterSet | OnClusterSizes | OnRouting | OnNames,
         &secondaryAtFullSize},
        {"PC-001", PC, OnClusterSet, &coldClusterExists},
        {"PC-004", PC, OnRegions | OnClusterSet | OnVaults | OnNames, &restorableBackups},
        {"PC-005", PC, OnRegions | OnClusterSet | OnClusterSizes | OnNames, &coldApart},
        {"PC-006", PC, OnClusterSet | OnClusterSizes | OnNames, &coldScale},
    };
    return table;
}

void checkAnchor(const Context &ctx, const QString &id, Findings &out, Part part)
{
    if (const Component *component = ctx.graph.component(id))
        checkComponent(ctx, *component, out, part);
    else if (const Connection *connection = ctx.graph.connection(id))
        checkConnection(ctx, *connection, ctx.graph.endsOf(*connection), out, part);
}

}  // namespace rules

std::vector<Finding> validateDesign(const Design &design, std::optional<DeploymentModel> model,
                                    const Catalog *catalog)
{
    std::vector<Finding> out;
    try {
        const Catalog &cat = catalog ? *catalog : Catalog::builtin();
        const DesignGraph graph(design, &cat);
        const rules::Context ctx{graph, cat, model.value_or(design.deploymentModel)};
        for (const auto &[id, c] : design.components)
            rules::checkComponent(ctx, c, out, rules::Part::Both);
        graph.forEachConnection([&](const Connection &c, const rules::Ends &ends) {
            rules::checkConnection(ctx, c, ends, out, rules::Part::Both);
        });
        for (const rules::GlobalRule &rule : rules::globalRules()) {
            if (!rule.model || *rule.model == ctx.model)
                rule.run(ctx, out);
        }
    } catch (const std::exception &e) {
        // The rules read untrusted values defensively; this is the last line, not the plan.
        log::get("validation")->error("validation stopped early: {}", e.what());
    }
    std::sort(out.begin(), out.end(), findingLess);
    return out;
}

}  // namespace continuity
