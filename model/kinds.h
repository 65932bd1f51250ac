// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace continuity {

/// How a property's value is shaped, which also chooses its editor widget.
enum class PropertyType {
    Enum,        ///< a string from `choices`
    Integer,     ///< a whole number in [min, max]
    Boolean,
    String,      ///< free text
    Zones,       ///< an array of distinct integers 1–3
    Regions,     ///< an array of Azure region names
    Autoscale,   ///< {"minCount": n, "maxCount": n} or absent
    IntChoice,   ///< an integer from `intChoices`
};

/// One property of a kind, as the format spec lists it.
struct PropertySpec {
    const char *key = "";
    PropertyType type = PropertyType::String;
    nlohmann::json defaultValue;  ///< null: no fixed default (see defaultFor)
    QStringList choices;          ///< Enum
    std::vector<int> intChoices;  ///< IntChoice
    double min = 0;               ///< Integer
    double max = 0;               ///< Integer; 0 with min 0: unbounded above
    bool required = false;
    const char *label = "";       ///< user-visible name, translated through the "Property" context
};

/// What a kind is: where it lives and which properties it has.
struct KindInfo {
    ComponentKind kind;
    const char *name;      ///< file name, e.g. "aksCluster"
    const char *label;     ///< user-visible, translated through the "Kind" context
    bool regional;         ///< must sit in a region
    std::vector<PropertySpec> properties;
};

const KindInfo &kindInfo(ComponentKind kind);
const std::vector<KindInfo> &allKinds();
const PropertySpec *propertySpec(ComponentKind kind, const std::string &key);

/// The user-visible, translated name of a kind ("AKS cluster").
QString kindLabel(ComponentKind kind);
/// The kind's short name for labels that add the region ("AKS", as in "AKS East US 2").
QString kindShortLabel(ComponentKind kind);

/// The default of a property for this component, where it depends on the region (zones).
/// `regionHasZones` says whether the component's region has availability zones.
nlohmann::json defaultFor(const PropertySpec &spec, bool regionHasZones);

/// The value of a property: the stored one when present, else the default.
nlohmann::json propertyValue(const Component &c, const std::string &key, bool regionHasZones = true);

/// Convenience typed readers that fall back to the default when the stored value has the
/// wrong type (the validator reports such values; readers must not throw).
int intProperty(const Component &c, const std::string &key);
bool boolProperty(const Component &c, const std::string &key);
QString stringProperty(const Component &c, const std::string &key);

/// The connection kind that joins these two kinds, if any (spec: Connection table).
std::optional<ConnectionKind> inferConnectionKind(ComponentKind from, ComponentKind to);
/// The effective kind of a connection: as written, else inferred; nullopt when neither works.
std::optional<ConnectionKind> effectiveConnectionKind(const Design &d, const Connection &c);
/// Whether `kind` allows `from → to`.
bool connectionAllows(ConnectionKind kind, ComponentKind from, ComponentKind to);
/// True for Front Door and Traffic Manager.
bool isGlobalRouter(ComponentKind kind);

}  // namespace continuity
