// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/context.h"
#include "model/estimation/estimate.h"

namespace continuity::estimation {

/// The composite SLA of the path a request takes (spec/estimates.md, "Availability"):
/// the global routers × [1 − ∏(1 − region)] over the regions that actively serve × the services
/// every serving region uses. A region is 1 − ∏(1 − cluster path) over its active clusters; a
/// cluster path is its gateways (in parallel) × the cluster's uptime SLA × the services only
/// some regions use. Passive and cold clusters add nothing: traffic reaches them only after a
/// failover, whose outage the RTO measures.
struct AvailabilityOutcome {
    std::optional<double> fraction;  ///< 0–1; empty: no figure (Free tier, nothing serves)
    std::vector<Term> terms;         ///< amounts in percent
    QString basis;
};
AvailabilityOutcome availabilityOf(const Context &ctx, bool withTerms);

}  // namespace continuity::estimation
