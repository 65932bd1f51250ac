// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/catalog/catalog.h"
#include "model/estimation/scenario.h"
#include "model/graph.h"

#include <QHash>

#include <nlohmann/json.hpp>

namespace continuity::estimation {

/// What every estimator reads: the design through its graph, the catalog, the design's
/// overrides of catalog entries, and the scenario (the design as it is, or transformed).
struct Context {
    const DesignGraph &graph;
    const Catalog &catalog;
    const nlohmann::json &assumptions;
    const Scenario &scenario;

    Resolved resolve(const Fact &fact) const { return catalog.resolve(fact, assumptions); }
    double value(const Fact &fact) const { return resolve(fact).value.value_or(0); }
    /// The price multiplier of the region a component sits in (the default one when it sits
    /// in none).
    Resolved multiplierOf(const QString &componentId) const;
    /// The price multiplier of a location.
    Resolved multiplierAt(const QString &location) const;

    /// Multipliers already resolved, by location: every regional component asks for one.
    mutable QHash<QString, Resolved> multipliers = {};
};

}  // namespace continuity::estimation
