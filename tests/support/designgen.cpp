// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "tests/support/designgen.h"

#include <QStringList>

#include <random>

namespace continuity::testsupport {

namespace {

// Locations with availability zones and pairs, cycled over the generated regions.
const char *const kLocations[] = {"eastus2",      "centralus",   "westeurope",   "northeurope",
                                  "canadacentral", "uksouth",    "japaneast",    "australiaeast",
                                  "eastus",       "westus2",     "francecentral", "koreacentral"};

// The regional kinds a region is filled with, in this order, repeatedly.
const ComponentKind kRegional[] = {
    ComponentKind::ApplicationGateway, ComponentKind::AksCluster,   ComponentKind::KeyVault,
    ComponentKind::LogAnalytics,       ComponentKind::Firewall,     ComponentKind::Database,
    ComponentKind::StorageAccount,     ComponentKind::ContainerRegistry,
    ComponentKind::AksCluster,         ComponentKind::BackupVault};

}  // namespace

Design generateDesign(int componentCount, unsigned seed)
{
    std::mt19937 rng(seed);
    Design d;
    d.name = QStringLiteral("Generated %1").arg(componentCount);
    d.deploymentModel = DeploymentModel::ActiveActive;

    const int regionCount = std::max(1, componentCount / 50);
    const int globals = std::max(2, componentCount / 1000);
    const int regional = std::max(regionCount, componentCount - regionCount - globals - 1);
    const int perRegion = (regional + regionCount - 1) / regionCount;
    const int columns = 20;
    const int cols = 7;
    const double boxW = 160, boxH = 120;
    const double regionW = cols * boxW + 40, regionH = ((perRegion + cols - 1) / cols) * boxH + 80;

    auto add = [&](Component c) { d.components[c.id] = std::move(c); };
    auto link = [&](const QString &from, const QString &to, nlohmann::json props = {}) {
        Connection c;
        c.id = QStringLiteral("k%1").arg(d.connections.size(), 6, 10, QLatin1Char('0'));
        c.from = from;
        c.to = to;
        if (props.is_object())
            c.properties = std::move(props);
        d.connections[c.id] = std::move(c);
    };

    QStringList routers;
    for (int g = 0; g < globals; ++g) {
        Component c;
        c.id = QStringLiteral("afd%1").arg(g);
        c.kind = ComponentKind::FrontDoor;
        c.name = QStringLiteral("Front Door %1").arg(g);
        c.pos = QPointF(g * 400, -300);
        routers << c.id;
        add(std::move(c));
    }
    {
        Component policy;
        policy.id = QStringLiteral("fwpolicy");
        policy.kind = ComponentKind::FirewallPolicy;
        policy.name = QStringLiteral("Firewall policy");
        policy.pos = QPointF(-400, -300);
        add(std::move(policy));
    }

    std::vector<QStringList> regionMembers(static_cast<std::size_t>(regionCount));
    for (int r = 0; r < regionCount; ++r) {
        Component region;
        region.id = QStringLiteral("r%1").arg(r, 3, 10, QLatin1Char('0'));
        region.kind = ComponentKind::Region;
        region.name = QStringLiteral("Region %1").arg(r);
        region.properties["location"] = kLocations[r % std::size(kLocations)];
        const QPointF origin((r % columns) * (regionW + 80), (r / columns) * (regionH + 80));
        region.pos = origin;
        region.size = QSizeF(regionW, regionH);
        const int count = regional / regionCount + (r < regional % regionCount ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            Component c;
            c.kind = kRegional[i % std::size(kRegional)];
            c.id = QStringLiteral("%1-%2").arg(region.id).arg(i, 2, 10, QLatin1Char('0'));
            c.name = QStringLiteral("%1 %2").arg(toString(c.kind)).arg(i);
            c.parent = region.id;
            c.pos = origin + QPointF(20 + (i % cols) * boxW, 60 + (i / cols) * boxH);
            if (c.kind == ComponentKind::AksCluster) {
                c.properties["nodeCount"] = 3 + static_cast<int>(rng() % 6);
                c.properties["autoscale"] = {{"minCount", 3}, {"maxCount", 12}};
            }
            regionMembers[static_cast<std::size_t>(r)] << c.id;
            add(std::move(c));
        }
        add(std::move(region));
    }

    // Local wiring: per cluster, traffic from the region's gateway and `uses` of the region's
    // vault, workspace, database and storage (one connection per component on average). Long
    // wiring, half a connection per component, spans the canvas: routers to every gateway, the
    // policy to every firewall, databases replicating to the far side, clusters using a far
    // registry.
    auto firstOf = [&](const QStringList &members, ComponentKind kind) {
        for (const QString &id : members) {
            if (d.components.at(id).kind == kind)
                return id;
        }
        return QString();
    };
    QStringList gateways, firewalls, databases, registries;
    for (const QStringList &members : regionMembers) {
        for (const QString &id : members) {
            switch (d.components.at(id).kind) {
            case ComponentKind::ApplicationGateway: gateways << id; break;
            case ComponentKind::Firewall: firewalls << id; break;
            case ComponentKind::Database: databases << id; break;
            case ComponentKind::ContainerRegistry: registries << id; break;
            default: break;
            }
        }
    }
    for (std::size_t r = 0; r < regionMembers.size(); ++r) {
        const QStringList &members = regionMembers[r];
        const QString gateway = firstOf(members, ComponentKind::ApplicationGateway);
        const QString uses[] = {firstOf(members, ComponentKind::KeyVault),
                                firstOf(members, ComponentKind::LogAnalytics),
                                firstOf(members, ComponentKind::Database),
                                firstOf(members, ComponentKind::StorageAccount)};
        for (const QString &id : members) {
            if (d.components.at(id).kind != ComponentKind::AksCluster)
                continue;
            if (!gateway.isEmpty())
                link(gateway, id);
            for (const QString &target : uses) {
                if (!target.isEmpty())
                    link(id, target);
            }
            if (!registries.isEmpty())
                link(id, registries[static_cast<int>(rng() % registries.size())]);
        }
    }
    for (int i = 0; i < gateways.size(); ++i)
        link(routers[i % routers.size()], gateways[i], {{"priority", 1}, {"weight", 50}});
    for (const QString &fw : firewalls)
        link(QStringLiteral("fwpolicy"), fw);
    for (int i = 0; i < databases.size(); ++i)
        link(databases[i], databases[(i + databases.size() / 2) % databases.size()]);
    return d;
}

}  // namespace continuity::testsupport
