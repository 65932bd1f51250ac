// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/estimate.h"
#include "model/estimation/recovery.h"
#include "model/graph.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuity {

/// One failure a drill applies (spec/cli.md, `--fail`).
struct DrillFailure {
    enum class Kind { Component, Region, Zone };
    Kind kind = Kind::Component;
    QString text;       ///< as the user names it: "aks-1", "region:eastus2", "zone:eastus2:1"
    QString component;  ///< Component: the component's id
    QString location;   ///< Region, Zone: the Azure location
    int zone = 0;       ///< Zone: 1–3

    bool operator==(const DrillFailure &o) const = default;
};

/// Reads a failure target against a design: a component id, `region:LOCATION` (a location some
/// region component of the design has, or else a region component's id) or `zone:LOCATION:N`
/// (N 1–3, in a location with availability zones). nullopt, with a sentence naming the target
/// in `error`, when the target is malformed or names nothing in the design.
std::optional<DrillFailure> parseDrillFailure(const DesignGraph &graph, const QString &text,
                                              QString *error = nullptr);

/// What happens at one step of a drill's timeline.
enum class DrillStepKind {
    Failure,             ///< the failures strike (at 0 s)
    Detection,           ///< a global router marks the lost origins down and moves the traffic
    Switchover,          ///< clients are repointed by hand (no router can move the traffic)
    ActivationDecision,  ///< a person or an event decides to start the stopped clusters
    ClusterStart,        ///< the stopped clusters run
    ScaleOut,            ///< the autoscaler has added the nodes the load needs
    Restore,             ///< the clusters' state is restored from a backup
    DataFailover,        ///< the data the clusters use takes writes again
    Serving,             ///< the service answers again (after a takeover)
    Recovered,           ///< every step is done (the service never stopped)
};
QString toString(DrillStepKind kind);  ///< "failure", "detection", …

/// One step of the timeline: the moment it completes and the recovery term that led to it.
struct DrillStep {
    double atSeconds = 0;
    DrillStepKind kind = DrillStepKind::Failure;
    QString event;             ///< one sentence (translated)
    std::optional<Term> term;  ///< the recovery term (recovery.h) that ends here
    QStringList subjects;      ///< the component ids it concerns
};

/// One path the traffic takes: from a global router's edge (through a gateway) to a cluster,
/// with its share of all the traffic. `router` is empty in a design without global routing.
struct TrafficShare {
    QString router;
    QString connection;         ///< the router's edge; empty without a router
    QString gateway;
    QString gatewayConnection;  ///< the gateway → cluster edge
    QString cluster;
    double share = 0;  ///< 0–1 of all the traffic

    bool operator==(const TrafficShare &o) const = default;
};

/// What a canvas shows of a drill at one step: the items down, the traffic that flows, the
/// items that take over.
struct DrillView {
    QStringList failed;    ///< components wholly down
    QStringList degraded;  ///< components that lost some of their zones but still run
    std::vector<TrafficShare> traffic;
    QStringList takeover;  ///< clusters that serve and data stores that take writes, new roles

    bool operator==(const DrillView &o) const = default;
};

/// The outcome of a drill (docs/drills.md). Times in seconds from the failure.
struct DrillResult {
    std::vector<DrillFailure> failures;
    QStringList failed;
    QStringList degraded;

    /// Whether some traffic is served once recovery completes.
    bool survives = false;
    QString verdict;  ///< one sentence: how it survives, or why not (translated)

    QStringList servingBefore;    ///< clusters that served traffic before the failure
    QStringList servingClusters;  ///< clusters that serve once recovery completes
    QStringList takeover;         ///< see DrillView::takeover
    std::vector<TrafficShare> trafficBefore;  ///< the paths of before that still work
    std::vector<TrafficShare> trafficAfter;   ///< the paths once recovery completes

    /// How long no request is answered: 0 when a cluster that served before keeps serving,
    /// else until the takeover serves. Empty when the service does not survive.
    std::optional<double> downtimeSeconds;
    /// Until every step is done (full capacity, data taking writes); the same sum of terms as
    /// the RTO estimate. Empty when the service does not survive.
    std::optional<double> recoverySeconds;
    /// How long part of the traffic still goes to lost origins (0 when none does).
    double partialOutageSeconds = 0;
    double lostSharePercent = 0;  ///< the part of the traffic that went to what was lost

    /// The data lost, in seconds of writes; empty when some data cannot be recovered.
    std::optional<double> dataLossSeconds;
    QString dataLossBasis;
    std::vector<DataRecovery> data;  ///< each data store that had to move

    double loadNodes = 0;      ///< the nodes that served before (steady counts)
    double capacityNodes = 0;  ///< what the serving clusters reach after (autoscale)
    double capacityPercent = 0;  ///< capacityNodes against loadNodes, at most 100

    std::vector<DrillStep> steps;
    int trafficMovesAt = 0;  ///< the first step from which trafficAfter flows
    QStringList notes;

    /// The canvas state at `step` (clamped to the timeline).
    DrillView viewAt(int step) const;
};

/// Runs a drill: what still serves after `failures` and how it gets there. Never changes the
/// design. The durations come from the recovery terms (recovery.h) in the order the RTO
/// estimate adds them, so that losing the serving region gives recoverySeconds equal to the
/// estimate's RTO. Linear in the size of the design.
DrillResult runDrill(const DesignGraph &graph, const std::vector<DrillFailure> &failures);

/// The failure targets (component ids, `region:LOCATION`, `zone:LOCATION:N`) whose failure
/// alone stops the service, sorted: components first, then regions, then zones.
struct SinglePointsOfFailure {
    QStringList targets;
    bool servesBefore = false;  ///< false: nothing serves even without a failure (empty list)
    int candidates = 0;         ///< the targets that needed a drill to decide
};
SinglePointsOfFailure singlePointsOfFailure(const DesignGraph &graph);

}  // namespace continuity
