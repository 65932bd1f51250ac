// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Passive-cold: a stopped cluster, brought up by hand or by an event when the running one is
// lost, restored from a backup vault it can actually restore from, sized to take the load.

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"

#include <set>

namespace continuity::rules {

namespace {

const ClusterFacts *largestRunning(const DesignGraph &g)
{
    const ClusterFacts *largest = nullptr;
    for (const ClusterFacts *f : clusterFacts(g)) {
        if (f->running && (!largest || f->nodeCount > largest->nodeCount))
            largest = f;
    }
    return largest;
}

QString zonesText(unsigned zones)
{
    QStringList parts;
    for (int z = 1; z <= 3; ++z) {
        if (zones & (1u << (z - 1)))
            parts << QString::number(z);
    }
    return parts.isEmpty() ? tr("no zones") : tr("zones %1").arg(parts.join(QStringLiteral(", ")));
}

}  // namespace

void passiveColdComponent(const Context &ctx, const Component &c, Findings &out)
{
    if (c.kind != ComponentKind::AksCluster)
        return;  // spares the lookup below
    const DesignGraph &g = ctx.graph;
    const ClusterFacts *f = g.cluster(c.id);
    if (!f)
        return;
    const QString name = nameOf(g, c.id);
    if (!f->running) {
        if (enumValue(c, "activation") == QLatin1String("none"))
            out.push_back(make("PC-002",
                               tr("%1 is cold, but nothing is set to bring it up: its activation "
                                  "is none.")
                                   .arg(name),
                               {c.id},
                               tr("Set the activation of %1 to manual (an operator starts it) or "
                                  "event (an alert starts it).")
                                   .arg(name)));
        const Fact &retention = ctx.catalog.aksStoppedStateRetention();
        out.push_back(make("PC-007",
                           retention.value
                               ? tr("%1 is stopped: it may fail to start in a capacity-constrained "
                                    "region, and AKS keeps a stopped cluster's state for %2 "
                                    "months.")
                                     .arg(name, QString::number(*retention.value))
                               : tr("%1 is stopped: it may fail to start in a capacity-constrained "
                                    "region.")
                                     .arg(name),
                           {c.id},
                           tr("Start %1 in a failover drill now and then, and plan to restore "
                              "from backup if it does not start.")
                               .arg(name)));
        return;
    }
    bool protectedByVault = false;
    for (const QString &vault : g.protectorsOf(c.id)) {
        const Component *v = g.component(vault);
        protectedByVault = protectedByVault || (v && v->kind == ComponentKind::BackupVault);
    }
    if (!protectedByVault) {
        const QString region = f->region.isEmpty() ? tr("its region") : regionLabel(g, f->region);
        out.push_back(make("PC-003",
                           tr("%1 is not protected by a backup vault, so there is nothing to "
                              "restore the cold cluster from.")
                               .arg(name),
                           {c.id},
                           tr("Add a Backup vault in %1 and connect it to %2 (protects).")
                               .arg(region, name)));
    }
}

void coldClusterExists(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    for (const ClusterFacts *f : clusterFacts(g)) {
        if (!f->running)
            return;
    }
    out.push_back(make("PC-001",
                       tr("No cluster is cold (stopped): passive-cold keeps a stopped cluster to "
                          "start when the running one is lost."),
                       toList(g.clusterIds()),
                       tr("Set the standby cluster's state to stopped, with an activation of "
                          "manual or event.")));
}

void restorableBackups(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    std::set<QString> vaults;
    for (const ClusterFacts *f : clusterFacts(g)) {
        if (!f->running)
            continue;
        for (const QString &v : g.protectorsOf(f->id)) {
            const Component *vault = g.component(v);
            if (vault && vault->kind == ComponentKind::BackupVault)
                vaults.insert(v);
        }
    }
    if (vaults.empty())
        return;  // PC-003 says so
    for (const ClusterFacts *cold : clusterFacts(g)) {
        if (cold->running || cold->region.isEmpty())
            continue;
        const QString coldKey = clusterKey(*cold);
        QString reason;
        QString blocking;
        bool restorable = false;
        for (const QString &v : vaults) {
            const Component &vault = *g.component(v);
            const QString vaultRegion = g.regionOf(v);
            if (vaultRegion.isEmpty() || regionKey(g, vaultRegion) == coldKey) {
                // Same region, or a vault the structure rules already flag: nothing to say.
                restorable = true;
                break;
            }
            const QString from = g.locationOf(vaultRegion);
            QString why;
            if (enumValue(vault, "tier") != QLatin1String("vault"))
                why = tr("an operational-tier vault restores in its own region only");
            else if (!boolValue(vault, "crossRegionRestore"))
                why = tr("cross-region restore is off");
            else if (!ctx.catalog.arePaired(from, cold->location))
                why = tr("cross-region restore reaches the paired region only, and %1 is not "
                         "the pair of %2")
                          .arg(regionLabel(g, cold->region), regionLabel(g, vaultRegion));
            if (why.isEmpty()) {
                restorable = true;
                break;
            }
            if (blocking.isEmpty()) {
                blocking = v;
                reason = why;
            }
        }
        if (restorable)
            continue;
        QStringList subjects = toList(std::vector<QString>(vaults.begin(), vaults.end()));
        subjects << cold->id;
        out.push_back(make("PC-004",
                           tr("Backups in %1 cannot be restored to %2 in %3: %4.")
                               .arg(nameOf(g, blocking), nameOf(g, cold->id),
                                    regionLabel(g, cold->region), reason),
                           subjects,
                           tr("Use a vault-tier Backup vault with cross-region restore, and put "
                              "%1 in the paired region of the vault (or in the vault's own "
                              "region).")
                               .arg(nameOf(g, cold->id))));
    }
}

void coldApart(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const std::vector<const ClusterFacts *> all = clusterFacts(g);
    for (const ClusterFacts *cold : all) {
        const QString key = clusterKey(*cold);
        if (cold->running || key.isEmpty())
            continue;
        for (const ClusterFacts *running : all) {
            if (!running->running || clusterKey(*running) != key || running->zones != cold->zones)
                continue;
            out.push_back(make("PC-005",
                               tr("The cold %1 and the running %2 share %3 and %4: one failure "
                                  "can take both.")
                                   .arg(nameOf(g, cold->id), nameOf(g, running->id),
                                        regionLabel(g, cold->region), zonesText(cold->zones)),
                               {cold->id, running->id},
                               tr("Put %1 in another region, or at least in other zones than "
                                  "%2.")
                                   .arg(nameOf(g, cold->id), nameOf(g, running->id))));
        }
    }
}

void coldScale(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const ClusterFacts *primary = largestRunning(g);
    if (!primary)
        return;
    for (const ClusterFacts *cold : clusterFacts(g)) {
        if (cold->running || cold->capacity >= primary->nodeCount)
            continue;
        out.push_back(make("PC-006",
                           tr("%1 can grow to %2 nodes only, fewer than the %3 nodes of the "
                              "running %4.")
                               .arg(nameOf(g, cold->id), QString::number(cold->capacity),
                                    QString::number(primary->nodeCount), nameOf(g, primary->id)),
                           {cold->id, primary->id},
                           tr("Set the autoscale maximum of %1 to at least %2, so that it can "
                              "take the load once started.")
                               .arg(nameOf(g, cold->id), QString::number(primary->nodeCount))));
    }
}

}  // namespace continuity::rules
