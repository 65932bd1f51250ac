// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/estimation/context.h"
#include "model/estimation/estimate.h"

namespace continuity::estimation {

/// The monthly cost of one component (not a region) in the context's scenario, with its terms
/// when `withTerms` (else only monthlyUsd, component and kind are set). Values the catalog does
/// not know are left out; `notes` (when given) receives a sentence for each.
CostLine costLine(const Context &ctx, const Component &component, bool withTerms,
                  QStringList *notes = nullptr);

/// The monthly prices of one cluster, its region's multiplier applied: a running cluster costs
/// `tierMonthly + nodeCount × (vmMonthly + diskMonthly)`, a stopped one `nodeCount ×
/// diskMonthly`.
struct ClusterPrices {
    double tierMonthly = 0;
    double vmMonthly = 0;    ///< one node's VM; 0 when its size is not in the catalog
    double diskMonthly = 0;  ///< one node's OS disk

    double monthly(bool running, int nodeCount) const;
};
ClusterPrices clusterPrices(const Context &ctx, const Component &cluster);

}  // namespace continuity::estimation
