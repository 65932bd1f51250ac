// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/catalog/catalog.h"

#include "model/log.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>

namespace continuity {

namespace {

using nlohmann::json;

// The built-in catalog is well under 1 MiB; these bounds only keep hostile override files from
// exhausting memory or the stack (nlohmann's tree is recursive).
constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
constexpr int kMaxDepth = 32;

constexpr std::string_view kRegionPrefix = "region.";
constexpr std::string_view kVmPrefix = "vmSize.";
constexpr std::string_view kPriceMultiplierSuffix = ".priceMultiplier";
constexpr std::string_view kPricePerHourSuffix = ".pricePerHour";

/// Messages about catalog and override files, translated in the "Catalog" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

/// A load or override error: where (a JSON pointer) and what.
struct CatalogError {
    QString pointer;
    QString message;
};

[[noreturn]] void fail(const QString &pointer, const QString &message)
{
    throw CatalogError { pointer, message };
}

QString fromStd(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

/// One reference token of a JSON pointer (RFC 6901).
QString token(const QString &key)
{
    QString t = key;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return QLatin1Char('/') + t;
}

QString token(std::string_view key) { return token(fromStd(key)); }

QString token(std::size_t index) { return QLatin1Char('/') + QString::number(index); }

// Every fact a typed accessor returns: a catalog that lacks one is refused at load, so the
// accessors cannot fail afterwards.
constexpr FactId kRequired[] = {
    facts::aksFreePricePerHour,
    facts::aksStandardPricePerHour,
    facts::aksPremiumPricePerHour,
    facts::aksFreeSlaWithZones,
    facts::aksFreeSlaWithoutZones,
    facts::aksStandardSlaWithZones,
    facts::aksStandardSlaWithoutZones,
    facts::aksPremiumSlaWithZones,
    facts::aksPremiumSlaWithoutZones,
    facts::aksNodesPerCluster,
    facts::aksNodesPerNodePool,
    facts::aksNodePoolsPerCluster,
    facts::aksPodsPerNode,
    facts::aksFreeTierNodes,
    facts::aksFreeTierRecommendedNodes,
    facts::aksAutoscalerMaxNodeProvision,
    facts::aksAutoscalerScanInterval,
    facts::aksAutoscalerScaleDownDelayAfterAdd,
    facts::aksAutoscalerScaleDownUnneeded,
    facts::aksStopStartMinWait,
    facts::aksStopStartMaxWait,
    facts::aksStoppedStateRetention,
    facts::aksClusterStart,
    facts::aksClusterCreate,
    facts::aksNodeProvision,
    facts::aksOsDiskPerNodeMonthly,
    facts::regionPriceMultiplier,
    facts::frontDoorStandardBaseMonthly,
    facts::frontDoorPremiumBaseMonthly,
    facts::frontDoorStandardRequestsPer10k,
    facts::frontDoorPremiumRequestsPer10k,
    facts::frontDoorEgressPerGB,
    facts::frontDoorSla,
    facts::frontDoorProbeInterval,
    facts::frontDoorSampleSize,
    facts::frontDoorSuccessfulSamples,
    facts::frontDoorPriorityMin,
    facts::frontDoorPriorityMax,
    facts::frontDoorWeightMin,
    facts::frontDoorWeightMax,
    facts::frontDoorWeightDefault,
    facts::trafficManagerDnsPerMillion,
    facts::trafficManagerDnsPerMillionOver1B,
    facts::trafficManagerHealthCheckMonthly,
    facts::trafficManagerFastProbeMonthly,
    facts::trafficManagerSla,
    facts::trafficManagerTtlDefault,
    facts::trafficManagerTtlMin,
    facts::trafficManagerTtlMax,
    facts::trafficManagerToleratedFailuresDefault,
    facts::trafficManagerToleratedFailuresMin,
    facts::trafficManagerToleratedFailuresMax,
    facts::trafficManagerProbeIntervalNormal,
    facts::trafficManagerProbeIntervalFast,
    facts::appGatewayStandardFixedPerHour,
    facts::appGatewayStandardCapacityUnitPerHour,
    facts::appGatewayWafFixedPerHour,
    facts::appGatewayWafCapacityUnitPerHour,
    facts::appGatewaySla,
    facts::registryBasicPerDay,
    facts::registryStandardPerDay,
    facts::registryPremiumPerDay,
    facts::registryGeoReplicaPerDay,
    facts::registryBasicGeoReplication,
    facts::registryStandardGeoReplication,
    facts::registryPremiumGeoReplication,
    facts::registrySla,
    facts::registryRegionFailover,
    facts::registryReplicationRpo,
    facts::keyVaultStandardOperationsPer10k,
    facts::keyVaultPremiumOperationsPer10k,
    facts::keyVaultPremiumHsmKeyMonthly,
    facts::keyVaultSla,
    facts::logAnalyticsIngestionPerGB,
    facts::logAnalyticsFreeGBPerMonth,
    facts::logAnalyticsSla,
    facts::logAnalyticsReplicationLag,
    facts::firewallStandardPerHour,
    facts::firewallPremiumPerHour,
    facts::firewallDataPerGB,
    facts::firewallSlaZoneRedundant,
    facts::firewallSlaNonZonal,
    facts::firewallScaleOut,
    facts::firewallPolicyFreeAssociations,
    facts::firewallPolicyFixedMonthly,
    facts::azureSqlMonthly,
    facts::cosmosDbMonthly,
    facts::postgresqlMonthly,
    facts::azureSqlSlaZoneRedundant,
    facts::azureSqlSlaNonZonal,
    facts::cosmosDbSlaZoneRedundant,
    facts::cosmosDbSlaNonZonal,
    facts::cosmosDbSlaMultiRegionWrites,
    facts::postgresqlSlaZoneRedundant,
    facts::postgresqlSlaNonZonal,
    facts::azureSqlFailoverGroupRto,
    facts::azureSqlFailoverGroupRpo,
    facts::azureSqlManualFailoverRto,
    facts::azureSqlManualFailoverRpo,
    facts::azureSqlGeoRestoreRto,
    facts::azureSqlGeoRestoreRpo,
    facts::azureSqlZoneFailover,
    facts::cosmosDbFailoverRto,
    facts::cosmosDbServiceManagedFailoverRto,
    facts::cosmosDbStrongRpo,
    facts::cosmosDbBoundedStalenessRpo,
    facts::cosmosDbSessionRpo,
    facts::cosmosDbConsistentPrefixRpo,
    facts::cosmosDbEventualRpo,
    facts::postgresqlFailoverRto,
    facts::postgresqlFailoverRpo,
    facts::storageLrsPerGBMonth,
    facts::storageZrsPerGBMonth,
    facts::storageGrsPerGBMonth,
    facts::storageRaGrsPerGBMonth,
    facts::storageGzrsPerGBMonth,
    facts::storageRaGzrsPerGBMonth,
    facts::storageLrsReadSla,
    facts::storageZrsReadSla,
    facts::storageGrsReadSla,
    facts::storageRaGrsReadSla,
    facts::storageGzrsReadSla,
    facts::storageRaGzrsReadSla,
    facts::storageLrsWriteSla,
    facts::storageZrsWriteSla,
    facts::storageGrsWriteSla,
    facts::storageRaGrsWriteSla,
    facts::storageGzrsWriteSla,
    facts::storageRaGzrsWriteSla,
    facts::storageLrsGeoRedundant,
    facts::storageZrsGeoRedundant,
    facts::storageGrsGeoRedundant,
    facts::storageRaGrsGeoRedundant,
    facts::storageGzrsGeoRedundant,
    facts::storageRaGzrsGeoRedundant,
    facts::storageGeoFailoverRpo,
    facts::storageGeoFailoverRto,
    facts::backupVaultTierRpo,
    facts::backupVaultTierCrossRegionRpo,
    facts::backupOperationalMinInterval,
    facts::backupEvery4Hours,
    facts::backupEvery8Hours,
    facts::backupEvery12Hours,
    facts::backupDaily,
    facts::backupRestore,
    facts::backupProtectedInstanceMonthly,
    facts::routerRequestsPerMonth,
    facts::routerEgressGBPerMonth,
    facts::dnsQueriesPerMonth,
    facts::keyVaultOperationsPerMonth,
    facts::firewallGBProcessedPerMonth,
    facts::manualDecision,
    facts::eventDecision,
    facts::manualSwitchover,
};

// The only required facts whose value may be empty: "no SLA" is itself the fact.
constexpr FactId kMayBeEmpty[] = { facts::aksFreeSlaWithZones, facts::aksFreeSlaWithoutZones };

bool mayBeEmpty(std::string_view id)
{
    return std::any_of(
        std::begin(kMayBeEmpty), std::end(kMayBeEmpty), [id](FactId f) { return f.id == id; });
}

template <typename Enum, std::size_t N> FactId pick(Enum e, const FactId (&ids)[N])
{
    const auto i = static_cast<std::size_t>(e);
    if (i >= N)
        throw std::out_of_range("catalog: enum value out of range");
    return ids[i];
}

/// Whether the nesting of `data` stays within `maxDepth`, checked before nlohmann builds a tree.
bool depthWithin(const QByteArray &data, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char ch : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '[' || ch == '{') {
            if (++depth > maxDepth)
                return false;
        } else if (ch == ']' || ch == '}') {
            --depth;
        }
    }
    return true;
}

json parseDocument(const QByteArray &data)
{
    if (data.size() > kMaxBytes)
        fail(QString(), Text::tr("the file is larger than 16 MiB"));
    if (!depthWithin(data, kMaxDepth))
        fail(QString(), Text::tr("the JSON is nested deeper than %1 levels").arg(kMaxDepth));
    try {
        return json::parse(data.constBegin(), data.constEnd());
    } catch (const json::exception &e) {
        fail(QString(), Text::tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
}

/// "YYYY-MM-DD" (a real date) or "YYYY".
bool isDate(const QString &s)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (year.match(s).hasMatch())
        return true;
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

/// Azure's programmatic region names: lower-case letters and digits.
bool isRegionName(const QString &s)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9]*$"));
    return name.match(s).hasMatch();
}

const json &member(const json &object, const char *key, const QString &pointer)
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(pointer + token(std::string_view(key)), Text::tr("missing"));
    return *it;
}

QString stringMember(
    const json &object, const char *key, const QString &pointer, bool allowEmpty = false)
{
    const json &v = member(object, key, pointer);
    const QString where = pointer + token(std::string_view(key));
    if (!v.is_string())
        fail(where, Text::tr("expected a string"));
    const QString s = QString::fromStdString(v.get<std::string>());
    if (!allowEmpty && s.trimmed().isEmpty())
        fail(where, Text::tr("must not be empty"));
    return s;
}

bool boolMember(const json &object, const char *key, const QString &pointer)
{
    const json &v = member(object, key, pointer);
    if (!v.is_boolean())
        fail(pointer + token(std::string_view(key)), Text::tr("expected true or false"));
    return v.get<bool>();
}

std::optional<double> finiteNumber(const json &v)
{
    if (!v.is_number())
        return std::nullopt;
    const double d = v.get<double>();
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

void rejectUnknownKeys(
    const json &object, std::initializer_list<std::string_view> known, const QString &pointer)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            fail(pointer + token(it.key()), Text::tr("unknown key"));
    }
}

Confidence confidenceMember(const json &object, const QString &pointer)
{
    const QString s = stringMember(object, "confidence", pointer);
    const auto c = confidenceFromString(s);
    if (!c) {
        fail(pointer + token(std::string_view("confidence")),
            Text::tr("expected primary, retail-api, secondary, derived or assumption"));
    }
    return *c;
}

enum class ValueRule { Required, Forbidden };

/// Reads a FACT object. Its id is the caller's business.
Fact readFact(const json &j, const QString &pointer, ValueRule rule)
{
    if (!j.is_object())
        fail(pointer, Text::tr("expected an object"));
    rejectUnknownKeys(j, { "value", "unit", "source", "asOf", "confidence", "note" }, pointer);
    Fact f;
    if (rule == ValueRule::Required) {
        const json &v = member(j, "value", pointer);
        if (!v.is_null()) {
            f.value = finiteNumber(v);
            if (!f.value)
                fail(pointer + token(std::string_view("value")),
                    Text::tr("expected a number or null"));
        }
    } else if (const auto v = j.find("value"); v != j.end() && !v->is_null()) {
        fail(pointer + token(std::string_view("value")), Text::tr("must be null or absent"));
    }
    f.unit = stringMember(j, "unit", pointer, true);
    f.source = stringMember(j, "source", pointer);
    f.asOf = stringMember(j, "asOf", pointer);
    if (!isDate(f.asOf))
        fail(pointer + token(std::string_view("asOf")),
            Text::tr("expected a date YYYY-MM-DD or a year"));
    f.confidence = confidenceMember(j, pointer);
    if (j.contains("note"))
        f.note = stringMember(j, "note", pointer, true);
    if ((f.confidence == Confidence::Assumption || !f.value) && f.note.trimmed().isEmpty()) {
        fail(pointer + token(std::string_view("note")),
            f.value ? Text::tr("an assumption needs a note giving its basis")
                    : Text::tr("an empty value needs a note saying why"));
    }
    return f;
}

bool startsEnds(std::string_view s, std::string_view prefix, std::string_view suffix)
{
    return s.size() > prefix.size() + suffix.size() && s.substr(0, prefix.size()) == prefix
        && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view middle(std::string_view s, std::string_view prefix, std::string_view suffix)
{
    return s.substr(prefix.size(), s.size() - prefix.size() - suffix.size());
}

} // namespace

// ---- Enumerations ------------------------------------------------------------------------------

QString toString(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Primary:
        return QStringLiteral("primary");
    case Confidence::RetailApi:
        return QStringLiteral("retail-api");
    case Confidence::Secondary:
        return QStringLiteral("secondary");
    case Confidence::Derived:
        return QStringLiteral("derived");
    case Confidence::Assumption:
        return QStringLiteral("assumption");
    }
    return QString();
}

std::optional<Confidence> confidenceFromString(const QString &s)
{
    for (const Confidence c : { Confidence::Primary, Confidence::RetailApi, Confidence::Secondary,
             Confidence::Derived, Confidence::Assumption }) {
        if (toString(c) == s)
            return c;
    }
    return std::nullopt;
}

QString confidenceLabel(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Primary:
        return QCoreApplication::translate("Confidence", "Primary source");
    case Confidence::RetailApi:
        return QCoreApplication::translate("Confidence", "Retail Prices API");
    case Confidence::Secondary:
        return QCoreApplication::translate("Confidence", "Secondary source");
    case Confidence::Derived:
        return QCoreApplication::translate("Confidence", "Derived");
    case Confidence::Assumption:
        return QCoreApplication::translate("Confidence", "Assumption");
    }
    return QString();
}

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromString(const QString &s, const char *const (&names)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

// The names are the design format's property values, in enum order.
std::optional<AksTier> aksTierFromString(const QString &s)
{
    static const char *const names[] = { "free", "standard", "premium" };
    return enumFromString<AksTier>(s, names);
}

std::optional<FrontDoorTier> frontDoorTierFromString(const QString &s)
{
    static const char *const names[] = { "standard", "premium" };
    return enumFromString<FrontDoorTier>(s, names);
}

std::optional<AppGatewayTier> appGatewayTierFromString(const QString &s)
{
    static const char *const names[] = { "standard_v2", "waf_v2" };
    return enumFromString<AppGatewayTier>(s, names);
}

std::optional<RegistrySku> registrySkuFromString(const QString &s)
{
    static const char *const names[] = { "basic", "standard", "premium" };
    return enumFromString<RegistrySku>(s, names);
}

std::optional<KeyVaultSku> keyVaultSkuFromString(const QString &s)
{
    static const char *const names[] = { "standard", "premium" };
    return enumFromString<KeyVaultSku>(s, names);
}

std::optional<FirewallTier> firewallTierFromString(const QString &s)
{
    static const char *const names[] = { "standard", "premium" };
    return enumFromString<FirewallTier>(s, names);
}

std::optional<DatabaseEngine> databaseEngineFromString(const QString &s)
{
    static const char *const names[] = { "azureSql", "cosmosDb", "postgresql" };
    return enumFromString<DatabaseEngine>(s, names);
}

std::optional<StorageRedundancy> storageRedundancyFromString(const QString &s)
{
    static const char *const names[] = { "LRS", "ZRS", "GRS", "RA-GRS", "GZRS", "RA-GZRS" };
    return enumFromString<StorageRedundancy>(s, names);
}

// ---- Loading -----------------------------------------------------------------------------------

namespace {

QByteArray &builtinOverrides()
{
    static QByteArray json;
    return json;
}

}  // namespace

void Catalog::setBuiltinOverrides(const QByteArray &json)
{
    builtinOverrides() = json;
}

const Catalog &Catalog::builtin()
{
    // A function-local static: initialised once, thread-safely, on first use.
    static const std::unique_ptr<Catalog> instance = [] {
        QFile file(QStringLiteral(":/catalog/azure.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in catalog :/catalog/azure.json is missing from this build");
        QString error;
        std::unique_ptr<Catalog> catalog = fromJson(file.readAll(), &error);
        if (!catalog)
            qFatal("The built-in catalog is invalid: %s", qPrintable(error));
        // applyOverrides changes nothing when it fails: the built-in prices stay.
        if (!builtinOverrides().isEmpty() && !catalog->applyOverrides(builtinOverrides(), &error))
            log::get("catalog")->warn("price overrides not applied: {}", error.toStdString());
        return catalog;
    }();
    return *instance;
}

std::unique_ptr<Catalog> Catalog::fromJson(const QByteArray &json, QString *error)
{
    try {
        std::unique_ptr<Catalog> catalog(new Catalog);
        catalog->load(parseDocument(json));
        return catalog;
    } catch (const CatalogError &e) {
        if (error)
            *error = e.pointer.isEmpty() ? e.message : e.pointer + QLatin1String(": ") + e.message;
    } catch (const nlohmann::json::exception &e) {
        // Defensive: every access above checks types first.
        if (error)
            *error = QString::fromUtf8(e.what());
    }
    return nullptr;
}

void Catalog::load(const nlohmann::json &root)
{
    if (!root.is_object())
        fail(QString(), Text::tr("expected a JSON object"));
    rejectUnknownKeys(root,
        { "asOf", "currency", "hoursPerMonth", "facts", "vmSizes", "regions", "regionsSource" },
        QString());

    m_asOf = stringMember(root, "asOf", QString());
    if (!isDate(m_asOf))
        fail(QStringLiteral("/asOf"), Text::tr("expected a date YYYY-MM-DD or a year"));
    m_currency = stringMember(root, "currency", QString());
    const auto hours = finiteNumber(member(root, "hoursPerMonth", QString()));
    if (!hours || *hours <= 0)
        fail(QStringLiteral("/hoursPerMonth"), Text::tr("expected a positive number"));
    m_hoursPerMonth = *hours;

    const json &factsJson = member(root, "facts", QString());
    if (!factsJson.is_object())
        fail(QStringLiteral("/facts"), Text::tr("expected an object"));
    for (auto it = factsJson.begin(); it != factsJson.end(); ++it) {
        const QString pointer = QStringLiteral("/facts") + token(it.key());
        if (it.key().empty())
            fail(pointer, Text::tr("a fact id must not be empty"));
        Fact f = readFact(it.value(), pointer, ValueRule::Required);
        f.id = QString::fromStdString(it.key());
        m_facts.emplace(it.key(), std::move(f));
    }
    for (const FactId id : kRequired) {
        const auto it = m_facts.find(id.id);
        const QString pointer = QStringLiteral("/facts") + token(id.id);
        if (it == m_facts.end())
            fail(pointer, Text::tr("missing"));
        if (!it->second.value && !mayBeEmpty(id.id))
            fail(pointer + QStringLiteral("/value"), Text::tr("this fact needs a number"));
    }

    const json &vms = member(root, "vmSizes", QString());
    if (!vms.is_array())
        fail(QStringLiteral("/vmSizes"), Text::tr("expected an array"));
    for (std::size_t i = 0; i < vms.size(); ++i) {
        const json &v = vms[i];
        const QString pointer = QStringLiteral("/vmSizes") + token(i);
        if (!v.is_object())
            fail(pointer, Text::tr("expected an object"));
        rejectUnknownKeys(v, { "name", "vcpu", "memoryGiB", "pricePerHour" }, pointer);
        VmSize size;
        size.name = stringMember(v, "name", pointer);
        const json &vcpu = member(v, "vcpu", pointer);
        if (!vcpu.is_number_integer() || vcpu.get<long long>() < 1 || vcpu.get<long long>() > 4096)
            fail(pointer + QStringLiteral("/vcpu"), Text::tr("expected a positive whole number"));
        size.vcpu = int(vcpu.get<long long>());
        const auto memory = finiteNumber(member(v, "memoryGiB", pointer));
        if (!memory || *memory <= 0)
            fail(pointer + QStringLiteral("/memoryGiB"), Text::tr("expected a positive number"));
        size.memoryGiB = *memory;
        size.pricePerHour = readFact(member(v, "pricePerHour", pointer),
            pointer + QStringLiteral("/pricePerHour"), ValueRule::Required);
        if (!size.pricePerHour.value)
            fail(pointer + QStringLiteral("/pricePerHour/value"),
                Text::tr("this fact needs a number"));
        size.pricePerHour.id
            = QStringLiteral("vmSize.") + size.name + QStringLiteral(".pricePerHour");
        if (m_vmIndex.contains(size.name))
            fail(pointer + QStringLiteral("/name"), Text::tr("duplicate VM size"));
        m_vmIndex.insert(size.name, qsizetype(m_vmSizes.size()));
        m_vmSizes.push_back(std::move(size));
    }

    const json &regions = member(root, "regions", QString());
    if (!regions.is_array())
        fail(QStringLiteral("/regions"), Text::tr("expected an array"));
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const json &r = regions[i];
        const QString pointer = QStringLiteral("/regions") + token(i);
        if (!r.is_object())
            fail(pointer, Text::tr("expected an object"));
        rejectUnknownKeys(r,
            { "name", "displayName", "geography", "location", "zones", "pair", "restricted" },
            pointer);
        RegionInfo region;
        region.name = stringMember(r, "name", pointer);
        if (!isRegionName(region.name))
            fail(
                pointer + QStringLiteral("/name"), Text::tr("expected a programmatic region name"));
        region.displayName = stringMember(r, "displayName", pointer);
        region.geography = stringMember(r, "geography", pointer);
        region.location = stringMember(r, "location", pointer);
        region.hasZones = boolMember(r, "zones", pointer);
        region.restricted = boolMember(r, "restricted", pointer);
        // A pair may name a region without a row of its own (a restricted region missing from
        // Microsoft's list), so it is checked for form, not membership.
        const json &pair = member(r, "pair", pointer);
        if (!pair.is_null()) {
            if (!pair.is_string())
                fail(pointer + QStringLiteral("/pair"), Text::tr("expected a region name or null"));
            region.pair = QString::fromStdString(pair.get<std::string>());
            if (!isRegionName(region.pair) || region.pair == region.name)
                fail(pointer + QStringLiteral("/pair"), Text::tr("expected another region's name"));
        }
        if (m_regionIndex.contains(region.name))
            fail(pointer + QStringLiteral("/name"), Text::tr("duplicate region"));
        m_regionIndex.insert(region.name, 0);
        m_regions.push_back(std::move(region));
    }

    m_regionsSource = readFact(member(root, "regionsSource", QString()),
        QStringLiteral("/regionsSource"), ValueRule::Forbidden);
    m_regionsSource.id = QStringLiteral("regionsSource");

    std::sort(m_regions.begin(), m_regions.end(), [](const RegionInfo &a, const RegionInfo &b) {
        const int c = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    m_regionIndex.clear();
    for (std::size_t i = 0; i < m_regions.size(); ++i)
        m_regionIndex.insert(m_regions[i].name, qsizetype(i));
    std::sort(m_vmSizes.begin(), m_vmSizes.end(),
        [](const VmSize &a, const VmSize &b) { return a.name < b.name; });
    m_vmIndex.clear();
    for (std::size_t i = 0; i < m_vmSizes.size(); ++i)
        m_vmIndex.insert(m_vmSizes[i].name, qsizetype(i));
}

bool Catalog::applyOverrides(const QByteArray &json, QString *error)
{
    struct Change {
        std::string id;
        Fact fact;
    };
    std::vector<Change> changes;
    try {
        const nlohmann::json root = parseDocument(json);
        if (!root.is_object())
            fail(QString(), Text::tr("expected a JSON object"));
        rejectUnknownKeys(root, { "facts" }, QString());
        const nlohmann::json &entries = member(root, "facts", QString());
        if (!entries.is_object())
            fail(QStringLiteral("/facts"), Text::tr("expected an object"));
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const std::string &id = it.key();
            const QString qid = QString::fromStdString(id);
            const QString pointer = QStringLiteral("/facts") + token(id);

            const Fact *old = fact(qid);
            Fact replacing; // for a region's multiplier that the catalog does not hold yet
            if (!old) {
                if (!startsEnds(id, kRegionPrefix, kPriceMultiplierSuffix)
                    || !region(fromStd(middle(id, kRegionPrefix, kPriceMultiplierSuffix)))) {
                    fail(pointer, Text::tr("unknown fact id"));
                }
                replacing = at(facts::regionPriceMultiplier);
                replacing.id = qid;
                old = &replacing;
            }

            const nlohmann::json &entry = it.value();
            Fact f = *old;
            std::optional<double> value;
            const nlohmann::json *fields = nullptr;
            if (entry.is_object()) {
                rejectUnknownKeys(
                    entry, { "value", "source", "asOf", "confidence", "note" }, pointer);
                const nlohmann::json &v = member(entry, "value", pointer);
                if (!v.is_null()) {
                    value = finiteNumber(v);
                    if (!value)
                        fail(pointer + QStringLiteral("/value"),
                            Text::tr("expected a number or null"));
                }
                fields = &entry;
            } else {
                value = finiteNumber(entry);
                if (!value)
                    fail(pointer, Text::tr("expected a number or an object with a value"));
            }
            const bool isVmPrice = vmSizeForPriceId(id) != nullptr;
            if (!value
                && (isVmPrice
                    || std::any_of(std::begin(kRequired), std::end(kRequired),
                        [&id](FactId r) { return r.id == id; }))
                && !mayBeEmpty(id)) {
                fail(pointer + QStringLiteral("/value"), Text::tr("this fact needs a number"));
            }

            f.value = value;
            f.source = Text::tr("local override");
            f.asOf = QDate::currentDate().toString(Qt::ISODate);
            f.confidence = Confidence::Assumption;
            const QString was = old->value ? QString::number(*old->value) : Text::tr("no value");
            f.note = Text::tr("Replaces %1 (%2, %3).").arg(was, old->source, old->asOf);
            if (fields) {
                if (fields->contains("source"))
                    f.source = stringMember(*fields, "source", pointer);
                if (fields->contains("asOf")) {
                    f.asOf = stringMember(*fields, "asOf", pointer);
                    if (!isDate(f.asOf)) {
                        fail(pointer + QStringLiteral("/asOf"),
                            Text::tr("expected a date YYYY-MM-DD or a year"));
                    }
                }
                if (fields->contains("confidence"))
                    f.confidence = confidenceMember(*fields, pointer);
                if (fields->contains("note"))
                    f.note = stringMember(*fields, "note", pointer, true);
            }
            if ((f.confidence == Confidence::Assumption || !f.value) && f.note.trimmed().isEmpty())
                fail(pointer + QStringLiteral("/note"), Text::tr("an assumption needs a note"));
            changes.push_back({ id, std::move(f) });
        }
    } catch (const CatalogError &e) {
        if (error)
            *error = e.pointer.isEmpty() ? e.message : e.pointer + QLatin1String(": ") + e.message;
        return false;
    }

    // Everything was checked above: the catalog changes all at once or not at all.
    for (Change &c : changes) {
        if (const VmSize *vm = vmSizeForPriceId(c.id)) {
            m_vmSizes[std::size_t(m_vmIndex.value(vm->name))].pricePerHour = std::move(c.fact);
        } else {
            m_facts.insert_or_assign(c.id, std::move(c.fact));
        }
    }
    return true;
}

// ---- Queries -----------------------------------------------------------------------------------

const VmSize *Catalog::vmSizeForPriceId(std::string_view id) const
{
    if (!startsEnds(id, kVmPrefix, kPricePerHourSuffix))
        return nullptr;
    return vmSize(fromStd(middle(id, kVmPrefix, kPricePerHourSuffix)));
}

const Fact *Catalog::fact(const QString &id) const
{
    const std::string key = id.toStdString();
    if (const auto it = m_facts.find(key); it != m_facts.end())
        return &it->second;
    if (const VmSize *vm = vmSizeForPriceId(key))
        return &vm->pricePerHour;
    return nullptr;
}

const Fact &Catalog::at(FactId id) const
{
    const auto it = m_facts.find(id.id);
    if (it == m_facts.end())
        throw std::out_of_range("catalog: no fact " + std::string(id.id));
    return it->second;
}

std::vector<const Fact *> Catalog::facts() const
{
    std::vector<const Fact *> all;
    all.reserve(m_facts.size());
    for (const auto &entry : m_facts)
        all.push_back(&entry.second);
    return all;
}

Resolved Catalog::resolve(const Fact &fact, const nlohmann::json &assumptions) const
{
    Resolved r;
    r.value = fact.value;
    r.fact = &fact;
    r.id = fact.id;
    if (assumptions.is_object() && !assumptions.empty()) {
        const auto it = assumptions.find(fact.id.toStdString());
        if (it != assumptions.end()) {
            if (const auto v = finiteNumber(*it)) {
                r.value = v;
                r.fromAssumptions = true;
            }
        }
    }
    return r;
}

double Catalog::value(const Fact &fact, const nlohmann::json &assumptions) const
{
    const Resolved r = resolve(fact, assumptions);
    if (!r.value)
        throw std::out_of_range("catalog: fact " + fact.id.toStdString() + " has no value");
    return *r.value;
}

double Catalog::value(FactId id, const nlohmann::json &assumptions) const
{
    return value(at(id), assumptions);
}

double Catalog::value(const QString &id, const nlohmann::json &assumptions) const
{
    const Fact *f = fact(id);
    if (!f)
        throw std::out_of_range("catalog: no fact " + id.toStdString());
    return value(*f, assumptions);
}

bool Catalog::isOverridable(const QString &id) const
{
    if (fact(id))
        return true;
    const std::string key = id.toStdString();
    return startsEnds(key, kRegionPrefix, kPriceMultiplierSuffix)
        && region(fromStd(middle(key, kRegionPrefix, kPriceMultiplierSuffix)));
}

QStringList Catalog::ignoredAssumptions(const nlohmann::json &assumptions) const
{
    QStringList ignored;
    if (!assumptions.is_object())
        return ignored;
    for (auto it = assumptions.begin(); it != assumptions.end(); ++it) {
        const QString id = QString::fromStdString(it.key());
        if (!isOverridable(id) || !finiteNumber(it.value()))
            ignored.append(id);
    }
    ignored.sort();
    return ignored;
}

const RegionInfo *Catalog::region(const QString &name) const
{
    const auto it = m_regionIndex.constFind(name);
    return it == m_regionIndex.constEnd() ? nullptr : &m_regions[std::size_t(*it)];
}

bool Catalog::arePaired(const QString &a, const QString &b) const
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return false;
    const RegionInfo *ra = region(a);
    const RegionInfo *rb = region(b);
    return (ra && ra->pair == b) || (rb && rb->pair == a);
}

bool Catalog::regionHasZones(const QString &name) const
{
    const RegionInfo *r = region(name);
    return r && r->hasZones;
}

const VmSize *Catalog::vmSize(const QString &name) const
{
    const auto it = m_vmIndex.constFind(name);
    return it == m_vmIndex.constEnd() ? nullptr : &m_vmSizes[std::size_t(*it)];
}

// ---- Typed accessors ---------------------------------------------------------------------------
// The id tables follow the order of each enum.

const Fact &Catalog::aksTierPricePerHour(AksTier tier) const
{
    static constexpr FactId ids[] = { facts::aksFreePricePerHour, facts::aksStandardPricePerHour,
        facts::aksPremiumPricePerHour };
    return at(pick(tier, ids));
}

const Fact &Catalog::aksUptimeSla(AksTier tier, bool withZones) const
{
    static constexpr FactId with[] = { facts::aksFreeSlaWithZones, facts::aksStandardSlaWithZones,
        facts::aksPremiumSlaWithZones };
    static constexpr FactId without[] = { facts::aksFreeSlaWithoutZones,
        facts::aksStandardSlaWithoutZones, facts::aksPremiumSlaWithoutZones };
    return at(pick(tier, withZones ? with : without));
}

const Fact &Catalog::aksLimit(AksLimit limit) const
{
    static constexpr FactId ids[]
        = { facts::aksNodesPerCluster, facts::aksNodesPerNodePool, facts::aksNodePoolsPerCluster,
              facts::aksPodsPerNode, facts::aksFreeTierNodes, facts::aksFreeTierRecommendedNodes };
    return at(pick(limit, ids));
}

const Fact &Catalog::aksOsDiskPerNodeMonthly() const { return at(facts::aksOsDiskPerNodeMonthly); }

const Fact &Catalog::aksAutoscalerMaxNodeProvisionTime() const
{
    return at(facts::aksAutoscalerMaxNodeProvision);
}

const Fact &Catalog::aksNodeProvisionTime() const { return at(facts::aksNodeProvision); }

const Fact &Catalog::aksClusterStartTime() const { return at(facts::aksClusterStart); }

const Fact &Catalog::aksClusterCreateTime() const { return at(facts::aksClusterCreate); }

FactRange Catalog::aksStopStartWait() const
{
    return { at(facts::aksStopStartMinWait), at(facts::aksStopStartMaxWait) };
}

const Fact &Catalog::aksStoppedStateRetention() const
{
    return at(facts::aksStoppedStateRetention);
}

const Fact &Catalog::regionPriceMultiplier() const { return at(facts::regionPriceMultiplier); }

Resolved Catalog::regionPriceMultiplier(
    const QString &region, const nlohmann::json &assumptions) const
{
    const Fact &general = at(facts::regionPriceMultiplier);
    const std::string specific
        = std::string(kRegionPrefix) + region.toStdString() + std::string(kPriceMultiplierSuffix);
    const auto catalogEntry = m_facts.find(specific);
    if (assumptions.is_object()) {
        if (const auto it = assumptions.find(specific); it != assumptions.end()) {
            if (const auto v = finiteNumber(*it)) {
                Resolved r;
                r.value = v;
                r.fact = catalogEntry != m_facts.end() ? &catalogEntry->second : &general;
                r.id = QString::fromStdString(specific);
                r.fromAssumptions = true;
                return r;
            }
        }
    }
    if (catalogEntry != m_facts.end() && catalogEntry->second.value)
        return resolve(catalogEntry->second, assumptions);
    return resolve(general, assumptions);
}

const Fact &Catalog::frontDoorBaseMonthly(FrontDoorTier tier) const
{
    static constexpr FactId ids[]
        = { facts::frontDoorStandardBaseMonthly, facts::frontDoorPremiumBaseMonthly };
    return at(pick(tier, ids));
}

const Fact &Catalog::frontDoorRequestsPer10k(FrontDoorTier tier) const
{
    static constexpr FactId ids[]
        = { facts::frontDoorStandardRequestsPer10k, facts::frontDoorPremiumRequestsPer10k };
    return at(pick(tier, ids));
}

const Fact &Catalog::frontDoorEgressPerGB() const { return at(facts::frontDoorEgressPerGB); }

const Fact &Catalog::frontDoorSla() const { return at(facts::frontDoorSla); }

const Fact &Catalog::frontDoorProbeInterval() const { return at(facts::frontDoorProbeInterval); }

const Fact &Catalog::frontDoorSampleSize() const { return at(facts::frontDoorSampleSize); }

const Fact &Catalog::frontDoorSuccessfulSamplesRequired() const
{
    return at(facts::frontDoorSuccessfulSamples);
}

FactRange Catalog::frontDoorPriorityRange() const
{
    return { at(facts::frontDoorPriorityMin), at(facts::frontDoorPriorityMax) };
}

FactRange Catalog::frontDoorWeightRange() const
{
    return { at(facts::frontDoorWeightMin), at(facts::frontDoorWeightMax) };
}

const Fact &Catalog::frontDoorDefaultWeight() const { return at(facts::frontDoorWeightDefault); }

const Fact &Catalog::trafficManagerDnsPerMillion() const
{
    return at(facts::trafficManagerDnsPerMillion);
}

const Fact &Catalog::trafficManagerDnsPerMillionOver1B() const
{
    return at(facts::trafficManagerDnsPerMillionOver1B);
}

const Fact &Catalog::trafficManagerHealthCheckPerEndpointMonthly() const
{
    return at(facts::trafficManagerHealthCheckMonthly);
}

const Fact &Catalog::trafficManagerFastProbePerEndpointMonthly() const
{
    return at(facts::trafficManagerFastProbeMonthly);
}

const Fact &Catalog::trafficManagerSla() const { return at(facts::trafficManagerSla); }

const Fact &Catalog::trafficManagerDefaultTtl() const
{
    return at(facts::trafficManagerTtlDefault);
}

FactRange Catalog::trafficManagerTtlRange() const
{
    return { at(facts::trafficManagerTtlMin), at(facts::trafficManagerTtlMax) };
}

const Fact &Catalog::trafficManagerDefaultToleratedFailures() const
{
    return at(facts::trafficManagerToleratedFailuresDefault);
}

FactRange Catalog::trafficManagerToleratedFailuresRange() const
{
    return { at(facts::trafficManagerToleratedFailuresMin),
        at(facts::trafficManagerToleratedFailuresMax) };
}

const Fact &Catalog::trafficManagerProbeInterval(bool fast) const
{
    return at(
        fast ? facts::trafficManagerProbeIntervalFast : facts::trafficManagerProbeIntervalNormal);
}

namespace {

std::vector<const Fact *> byValue(std::vector<const Fact *> list)
{
    std::sort(
        list.begin(), list.end(), [](const Fact *a, const Fact *b) { return a->value < b->value; });
    return list;
}

} // namespace

std::vector<const Fact *> Catalog::trafficManagerProbeIntervals() const
{
    return byValue({ &at(facts::trafficManagerProbeIntervalFast),
        &at(facts::trafficManagerProbeIntervalNormal) });
}

const Fact &Catalog::appGatewayFixedPerHour(AppGatewayTier tier) const
{
    static constexpr FactId ids[]
        = { facts::appGatewayStandardFixedPerHour, facts::appGatewayWafFixedPerHour };
    return at(pick(tier, ids));
}

const Fact &Catalog::appGatewayCapacityUnitPerHour(AppGatewayTier tier) const
{
    static constexpr FactId ids[]
        = { facts::appGatewayStandardCapacityUnitPerHour, facts::appGatewayWafCapacityUnitPerHour };
    return at(pick(tier, ids));
}

const Fact &Catalog::appGatewaySla() const { return at(facts::appGatewaySla); }

const Fact &Catalog::registryPerDay(RegistrySku sku) const
{
    static constexpr FactId ids[] = { facts::registryBasicPerDay, facts::registryStandardPerDay,
        facts::registryPremiumPerDay };
    return at(pick(sku, ids));
}

const Fact &Catalog::registryGeoReplicaPerDay() const
{
    return at(facts::registryGeoReplicaPerDay);
}

const Fact &Catalog::registryGeoReplication(RegistrySku sku) const
{
    static constexpr FactId ids[] = { facts::registryBasicGeoReplication,
        facts::registryStandardGeoReplication, facts::registryPremiumGeoReplication };
    return at(pick(sku, ids));
}

bool Catalog::registrySupportsGeoReplication(RegistrySku sku) const
{
    return registryGeoReplication(sku).value.value_or(0) != 0;
}

const Fact &Catalog::registrySla() const { return at(facts::registrySla); }

const Fact &Catalog::registryRegionFailoverTime() const
{
    return at(facts::registryRegionFailover);
}

const Fact &Catalog::registryReplicationRpo() const { return at(facts::registryReplicationRpo); }

const Fact &Catalog::keyVaultOperationsPer10k(KeyVaultSku sku) const
{
    static constexpr FactId ids[]
        = { facts::keyVaultStandardOperationsPer10k, facts::keyVaultPremiumOperationsPer10k };
    return at(pick(sku, ids));
}

const Fact &Catalog::keyVaultHsmKeyMonthly() const
{
    return at(facts::keyVaultPremiumHsmKeyMonthly);
}

const Fact &Catalog::keyVaultSla() const { return at(facts::keyVaultSla); }

const Fact &Catalog::logAnalyticsIngestionPerGB() const
{
    return at(facts::logAnalyticsIngestionPerGB);
}

const Fact &Catalog::logAnalyticsFreeGBPerMonth() const
{
    return at(facts::logAnalyticsFreeGBPerMonth);
}

const Fact &Catalog::logAnalyticsSla() const { return at(facts::logAnalyticsSla); }

const Fact &Catalog::logAnalyticsReplicationLag() const
{
    return at(facts::logAnalyticsReplicationLag);
}

const Fact &Catalog::firewallPerHour(FirewallTier tier) const
{
    static constexpr FactId ids[]
        = { facts::firewallStandardPerHour, facts::firewallPremiumPerHour };
    return at(pick(tier, ids));
}

const Fact &Catalog::firewallDataPerGB() const { return at(facts::firewallDataPerGB); }

const Fact &Catalog::firewallSla(bool zoneRedundant) const
{
    return at(zoneRedundant ? facts::firewallSlaZoneRedundant : facts::firewallSlaNonZonal);
}

const Fact &Catalog::firewallScaleOutTime() const { return at(facts::firewallScaleOut); }

const Fact &Catalog::firewallPolicyFreeAssociations() const
{
    return at(facts::firewallPolicyFreeAssociations);
}

const Fact &Catalog::firewallPolicyFixedMonthly() const
{
    return at(facts::firewallPolicyFixedMonthly);
}

const Fact &Catalog::databaseMonthly(DatabaseEngine engine) const
{
    static constexpr FactId ids[]
        = { facts::azureSqlMonthly, facts::cosmosDbMonthly, facts::postgresqlMonthly };
    return at(pick(engine, ids));
}

const Fact &Catalog::databaseSla(DatabaseEngine engine, bool zoneRedundant) const
{
    static constexpr FactId zonal[] = { facts::azureSqlSlaZoneRedundant,
        facts::cosmosDbSlaZoneRedundant, facts::postgresqlSlaZoneRedundant };
    static constexpr FactId nonZonal[]
        = { facts::azureSqlSlaNonZonal, facts::cosmosDbSlaNonZonal, facts::postgresqlSlaNonZonal };
    return at(pick(engine, zoneRedundant ? zonal : nonZonal));
}

const Fact &Catalog::cosmosDbMultiRegionWritesSla() const
{
    return at(facts::cosmosDbSlaMultiRegionWrites);
}

RecoveryFacts Catalog::databaseFailover(DatabaseEngine engine) const
{
    static constexpr FactId rto[] = { facts::azureSqlFailoverGroupRto, facts::cosmosDbFailoverRto,
        facts::postgresqlFailoverRto };
    static constexpr FactId rpo[] = { facts::azureSqlFailoverGroupRpo, facts::cosmosDbSessionRpo,
        facts::postgresqlFailoverRpo };
    return { at(pick(engine, rto)), at(pick(engine, rpo)) };
}

RecoveryFacts Catalog::azureSqlManualFailover() const
{
    return { at(facts::azureSqlManualFailoverRto), at(facts::azureSqlManualFailoverRpo) };
}

RecoveryFacts Catalog::azureSqlGeoRestore() const
{
    return { at(facts::azureSqlGeoRestoreRto), at(facts::azureSqlGeoRestoreRpo) };
}

const Fact &Catalog::azureSqlZoneFailoverTime() const { return at(facts::azureSqlZoneFailover); }

const Fact &Catalog::cosmosDbServiceManagedFailoverTime() const
{
    return at(facts::cosmosDbServiceManagedFailoverRto);
}

const Fact &Catalog::cosmosDbRpo(CosmosConsistency consistency) const
{
    static constexpr FactId ids[] = { facts::cosmosDbStrongRpo, facts::cosmosDbBoundedStalenessRpo,
        facts::cosmosDbSessionRpo, facts::cosmosDbConsistentPrefixRpo, facts::cosmosDbEventualRpo };
    return at(pick(consistency, ids));
}

const Fact &Catalog::storagePerGBMonth(StorageRedundancy redundancy) const
{
    static constexpr FactId ids[] = { facts::storageLrsPerGBMonth, facts::storageZrsPerGBMonth,
        facts::storageGrsPerGBMonth, facts::storageRaGrsPerGBMonth, facts::storageGzrsPerGBMonth,
        facts::storageRaGzrsPerGBMonth };
    return at(pick(redundancy, ids));
}

const Fact &Catalog::storageSla(StorageRedundancy redundancy, StorageAccess access) const
{
    static constexpr FactId read[]
        = { facts::storageLrsReadSla, facts::storageZrsReadSla, facts::storageGrsReadSla,
              facts::storageRaGrsReadSla, facts::storageGzrsReadSla, facts::storageRaGzrsReadSla };
    static constexpr FactId write[] = { facts::storageLrsWriteSla, facts::storageZrsWriteSla,
        facts::storageGrsWriteSla, facts::storageRaGrsWriteSla, facts::storageGzrsWriteSla,
        facts::storageRaGzrsWriteSla };
    return at(pick(redundancy, access == StorageAccess::Read ? read : write));
}

const Fact &Catalog::storageGeoRedundant(StorageRedundancy redundancy) const
{
    static constexpr FactId ids[] = { facts::storageLrsGeoRedundant, facts::storageZrsGeoRedundant,
        facts::storageGrsGeoRedundant, facts::storageRaGrsGeoRedundant,
        facts::storageGzrsGeoRedundant, facts::storageRaGzrsGeoRedundant };
    return at(pick(redundancy, ids));
}

bool Catalog::storageIsGeoRedundant(StorageRedundancy redundancy) const
{
    return storageGeoRedundant(redundancy).value.value_or(0) != 0;
}

RecoveryFacts Catalog::storageGeoFailover() const
{
    return { at(facts::storageGeoFailoverRto), at(facts::storageGeoFailoverRpo) };
}

const Fact &Catalog::backupVaultTierRpo(bool crossRegion) const
{
    return at(crossRegion ? facts::backupVaultTierCrossRegionRpo : facts::backupVaultTierRpo);
}

const Fact &Catalog::backupOperationalMinInterval() const
{
    return at(facts::backupOperationalMinInterval);
}

std::vector<const Fact *> Catalog::backupFrequencyOptions() const
{
    return byValue({ &at(facts::backupEvery4Hours), &at(facts::backupEvery8Hours),
        &at(facts::backupEvery12Hours), &at(facts::backupDaily) });
}

const Fact &Catalog::backupRestoreTime() const { return at(facts::backupRestore); }

const Fact &Catalog::backupProtectedInstanceMonthly() const
{
    return at(facts::backupProtectedInstanceMonthly);
}

const Fact &Catalog::routerRequestsPerMonth() const { return at(facts::routerRequestsPerMonth); }

const Fact &Catalog::routerEgressGBPerMonth() const { return at(facts::routerEgressGBPerMonth); }

const Fact &Catalog::trafficManagerDnsQueriesPerMonth() const
{
    return at(facts::dnsQueriesPerMonth);
}

const Fact &Catalog::keyVaultOperationsPerMonth() const
{
    return at(facts::keyVaultOperationsPerMonth);
}

const Fact &Catalog::firewallGBProcessedPerMonth() const
{
    return at(facts::firewallGBProcessedPerMonth);
}

const Fact &Catalog::activationDecisionTime(ActivationTrigger trigger) const
{
    return at(trigger == ActivationTrigger::Event ? facts::eventDecision : facts::manualDecision);
}

const Fact &Catalog::manualSwitchoverTime() const { return at(facts::manualSwitchover); }

} // namespace continuity
