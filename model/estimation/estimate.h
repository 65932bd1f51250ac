// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <vector>

namespace continuity {

class Catalog;
struct Fact;
struct Resolved;

/// One value an estimate used: a catalog entry (or its override from the design's
/// `assumptions`), or a property of a component.
struct FactRef {
    QString id;          ///< catalog id; for a component property "component.key"
    double value = 0;
    QString unit;
    QString source;      ///< where the value comes from
    QString asOf;        ///< the source's date; empty for design values
    QString confidence;  ///< "primary", "retail-api", "secondary", "derived", "assumption", or
                         ///< "design" for a component property
    bool overridden = false;  ///< the design's `assumptions` replaced the catalog's value
    QString note;             ///< the catalog's note (why an assumption holds, what was not found)

    bool operator==(const FactRef &o) const = default;
};

/// One term of a figure: what was added (or multiplied), how much, and the catalog entry it
/// comes from. `factId`, `source`, `asOf` and `confidence` describe the term's principal entry
/// (a price, an SLA, a timing); `inputs` lists every value the term used, the principal first,
/// so that each number can be traced to its source.
struct Term {
    QString what;    ///< "Standard tier: 0.1 USD/h × 730 h" (translated)
    double amount = 0;
    QString unit;    ///< "USD/month", "s", "%", "×"
    QString factId;
    QString source;
    QString asOf;
    QString confidence;
    std::vector<FactRef> inputs;

    bool operator==(const Term &o) const = default;
};

/// The monthly cost of one component, with its terms. The terms whose unit is "USD/month" add
/// up to `monthlyUsd`; a "×" term is a factor already applied to them (a region's price
/// multiplier).
struct CostLine {
    QString component;
    ComponentKind kind = ComponentKind::Region;
    double monthlyUsd = 0;
    QString basis;  ///< one line: how the amount is made up (translated)
    std::vector<Term> terms;

    bool operator==(const CostLine &o) const = default;
};

/// The four figures of a design, each explained by its terms (spec/estimates.md).
///
/// Recovery time and data loss describe the loss of one region: the region that serves traffic
/// (where several regions serve, the one whose loss takes longest to recover from, then loses
/// the most data). An empty optional is a figure that does not exist, with the reason in the
/// matching basis (`rtoReason`, `rpoBasis`, `availabilityBasis`).
struct Estimate {
    DeploymentModel deploymentModel = DeploymentModel::ActivePassive;

    double monthlyCostUsd = 0;
    std::vector<CostLine> costBreakdown;  ///< one line per component that is not a region, id order

    /// The region component whose loss the RTO and RPO describe; empty when nothing serves.
    QString failedRegion;
    QString failedLocation;  ///< its Azure location ("eastus2")

    std::optional<double> rtoSeconds;
    std::vector<Term> rtoBreakdown;  ///< the terms that add up to the RTO, in recovery order
    QString rtoReason;               ///< why there is no RTO (when rtoSeconds is empty)

    std::optional<double> rpoSeconds;
    std::vector<Term> rpoBreakdown;  ///< the data loss of each data store the clusters use
    QString rpoBasis;                ///< which store sets the RPO, or why the data is lost

    std::optional<double> availabilityPercent;
    std::vector<Term> availabilityBreakdown;  ///< the factors of the composite SLA
    QString availabilityBasis;  ///< the formula with its values, or why there is none

    /// Things a reviewer should know: values not priced, capacity short after a failover …
    QStringList notes;
    /// Keys of the design's `assumptions` the catalog does not know (they change nothing).
    QStringList ignoredAssumptions;

    bool operator==(const Estimate &o) const = default;
};

/// The design's figures under one deployment model (the trade-off chart's points).
struct Alternative {
    DeploymentModel deploymentModel = DeploymentModel::ActivePassive;
    /// True for the design's own model: the figures are those of the design as it is.
    bool asDesigned = false;
    QString transformation;  ///< what was changed to get there (translated)
    double monthlyCostUsd = 0;
    std::optional<double> rtoSeconds;
    std::optional<double> rpoSeconds;
    std::optional<double> availabilityPercent;
    QString rtoReason;
    QString availabilityBasis;

    bool operator==(const Alternative &o) const = default;
};

/// How an estimate is made.
struct EstimateOptions {
    /// The region component whose loss the RTO and RPO describe; empty: the serving region
    /// whose loss is worst.
    QString failedRegion;
    /// Whether each cost line carries its terms and basis. Without them the lines hold their
    /// figures only, which is much cheaper on a large design; a line's terms can be had later
    /// (LiveEstimator::costLine()).
    bool costTerms = true;
};

/// Estimates a design as it is. Never throws, whatever the design holds; values the catalog
/// does not know (an unknown VM size) are left out and named in `notes`.
Estimate estimateDesign(const Design &design, const Catalog &catalog,
                        const EstimateOptions &options = {});
/// The same, with the built-in catalog.
Estimate estimateDesign(const Design &design);

/// The region component whose loss the design's recovery figures describe (see Estimate); when
/// no cluster serves traffic, the region of the first running cluster, else of the first
/// cluster; empty when the design has no cluster in a region.
QString servingRegion(const Design &design, const Catalog &catalog);

/// The design as if it were built for `model` (spec/estimates.md, docs/estimates.md), around
/// the serving region R (servingRegion(), or `failedRegion` when given), whose components are
/// kept as designed. With F the steady node count of R's running clusters:
/// - active-active: every other cluster running at max(nodeCount, F), no activation; every
///   global router edge at priority 1;
/// - active-passive: every other cluster running at its autoscale minimum (its node count
///   without autoscale), at most F, with autoscale up to at least F; router edges into R at
///   priority 1, the others at 2 or worse; Traffic Manager routing by priority;
/// - passive-cold: as active-passive, but the other clusters stopped with manual activation;
/// - single-region: only R, its components and the global ones; registries lose their
///   geo-replicas.
/// The result's deploymentModel is `model`.
Design transformForModel(const Design &design, DeploymentModel model, const Catalog &catalog,
                         const QString &failedRegion = {});
Design transformForModel(const Design &design, DeploymentModel model);

/// One sentence saying what transformForModel changes for `model` (translated).
QString transformationText(DeploymentModel model);

/// The design under each of the four models, in the order of DeploymentModel. The design's own
/// model is the design as it is (asDesigned); the others are transformForModel(). All four
/// describe the loss of the same region (the design's serving region), so that they compare.
std::vector<Alternative> alternatives(const Design &design, const Catalog &catalog);

/// The monthly cost of each component kind, indexed by ComponentKind.
std::array<double, ComponentKindCount> costByKind(const Estimate &estimate);

/// A parameter of the estimates a user may want to change in the assumptions dialog: every
/// catalog entry that is an assumption (workload volumes, operator times, prices that were not
/// found) and the price multiplier of each region the design uses.
struct EstimateParameter {
    QString id;          ///< the key to set in the design's `assumptions`
    QString label;       ///< what it is (translated)
    QString unit;
    double defaultValue = 0;  ///< the catalog's value
    std::optional<double> value;  ///< the design's override, when it has one
    QString basis;       ///< the catalog's source and note: why the default holds
    QString asOf;
};
std::vector<EstimateParameter> estimateParameters(const Design &design, const Catalog &catalog);

/// A figure for people: "1 h 6 min", "15 min", "36 s".
QString formatDuration(double seconds);
/// A duration as formatDuration writes it from a minute up; below a minute the seconds as they
/// are ("0.5 s", "36 s").
QString formatSeconds(double seconds);
/// "1,234.56 USD"
QString formatMoney(double usd);
/// An availability in percent with four decimals ("99.5757 %"), or as many more (up to eight)
/// as it takes for a figure below 100 not to read "100.0000 %".
QString formatPercent(double percent);
/// A term's amount for people, in its unit: money through `money`, seconds through
/// formatDuration (below a minute as they are: "0.5 s"), percentages through formatPercent,
/// a factor as "× 1.2".
QString formatTermAmount(const Term &term, QString (*money)(double) = formatMoney);
/// Where a term's figure comes from: "frontDoor.sla (primary, 2024-08-16)"; empty when it
/// comes from no catalog entry.
QString formatTermSource(const Term &term);

}  // namespace continuity
