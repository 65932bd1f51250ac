// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Every validation rule, table-driven: designs where it fires (with the subjects it names) and
// near-misses where it must stay quiet. Each design is a small clean baseline of its model with
// one change.

#include "model/design.h"
#include "model/kinds.h"
#include "model/validation/validator.h"

#include <QSet>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace continuity;
using nlohmann::json;

Q_DECLARE_METATYPE(continuity::Design)
Q_DECLARE_METATYPE(continuity::DeploymentModel)

namespace {

using K = ComponentKind;
constexpr auto AA = DeploymentModel::ActiveActive;
constexpr auto AP = DeploymentModel::ActivePassive;
constexpr auto PC = DeploymentModel::PassiveCold;
constexpr auto SR = DeploymentModel::SingleRegion;

// ---- Building designs --------------------------------------------------------------------------

void add(Design &d, K kind, const QString &id, const QString &parent, json props,
         const QString &name)
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.parent = parent;
    c.name = name;
    c.properties = props.is_null() ? json::object() : std::move(props);
    d.components[id] = std::move(c);
}

void link(Design &d, const QString &id, const QString &from, const QString &to,
          json props = json::object(), std::optional<ConnectionKind> kind = std::nullopt)
{
    Connection c;
    c.id = id;
    c.from = from;
    c.to = to;
    c.kind = kind;
    c.properties = std::move(props);
    d.connections[id] = std::move(c);
}

// Sets a property of a component or connection; null removes it.
void set(Design &d, const QString &id, const char *key, json value)
{
    json &props = d.components.count(id) ? d.components.at(id).properties
                                         : d.connections.at(id).properties;
    if (value.is_null())
        props.erase(key);
    else
        props[key] = std::move(value);
}

// Removes a component with its connections, or a connection.
void remove(Design &d, const QString &id)
{
    d.connections.erase(id);
    if (d.components.erase(id)) {
        for (auto it = d.connections.begin(); it != d.connections.end();) {
            if (it->second.from == id || it->second.to == id)
                it = d.connections.erase(it);
            else
                ++it;
        }
    }
}

void place(Design &d, const QString &id, const QString &parent)
{
    d.components.at(id).parent = parent;
}

// Two regions (East US 2 and Central US, a pair), a Front Door to a gateway in front of a
// cluster in each, Key Vault, Log Analytics and a hub firewall per region under one policy, a
// Premium registry replicated to both. No finding under active-active.
Design activeActive()
{
    Design d;
    d.name = QStringLiteral("Baseline");
    d.deploymentModel = AA;
    add(d, K::Region, "r-east", {}, {{"location", "eastus2"}}, "East US 2");
    add(d, K::Region, "r-central", {}, {{"location", "centralus"}}, "Central US");
    add(d, K::FrontDoor, "afd", {}, {}, "Front Door");
    add(d, K::FirewallPolicy, "fwp", {}, {}, "Firewall policy");
    add(d, K::ContainerRegistry, "acr", "r-east",
        {{"sku", "premium"}, {"geoReplicas", {"centralus"}}}, "Registry");
    const struct {
        const char *suffix;
        const char *region;
        const char *label;
    } sides[] = {{"east", "r-east", "East"}, {"central", "r-central", "Central"}};
    for (const auto &s : sides) {
        const QString x = QLatin1String(s.suffix);
        const QString label = QLatin1String(s.label);
        add(d, K::ApplicationGateway, "agw-" + x, s.region, {{"onlyFromFrontDoor", true}},
            "Gateway " + label);
        add(d, K::AksCluster, "aks-" + x, s.region,
            {{"nodeCount", 3}, {"autoscale", {{"minCount", 3}, {"maxCount", 6}}}},
            "AKS " + label);
        add(d, K::KeyVault, "kv-" + x, s.region, {}, "Key Vault " + label);
        add(d, K::LogAnalytics, "log-" + x, s.region, {}, "Logs " + label);
        add(d, K::Firewall, "fw-" + x, s.region, {}, "Firewall " + label);
        link(d, "c-afd-" + x, "afd", "agw-" + x, {{"priority", 1}, {"weight", 50}});
        link(d, "c-agw-" + x, "agw-" + x, "aks-" + x);
        link(d, "c-acr-" + x, "aks-" + x, "acr");
        link(d, "c-fwp-" + x, "fwp", "fw-" + x);
    }
    return d;
}

// The same, East US 2 primary at priority 1 (4 nodes), Central US secondary at priority 2
// (2 nodes, autoscale to 4). No finding under active-passive.
Design activePassive()
{
    Design d = activeActive();
    d.deploymentModel = AP;
    set(d, "c-afd-central", "priority", 2);
    d.components.at("aks-east").properties = {{"nodeCount", 4}};
    d.components.at("aks-central").properties = {
        {"nodeCount", 2}, {"autoscale", {{"minCount", 2}, {"maxCount", 4}}}};
    return d;
}

// No router; East US 2 runs (4 nodes) under a vault-tier backup vault with cross-region
// restore; Central US (its pair) holds the cold cluster, manual activation, autoscale to 4.
// Only PC-007 (an info) under passive-cold.
Design passiveCold()
{
    Design d = activeActive();
    d.deploymentModel = PC;
    remove(d, "afd");
    d.components.at("aks-east").properties = {{"nodeCount", 4}};
    d.components.at("aks-central").properties = {
        {"nodeCount", 2},
        {"autoscale", {{"minCount", 2}, {"maxCount", 4}}},
        {"state", "stopped"},
        {"activation", "manual"}};
    add(d, K::BackupVault, "bv-east", "r-east", {{"tier", "vault"}, {"crossRegionRestore", true}},
        "Backup East");
    link(d, "c-bv-east", "bv-east", "aks-east");
    return d;
}

// One region across three zones. Only GEN-001 (an info) under single-region.
Design singleRegion()
{
    Design d = activeActive();
    d.deploymentModel = SR;
    remove(d, "r-central");
    for (const char *id : {"agw-central", "aks-central", "kv-central", "log-central", "fw-central"})
        remove(d, QLatin1String(id));
    set(d, "acr", "geoReplicas", nullptr);
    return d;
}

Design baseline(DeploymentModel model)
{
    switch (model) {
    case AA: return activeActive();
    case AP: return activePassive();
    case PC: return passiveCold();
    case SR: return singleRegion();
    }
    return {};
}

Design with(DeploymentModel model, const std::function<void(Design &)> &change)
{
    Design d = baseline(model);
    change(d);
    return d;
}

// ---- The tables --------------------------------------------------------------------------------

struct Case {
    const char *rule;
    const char *title;
    DeploymentModel model;
    Design design;
    QStringList subjects;  // of one finding, for the firing cases
};

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QLatin1String(s);
    return out;
}

std::vector<Case> firing()
{
    std::vector<Case> c;
    auto fires = [&](const char *rule, const char *title, DeploymentModel model,
                     const std::function<void(Design &)> &change,
                     std::initializer_list<const char *> subjects) {
        c.push_back({rule, title, model, with(model, change), ids(subjects)});
    };
    // Structure
    fires("STR-001", "a parent that does not exist", AA,
          [](Design &d) { add(d, K::KeyVault, "kv-x", "r-gone", {}, "Vault X"); }, {"kv-x"});
    fires("STR-001", "a connection to an id that does not exist", AA,
          [](Design &d) { link(d, "c-x", "aks-east", "ghost"); }, {"c-x"});
    fires("STR-002", "a regional component outside regions", AA,
          [](Design &d) { add(d, K::KeyVault, "kv-x", {}, {}, "Vault X"); }, {"kv-x"});
    fires("STR-002", "a parent that is not a region", AA,
          [](Design &d) { add(d, K::KeyVault, "kv-x", "aks-east", {}, "Vault X"); }, {"kv-x"});
    fires("STR-002", "a global component inside a region", AA,
          [](Design &d) { place(d, "afd", "r-east"); }, {"afd"});
    fires("STR-003", "two kinds no connection joins", AA,
          [](Design &d) { link(d, "c-x", "kv-east", "log-east"); }, {"c-x"});
    fires("STR-003", "a written kind that does not fit", AA,
          [](Design &d) { d.connections.at("c-afd-east").kind = ConnectionKind::Uses; },
          {"c-afd-east"});
    fires("STR-003", "a database replicating to itself", AA,
          [](Design &d) {
              add(d, K::Database, "db", "r-east", {}, "DB");
              link(d, "c-x", "db", "db");
          },
          {"c-x"});
    fires("STR-004", "a negative node count", AA,
          [](Design &d) { set(d, "aks-east", "nodeCount", -1); }, {"aks-east"});
    fires("STR-004", "an unknown tier", AA, [](Design &d) { set(d, "aks-east", "tier", "gold"); },
          {"aks-east"});
    fires("STR-004", "a zone 4", AA, [](Design &d) { set(d, "aks-east", "zones", {1, 4}); },
          {"aks-east"});
    fires("STR-004", "a zone twice", AA, [](Design &d) { set(d, "fw-east", "zones", {1, 1}); },
          {"fw-east"});
    fires("STR-004", "a text where a number belongs", AA,
          [](Design &d) { set(d, "aks-east", "nodeCount", "three"); }, {"aks-east"});
    fires("STR-004", "autoscale minimum above maximum", AA,
          [](Design &d) {
              set(d, "aks-east", "autoscale", {{"minCount", 5}, {"maxCount", 3}});
          },
          {"aks-east"});
    fires("STR-004", "a geo-replica in an unknown region", AA,
          [](Design &d) { set(d, "acr", "geoReplicas", {"centralus", "atlantis"}); }, {"acr"});
    fires("STR-004", "a Traffic Manager probe interval Azure does not offer", AA,
          [](Design &d) {
              add(d, K::TrafficManager, "tm", {}, {{"probeIntervalSeconds", 20}}, "TM");
          },
          {"tm"});
    fires("STR-004", "an unknown replication mode", AA,
          [](Design &d) {
              add(d, K::Database, "db1", "r-east", {}, "DB 1");
              add(d, K::Database, "db2", "r-central", {}, "DB 2");
              link(d, "c-x", "db1", "db2", {{"mode", "eventual"}});
          },
          {"c-x"});
    fires("STR-005", "an unknown location", AA,
          [](Design &d) { set(d, "r-east", "location", "atlantis"); }, {"r-east"});
    fires("STR-005", "no location", AA, [](Design &d) { set(d, "r-east", "location", nullptr); },
          {"r-east"});
    fires("STR-006", "two regions at one location", AA,
          [](Design &d) { add(d, K::Region, "r-east2", {}, {{"location", "eastus2"}}, "Again"); },
          {"r-east", "r-east2"});
    // General
    fires("GEN-001", "every cluster in one region", AA,
          [](Design &d) { place(d, "aks-central", "r-east"); }, {"r-east"});
    fires("GEN-002", "more nodes than a cluster supports", AA,
          [](Design &d) {
              set(d, "aks-east", "nodeCount", 6000);
              set(d, "aks-east", "autoscale", nullptr);
              set(d, "aks-east", "nodePools", 10);
          },
          {"aks-east"});
    fires("GEN-002", "an autoscale maximum above the node limit", AA,
          [](Design &d) {
              set(d, "aks-east", "autoscale", {{"minCount", 3}, {"maxCount", 6000}});
              set(d, "aks-east", "nodePools", 10);
          },
          {"aks-east"});
    fires("GEN-002", "more node pools than a cluster supports", AA,
          [](Design &d) { set(d, "aks-east", "nodePools", 101); }, {"aks-east"});
    fires("GEN-002", "more pods per node than AKS supports", AA,
          [](Design &d) { set(d, "aks-east", "maxPodsPerNode", 251); }, {"aks-east"});
    fires("GEN-002", "a Free-tier cluster above its node limit", AA,
          [](Design &d) {
              set(d, "aks-east", "tier", "free");
              set(d, "aks-east", "nodeCount", 1001);
              set(d, "aks-east", "autoscale", nullptr);
              set(d, "aks-east", "nodePools", 2);
          },
          {"aks-east"});
    fires("GEN-002", "more nodes than its node pools hold", AA,
          [](Design &d) {
              set(d, "aks-east", "nodeCount", 1001);
              set(d, "aks-east", "autoscale", nullptr);
          },
          {"aks-east"});
    fires("GEN-003", "a single node", AA,
          [](Design &d) {
              set(d, "aks-east", "nodeCount", 1);
              set(d, "aks-east", "autoscale", nullptr);
          },
          {"aks-east"});
    fires("GEN-003", "no zones in a region with zones", AA,
          [](Design &d) { set(d, "aks-east", "zones", json::array()); }, {"aks-east"});
    fires("GEN-004", "zones in a region without zones", AA,
          [](Design &d) {
              add(d, K::Region, "r-west", {}, {{"location", "westus"}}, "West US");
              add(d, K::Firewall, "fw-west", "r-west", {{"zones", {1, 2, 3}}}, "Firewall West");
          },
          {"fw-west"});
    fires("GEN-005", "geo-replicas on a Standard registry", AA,
          [](Design &d) { set(d, "acr", "sku", "standard"); }, {"acr"});
    fires("GEN-006", "a registry without a replica in the cluster's region", AA,
          [](Design &d) { set(d, "acr", "geoReplicas", nullptr); }, {"acr", "aks-central"});
    fires("GEN-007", "a cluster region without Key Vault", AA,
          [](Design &d) { remove(d, "kv-central"); }, {"r-central"});
    fires("GEN-008", "a cluster region without Log Analytics", AA,
          [](Design &d) { remove(d, "log-central"); }, {"r-central"});
    fires("GEN-009", "a Free-tier cluster", AA,
          [](Design &d) { set(d, "aks-east", "tier", "free"); }, {"aks-east"});
    fires("GEN-010", "a cluster region without a hub firewall", AA,
          [](Design &d) { remove(d, "fw-central"); }, {"r-central"});
    fires("GEN-010", "a firewall no policy manages", AA,
          [](Design &d) { remove(d, "c-fwp-central"); }, {"fw-central"});
    fires("GEN-010", "firewalls under two policies", AA,
          [](Design &d) {
              add(d, K::FirewallPolicy, "fwp2", {}, {}, "Other policy");
              remove(d, "c-fwp-central");
              link(d, "c-x", "fwp2", "fw-central");
          },
          {"fw-central"});
    fires("GEN-010", "no firewall policy at all", AA, [](Design &d) { remove(d, "fwp"); },
          {"fw-central", "fw-east"});
    fires("GEN-011", "a shared database without a replica", AA,
          [](Design &d) {
              add(d, K::Database, "db", "r-east", {}, "Orders");
              link(d, "c-x", "aks-east", "db");
              link(d, "c-y", "aks-central", "db");
          },
          {"db"});
    fires("GEN-011", "shared storage kept in one region", AA,
          [](Design &d) {
              add(d, K::StorageAccount, "st", "r-east", {{"redundancy", "ZRS"}}, "Blobs");
              link(d, "c-x", "aks-east", "st");
              link(d, "c-y", "aks-central", "st");
          },
          {"st"});
    fires("GEN-012", "a node count above the autoscale maximum", AA,
          [](Design &d) { set(d, "aks-east", "nodeCount", 8); }, {"aks-east"});
    fires("GEN-013", "a backup vault in another region than its cluster", AA,
          [](Design &d) {
              add(d, K::BackupVault, "bv", "r-central", {}, "Backup");
              link(d, "c-x", "bv", "aks-east");
          },
          {"aks-east", "bv"});
    fires("ROUTE-001", "a priority above 5", AA,
          [](Design &d) { set(d, "c-afd-east", "priority", 7); }, {"c-afd-east"});
    fires("ROUTE-001", "a weight of 0", AA, [](Design &d) { set(d, "c-afd-east", "weight", 0); },
          {"c-afd-east"});
    fires("ROUTE-001", "a priority that is not a number", AA,
          [](Design &d) { set(d, "c-afd-east", "priority", "high"); }, {"c-afd-east"});
    fires("ROUTE-001", "a Traffic Manager weight above 1000", AA,
          [](Design &d) {
              add(d, K::TrafficManager, "tm", {}, {}, "TM");
              link(d, "c-x", "tm", "agw-east", {{"weight", 1001}});
          },
          {"c-x"});
    // Active-active
    fires("AA-001", "the second region's cluster stopped", AA,
          [](Design &d) { set(d, "aks-central", "state", "stopped"); }, {"aks-east"});
    fires("AA-001", "both clusters in one region", AA,
          [](Design &d) { place(d, "aks-central", "r-east"); }, {"aks-central", "aks-east"});
    fires("AA-002", "the router misses a cluster", AA,
          [](Design &d) { remove(d, "c-afd-central"); }, {"afd", "aks-central"});
    fires("AA-002", "no router at all", AA, [](Design &d) { remove(d, "afd"); },
          {"aks-central", "aks-east"});
    fires("AA-003", "one origin at a worse priority", AA,
          [](Design &d) { set(d, "c-afd-central", "priority", 2); }, {"afd", "aks-central"});
    fires("AA-004", "Front Door straight to a cluster", AA,
          [](Design &d) { link(d, "c-x", "afd", "aks-east"); }, {"afd", "aks-east"});
    fires("AA-005", "a gateway open to everyone", AA,
          [](Design &d) { set(d, "agw-east", "onlyFromFrontDoor", false); }, {"agw-east"});
    fires("AA-006", "regions that are not a pair", AA,
          [](Design &d) { set(d, "r-central", "location", "westeurope"); }, {"r-east"});
    fires("AA-006", "a region without a pair", AA,
          [](Design &d) { set(d, "r-central", "location", "austriaeast"); }, {"r-central"});
    fires("AA-007", "survivors that cannot grow to the total", AA,
          [](Design &d) { set(d, "aks-central", "autoscale", nullptr); }, {"r-east"});
    // Active-passive
    fires("AP-001", "two primaries at priority 1", AP,
          [](Design &d) { set(d, "c-afd-central", "priority", 1); }, {"aks-central", "aks-east"});
    fires("AP-001", "a primary at priority 2", AP,
          [](Design &d) {
              set(d, "c-afd-east", "priority", 2);
              set(d, "c-afd-central", "priority", 3);
          },
          {"aks-east"});
    fires("AP-001", "no secondary behind the primary", AP,
          [](Design &d) { remove(d, "c-afd-central"); }, {"aks-east"});
    fires("AP-001", "no global router", AP, [](Design &d) { remove(d, "afd"); },
          {"aks-central", "aks-east"});
    fires("AP-002", "primary and secondary in one region", AP,
          [](Design &d) { place(d, "aks-central", "r-east"); }, {"aks-central", "aks-east"});
    fires("AP-003", "a gateway no router feeds", AP,
          [](Design &d) {
              add(d, K::ApplicationGateway, "agw-x", "r-central", {{"onlyFromFrontDoor", true}},
                  "Side door");
              link(d, "c-x", "agw-x", "aks-central");
          },
          {"agw-x", "aks-central"});
    fires("AP-004", "a secondary that cannot reach the primary's size", AP,
          [](Design &d) {
              set(d, "aks-central", "autoscale", {{"minCount", 2}, {"maxCount", 3}});
          },
          {"aks-central", "aks-east"});
    fires("AP-005", "a secondary at full size", AP,
          [](Design &d) { d.components.at("aks-central").properties = {{"nodeCount", 4}}; },
          {"aks-central", "aks-east"});
    fires("AP-006", "a gateway open to everyone", AP,
          [](Design &d) { set(d, "agw-central", "onlyFromFrontDoor", false); },
          {"agw-central"});
    fires("AP-007", "Traffic Manager with weighted routing", AP,
          [](Design &d) {
              add(d, K::TrafficManager, "tm", {}, {{"routingMethod", "weighted"}}, "TM");
              link(d, "c-x", "tm", "agw-east");
          },
          {"tm"});
    // Passive-cold
    fires("PC-001", "no stopped cluster", PC,
          [](Design &d) { set(d, "aks-central", "state", "running"); },
          {"aks-central", "aks-east"});
    fires("PC-002", "a cold cluster nothing brings up", PC,
          [](Design &d) { set(d, "aks-central", "activation", "none"); }, {"aks-central"});
    fires("PC-003", "a running cluster without backup", PC,
          [](Design &d) { remove(d, "c-bv-east"); }, {"aks-east"});
    fires("PC-004", "cross-region restore off", PC,
          [](Design &d) { set(d, "bv-east", "crossRegionRestore", false); },
          {"aks-central", "bv-east"});
    fires("PC-004", "an operational-tier vault", PC,
          [](Design &d) { set(d, "bv-east", "tier", "operational"); },
          {"aks-central", "bv-east"});
    fires("PC-004", "a cold region that is not the vault's pair", PC,
          [](Design &d) { set(d, "r-central", "location", "westeurope"); },
          {"aks-central", "bv-east"});
    fires("PC-005", "cold and running in one region and the same zones", PC,
          [](Design &d) { place(d, "aks-central", "r-east"); }, {"aks-central", "aks-east"});
    fires("PC-006", "a cold cluster that cannot reach the running size", PC,
          [](Design &d) {
              set(d, "aks-central", "autoscale", {{"minCount", 2}, {"maxCount", 3}});
          },
          {"aks-central", "aks-east"});
    fires("PC-007", "a stopped cluster", PC, [](Design &) {}, {"aks-central"});
    // Single-region
    fires("SR-001", "two zones only", SR, [](Design &d) { set(d, "aks-east", "zones", {1, 2}); },
          {"aks-east"});
    fires("SR-001", "too few nodes for three zones", SR,
          [](Design &d) {
              set(d, "aks-east", "nodeCount", 2);
              set(d, "aks-east", "autoscale", nullptr);
          },
          {"aks-east"});
    return c;
}

std::vector<Case> quiet()
{
    std::vector<Case> c;
    auto stays = [&](const char *rule, const char *title, DeploymentModel model,
                     const std::function<void(Design &)> &change) {
        c.push_back({rule, title, model, with(model, change), {}});
    };
    auto none = [](Design &) {};
    stays("STR-001", "every reference resolves", AA, none);
    stays("STR-002", "components placed as their kinds require", AA, [](Design &d) {
        add(d, K::KeyVault, "kv-x", "r-east", {}, "Vault X");
    });
    stays("STR-003", "written kinds that fit their ends", AA,
          [](Design &d) { d.connections.at("c-afd-east").kind = ConnectionKind::Traffic; });
    stays("STR-004", "a whole number written with a fraction", AA,
          [](Design &d) { set(d, "aks-east", "nodeCount", 4.0); });
    stays("STR-004", "no zones, unknown keys kept, a valid Traffic Manager", AA, [](Design &d) {
        set(d, "fw-east", "zones", json::array());
        set(d, "aks-east", "colour", "teal");
        add(d, K::TrafficManager, "tm", {},
            {{"probeIntervalSeconds", 10}, {"ttlSeconds", 0}, {"toleratedFailures", 9}}, "TM");
    });
    stays("STR-005", "a known location", AA,
          [](Design &d) { set(d, "r-central", "location", "westus"); });
    stays("STR-006", "regions at different locations", AA, none);
    stays("GEN-001", "clusters in two regions", AA, none);
    stays("GEN-002", "at the limits", AA, [](Design &d) {
        set(d, "aks-east", "nodeCount", 1000);
        set(d, "aks-east", "autoscale", nullptr);
        set(d, "aks-east", "maxPodsPerNode", 250);
    });
    stays("GEN-003", "a stopped cluster with one node", AA, [](Design &d) {
        set(d, "aks-east", "nodeCount", 1);
        set(d, "aks-east", "autoscale", nullptr);
        set(d, "aks-east", "state", "stopped");
    });
    stays("GEN-003", "no zones where the region has none", AA, [](Design &d) {
        set(d, "r-central", "location", "westus");
        set(d, "aks-central", "zones", json::array());
    });
    stays("GEN-004", "default zones where the region has none", AA, [](Design &d) {
        add(d, K::Region, "r-west", {}, {{"location", "westus"}}, "West US");
        add(d, K::Firewall, "fw-west", "r-west", {}, "Firewall West");
    });
    stays("GEN-005", "a Standard registry without geo-replicas", AA, [](Design &d) {
        set(d, "acr", "sku", "standard");
        set(d, "acr", "geoReplicas", json::array());
        add(d, K::ContainerRegistry, "acr2", "r-central", {{"sku", "standard"}}, "Registry 2");
        remove(d, "c-acr-central");
        link(d, "c-acr-central", "aks-central", "acr2");
    });
    stays("GEN-006", "a registry in each cluster's region", AA, [](Design &d) {
        set(d, "acr", "geoReplicas", nullptr);
        add(d, K::ContainerRegistry, "acr2", "r-central", {}, "Registry 2");
        remove(d, "c-acr-central");
        link(d, "c-acr-central", "aks-central", "acr2");
    });
    stays("GEN-007", "a region without clusters needs no Key Vault", AA, [](Design &d) {
        add(d, K::Region, "r-west", {}, {{"location", "westus"}}, "West US");
    });
    stays("GEN-008", "a region without clusters needs no workspace", AA, [](Design &d) {
        add(d, K::Region, "r-west", {}, {{"location", "westus"}}, "West US");
        add(d, K::KeyVault, "kv-west", "r-west", {}, "KV West");
    });
    stays("GEN-009", "a Premium cluster", AA,
          [](Design &d) { set(d, "aks-east", "tier", "premium"); });
    stays("GEN-010", "a region without clusters needs no firewall", AA, [](Design &d) {
        add(d, K::Region, "r-west", {}, {{"location", "westus"}}, "West US");
    });
    stays("GEN-011", "shared geo-redundant storage, a replicated database, a regional one", AA,
          [](Design &d) {
              add(d, K::StorageAccount, "st", "r-east", {{"redundancy", "RA-GZRS"}}, "Blobs");
              link(d, "c-x", "aks-east", "st");
              link(d, "c-y", "aks-central", "st");
              add(d, K::Database, "db", "r-east", {}, "Orders");
              add(d, K::Database, "db2", "r-central", {}, "Orders replica");
              link(d, "c-z", "aks-east", "db");
              link(d, "c-w", "aks-central", "db");
              link(d, "c-r", "db", "db2", {{"mode", "async"}});
              add(d, K::Database, "db3", "r-east", {}, "Local");
              link(d, "c-v", "aks-east", "db3");
          });
    stays("GEN-012", "a node count at the autoscale maximum", AA,
          [](Design &d) { set(d, "aks-east", "nodeCount", 6); });
    stays("GEN-013", "a backup vault beside its cluster", AA, [](Design &d) {
        add(d, K::BackupVault, "bv", "r-east", {}, "Backup");
        link(d, "c-x", "bv", "aks-east");
    });
    stays("ROUTE-001", "the ends of the ranges, and priorities off the routers", AA,
          [](Design &d) {
              set(d, "c-afd-east", "priority", 5);
              set(d, "c-afd-central", "priority", 5);
              set(d, "c-afd-east", "weight", 1000);
              set(d, "c-afd-central", "weight", 1);
              set(d, "c-agw-east", "priority", 9);
          });
    stays("AA-001", "active clusters in two regions", AA, none);
    stays("AA-002", "a second router that reaches one cluster", AA, [](Design &d) {
        add(d, K::TrafficManager, "tm", {}, {}, "TM");
        link(d, "c-x", "tm", "agw-east");
    });
    stays("AA-003", "equal priorities other than 1", AA, [](Design &d) {
        set(d, "c-afd-east", "priority", 2);
        set(d, "c-afd-central", "priority", 2);
    });
    stays("AA-003", "a Traffic Manager that routes by weight", AA, [](Design &d) {
        remove(d, "afd");
        add(d, K::TrafficManager, "tm", {}, {{"routingMethod", "weighted"}}, "TM");
        link(d, "c-x", "tm", "agw-east", {{"priority", 1}});
        link(d, "c-y", "tm", "agw-central", {{"priority", 2}});
    });
    stays("AA-004", "Traffic Manager straight to a cluster", AA, [](Design &d) {
        add(d, K::TrafficManager, "tm", {}, {}, "TM");
        link(d, "c-x", "tm", "aks-east");
    });
    stays("AA-005", "a gateway only Traffic Manager reaches", AA, [](Design &d) {
        remove(d, "c-afd-east");
        set(d, "agw-east", "onlyFromFrontDoor", false);
        add(d, K::TrafficManager, "tm", {}, {}, "TM");
        link(d, "c-x", "tm", "agw-east");
        link(d, "c-y", "tm", "agw-central");
    });
    stays("AA-006", "a one-way pair (West US 3 lists East US)", AA, [](Design &d) {
        set(d, "r-east", "location", "eastus");
        set(d, "r-central", "location", "westus3");
        set(d, "acr", "geoReplicas", {"westus3"});
    });
    stays("AA-007", "survivors that can grow to the total", AA, none);
    stays("AP-001", "a secondary at priority 5", AP,
          [](Design &d) { set(d, "c-afd-central", "priority", 5); });
    stays("AP-002", "primary and secondary in two regions", AP, none);
    stays("AP-003", "every gateway fed by the router", AP, none);
    stays("AP-004", "a secondary that autoscales to the primary's size", AP, none);
    stays("AP-005", "a scaled-down secondary", AP, [](Design &d) {
        d.components.at("aks-central").properties = {{"nodeCount", 2}};
    });
    stays("AP-006", "gateways that accept Front Door alone", AP, none);
    stays("AP-007", "Traffic Manager with priority routing", AP, [](Design &d) {
        add(d, K::TrafficManager, "tm", {}, {{"routingMethod", "priority"}}, "TM");
        link(d, "c-x", "tm", "agw-east");
    });
    stays("PC-001", "a stopped cluster", PC, none);
    stays("PC-002", "an event brings the cold cluster up", PC,
          [](Design &d) { set(d, "aks-central", "activation", "event"); });
    stays("PC-003", "the running cluster is protected (the cold one needs no vault)", PC, none);
    stays("PC-004", "the cold cluster in the vault's own region", PC, [](Design &d) {
        set(d, "bv-east", "crossRegionRestore", false);
        place(d, "aks-central", "r-east");
        set(d, "aks-central", "zones", {1});
    });
    stays("PC-005", "one region, other zones", PC, [](Design &d) {
        place(d, "aks-central", "r-east");
        set(d, "aks-central", "zones", {1});
    });
    stays("PC-006", "a cold cluster that autoscales to the running size", PC, none);
    stays("PC-007", "no stopped cluster", PC,
          [](Design &d) { set(d, "aks-central", "state", "running"); });
    stays("SR-001", "three zones and three nodes", SR, none);
    stays("SR-001", "no zones at all (GEN-003 says so)", SR,
          [](Design &d) { set(d, "aks-east", "zones", json::array()); });
    stays("SR-001", "a region without zones", SR,
          [](Design &d) { set(d, "r-east", "location", "westus"); });
    return c;
}

QString describe(const std::vector<Finding> &findings)
{
    QString text;
    for (const Finding &f : findings)
        text += QStringLiteral("\n  %1 %2 [%3]").arg(f.ruleId, f.message,
                                                     f.subjects.join(QStringLiteral(", ")));
    return text.isEmpty() ? QStringLiteral(" (none)") : text;
}

std::vector<Finding> ofRule(const std::vector<Finding> &findings, const QString &rule)
{
    std::vector<Finding> out;
    for (const Finding &f : findings) {
        if (f.ruleId == rule)
            out.push_back(f);
    }
    return out;
}

}  // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void baselinesAreCleanUnderTheirModel_data();
    void baselinesAreCleanUnderTheirModel();
    void ruleFiresWithItsSubjects_data();
    void ruleFiresWithItsSubjects();
    void ruleStaysQuietOnNearMisses_data();
    void ruleStaysQuietOnNearMisses();
    void modelRulesApplyOnlyUnderTheirModel_data();
    void modelRulesApplyOnlyUnderTheirModel();
    void everyRuleHasFiringAndQuietCases();
    void ruleTableIsComplete();
    void singleRegionSeverityIsInfoUnderSingleRegionOnly();
    void messagesNameComponentsByNameElseById();
    void hostileValuesNeverStopTheValidator();
};

void TestRules::baselinesAreCleanUnderTheirModel_data()
{
    QTest::addColumn<DeploymentModel>("model");
    QTest::addColumn<QStringList>("expected");  // the only rules allowed to fire
    QTest::newRow("active-active") << AA << QStringList();
    QTest::newRow("active-passive") << AP << QStringList();
    QTest::newRow("passive-cold") << PC << QStringList{QStringLiteral("PC-007")};
    QTest::newRow("single-region") << SR << QStringList{QStringLiteral("GEN-001")};
}

void TestRules::baselinesAreCleanUnderTheirModel()
{
    QFETCH(DeploymentModel, model);
    QFETCH(QStringList, expected);
    const std::vector<Finding> findings = validateDesign(baseline(model));
    QStringList fired;
    for (const Finding &f : findings)
        fired << f.ruleId;
    QVERIFY2(fired == expected, qPrintable(describe(findings)));
}

void TestRules::ruleFiresWithItsSubjects_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<DeploymentModel>("model");
    QTest::addColumn<Design>("design");
    QTest::addColumn<QStringList>("subjects");
    for (const Case &c : firing())
        QTest::addRow("%s: %s", c.rule, c.title)
            << QString::fromLatin1(c.rule) << c.model << c.design << c.subjects;
}

void TestRules::ruleFiresWithItsSubjects()
{
    QFETCH(QString, rule);
    QFETCH(DeploymentModel, model);
    QFETCH(Design, design);
    QFETCH(QStringList, subjects);
    const std::vector<Finding> all = validateDesign(design);
    const std::vector<Finding> found = ofRule(all, rule);
    const auto match = std::find_if(found.begin(), found.end(),
                                    [&](const Finding &f) { return f.subjects == subjects; });
    QVERIFY2(match != found.end(),
             qPrintable(QStringLiteral("no %1 finding on [%2]; findings:%3")
                            .arg(rule, subjects.join(QStringLiteral(", ")), describe(all))));
    const RuleInfo *info = ruleInfo(rule);
    QVERIFY(info);
    QCOMPARE(toString(match->severity), toString(info->severity));
    QCOMPARE(match->reference, QString::fromUtf8(info->reference));
    QVERIFY(match->message.endsWith(QLatin1Char('.')));
    QVERIFY(!match->hint.isEmpty());
    // The design's own model is the one validated against.
    QCOMPARE(toString(design.deploymentModel), toString(model));
}

void TestRules::ruleStaysQuietOnNearMisses_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Design>("design");
    for (const Case &c : quiet())
        QTest::addRow("%s: %s", c.rule, c.title) << QString::fromLatin1(c.rule) << c.design;
}

void TestRules::ruleStaysQuietOnNearMisses()
{
    QFETCH(QString, rule);
    QFETCH(Design, design);
    const std::vector<Finding> all = validateDesign(design);
    QVERIFY2(ofRule(all, rule).empty(), qPrintable(QStringLiteral("findings:") + describe(all)));
}

void TestRules::modelRulesApplyOnlyUnderTheirModel_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Design>("design");
    QTest::addColumn<DeploymentModel>("other");
    for (const Case &c : firing()) {
        if (!ruleInfo(QLatin1String(c.rule))->model)
            continue;
        for (DeploymentModel other : {AA, AP, PC, SR}) {
            if (other != c.model)
                QTest::addRow("%s: %s, under %s", c.rule, c.title,
                              qPrintable(toString(other)))
                    << QString::fromLatin1(c.rule) << c.design << other;
        }
    }
}

void TestRules::modelRulesApplyOnlyUnderTheirModel()
{
    QFETCH(QString, rule);
    QFETCH(Design, design);
    QFETCH(DeploymentModel, other);
    QVERIFY(!ofRule(validateDesign(design), rule).empty());
    QVERIFY(ofRule(validateDesign(design, other), rule).empty());
}

void TestRules::everyRuleHasFiringAndQuietCases()
{
    QSet<QString> fires, stays;
    for (const Case &c : firing())
        fires.insert(QLatin1String(c.rule));
    for (const Case &c : quiet())
        stays.insert(QLatin1String(c.rule));
    for (const RuleInfo &r : allRules()) {
        QVERIFY2(fires.contains(QLatin1String(r.id)), r.id);
        QVERIFY2(stays.contains(QLatin1String(r.id)), r.id);
    }
}

void TestRules::ruleTableIsComplete()
{
    // The ids of spec/rules.md are a contract.
    const char *const contract[] = {
        "STR-001", "STR-002", "STR-003", "STR-004", "STR-005", "GEN-001", "GEN-002", "GEN-003",
        "GEN-004", "GEN-005", "GEN-006", "GEN-007", "GEN-008", "GEN-009", "GEN-010", "GEN-011",
        "ROUTE-001", "AA-001", "AA-002", "AA-003", "AA-004", "AA-005", "AA-006", "AA-007",
        "AP-001", "AP-002", "AP-003", "AP-004", "AP-005", "PC-001", "PC-002", "PC-003",
        "PC-004", "PC-005", "PC-006", "SR-001"};
    for (const char *id : contract)
        QVERIFY2(ruleInfo(QLatin1String(id)), id);
    QSet<QString> seen;
    for (const RuleInfo &r : allRules()) {
        QVERIFY2(!seen.contains(QLatin1String(r.id)), r.id);
        seen.insert(QLatin1String(r.id));
        QVERIFY(QByteArray(r.text).endsWith('.'));
        QVERIFY(!QByteArray(r.reference).isEmpty());
    }
    QVERIFY(ruleInfo(QStringLiteral("AA-003"))->severity == Severity::Error);
    QVERIFY(ruleInfo(QStringLiteral("AA-003"))->model == AA);
    QVERIFY(!ruleInfo(QStringLiteral("XX-001")));
}

void TestRules::singleRegionSeverityIsInfoUnderSingleRegionOnly()
{
    const Design design = singleRegion();
    const auto underSingle = ofRule(validateDesign(design), QStringLiteral("GEN-001"));
    QCOMPARE(underSingle.size(), std::size_t(1));
    QVERIFY(underSingle.front().severity == Severity::Info);
    QCOMPARE(underSingle.front().subjects, QStringList{QStringLiteral("r-east")});
    for (DeploymentModel other : {AA, AP, PC}) {
        const auto found = ofRule(validateDesign(design, other), QStringLiteral("GEN-001"));
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(found.front().severity == Severity::Warning);
    }
}

void TestRules::messagesNameComponentsByNameElseById()
{
    Design design = with(AA, [](Design &d) { set(d, "acr", "geoReplicas", nullptr); });
    auto found = ofRule(validateDesign(design), QStringLiteral("GEN-006"));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().message,
             QStringLiteral("AKS Central pulls its images from Registry, which has no replica "
                            "in Central US."));
    QVERIFY(found.front().hint.contains(QLatin1String("centralus")));

    design.components.at("acr").name.clear();
    found = ofRule(validateDesign(design), QStringLiteral("GEN-006"));
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY2(found.front().message.contains(QLatin1String("from acr,")),
             qPrintable(found.front().message));

    // Names are data, not format strings: placeholders in a name stay as written.
    design.components.at("aks-central").name = QStringLiteral("%2 %1 %3");
    found = ofRule(validateDesign(design), QStringLiteral("GEN-006"));
    QVERIFY2(found.front().message.startsWith(QLatin1String("%2 %1 %3 pulls")),
             qPrintable(found.front().message));
}

void TestRules::hostileValuesNeverStopTheValidator()
{
    Design d = activeActive();
    set(d, "aks-east", "nodeCount", 1e300);
    set(d, "aks-east", "autoscale", "everything");
    set(d, "aks-east", "zones", {{"a", 1}});
    set(d, "acr", "geoReplicas", {nullptr, 1, json::array()});
    set(d, "c-afd-east", "priority", json::object());
    set(d, "c-afd-central", "weight", -9223372036854775807LL);
    d.components.at("kv-east").properties = json::array({1, 2});
    d.connections.at("c-agw-east").properties = "text";
    link(d, "c-loop", "ghost", "ghost");
    const std::vector<Finding> findings = validateDesign(d);
    QVERIFY(!ofRule(findings, QStringLiteral("STR-004")).empty());
    QVERIFY(!ofRule(findings, QStringLiteral("ROUTE-001")).empty());
    QVERIFY(!ofRule(findings, QStringLiteral("STR-001")).empty());
    QVERIFY(std::is_sorted(findings.begin(), findings.end(), findingLess));
}

void TestRules::init()
{
    // A message built with a missing or extra argument is a bug users would read.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg")));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
