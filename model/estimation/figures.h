// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/availability.h"
#include "model/estimation/regionloss.h"

namespace continuity::estimation {

/// The region a design's recovery figures describe: the serving region whose loss is worst;
/// when nothing serves, the region of the first running cluster, else of the first cluster.
QString servingRegionOf(const Context &ctx, const RecoveryIndex &index,
                        const StoreLookup *stores = nullptr);
/// The region of the first running cluster, else of the first cluster: the serving region of a
/// design in which nothing serves.
QString fallbackServingRegion(const Context &ctx);

/// Fills the recovery part of an estimate for the loss of `region` (empty: nothing serves).
void applyRecovery(Estimate &e, const Context &ctx, const RecoveryIndex &index,
                   const QString &region);
/// Fills the availability part of an estimate.
void applyAvailability(Estimate &e, const AvailabilityOutcome &outcome);

/// The figures of one alternative, with the cost given: recovery for the loss of `region`.
Alternative alternativeOf(const Context &ctx, const RecoveryIndex &index, const QString &region,
                          double monthlyCostUsd, const AvailabilityOutcome &availability,
                          const StoreLookup *stores = nullptr);

/// An alternative from its figures; `loss` empty: nothing serves.
Alternative makeAlternative(DeploymentModel model, bool asDesigned, double monthlyCostUsd,
                            const std::optional<RegionLoss> &loss,
                            const AvailabilityOutcome &availability);

/// The reason given when no cluster serves traffic.
QString nothingServesText();

}  // namespace continuity::estimation
