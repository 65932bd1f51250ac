// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the rule files share: the context a rule runs in, the finding builder, naming helpers,
// and the entry points of each group of rules. Internal to model/validation.

#include "model/graph.h"
#include "model/validation/finding.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuity {

class Catalog;

namespace rules {

using Findings = std::vector<Finding>;

/// What a rule sees: the design's graph, the catalog and the model validated against.
struct Context {
    const DesignGraph &graph;
    const Catalog &catalog;
    DeploymentModel model;
};

/// What a global rule reads, so that the live validator re-runs it only when that changed.
enum Dependency : unsigned {
    OnRegions = 0x1,       ///< regions: added, removed, location, name
    OnClusterSet = 0x2,    ///< clusters added or removed, their region, their state
    OnClusterSizes = 0x4,  ///< clusters' other properties (node counts, autoscale, zones)
    OnRouting = 0x8,       ///< routes and roles
    OnFirewalls = 0x10,    ///< firewalls, firewall policies, `manages` connections
    OnVaults = 0x20,       ///< backup vaults and `protects` connections
    OnNames = 0x40,        ///< any component's name
    OnClusterRegions = 0x80,  ///< which regions hold clusters (DesignGraph::clusterRegions)
    OnEverything = 0xff,
};

/// A rule that looks at the whole design. It must stay cheap (clusters, routes, regions), never
/// a pass over every component: the live validator runs it after each relevant edit.
struct GlobalRule {
    const char *id;
    std::optional<DeploymentModel> model;  ///< nullopt: every model
    unsigned dependencies;
    void (*run)(const Context &, Findings &);
};

/// Whether a rule belongs to one deployment model (AA-, AP-, PC-, SR- rules).
bool belongsToAModel(const QString &ruleId);

/// Every global rule, in rule order.
const std::vector<GlobalRule> &globalRules();

/// Which local rules to run at an anchor: those of every model, those of ctx.model, or both.
enum class Part { EveryModel, ThisModel, Both };

/// Appends the findings anchored at one component or connection: structure and general rules
/// (every model) and the rules of ctx.model. Nothing when `id` names nothing.
void checkAnchor(const Context &ctx, const QString &id, Findings &out, Part part = Part::Both);
/// The same, for a component or connection at hand.
void checkComponent(const Context &ctx, const Component &c, Findings &out, Part part);
void checkConnection(const Context &ctx, const Connection &c, const DesignGraph::Ends &ends,
                     Findings &out, Part part);

// ---- Building findings ------------------------------------------------------------------------

/// Translated in the "continuity::rules" context, where lupdate files calls made in this
/// namespace (the rules' own texts are in "Rule").
QString tr(const char *text, int n = -1);
/// A finding of rule `id` with the rule's severity and reference; subjects sorted, deduplicated.
Finding make(const char *id, QString message, QStringList subjects, QString hint);
Finding make(const char *id, Severity severity, QString message, QStringList subjects,
             QString hint);

/// A component's name, else its id (in quotes when it names nothing).
QString nameOf(const DesignGraph &g, const QString &id);
/// A region's name for messages: its name, else its location, else its id.
QString regionLabel(const DesignGraph &g, const QString &regionId);
/// Names of components for a message: "A", "A and B", "A, B and C", "A, B, C and 4 more".
QString listNames(const DesignGraph &g, const std::vector<QString> &ids);
/// A JSON value as a short text for messages.
QString valueText(const nlohmann::json &value);
/// A catalog region's display name ("East US 2"), else the location itself.
QString locationLabel(const Catalog &catalog, const QString &location);

QStringList toList(const std::vector<QString> &ids);

/// The key that tells regions apart for multi-region rules: the location when set, else the
/// region component's id. Empty for a component that is in no region.
QString regionKey(const DesignGraph &g, const QString &regionId);
/// The region key of a cluster (see regionKey).
QString clusterKey(const ClusterFacts &f);
/// The clusters in id order, with their facts (the graph's list, no lookups).
const std::vector<const ClusterFacts *> &clusterFacts(const DesignGraph &g);

// ---- The groups of rules --------------------------------------------------------------------

void structureComponent(const Context &ctx, const Component &c, Findings &out);
using Ends = DesignGraph::Ends;

void structureConnection(const Context &ctx, const Connection &c, const Ends &ends,
                         Findings &out);
void duplicateRegions(const Context &ctx, Findings &out);  // STR-006

void generalComponent(const Context &ctx, const Component &c, Findings &out);
void generalConnection(const Context &ctx, const Connection &c, const Ends &ends,
                       Findings &out);
void singleRegionOfClusters(const Context &ctx, Findings &out);  // GEN-001
void firewallPolicies(const Context &ctx, Findings &out);        // GEN-010, across regions

void activeActiveComponent(const Context &ctx, const Component &c, Findings &out);
void activeActiveConnection(const Context &ctx, const Connection &c, const Ends &ends,
                            Findings &out);
void activeRegions(const Context &ctx, Findings &out);        // AA-001
void routerReachesAll(const Context &ctx, Findings &out);     // AA-002
void equalPriorities(const Context &ctx, Findings &out);      // AA-003
void pairedRegions(const Context &ctx, Findings &out);        // AA-006
void survivingCapacity(const Context &ctx, Findings &out);    // AA-007

void activePassiveComponent(const Context &ctx, const Component &c, Findings &out);
void primaryAndSecondary(const Context &ctx, Findings &out);  // AP-001
void separateRegions(const Context &ctx, Findings &out);      // AP-002
void secondaryScale(const Context &ctx, Findings &out);       // AP-004
void secondaryAtFullSize(const Context &ctx, Findings &out);  // AP-005

void passiveColdComponent(const Context &ctx, const Component &c, Findings &out);
void coldClusterExists(const Context &ctx, Findings &out);    // PC-001
void restorableBackups(const Context &ctx, Findings &out);    // PC-004
void coldApart(const Context &ctx, Findings &out);            // PC-005
void coldScale(const Context &ctx, Findings &out);            // PC-006

void singleRegionComponent(const Context &ctx, const Component &c, Findings &out);

}  // namespace rules
}  // namespace continuity
