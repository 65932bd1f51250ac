// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/catalog/catalog.h"
#include "model/estimation/estimate.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace continuity {

class DesignGraph;

// The terms of recovery, one function each, so that the RTO estimate and the failure-drill
// simulator's timeline add up the same durations from the same sources (spec/estimates.md,
// "Recovery time"). Each term's amount is in seconds. `assumptions` is the design's overrides of
// catalog entries.

/// Detection of a lost origin by a global router. Front Door: probe interval × (sampleSize −
/// successfulSamplesRequired + 1); Traffic Manager: (toleratedFailures + 1) × probe interval +
/// DNS TTL. A value set on the component wins over the catalog's default.
Term routerDetectionTerm(const Component &router, const Catalog &catalog,
                         const nlohmann::json &assumptions);
double routerDetectionSeconds(const Component &router, const Catalog &catalog,
                              const nlohmann::json &assumptions);
/// Clients repointed by hand, where no global router can move the traffic (assumption).
Term manualSwitchoverTerm(const Catalog &catalog, const nlohmann::json &assumptions);
/// The decision to start a cold cluster: by a person (manual) or by an event.
Term activationDecisionTerm(ActivationTrigger trigger, const Catalog &catalog,
                            const nlohmann::json &assumptions);
/// Starting a stopped cluster until it serves.
Term clusterStartTerm(const Catalog &catalog, const nlohmann::json &assumptions);
/// Adding nodes when the clusters that take over must grow to carry the load.
Term scaleOutTerm(const Catalog &catalog, const nlohmann::json &assumptions);
/// Restoring a cluster's state and volumes from a backup.
Term restoreTerm(const Catalog &catalog, const nlohmann::json &assumptions);

/// How one data store (a database or a storage account) comes back when some components are
/// lost: failing over to a surviving replica, restoring from geo-redundant backups, or not at
/// all.
struct DataRecovery {
    QString store;
    bool recoverable = true;
    /// The time until the data takes writes again, when it must fail over or be restored;
    /// empty when nothing needs to move (its primary copy survives).
    std::optional<Term> failover;
    Term dataLoss;   ///< the data lost, in seconds (meaningful when recoverable)
    QString reason;  ///< how it recovers, or why it cannot (translated)
};

/// The recovery of `store` when every component for which `survives` is false is lost (the store
/// itself among them). Azure SQL without a surviving replica comes back by geo-restore; other
/// engines, and storage that is not geo-redundant, are lost.
DataRecovery dataRecovery(const DesignGraph &graph, const Catalog &catalog,
                          const nlohmann::json &assumptions, const QString &store,
                          const std::function<bool(const QString &id)> &survives);

}  // namespace continuity
