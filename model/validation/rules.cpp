// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// The rule table (ids, severities, models, texts, references) and what every rule file shares.

#include "model/catalog/catalog.h"
#include "model/kinds.h"
#include "model/validation/rulekit.h"
#include "model/validation/validator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace continuity {

namespace {

constexpr auto AA = DeploymentModel::ActiveActive;
constexpr auto AP = DeploymentModel::ActivePassive;
constexpr auto PC = DeploymentModel::PassiveCold;
constexpr auto SR = DeploymentModel::SingleRegion;
constexpr auto E = Severity::Error;
constexpr auto W = Severity::Warning;
constexpr auto I = Severity::Info;
constexpr std::optional<DeploymentModel> All = std::nullopt;

// Texts say when a rule fires, in the architect's terms; numbers that are Azure facts stay out
// of them (the findings quote the catalog's values).
const std::vector<RuleInfo> kRules = {
    // Structure
    {"STR-001", E, All,
     QT_TRANSLATE_NOOP("Rule", "A parent, from or to names an id that does not exist."),
     "Design format: Component, Connection"},
    {"STR-002", E, All,
     QT_TRANSLATE_NOOP("Rule", "A regional component is not inside a region, or its parent is "
                               "not a region; or a global component has a parent."),
     "Design format: Component (placement)"},
    {"STR-003", E, All,
     QT_TRANSLATE_NOOP("Rule", "A connection joins two kinds that no connection kind allows, or "
                               "that its written kind does not allow."),
     "Design format: Connection"},
    {"STR-004", E, All,
     QT_TRANSLATE_NOOP("Rule", "A property is out of range, of an unknown value or of the wrong "
                               "type (for example nodeCount -1, tier \"gold\", zone 4)."),
     "Design format: Component; Azure facts §3.2 (Traffic Manager ranges)"},
    {"STR-005", E, All,
     QT_TRANSLATE_NOOP("Rule", "A region's location is missing or not a known Azure region."),
     "Azure facts §8: Regions"},
    {"STR-006", W, All,
     QT_TRANSLATE_NOOP("Rule", "Two regions stand for the same Azure location, so the design "
                               "counts that region twice."),
     "Design format: Component (region)"},
    // General
    {"GEN-001", W, All,
     QT_TRANSLATE_NOOP("Rule", "All clusters are in one region: the nodes protect against node "
                               "and zone failures, not a region failure."),
     "AKS HA/DR overview: Scope definition", I},
    {"GEN-002", E, All,
     QT_TRANSLATE_NOOP("Rule", "A cluster exceeds an AKS limit: nodes per cluster (or on the Free "
                               "tier), nodes per node pool, node pools, or pods per node."),
     "AKS HA/DR overview: Service quotas and limits; Azure facts §1.1–§1.2"},
    {"GEN-003", W, All,
     QT_TRANSLATE_NOOP("Rule", "A running cluster has fewer than 2 nodes, or no zones in a "
                               "region that has availability zones."),
     "AKS HA/DR overview: Scope definition; Azure facts §2.2 (availability zones)"},
    {"GEN-004", E, All,
     QT_TRANSLATE_NOOP("Rule", "Zones are set in a region without availability zones."),
     "Azure facts §8.2: Regions with availability zones"},
    {"GEN-005", E, All,
     QT_TRANSLATE_NOOP("Rule", "A registry has geo-replicas but is not Premium (geo-replication "
                               "is Premium only)."),
     "Azure facts §5: Azure Container Registry"},
    {"GEN-006", W, All,
     QT_TRANSLATE_NOOP("Rule", "A cluster uses a registry that has no replica (home or "
                               "geo-replica) in the cluster's region."),
     "AKS HA/DR overview: Scope definition (geo-replication for container image registries)"},
    {"GEN-007", W, All, QT_TRANSLATE_NOOP("Rule", "A cluster region has no Key Vault."),
     "AKS HA/DR overview: Active-active, Active-passive (Azure Key Vault in each region)"},
    {"GEN-008", W, All,
     QT_TRANSLATE_NOOP("Rule", "A cluster region has no Log Analytics workspace."),
     "AKS HA/DR overview: Active-active, Active-passive (regional Log Analytics instances)"},
    {"GEN-009", W, All,
     QT_TRANSLATE_NOOP("Rule", "A cluster is on the Free tier: no financially backed uptime "
                               "SLA."),
     "AKS HA/DR overview: Technology overview (pricing tiers); Azure facts §1.1"},
    {"GEN-010", I, All,
     QT_TRANSLATE_NOOP("Rule", "A cluster region has no hub firewall, or the firewalls are not "
                               "managed by one firewall policy."),
     "AKS HA/DR overview: Active-active, Active-passive (hub-spoke pair per region, Azure "
     "Firewall Manager policies across regions)"},
    {"GEN-011", W, All,
     QT_TRANSLATE_NOOP("Rule", "A database or storage account used by clusters in two or more "
                               "regions is not replicated to another region."),
     "AKS HA/DR overview: Scope definition (replicate storage across regions); Azure facts §7"},
    {"GEN-012", W, All,
     QT_TRANSLATE_NOOP("Rule", "A cluster's steady node count lies outside its autoscale "
                               "range."),
     "Azure facts §1.3: cluster autoscaler"},
    {"GEN-013", E, All,
     QT_TRANSLATE_NOOP("Rule", "A backup vault protects a cluster in another region (a Backup "
                               "vault must be in the cluster's region)."),
     "AKS HA/DR overview: Backup; Azure facts §1.4"},
    {"ROUTE-001", E, All,
     QT_TRANSLATE_NOOP("Rule", "A global router's edge has a priority or a weight outside the "
                               "range Front Door accepts."),
     "AKS HA/DR overview: Active-passive (priority 1-5); Azure facts §3.1: Front Door routing "
     "methods"},
    // Active-active
    {"AA-001", E, AA, QT_TRANSLATE_NOOP("Rule", "Fewer than two regions hold an active cluster."),
     "AKS HA/DR overview: Active-active high availability deployment model"},
    {"AA-002", E, AA,
     QT_TRANSLATE_NOOP("Rule", "No global router (Front Door or Traffic Manager) reaches every "
                               "running cluster."),
     "AKS HA/DR overview: Active-active (Azure Front Door load balances and routes traffic)"},
    {"AA-003", E, AA,
     QT_TRANSLATE_NOOP("Rule", "A global router's edges to the clusters' origins have different "
                               "priorities: that is active-passive routing."),
     "AKS HA/DR overview: Active-active, step 3 (origin groups each with priority one); Azure "
     "facts §3.1: Front Door routing methods"},
    {"AA-004", W, AA,
     QT_TRANSLATE_NOOP("Rule", "Front Door reaches a cluster with no Application Gateway in "
                               "front of it."),
     "AKS HA/DR overview: Active-active (a regional Application Gateway in front of each "
     "cluster)"},
    {"AA-005", W, AA,
     QT_TRANSLATE_NOOP("Rule", "An origin does not accept traffic from Front Door alone."),
     "AKS HA/DR overview: Active-active, step 4 (limit network traffic to Front Door)"},
    {"AA-006", I, AA,
     QT_TRANSLATE_NOOP("Rule", "The cluster regions are not an Azure region pair."),
     "AKS HA/DR overview: Active-active (typically paired regions); Azure facts §8.1"},
    {"AA-007", W, AA,
     QT_TRANSLATE_NOOP("Rule", "If any one cluster region fails, the clusters left cannot reach "
                               "the total steady node count."),
     "Azure facts §2.2: surviving-region sizing (autoscaler maximum counts)"},
    // Active-passive
    {"AP-001", E, AP,
     QT_TRANSLATE_NOOP("Rule", "Not exactly one primary cluster at priority 1, or no secondary "
                               "at priority 2-5."),
     "AKS HA/DR overview: Active-passive (the primary at priority 1, priorities 1-5); Azure "
     "facts §3.1: Front Door routing methods"},
    {"AP-002", E, AP,
     QT_TRANSLATE_NOOP("Rule", "The primary and a secondary cluster are in the same region."),
     "AKS HA/DR overview: Active-passive (two clusters in two different Azure regions)"},
    {"AP-003", E, AP,
     QT_TRANSLATE_NOOP("Rule", "A cluster receives traffic that does not come through the "
                               "global router."),
     "AKS HA/DR overview: Active-passive (all traffic must go through Azure Front Door)"},
    {"AP-004", W, AP,
     QT_TRANSLATE_NOOP("Rule", "A secondary cannot scale to the primary's node count."),
     "AKS HA/DR overview: Active-passive, step 2 (autoscaling rules for the secondary)"},
    {"AP-005", I, AP,
     QT_TRANSLATE_NOOP("Rule", "A secondary runs at full size while passive: it could stay "
                               "scaled down to save cost."),
     "AKS HA/DR overview: Active-passive, step 2 (while inactive it need not be scaled up)"},
    {"AP-006", W, AP,
     QT_TRANSLATE_NOOP("Rule", "An origin does not accept traffic from Front Door alone."),
     "AKS HA/DR overview: Active-passive, step 5 (limit network traffic to Front Door)"},
    {"AP-007", W, AP,
     QT_TRANSLATE_NOOP("Rule", "A Traffic Manager routes by a method that ignores priorities, so "
                               "the secondary takes traffic too."),
     "Azure facts §3.2: Traffic Manager routing methods"},
    // Passive-cold
    {"PC-001", E, PC, QT_TRANSLATE_NOOP("Rule", "No cluster is cold (stopped)."),
     "AKS HA/DR overview: Passive-cold failover deployment model"},
    {"PC-002", E, PC,
     QT_TRANSLATE_NOOP("Rule", "A cold cluster's activation is none: nothing is set to bring it "
                               "up (manual or an event)."),
     "AKS HA/DR overview: Passive-cold (the condition set by manual input or an event), step 5"},
    {"PC-003", E, PC,
     QT_TRANSLATE_NOOP("Rule", "A running cluster is not protected by a backup vault."),
     "AKS HA/DR overview: Backup; Passive-cold (trigger a backup); Azure facts §1.4"},
    {"PC-004", E, PC,
     QT_TRANSLATE_NOOP("Rule", "A cold cluster is in another region than the vault that protects "
                               "the running cluster, and restoring there is impossible."),
     "Azure facts §1.4: Azure Backup for AKS (cross-region restore to the paired region only)"},
    {"PC-005", W, PC,
     QT_TRANSLATE_NOOP("Rule", "A cold and a running cluster share a region and the same "
                               "zones."),
     "AKS HA/DR overview: Passive-cold (preferably in different regions or zones)"},
    {"PC-006", W, PC,
     QT_TRANSLATE_NOOP("Rule", "A cold cluster cannot scale to the running cluster's node "
                               "count."),
     "AKS HA/DR overview: Passive-cold, step 2 (autoscaling rules for the secondary)"},
    {"PC-007", I, PC,
     QT_TRANSLATE_NOOP("Rule", "A cold cluster is stopped: it may fail to start in a "
                               "capacity-constrained region, and its state is kept for a "
                               "limited time."),
     "Azure facts §1.3: stop and start a cluster; §2.6"},
    // Single-region
    {"SR-001", W, SR,
     QT_TRANSLATE_NOOP("Rule", "A running cluster's nodes are not spread across three zones in a "
                               "region that has them."),
     "AKS HA/DR overview: Scope definition; Azure facts §8.2"},
};

}  // namespace

const std::vector<RuleInfo> &allRules()
{
    return kRules;
}

const RuleInfo *ruleInfo(const QString &id)
{
    for (const RuleInfo &r : kRules) {
        if (id == QLatin1String(r.id))
            return &r;
    }
    return nullptr;
}

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromString(const QString &s)
{
    for (Severity v : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

bool findingLess(const Finding &a, const Finding &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    if (a.subjects != b.subjects)
        return a.subjects < b.subjects;
    // The rest only breaks ties, so that the order is total and the output deterministic.
    if (a.message != b.message)
        return a.message < b.message;
    if (a.hint != b.hint)
        return a.hint < b.hint;
    return a.reference < b.reference;
}

FindingCounts countFindings(const std::vector<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error: ++counts.errors; break;
        case Severity::Warning: ++counts.warnings; break;
        case Severity::Info: ++counts.infos; break;
        }
    }
    return counts;
}

namespace rules {

QString tr(const char *text, int n)
{
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("continuity::rules", text, nullptr, n);
}

namespace {

// The id and reference of each rule as QStrings, made once: findings share them.
struct RuleTexts {
    QString id;
    QString reference;
    Severity severity = Severity::Error;
};

const RuleTexts &ruleTexts(const char *id)
{
    static const std::vector<RuleTexts> texts = [] {
        std::vector<RuleTexts> all;
        for (const RuleInfo &r : kRules)
            all.push_back({QLatin1String(r.id), QString::fromUtf8(r.reference), r.severity});
        return all;
    }();
    for (std::size_t i = 0; i < kRules.size(); ++i) {
        if (std::strcmp(kRules[i].id, id) == 0)
            return texts[i];
    }
    static const RuleTexts unknown;
    return unknown;
}

}  // namespace

Finding make(const char *id, Severity severity, QString message, QStringList subjects,
             QString hint)
{
    const RuleTexts &rule = ruleTexts(id);
    Finding f;
    f.ruleId = rule.id;
    f.severity = severity;
    f.message = std::move(message);
    // Rules over every cluster pass long lists that are sorted already, or sorted but for the
    // one or two ids appended last: those cost a linear pass, not a sort.
    if (subjects.size() > 1 || (subjects.size() == 1 && subjects.front().isEmpty())) {
        subjects.removeAll(QString());
        const auto sortedEnd = std::is_sorted_until(subjects.begin(), subjects.end());
        if (subjects.end() - sortedEnd <= 8) {
            std::sort(sortedEnd, subjects.end());
            std::inplace_merge(subjects.begin(), sortedEnd, subjects.end());
        } else {
            std::sort(subjects.begin(), subjects.end());
        }
        subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    }
    f.subjects = std::move(subjects);
    f.hint = std::move(hint);
    f.reference = rule.reference;
    return f;
}

Finding make(const char *id, QString message, QStringList subjects, QString hint)
{
    return make(id, ruleTexts(id).severity, std::move(message), std::move(subjects),
                std::move(hint));
}

bool belongsToAModel(const QString &ruleId)
{
    // The live validator asks this of every finding a model switch moves: the rule's family (the
    // id up to the dash: every AA- rule is of a model) tells it without hashing the id, unless
    // some family holds rules of both kinds.
    struct Families {
        QSet<QString> ids;
        QStringList ofModels;
        bool mixed = false;
    };
    static const Families families = [] {
        Families f;
        QSet<QString> everyModel;
        for (const RuleInfo &r : kRules) {
            const QString id = QLatin1String(r.id);
            const QString family = id.left(id.indexOf(QLatin1Char('-')) + 1);
            if (r.model) {
                f.ids.insert(id);
                if (!f.ofModels.contains(family))
                    f.ofModels << family;
            } else {
                everyModel.insert(family);
            }
        }
        for (const QString &family : std::as_const(f.ofModels))
            f.mixed = f.mixed || family.isEmpty() || everyModel.contains(family);
        return f;
    }();
    if (families.mixed)
        return families.ids.contains(ruleId);
    for (const QString &family : families.ofModels) {
        if (ruleId.startsWith(family))
            return true;
    }
    return false;
}

QString nameOf(const DesignGraph &g, const QString &id)
{
    if (const Component *c = g.component(id))
        return c->name.isEmpty() ? c->id : c->name;
    return QStringLiteral("“%1”").arg(id);
}

QString regionLabel(const DesignGraph &g, const QString &regionId)
{
    const Component *c = g.component(regionId);
    if (c && !c->name.isEmpty())
        return c->name;
    const QString location = g.locationOf(regionId);
    return location.isEmpty() ? nameOf(g, regionId) : location;
}

QString listNames(const DesignGraph &g, const std::vector<QString> &ids)
{
    constexpr std::size_t shown = 3;
    QStringList names;
    for (std::size_t i = 0; i < ids.size() && i < shown; ++i)
        names << nameOf(g, ids[i]);
    if (ids.size() > shown)
        return tr("%1 and %n more", static_cast<int>(ids.size() - shown))
            .arg(names.join(QStringLiteral(", ")));
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

QString valueText(const nlohmann::json &value)
{
    constexpr int longest = 40;
    QString text = QString::fromStdString(
        value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (text.size() > longest)
        text = text.left(longest - 1) + QChar(0x2026);
    return text;
}

QString locationLabel(const Catalog &catalog, const QString &location)
{
    const RegionInfo *info = catalog.region(location);
    return info && !info->displayName.isEmpty() ? info->displayName : location;
}

QStringList toList(const std::vector<QString> &ids)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(ids.size()));
    for (const QString &id : ids)
        list << id;
    return list;
}

QString regionKey(const DesignGraph &g, const QString &regionId)
{
    if (regionId.isEmpty())
        return {};
    const QString location = g.locationOf(regionId);
    // A region without a location is its own place; the prefix keeps ids and locations apart.
    return location.isEmpty() ? QStringLiteral("#") + regionId : location;
}

QString clusterKey(const ClusterFacts &f)
{
    if (f.region.isEmpty())
        return {};
    return f.location.isEmpty() ? QStringLiteral("#") + f.region : f.location;
}

const std::vector<const ClusterFacts *> &clusterFacts(const DesignGraph &g)
{
    return g.allClusterFacts();
}

}  // namespace rules
}  // namespace continuity
