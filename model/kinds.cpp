// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/kinds.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace continuity {

namespace {

using nlohmann::json;

PropertySpec spec(const char *key, PropertyType type, json def)
{
    PropertySpec p;
    p.key = key;
    p.type = type;
    p.defaultValue = std::move(def);
    return p;
}

PropertySpec enumProp(const char *key, const char *label, QStringList choices, const char *def)
{
    PropertySpec p = spec(key, PropertyType::Enum, json(def));
    p.choices = std::move(choices);
    p.label = label;
    return p;
}

PropertySpec intProp(const char *key, const char *label, int def, double min, double max)
{
    PropertySpec p = spec(key, PropertyType::Integer, json(def));
    p.min = min;
    p.max = max;
    p.label = label;
    return p;
}

PropertySpec boolProp(const char *key, const char *label, bool def)
{
    PropertySpec p = spec(key, PropertyType::Boolean, json(def));
    p.label = label;
    return p;
}

PropertySpec zonesProp()
{
    // The default depends on the region: [1,2,3] where it has zones, else [] (see defaultFor).
    PropertySpec p = spec("zones", PropertyType::Zones, json());
    p.label = QT_TRANSLATE_NOOP("Property", "Availability zones");
    return p;
}

// Upper bounds that are Azure limits (node counts, pods per node) are checked against the
// catalog by the validator; the ranges here are the format's own sanity bounds for editors.
std::vector<KindInfo> buildKinds()
{
    std::vector<KindInfo> kinds;
    {
        PropertySpec location = spec("location", PropertyType::String, json());
        location.required = true;
        location.label = QT_TRANSLATE_NOOP("Property", "Location");
        kinds.push_back({ComponentKind::Region, "region", QT_TRANSLATE_NOOP("Kind", "Region"),
                         false, {location}});
    }
    {
        PropertySpec autoscale = spec("autoscale", PropertyType::Autoscale, json());
        autoscale.label = QT_TRANSLATE_NOOP("Property", "Autoscale");
        PropertySpec vm = spec("vmSize", PropertyType::String, json("Standard_D4s_v5"));
        vm.label = QT_TRANSLATE_NOOP("Property", "VM size");
        kinds.push_back(
            {ComponentKind::AksCluster,
             "aksCluster",
             QT_TRANSLATE_NOOP("Kind", "AKS cluster"),
             true,
             {enumProp("tier", QT_TRANSLATE_NOOP("Property", "Pricing tier"),
                       {"free", "standard", "premium"}, "standard"),
              intProp("nodeCount", QT_TRANSLATE_NOOP("Property", "Node count"), 3, 0, 100000),
              vm, zonesProp(), autoscale,
              enumProp("state", QT_TRANSLATE_NOOP("Property", "State"), {"running", "stopped"},
                       "running"),
              enumProp("activation", QT_TRANSLATE_NOOP("Property", "Activation"),
                       {"none", "manual", "event"}, "none"),
              intProp("maxPodsPerNode", QT_TRANSLATE_NOOP("Property", "Max pods per node"), 110, 1,
                      100000),
              intProp("nodePools", QT_TRANSLATE_NOOP("Property", "Node pools"), 1, 1, 100000)}});
    }
    kinds.push_back(
        {ComponentKind::FrontDoor,
         "frontDoor",
         QT_TRANSLATE_NOOP("Kind", "Front Door"),
         false,
         {enumProp("tier", QT_TRANSLATE_NOOP("Property", "Tier"), {"standard", "premium"},
                   "standard"),
          intProp("probeIntervalSeconds", QT_TRANSLATE_NOOP("Property", "Probe interval (s)"), 30,
                  1, 255),
          intProp("sampleSize", QT_TRANSLATE_NOOP("Property", "Sample size"), 4, 1, 255),
          intProp("successfulSamplesRequired",
                  QT_TRANSLATE_NOOP("Property", "Successful samples required"), 3, 1, 255)}});
    kinds.push_back(
        {ComponentKind::TrafficManager,
         "trafficManager",
         QT_TRANSLATE_NOOP("Kind", "Traffic Manager"),
         false,
         {enumProp("routingMethod", QT_TRANSLATE_NOOP("Property", "Routing method"),
                   {"priority", "weighted", "performance", "geographic"}, "priority"),
          intProp("ttlSeconds", QT_TRANSLATE_NOOP("Property", "DNS TTL (s)"), 60, 0, 2147483647),
          intProp("probeIntervalSeconds", QT_TRANSLATE_NOOP("Property", "Probe interval (s)"), 30,
                  10, 30),
          intProp("toleratedFailures", QT_TRANSLATE_NOOP("Property", "Tolerated failures"), 3, 0,
                  9)}});
    {
        kinds.push_back(
            {ComponentKind::ApplicationGateway,
             "applicationGateway",
             QT_TRANSLATE_NOOP("Kind", "Application Gateway"),
             true,
             {enumProp("tier", QT_TRANSLATE_NOOP("Property", "Tier"), {"standard_v2", "waf_v2"},
                       "standard_v2"),
              intProp("capacityUnits", QT_TRANSLATE_NOOP("Property", "Capacity units"), 10, 0,
                      100000),
              zonesProp(),
              boolProp("onlyFromFrontDoor",
                       QT_TRANSLATE_NOOP("Property", "Accepts traffic only from Front Door"),
                       false)}});
    }
    {
        PropertySpec replicas = spec("geoReplicas", PropertyType::Regions, json::array());
        replicas.label = QT_TRANSLATE_NOOP("Property", "Geo-replicas");
        kinds.push_back({ComponentKind::ContainerRegistry,
                         "containerRegistry",
                         QT_TRANSLATE_NOOP("Kind", "Container registry"),
                         true,
                         {enumProp("sku", QT_TRANSLATE_NOOP("Property", "SKU"),
                                   {"basic", "standard", "premium"}, "premium"),
                          replicas}});
    }
    kinds.push_back({ComponentKind::KeyVault,
                     "keyVault",
                     QT_TRANSLATE_NOOP("Kind", "Key Vault"),
                     true,
                     {enumProp("sku", QT_TRANSLATE_NOOP("Property", "SKU"),
                               {"standard", "premium"}, "standard")}});
    kinds.push_back({ComponentKind::LogAnalytics,
                     "logAnalytics",
                     QT_TRANSLATE_NOOP("Kind", "Log Analytics workspace"),
                     true,
                     {intProp("dailyIngestionGB",
                              QT_TRANSLATE_NOOP("Property", "Daily ingestion (GB)"), 5, 0,
                              1000000)}});
    kinds.push_back({ComponentKind::Firewall,
                     "firewall",
                     QT_TRANSLATE_NOOP("Kind", "Azure Firewall"),
                     true,
                     {enumProp("tier", QT_TRANSLATE_NOOP("Property", "Tier"),
                               {"standard", "premium"}, "standard"),
                      zonesProp()}});
    kinds.push_back({ComponentKind::FirewallPolicy, "firewallPolicy",
                     QT_TRANSLATE_NOOP("Kind", "Firewall policy"), false, {}});
    kinds.push_back(
        {ComponentKind::Database,
         "database",
         QT_TRANSLATE_NOOP("Kind", "Database"),
         true,
         {enumProp("engine", QT_TRANSLATE_NOOP("Property", "Engine"),
                   {"azureSql", "cosmosDb", "postgresql"}, "azureSql"),
          boolProp("zoneRedundant", QT_TRANSLATE_NOOP("Property", "Zone-redundant"), true)}});
    kinds.push_back({ComponentKind::StorageAccount,
                     "storageAccount",
                     QT_TRANSLATE_NOOP("Kind", "Storage account"),
                     true,
                     {enumProp("redundancy", QT_TRANSLATE_NOOP("Property", "Redundancy"),
                               {"LRS", "ZRS", "GRS", "RA-GRS", "GZRS", "RA-GZRS"}, "ZRS"),
                      intProp("capacityGB", QT_TRANSLATE_NOOP("Property", "Capacity (GB)"), 100,
                              0, 100000000)}});
    {
        PropertySpec freq = spec("frequencyHours", PropertyType::IntChoice, json(24));
        freq.intChoices = {4, 8, 12, 24};
        freq.label = QT_TRANSLATE_NOOP("Property", "Backup every (hours)");
        kinds.push_back(
            {ComponentKind::BackupVault,
             "backupVault",
             QT_TRANSLATE_NOOP("Kind", "Backup vault"),
             true,
             {enumProp("tier", QT_TRANSLATE_NOOP("Property", "Tier"), {"operational", "vault"},
                       "vault"),
              freq,
              boolProp("crossRegionRestore",
                       QT_TRANSLATE_NOOP("Property", "Cross-region restore"), false)}});
    }
    return kinds;
}

}  // namespace

const std::vector<KindInfo> &allKinds()
{
    static const std::vector<KindInfo> kinds = buildKinds();
    return kinds;
}

const KindInfo &kindInfo(ComponentKind kind)
{
    return allKinds()[static_cast<std::size_t>(kind)];
}

QString kindLabel(ComponentKind kind)
{
    return QCoreApplication::translate("Kind", kindInfo(kind).label);
}

QString kindShortLabel(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::AksCluster: return QCoreApplication::translate("Kind", "AKS");
    case ComponentKind::ApplicationGateway:
        return QCoreApplication::translate("Kind", "App Gateway");
    case ComponentKind::ContainerRegistry: return QCoreApplication::translate("Kind", "Registry");
    case ComponentKind::Firewall: return QCoreApplication::translate("Kind", "Firewall");
    case ComponentKind::LogAnalytics: return QCoreApplication::translate("Kind", "Log Analytics");
    case ComponentKind::StorageAccount: return QCoreApplication::translate("Kind", "Storage");
    default: return kindLabel(kind);
    }
}

const PropertySpec *propertySpec(ComponentKind kind, const std::string &key)
{
    for (const PropertySpec &p : kindInfo(kind).properties) {
        if (key == p.key)
            return &p;
    }
    return nullptr;
}

nlohmann::json defaultFor(const PropertySpec &spec, bool regionHasZones)
{
    if (spec.type == PropertyType::Zones)
        return regionHasZones ? json::array({1, 2, 3}) : json::array();
    return spec.defaultValue;
}

nlohmann::json propertyValue(const Component &c, const std::string &key, bool regionHasZones)
{
    auto it = c.properties.find(key);
    if (it != c.properties.end())
        return *it;
    if (const PropertySpec *spec = propertySpec(c.kind, key))
        return defaultFor(*spec, regionHasZones);
    return json();
}

int intProperty(const Component &c, const std::string &key)
{
    auto it = c.properties.find(key);
    if (it != c.properties.end() && it->is_number_integer())
        return static_cast<int>(std::clamp<std::int64_t>(it->get<std::int64_t>(), INT_MIN, INT_MAX));
    if (const PropertySpec *spec = propertySpec(c.kind, key); spec && spec->defaultValue.is_number())
        return spec->defaultValue.get<int>();
    return 0;
}

bool boolProperty(const Component &c, const std::string &key)
{
    auto it = c.properties.find(key);
    if (it != c.properties.end() && it->is_boolean())
        return it->get<bool>();
    if (const PropertySpec *spec = propertySpec(c.kind, key); spec && spec->defaultValue.is_boolean())
        return spec->defaultValue.get<bool>();
    return false;
}

QString stringProperty(const Component &c, const std::string &key)
{
    auto it = c.properties.find(key);
    if (it != c.properties.end() && it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (const PropertySpec *spec = propertySpec(c.kind, key); spec && spec->defaultValue.is_string())
        return QString::fromStdString(spec->defaultValue.get<std::string>());
    return {};
}

bool isGlobalRouter(ComponentKind kind)
{
    return kind == ComponentKind::FrontDoor || kind == ComponentKind::TrafficManager;
}

bool connectionAllows(ConnectionKind kind, ComponentKind from, ComponentKind to)
{
    using K = ComponentKind;
    switch (kind) {
    case ConnectionKind::Traffic:
        if (isGlobalRouter(from))
            return to == K::ApplicationGateway || to == K::AksCluster;
        return from == K::ApplicationGateway && to == K::AksCluster;
    case ConnectionKind::Uses:
        return from == K::AksCluster
               && (to == K::ContainerRegistry || to == K::KeyVault || to == K::LogAnalytics
                   || to == K::Database || to == K::StorageAccount);
    case ConnectionKind::Replicates:
        return from == K::Database && to == K::Database;
    case ConnectionKind::Protects:
        return from == K::BackupVault && to == K::AksCluster;
    case ConnectionKind::Manages:
        return from == K::FirewallPolicy && to == K::Firewall;
    case ConnectionKind::Egress:
        return from == K::AksCluster && to == K::Firewall;
    }
    return false;
}

std::optional<ConnectionKind> inferConnectionKind(ComponentKind from, ComponentKind to)
{
    for (int i = 0; i < ConnectionKindCount; ++i) {
        const auto kind = static_cast<ConnectionKind>(i);
        if (connectionAllows(kind, from, to))
            return kind;
    }
    return std::nullopt;
}

std::optional<ConnectionKind> effectiveConnectionKind(const Design &d, const Connection &c)
{
    if (c.kind)
        return c.kind;
    const Component *from = d.component(c.from);
    const Component *to = d.component(c.to);
    if (!from || !to)
        return std::nullopt;
    return inferConnectionKind(from->kind, to->kind);
}

}  // namespace continuity
