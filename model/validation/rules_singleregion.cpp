// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Single-region, the baseline: with one region, the availability zones are the only defence,
// so every running cluster spreads its nodes over all three.

#include "model/kinds.h"
#include "model/validation/rulekit.h"

namespace continuity::rules {

void singleRegionComponent(const Context &ctx, const Component &c, Findings &out)
{
    if (c.kind != ComponentKind::AksCluster)
        return;  // spares the lookup below
    const DesignGraph &g = ctx.graph;
    const ClusterFacts *f = g.cluster(c.id);
    // No zones at all is GEN-003's finding; this rule is about a partial spread.
    if (!f || !f->running || f->zones == 0 || !g.regionHasZones(f->region))
        return;
    const QString name = nameOf(g, c.id);
    const QString region = regionLabel(g, f->region);
    const int zones = zoneCount(f->zones);
    const QString hint = tr("Set the zones of %1 to 1, 2 and 3, and run at least 3 nodes.")
                             .arg(name);
    if (zones < 3)
        out.push_back(make("SR-001",
                           tr("%1 spreads its nodes over only %2 of the three availability "
                              "zones of %3.")
                               .arg(name, QString::number(zones), region),
                           {c.id}, hint));
    else if (f->nodeCount >= 0 && f->nodeCount < 3)
        out.push_back(make("SR-001",
                           tr("%1 runs %n node(s), too few to cover the three availability zones "
                              "of %2.",
                              f->nodeCount)
                               .arg(name, region),
                           {c.id}, hint));
}

}  // namespace continuity::rules
