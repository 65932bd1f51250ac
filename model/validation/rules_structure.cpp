// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Structure rules (every model): references, placement, connection kinds, property values,
// region locations.

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"

#include <QCoreApplication>

#include <map>

namespace continuity::rules {

namespace {

using nlohmann::json;

QString propertyLabel(const PropertySpec &spec)
{
    return QCoreApplication::translate("Property", spec.label);
}

QString numberList(const std::vector<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

// Whole-number ranges that are Azure facts come from the catalog rather than from the format's
// own sanity bounds in kinds.cpp.
struct CatalogRange {
    std::optional<double> min;
    std::optional<double> max;
    std::vector<int> choices;  ///< when the value must be one of these
};

std::optional<CatalogRange> catalogRange(const Catalog &catalog, ComponentKind kind,
                                         std::string_view key)
{
    if (kind != ComponentKind::TrafficManager)
        return std::nullopt;
    if (key == "ttlSeconds") {
        const FactRange r = catalog.trafficManagerTtlRange();
        return CatalogRange{r.min.value, r.max.value, {}};
    }
    if (key == "toleratedFailures") {
        const FactRange r = catalog.trafficManagerToleratedFailuresRange();
        return CatalogRange{r.min.value, r.max.value, {}};
    }
    if (key == "probeIntervalSeconds") {
        CatalogRange r;
        for (const Fact *f : catalog.trafficManagerProbeIntervals()) {
            if (f->value)
                r.choices.push_back(static_cast<int>(*f->value));
        }
        return r;
    }
    return std::nullopt;
}

// The message for a value that breaks its property's spec, or nothing when the value is fine.
std::optional<QString> badValue(const Context &ctx, const Component &c, const PropertySpec &spec,
                                const json &v)
{
    // Texts are built only for a bad value: most values are fine.
    const auto name = [&] { return nameOf(ctx.graph, c.id); };
    const auto label = [&] { return propertyLabel(spec); };
    const auto text = [&] { return valueText(v); };
    switch (spec.type) {
    case PropertyType::Enum:
        if (v.is_string() && spec.choices.contains(QString::fromStdString(v.get<std::string>())))
            return std::nullopt;
        return tr("%1: “%2” is %3, which is not one of %4.")
            .arg(name(), label(), text(), spec.choices.join(QStringLiteral(", ")));
    case PropertyType::Integer:
    case PropertyType::IntChoice: {
        const std::optional<int> n = wholeNumber(v);
        if (!n)
            return tr("%1: “%2” is %3, which is not a whole number.").arg(name(), label(), text());
        std::optional<CatalogRange> range = catalogRange(ctx.catalog, c.kind, spec.key);
        std::vector<int> choices = spec.intChoices;
        double lo = spec.min;
        std::optional<double> hi;
        if (spec.max != 0 || spec.min != 0)
            hi = spec.max;
        if (range) {
            if (!range->choices.empty())
                choices = range->choices;
            if (range->min)
                lo = *range->min;
            if (range->max)
                hi = range->max;
        }
        if (!choices.empty()) {
            if (std::find(choices.begin(), choices.end(), *n) != choices.end())
                return std::nullopt;
            return tr("%1: “%2” is %3, which is not one of %4.")
                .arg(name(), label(), text(), numberList(choices));
        }
        if (*n < lo || (hi && *n > *hi)) {
            if (hi)
                return tr("%1: “%2” is %3, outside the allowed %4 to %5.")
                    .arg(name(), label(), text(), QString::number(lo, 'f', 0),
                         QString::number(*hi, 'f', 0));
            return tr("%1: “%2” is %3, below the minimum of %4.")
                .arg(name(), label(), text(), QString::number(lo, 'f', 0));
        }
        return std::nullopt;
    }
    case PropertyType::Boolean:
        if (v.is_boolean())
            return std::nullopt;
        return tr("%1: “%2” is %3, which is neither true nor false.").arg(name(), label(), text());
    case PropertyType::String:
        if (v.is_string())
            return std::nullopt;
        return tr("%1: “%2” is %3, which is not text.").arg(name(), label(), text());
    case PropertyType::Zones:
        if (zoneSet(v))
            return std::nullopt;
        return tr("%1: “%2” is %3, but zones are distinct numbers from 1 to 3.")
            .arg(name(), label(), text());
    case PropertyType::Regions: {
        if (!v.is_array())
            return tr("%1: “%2” is %3, which is not a list of Azure regions.")
                .arg(name(), label(), text());
        QStringList unknown;
        for (const json &r : v) {
            if (!r.is_string() || !ctx.catalog.region(QString::fromStdString(r.get<std::string>())))
                unknown << valueText(r);
        }
        if (unknown.isEmpty())
            return std::nullopt;
        return tr("%1: “%2” names %3, which is not an Azure region.", int(unknown.size()))
            .arg(name(), label(), unknown.join(QStringLiteral(", ")));
    }
    case PropertyType::Autoscale:
        if (autoscaleRange(v))
            return std::nullopt;
        return tr("%1: “%2” is %3, but it needs whole numbers minCount and maxCount, with "
                  "0 ≤ minCount ≤ maxCount.")
            .arg(name(), label(), text());
    }
    return std::nullopt;
}

void checkPlacement(const Context &ctx, const Component &c, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const KindInfo &info = kindInfo(c.kind);
    if (c.parent.isEmpty() && !info.regional)
        return;
    const QString name = nameOf(g, c.id);
    if (c.parent.isEmpty()) {
        if (info.regional)
            out.push_back(make("STR-002",
                               tr("%1 is not inside a region, but every %2 belongs to one.")
                                   .arg(name, kindLabel(c.kind)),
                               {c.id}, tr("Drag %1 into the region where it runs.").arg(name)));
        return;
    }
    const Component *parent = g.component(c.parent);
    if (parent && ((info.regional && parent->kind == ComponentKind::Region)))
        return;
    if (!parent) {
        out.push_back(make("STR-001",
                           tr("%1 is placed in “%2”, which does not exist.").arg(name, c.parent),
                           {c.id},
                           info.regional
                               ? tr("Drag %1 into the region where it runs.").arg(name)
                               : tr("Drag %1 out onto the canvas: every %2 sits outside "
                                    "regions.")
                                     .arg(name, kindLabel(c.kind))));
        return;
    }
    if (!info.regional) {
        out.push_back(make("STR-002",
                           tr("%1 is placed in %2, but every %3 is global and sits outside "
                              "regions.")
                               .arg(name, nameOf(g, parent->id), kindLabel(c.kind)),
                           {c.id}, tr("Drag %1 out of %2.").arg(name, nameOf(g, parent->id))));
    } else if (parent->kind != ComponentKind::Region) {
        out.push_back(make("STR-002",
                           tr("%1 is placed in %2 (%3), which is not a region.")
                               .arg(name, nameOf(g, parent->id), kindLabel(parent->kind)),
                           {c.id}, tr("Drag %1 into the region where it runs.").arg(name)));
    }
}

void checkProperties(const Context &ctx, const Component &c, Findings &out)
{
    if (!c.properties.is_object()) {
        const QString name = nameOf(ctx.graph, c.id);
        out.push_back(make("STR-004",
                           tr("%1 has properties %2, which are not an object of named values.")
                               .arg(name, valueText(c.properties)),
                           {c.id}, tr("Clear the properties of %1 and set them again.").arg(name)));
        return;
    }
    for (const PropertySpec &spec : kindInfo(c.kind).properties) {
        auto it = c.properties.find(spec.key);
        if (it == c.properties.end())
            continue;
        if (std::optional<QString> message = badValue(ctx, c, spec, *it))
            out.push_back(make("STR-004", *message, {c.id},
                               tr("Set “%1” to an allowed value in the property editor, or clear "
                                  "it to use the default.")
                                   .arg(propertyLabel(spec))));
    }
}

void checkLocation(const Context &ctx, const Component &c, Findings &out)
{
    const QString name = nameOf(ctx.graph, c.id);
    const auto it = c.properties.is_object() ? c.properties.find("location")
                                             : c.properties.end();
    const QString hint = tr("Set the location of %1 to the Azure region it stands for, by its "
                            "programmatic name (such as eastus2).")
                             .arg(name);
    if (it == c.properties.end()) {
        out.push_back(make("STR-005", tr("Region %1 has no location.").arg(name), {c.id}, hint));
    } else if (it->is_string()) {
        const QString location = QString::fromStdString(it->get<std::string>());
        if (!ctx.catalog.region(location))
            out.push_back(make("STR-005",
                               tr("Region %1 is at “%2”, which is not an Azure region.")
                                   .arg(name, location),
                               {c.id}, hint));
    }
    // A location of another type is a wrong type: STR-004 reports it.
}

}  // namespace

void structureComponent(const Context &ctx, const Component &c, Findings &out)
{
    checkPlacement(ctx, c, out);
    checkProperties(ctx, c, out);
    if (c.kind == ComponentKind::Region)
        checkLocation(ctx, c, out);
}

void structureConnection(const Context &ctx, const Connection &c, const Ends &ends,
                         Findings &out)
{
    const DesignGraph &g = ctx.graph;
    const Component *from = ends.from;
    const Component *to = ends.to;
    // Names are looked up only for a finding: most connections have none.
    auto fromName = [&] { return nameOf(g, c.from); };
    auto toName = [&] { return nameOf(g, c.to); };
    if (!from || !to) {
        const QString deleteHint = tr("Delete the connection, or draw it between components "
                                      "that exist.");
        if (!from)
            out.push_back(make("STR-001",
                               tr("The connection from %1 to %2 starts at an id that does not "
                                  "exist.")
                                   .arg(fromName(), toName()),
                               {c.id}, deleteHint));
        if (!to)
            out.push_back(make("STR-001",
                               tr("The connection from %1 to %2 ends at an id that does not "
                                  "exist.")
                                   .arg(fromName(), toName()),
                               {c.id}, deleteHint));
    } else {
        auto kindHint = [] {
            return tr("Delete the connection, or draw it between kinds that fit, such as Front "
                      "Door to an Application Gateway or an AKS cluster to the registry it "
                      "uses.");
        };
        if (c.from == c.to) {
            out.push_back(make("STR-003",
                               tr("The connection from %1 to itself joins a component to itself.")
                                   .arg(fromName()),
                               {c.id}, kindHint()));
        } else if (c.kind && !connectionAllows(*c.kind, from->kind, to->kind)) {
            out.push_back(make("STR-003",
                               tr("The connection from %1 (%4) to %2 (%5) is marked %3, which "
                                  "cannot join these kinds.")
                                   .arg(fromName(), toName(), toString(*c.kind),
                                        kindLabel(from->kind), kindLabel(to->kind)),
                               {c.id}, kindHint()));
        } else if (!ends.kind) {
            out.push_back(make("STR-003",
                               tr("The connection from %1 (%3) to %2 (%4) joins two kinds that no "
                                  "connection allows.")
                                   .arg(fromName(), toName(), kindLabel(from->kind),
                                        kindLabel(to->kind)),
                               {c.id}, kindHint()));
        }
    }
    if (!c.properties.is_object()) {
        out.push_back(make("STR-004",
                           tr("The connection from %1 to %2 has properties %3, which are not an "
                              "object of named values.")
                               .arg(fromName(), toName(), valueText(c.properties)),
                           {c.id}, tr("Clear the connection's properties and set them again.")));
        return;
    }
    // Priority and weight belong to ROUTE-001; `mode` is the one enum of connections.
    if (auto mode = c.properties.find("mode"); mode != c.properties.end()) {
        const bool ok = mode->is_string()
                        && (mode->get<std::string>() == "async"
                            || mode->get<std::string>() == "sync");
        if (!ok)
            out.push_back(make("STR-004",
                               tr("The connection from %1 to %2 has mode %3, which is not one of "
                                  "async, sync.")
                                   .arg(fromName(), toName(), valueText(*mode)),
                               {c.id},
                               tr("Set the replication mode to async or sync, or clear it to use "
                                  "async.")));
    }
}

void duplicateRegions(const Context &ctx, Findings &out)
{
    const DesignGraph &g = ctx.graph;
    std::map<QString, std::vector<QString>> byLocation;
    for (const QString &id : g.componentsOfKind(ComponentKind::Region)) {
        const QString location = g.locationOf(id);
        if (!location.isEmpty())
            byLocation[location].push_back(id);
    }
    for (const auto &[location, ids] : byLocation) {
        if (ids.size() < 2)
            continue;
        out.push_back(make("STR-006",
                           tr("%1 stand for the same Azure region, %2, so the design counts "
                              "it more than once.")
                               .arg(listNames(g, ids), locationLabel(ctx.catalog, location)),
                           toList(ids),
                           tr("Merge them into one region, or set each to the Azure region it "
                              "stands for.")));
    }
}

}  // namespace continuity::rules
