// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/context.h"
#include "model/estimation/recovery.h"

#include <QHash>

#include <functional>
#include <utility>

namespace continuity::estimation {

/// Sums over clusters that every region loss reads: what runs, what waits stopped.
struct ClusterTally {
    // Node counts come from the design as written: wide sums, so that no count overflows.
    qint64 running = 0;
    qint64 runningSteady = 0;    ///< node counts
    qint64 runningGrowable = 0;  ///< what autoscale lets them reach
    qint64 cold = 0;
    qint64 coldSteady = 0;
    qint64 coldGrowable = 0;
    qint64 coldManual = 0;  ///< stopped clusters without event activation

    /// Adds (sign 1) or takes away (sign -1) one cluster.
    void add(const ClusterState &state, int sign);
};

/// Which clusters a global router reaches: route counts by region of the cluster.
struct RouterReach {
    QHash<QString, int> running;
    QHash<QString, int> cold;
    QHash<QString, int> any;
    int runningTotal = 0;
    int coldTotal = 0;
    int anyTotal = 0;
    double detectionSeconds = 0;  ///< how long the router takes to notice a lost origin
};

/// What the loss of any one region needs, gathered in one pass over the clusters and routes of
/// the scenario.
struct RecoveryIndex {
    RecoveryIndex() = default;
    explicit RecoveryIndex(const Context &ctx);

    QHash<QString, ClusterTally> regions;  ///< by region component id ("" for none)
    ClusterTally total;
    QHash<QString, RouterReach> routers;
    std::vector<QString> servingRegions;  ///< regions holding an active cluster, sorted
    /// Where the stopped clusters are: {region id, location}.
    std::vector<std::pair<QString, QString>> coldClusters;
};

/// Whether a backup of the clusters in a lost region can be restored into a surviving cold
/// cluster, and how much data it loses.
struct BackupRestore {
    bool protectedByVault = false;
    bool restorable = false;
    std::optional<Term> loss;
    QString reason;  ///< why it cannot be restored
};

/// The data recovery of a store for the loss of its own region; `used` says whether a cluster
/// of the scenario uses it (only used stores count).
struct StoreOutcome {
    bool used = false;
    DataRecovery recovery;
};
StoreOutcome storeOutcome(const Context &ctx, const QString &store, bool withTerms);
using StoreLookup = std::function<const StoreOutcome &(const QString &store)>;

/// The parts of a region's loss that node counts do not change: how its data comes back, and
/// the backup to restore when the survivors are stopped.
struct LossStatics {
    std::vector<DataRecovery> data;
    BackupRestore backup;
};
/// `stores`, when given, answers for the stores in the region (valid only while the scenario
/// includes every component). `coldLocations` are the locations of the stopped clusters that
/// would take over.
LossStatics lossStatics(const Context &ctx, const QString &region, bool survivorsAreCold,
                        const std::vector<QString> &coldLocations, bool withTerms,
                        const StoreLookup *stores = nullptr);

/// A global router that sends traffic into the lost region, and what it reaches elsewhere.
struct RouterPath {
    QString router;
    double detectionSeconds = 0;
    int toRunning = 0;  ///< routes to running clusters outside the region
    int toCold = 0;     ///< routes to stopped clusters outside the region
};

/// Everything a region loss is computed from.
struct LossInputs {
    ClusterTally lost;   ///< the clusters in the region
    ClusterTally total;  ///< every cluster
    std::vector<RouterPath> routers;
    const LossStatics *statics = nullptr;
};

/// The loss of one region: recovery time and data loss, with their terms when asked for.
struct RegionLoss {
    QString region;
    std::optional<double> rto;
    std::vector<Term> rtoTerms;
    QString rtoReason;
    std::optional<double> rpo;
    std::vector<Term> rpoTerms;
    QString rpoBasis;
    QStringList notes;
};

/// Whether the clusters that would take over after losing `lost` are stopped ones.
bool survivorsAreCold(const ClusterTally &lost, const ClusterTally &total);
/// The routers of an index that send traffic into `region`.
std::vector<RouterPath> routerPaths(const RecoveryIndex &index, const QString &region);
/// The locations of the stopped clusters outside `region`.
std::vector<QString> coldLocationsOutside(const RecoveryIndex &index, const QString &region);

/// Composes the figures (and terms) of a region loss from its inputs: the one place where the
/// recovery terms are added up.
RegionLoss composeLoss(const Context &ctx, const QString &region, const LossInputs &inputs,
                       bool withTerms);

/// Recovery from losing `region` in the context's scenario.
RegionLoss regionLoss(const Context &ctx, const RecoveryIndex &index, const QString &region,
                      bool withTerms, const StoreLookup *stores = nullptr);

/// Among the serving regions, the one whose loss takes longest to recover from (no recovery is
/// longest), then loses the most data; the first by id on a tie. Empty when nothing serves.
/// `statics` gives a region's statics (the default computes them without terms).
QString worstServingRegion(const Context &ctx, const RecoveryIndex &index,
    const StoreLookup *stores = nullptr,
    const std::function<const LossStatics &(const QString &)> *statics = nullptr);

}  // namespace continuity::estimation
