// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/catalog/catalog.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>

using namespace continuity;
using nlohmann::json;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isDate(const QString &s)
{
    return QRegularExpression(QStringLiteral("^\\d{4}$")).match(s).hasMatch()
        || (s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid());
}

QByteArray dump(const json &j) { return QByteArray::fromStdString(j.dump()); }

/// One row of Microsoft's regions table (shared/domain/regions-list.txt).
struct ListedRegion {
    QString name;
    QString displayName;
    bool zones = false;
    QString pairDisplayName; ///< empty for "N/A"
    bool restricted = false;
};

QString withoutRestricted(QString s)
{
    static const QString prefix = QStringLiteral("(restricted) ");
    if (s.startsWith(prefix))
        s.remove(0, prefix.size());
    return s;
}

std::vector<ListedRegion> listedRegions(const QString &path)
{
    std::vector<ListedRegion> rows;
    const QString text = QString::fromUtf8(readFile(path));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| ")) || line.startsWith(QLatin1String("| Region")))
            continue;
        QStringList cells = line.trimmed().split(QLatin1Char('|'));
        if (cells.size() != 8) // empty before the first and after the last bar
            continue;
        for (QString &c : cells)
            c = c.trimmed();
        ListedRegion r;
        r.displayName = withoutRestricted(cells[1]);
        r.restricted = cells[1].startsWith(QLatin1String("(restricted)"));
        r.zones = cells[2] == QLatin1String("YES");
        r.pairDisplayName
            = cells[3] == QLatin1String("N/A") ? QString() : withoutRestricted(cells[3]);
        r.name = cells[6];
        rows.push_back(r);
    }
    return rows;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    const Catalog &catalog() const { return *m_catalog; }
    json catalogJson() const { return json::parse(m_json.constBegin(), m_json.constEnd()); }

    const Catalog *m_catalog = nullptr;
    std::unique_ptr<Catalog> m_fromSource;
    QByteArray m_json;

private slots:
    void initTestCase()
    {
        const QString resource = QStringLiteral(":/catalog/azure.json");
        if (QFile::exists(resource)) {
            m_json = readFile(resource);
            m_catalog = &Catalog::builtin();
        } else {
            // The resource is not linked into this build: read the source tree's copy.
            m_json
                = readFile(QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/catalog/azure.json"));
            QString error;
            m_fromSource = Catalog::fromJson(m_json, &error);
            QVERIFY2(m_fromSource, qPrintable(error));
            m_catalog = m_fromSource.get();
        }
        QVERIFY(!m_json.isEmpty());
    }

    void everyListedRegionIsPresentWithItsZonesAndPair_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<bool>("zones");
        QTest::addColumn<QString>("pair");
        QTest::addColumn<bool>("restricted");
#ifdef CONTINUITY_SHARED_DIR
        const auto rows
            = listedRegions(QStringLiteral(CONTINUITY_SHARED_DIR "/domain/regions-list.txt"));
#else
        const std::vector<ListedRegion> rows;
#endif
        if (rows.empty())
            QSKIP("The shared regions list is not available");
        QCOMPARE(rows.size(), std::size_t(57));
        QHash<QString, QString> nameOf;
        for (const ListedRegion &r : rows)
            nameOf.insert(r.displayName, r.name);
        for (const ListedRegion &r : rows) {
            QString pair;
            if (!r.pairDisplayName.isEmpty()) {
                // A pair without a row of its own keeps Azure's naming rule.
                pair = nameOf.value(
                    r.pairDisplayName, r.pairDisplayName.toLower().remove(QLatin1Char(' ')));
            }
            QTest::newRow(qPrintable(r.name))
                << r.name << r.displayName << r.zones << pair << r.restricted;
        }
    }

    void everyListedRegionIsPresentWithItsZonesAndPair()
    {
        QFETCH(QString, name);
        QFETCH(QString, displayName);
        QFETCH(bool, zones);
        QFETCH(QString, pair);
        QFETCH(bool, restricted);
        const RegionInfo *r = catalog().region(name);
        QVERIFY(r);
        QCOMPARE(r->displayName, displayName);
        QCOMPARE(r->hasZones, zones);
        QCOMPARE(catalog().regionHasZones(name), zones);
        QCOMPARE(r->pair, pair);
        QCOMPARE(r->restricted, restricted);
        QVERIFY(!r->geography.isEmpty());
        QVERIFY(!r->location.isEmpty());
    }

    void regionPairsFollowTheFacts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aListsB");
        QTest::addColumn<bool>("bListsA");
        QTest::addColumn<bool>("paired");
        QTest::newRow("Canada Central and Canada East") << "canadacentral"
                                                        << "canadaeast" << true << true << true;
        QTest::newRow("East US 2 and Central US") << "eastus2"
                                                  << "centralus" << true << true << true;
        QTest::newRow("East US and West US") << "eastus"
                                             << "westus" << true << true << true;
        QTest::newRow("North and West Europe") << "northeurope"
                                               << "westeurope" << true << true << true;
        QTest::newRow("West US 3 lists East US, one way") << "westus3"
                                                          << "eastus" << true << false << true;
        QTest::newRow("Brazil South lists South Central US, one way")
            << "brazilsouth"
            << "southcentralus" << true << false << true;
        QTest::newRow("West India lists South India, one way")
            << "westindia"
            << "southindia" << true << false << true;
        QTest::newRow("India South Central lists Central India, one way")
            << "indiasouthcentral"
            << "centralindia" << true << false << true;
        QTest::newRow("Central India and South India") << "centralindia"
                                                       << "southindia" << true << true << true;
        QTest::newRow("West US 3 and West US are not paired")
            << "westus3"
            << "westus" << false << false << false;
        QTest::newRow("East US 2 and West US 2 are not paired")
            << "eastus2"
            << "westus2" << false << false << false;
        QTest::newRow("Italy North has no pair") << "italynorth"
                                                 << "westeurope" << false << false << false;
    }

    void regionPairsFollowTheFacts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aListsB);
        QFETCH(bool, bListsA);
        QFETCH(bool, paired);
        QVERIFY(catalog().region(a));
        QVERIFY(catalog().region(b));
        QCOMPARE(catalog().region(a)->pair == b, aListsB);
        QCOMPARE(catalog().region(b)->pair == a, bListsA);
        QCOMPARE(catalog().arePaired(a, b), paired);
        QCOMPARE(catalog().arePaired(b, a), paired);
    }

    void nonPairedRegionsHaveNoPair()
    {
        for (const char *name : { "austriaeast", "belgiumcentral", "chilecentral", "denmarkeast",
                 "indonesiacentral", "israelcentral", "italynorth", "malaysiawest", "mexicocentral",
                 "newzealandnorth", "polandcentral", "qatarcentral", "spaincentral" }) {
            const RegionInfo *r = catalog().region(QString::fromLatin1(name));
            QVERIFY2(r, name);
            QVERIFY2(r->pair.isEmpty(), name);
        }
    }

    void regionsAreSortedByDisplayNameAndLookedUpByProgrammaticName()
    {
        const auto &regions = catalog().regions();
        for (std::size_t i = 1; i < regions.size(); ++i) {
            QVERIFY(regions[i - 1].displayName.compare(regions[i].displayName, Qt::CaseInsensitive)
                <= 0);
        }
        QVERIFY(catalog().region(QStringLiteral("eastus2")));
        QVERIFY(!catalog().region(QStringLiteral("East US 2")));
        QVERIFY(!catalog().region(QStringLiteral("atlantis")));
        QVERIFY(!catalog().regionHasZones(QStringLiteral("atlantis")));
        QVERIFY(!catalog().arePaired(QStringLiteral("atlantis"), QStringLiteral("eastus")));
    }

    void everyFactHasASourceADateAndAConfidence()
    {
        std::vector<const Fact *> all = catalog().facts();
        QVERIFY(all.size() > 100);
        for (const VmSize &vm : catalog().vmSizes())
            all.push_back(&vm.pricePerHour);
        for (const Fact *f : all) {
            const QByteArray id = f->id.toUtf8();
            QVERIFY2(!f->id.isEmpty(), id);
            QVERIFY2(!f->source.trimmed().isEmpty(), id);
            QVERIFY2(isDate(f->asOf), id);
            QVERIFY2(confidenceFromString(toString(f->confidence)) == f->confidence, id);
            QVERIFY2(!f->unit.isEmpty(), id);
            if (f->confidence == Confidence::Assumption)
                QVERIFY2(!f->note.trimmed().isEmpty(), "assumption without a basis: " + id);
            if (!f->value)
                QVERIFY2(!f->note.trimmed().isEmpty(), "empty value without a reason: " + id);
        }
        const Fact &regions = catalog().regionsSource();
        QVERIFY(!regions.source.isEmpty());
        QVERIFY(isDate(regions.asOf));
        QVERIFY(!regions.value);
        QVERIFY(isDate(catalog().asOf()));
    }

    void factsAreSortedById()
    {
        const auto all = catalog().facts();
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1]->id < all[i]->id);
        for (const Fact *f : all)
            QCOMPARE(catalog().fact(f->id), f);
        QVERIFY(!catalog().fact(QStringLiteral("no.such.fact")));
    }

    void knownValuesMatchTheSources_data()
    {
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("expected");
        const Catalog &c = catalog();
        const auto row = [](const char *name, const Fact &f, double expected) {
            QTest::newRow(name) << f.value.value_or(-1) << expected;
        };
        QTest::newRow("hours per month") << c.hoursPerMonth() << 730.0;
        row("AKS Free tier per hour", c.aksTierPricePerHour(AksTier::Free), 0);
        row("AKS Standard tier per hour", c.aksTierPricePerHour(AksTier::Standard), 0.10);
        row("AKS Premium tier per hour", c.aksTierPricePerHour(AksTier::Premium), 0.60);
        row("AKS Standard SLA with zones", c.aksUptimeSla(AksTier::Standard, true), 0.9995);
        row("AKS Premium SLA without zones", c.aksUptimeSla(AksTier::Premium, false), 0.999);
        row("nodes per cluster", c.aksLimit(AksLimit::NodesPerCluster), 5000);
        row("nodes per node pool", c.aksLimit(AksLimit::NodesPerNodePool), 1000);
        row("node pools per cluster", c.aksLimit(AksLimit::NodePoolsPerCluster), 100);
        row("pods per node", c.aksLimit(AksLimit::PodsPerNode), 250);
        row("Free tier nodes", c.aksLimit(AksLimit::FreeTierNodes), 1000);
        row("Free tier recommended nodes", c.aksLimit(AksLimit::FreeTierRecommendedNodes), 10);
        row("autoscaler max node provision", c.aksAutoscalerMaxNodeProvisionTime(), 900);
        row("OS disk per node", c.aksOsDiskPerNodeMonthly(), 19.71);
        row("region multiplier", c.regionPriceMultiplier(), 1.0);
        row("Front Door Standard base", c.frontDoorBaseMonthly(FrontDoorTier::Standard), 35);
        row("Front Door Premium base", c.frontDoorBaseMonthly(FrontDoorTier::Premium), 330);
        row("Front Door SLA", c.frontDoorSla(), 0.9999);
        row("Front Door priority min", c.frontDoorPriorityRange().min, 1);
        row("Front Door priority max", c.frontDoorPriorityRange().max, 5);
        row("Front Door weight min", c.frontDoorWeightRange().min, 1);
        row("Front Door weight max", c.frontDoorWeightRange().max, 1000);
        row("Front Door default weight", c.frontDoorDefaultWeight(), 50);
        row("Traffic Manager DNS per million", c.trafficManagerDnsPerMillion(), 0.54);
        row("Traffic Manager SLA", c.trafficManagerSla(), 1.0);
        row("Traffic Manager TTL min", c.trafficManagerTtlRange().min, 0);
        row("Traffic Manager TTL max", c.trafficManagerTtlRange().max, 2147483647.0);
        row("tolerated failures min", c.trafficManagerToleratedFailuresRange().min, 0);
        row("tolerated failures max", c.trafficManagerToleratedFailuresRange().max, 9);
        row("Standard_v2 fixed", c.appGatewayFixedPerHour(AppGatewayTier::StandardV2), 0.246);
        row("WAF_v2 capacity unit", c.appGatewayCapacityUnitPerHour(AppGatewayTier::WafV2), 0.0144);
        row("registry Premium per day", c.registryPerDay(RegistrySku::Premium), 1.667);
        row("registry geo-replica per day", c.registryGeoReplicaPerDay(), 1.667);
        row("firewall Standard per hour", c.firewallPerHour(FirewallTier::Standard), 1.25);
        row("firewall zone-redundant SLA", c.firewallSla(true), 0.9999);
        row("firewall non-zonal SLA", c.firewallSla(false), 0.9995);
        row("SQL failover group RTO", c.databaseFailover(DatabaseEngine::AzureSql).rto, 3600);
        row("SQL failover group RPO", c.databaseFailover(DatabaseEngine::AzureSql).rpo, 5);
        row("SQL manual failover RTO", c.azureSqlManualFailover().rto, 30);
        row("SQL manual failover RPO", c.azureSqlManualFailover().rpo, 5);
        row("Cosmos DB failover with PPAF", c.databaseFailover(DatabaseEngine::CosmosDb).rto, 180);
        row("Cosmos DB strong RPO", c.cosmosDbRpo(CosmosConsistency::Strong), 0);
        row("Cosmos DB session RPO", c.cosmosDbRpo(CosmosConsistency::Session), 900);
        row("storage geo failover RPO", c.storageGeoFailover().rpo, 900);
        row("storage geo failover RTO", c.storageGeoFailover().rto, 3600);
        row("RA-GRS read SLA", c.storageSla(StorageRedundancy::RaGRS, StorageAccess::Read), 0.9999);
        row("RA-GRS write SLA", c.storageSla(StorageRedundancy::RaGRS, StorageAccess::Write),
            0.999);
        row("vault tier RPO", c.backupVaultTierRpo(false), 86400);
        row("vault tier cross-region RPO", c.backupVaultTierRpo(true), 129600);
        row("operational tier minimum interval", c.backupOperationalMinInterval(), 14400);
        QTest::newRow("Standard_D4s_v5 per hour")
            << c.vmSize(QStringLiteral("Standard_D4s_v5"))->pricePerHour.value.value_or(-1)
            << 0.192;
        QTest::newRow("Standard_D4s_v5 vCPUs")
            << double(c.vmSize(QStringLiteral("Standard_D4s_v5"))->vcpu) << 4.0;
        QTest::newRow("Standard_DS2_v2 per hour")
            << c.vmSize(QStringLiteral("Standard_DS2_v2"))->pricePerHour.value.value_or(-1)
            << 0.146;
    }

    void knownValuesMatchTheSources()
    {
        QFETCH(double, actual);
        QFETCH(double, expected);
        QCOMPARE(actual, expected);
    }

    void validatorChoicesAreListedInOrder()
    {
        std::vector<double> intervals;
        for (const Fact *f : catalog().trafficManagerProbeIntervals())
            intervals.push_back(*f->value);
        QCOMPARE(intervals, (std::vector<double> { 10, 30 }));
        std::vector<double> frequencies;
        for (const Fact *f : catalog().backupFrequencyOptions())
            frequencies.push_back(*f->value);
        QCOMPARE(frequencies, (std::vector<double> { 4, 8, 12, 24 }));
        QVERIFY(catalog().registrySupportsGeoReplication(RegistrySku::Premium));
        QVERIFY(!catalog().registrySupportsGeoReplication(RegistrySku::Standard));
        QVERIFY(!catalog().registrySupportsGeoReplication(RegistrySku::Basic));
        for (auto r : { StorageRedundancy::GRS, StorageRedundancy::RaGRS, StorageRedundancy::GZRS,
                 StorageRedundancy::RaGZRS })
            QVERIFY(catalog().storageIsGeoRedundant(r));
        QVERIFY(!catalog().storageIsGeoRedundant(StorageRedundancy::LRS));
        QVERIFY(!catalog().storageIsGeoRedundant(StorageRedundancy::ZRS));
    }

    void freeTierHasNoUptimeSla()
    {
        for (const bool zones : { true, false }) {
            const Fact &sla = catalog().aksUptimeSla(AksTier::Free, zones);
            QVERIFY(!sla.value);
            QVERIFY(!sla.note.isEmpty());
            QVERIFY(!catalog().resolve(sla).value);
            QVERIFY_THROWS_EXCEPTION(std::out_of_range, catalog().value(sla));
        }
    }

    void assumptionsAreMarkedWithTheirBasis()
    {
        const Catalog &c = catalog();
        for (const Fact *f :
            { &c.aksNodeProvisionTime(), &c.aksClusterStartTime(), &c.backupRestoreTime(),
                &c.backupProtectedInstanceMonthly(), &c.firewallPolicyFixedMonthly(),
                &c.manualSwitchoverTime(), &c.activationDecisionTime(ActivationTrigger::Manual),
                &c.activationDecisionTime(ActivationTrigger::Event),
                &c.databaseMonthly(DatabaseEngine::AzureSql),
                &c.databaseFailover(DatabaseEngine::PostgreSql).rto,
                &c.storagePerGBMonth(StorageRedundancy::ZRS), &c.routerRequestsPerMonth(),
                &c.regionPriceMultiplier() }) {
            QCOMPARE(toString(f->confidence), toString(Confidence::Assumption));
            QVERIFY2(!f->note.isEmpty(), qPrintable(f->id));
        }
        QCOMPARE(toString(c.aksTierPricePerHour(AksTier::Standard).confidence),
            toString(Confidence::RetailApi));
        QCOMPARE(toString(c.aksTierPricePerHour(AksTier::Premium).confidence),
            toString(Confidence::Secondary));
        QCOMPARE(toString(c.frontDoorBaseMonthly(FrontDoorTier::Standard).confidence),
            toString(Confidence::Primary));
    }

    void aDesignAssumptionOverridesTheCatalog()
    {
        const Catalog &c = catalog();
        const Fact &standard = c.aksTierPricePerHour(AksTier::Standard);
        const json assumptions = { { "aks.tier.standard.pricePerHour", 0.25 },
            { "estimate.activation.manualDecisionSeconds", 600 }, { "frontDoor.sla", "high" },
            { "vmSize.Standard_D4s_v5.pricePerHour", 0.3 }, { "no.such.fact", 1 } };
        QCOMPARE(c.value(standard, assumptions), 0.25);
        QCOMPARE(c.value(facts::aksStandardPricePerHour, assumptions), 0.25);
        QCOMPARE(c.value(QStringLiteral("aks.tier.standard.pricePerHour"), assumptions), 0.25);
        const Resolved r = c.resolve(standard, assumptions);
        QVERIFY(r.fromAssumptions);
        QCOMPARE(r.fact, &standard);
        QCOMPARE(c.value(c.activationDecisionTime(ActivationTrigger::Manual), assumptions), 600.0);
        QCOMPARE(
            c.value(c.vmSize(QStringLiteral("Standard_D4s_v5"))->pricePerHour, assumptions), 0.3);
        // Without an override, or with one that is not a number, the catalog's value stands.
        QCOMPARE(c.value(standard), 0.10);
        QCOMPARE(c.value(c.frontDoorSla(), assumptions), 0.9999);
        QVERIFY(!c.resolve(c.frontDoorSla(), assumptions).fromAssumptions);
        QCOMPARE(c.ignoredAssumptions(assumptions),
            (QStringList { QStringLiteral("frontDoor.sla"), QStringLiteral("no.such.fact") }));
        QVERIFY(c.ignoredAssumptions(json::array()).isEmpty());
    }

    void regionPriceMultiplierPrefersTheRegionsOwn()
    {
        const Catalog &c = catalog();
        QCOMPARE(c.regionPriceMultiplier(QStringLiteral("westeurope"), json::object()).value,
            std::optional<double>(1.0));
        const json assumptions
            = { { "region.priceMultiplier", 1.1 }, { "region.westeurope.priceMultiplier", 1.25 } };
        const Resolved west = c.regionPriceMultiplier(QStringLiteral("westeurope"), assumptions);
        QCOMPARE(west.value, std::optional<double>(1.25));
        QCOMPARE(west.id, QStringLiteral("region.westeurope.priceMultiplier"));
        QVERIFY(west.fromAssumptions);
        const Resolved east = c.regionPriceMultiplier(QStringLiteral("eastus"), assumptions);
        QCOMPARE(east.value, std::optional<double>(1.1));
        QCOMPARE(east.id, QStringLiteral("region.priceMultiplier"));
        QVERIFY(c.isOverridable(QStringLiteral("region.westeurope.priceMultiplier")));
        QVERIFY(!c.isOverridable(QStringLiteral("region.atlantis.priceMultiplier")));
        QVERIFY(c.ignoredAssumptions(assumptions).isEmpty());
    }

    void anUnknownIdIsAProgrammingError()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::out_of_range, catalog().value(QStringLiteral("aks.tier.gold.pricePerHour")));
    }

    void designFormatNamesSelectTheFacts()
    {
        QCOMPARE(aksTierFromString(QStringLiteral("premium")), std::optional(AksTier::Premium));
        QCOMPARE(aksTierFromString(QStringLiteral("gold")), std::nullopt);
        QCOMPARE(appGatewayTierFromString(QStringLiteral("waf_v2")),
            std::optional(AppGatewayTier::WafV2));
        QCOMPARE(storageRedundancyFromString(QStringLiteral("RA-GZRS")),
            std::optional(StorageRedundancy::RaGZRS));
        QCOMPARE(storageRedundancyFromString(QStringLiteral("ra-gzrs")), std::nullopt);
        QCOMPARE(databaseEngineFromString(QStringLiteral("postgresql")),
            std::optional(DatabaseEngine::PostgreSql));
        QCOMPARE(registrySkuFromString(QStringLiteral("basic")), std::optional(RegistrySku::Basic));
        QCOMPARE(
            keyVaultSkuFromString(QStringLiteral("premium")), std::optional(KeyVaultSku::Premium));
        QCOMPARE(firewallTierFromString(QStringLiteral("standard")),
            std::optional(FirewallTier::Standard));
        QCOMPARE(frontDoorTierFromString(QStringLiteral("standard")),
            std::optional(FrontDoorTier::Standard));
        QCOMPARE(toString(Confidence::RetailApi), QStringLiteral("retail-api"));
        QVERIFY(!confidenceLabel(Confidence::Assumption).isEmpty());
    }

    void aMalformedCatalogGivesAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where"); // expected at the start of the message

        const json good = catalogJson();
        const auto edited = [&good](const std::function<void(json &)> &edit) {
            json j = good;
            edit(j);
            return dump(j);
        };
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("not JSON") << QByteArray("{\"asOf\": ") << QString();
        QTest::newRow("an array") << QByteArray("[]") << QString();
        QTest::newRow("a number too large") << QByteArray("{\"asOf\": 1E999}") << QString();
        QTest::newRow("nested 100,000 deep") << QByteArray(100000, '[') << QString();
        QTest::newRow("no facts") << edited([](json &j) { j.erase("facts"); })
                                  << QStringLiteral("/facts");
        QTest::newRow("a required fact missing")
            << edited([](json &j) { j["facts"].erase("aks.limit.nodesPerCluster"); })
            << QStringLiteral("/facts/aks.limit.nodesPerCluster");
        QTest::newRow("a required value missing")
            << edited([](json &j) { j["facts"]["frontDoor.sla"]["value"] = nullptr; })
            << QStringLiteral("/facts/frontDoor.sla/value");
        QTest::newRow("a value that is text")
            << edited([](json &j) { j["facts"]["frontDoor.sla"]["value"] = "99.99%"; })
            << QStringLiteral("/facts/frontDoor.sla/value");
        QTest::newRow("a fact without a source")
            << edited([](json &j) { j["facts"]["frontDoor.sla"].erase("source"); })
            << QStringLiteral("/facts/frontDoor.sla/source");
        QTest::newRow("a fact with a bad date")
            << edited([](json &j) { j["facts"]["frontDoor.sla"]["asOf"] = "2024-13-01"; })
            << QStringLiteral("/facts/frontDoor.sla/asOf");
        QTest::newRow("an unknown confidence")
            << edited([](json &j) { j["facts"]["frontDoor.sla"]["confidence"] = "hearsay"; })
            << QStringLiteral("/facts/frontDoor.sla/confidence");
        QTest::newRow("an assumption without a basis")
            << edited([](json &j) { j["facts"]["aks.node.provisionSeconds"].erase("note"); })
            << QStringLiteral("/facts/aks.node.provisionSeconds/note");
        QTest::newRow("a misspelt key")
            << edited([](json &j) { j["facts"]["frontDoor.sla"]["soruce"] = "x"; })
            << QStringLiteral("/facts/frontDoor.sla/soruce");
        QTest::newRow("a region paired with itself")
            << edited([](json &j) { j["regions"][0]["pair"] = j["regions"][0]["name"]; })
            << QStringLiteral("/regions/0/pair");
        QTest::newRow("a region twice")
            << edited([](json &j) { j["regions"].push_back(j["regions"][0]); })
            << QStringLiteral("/regions/57/name");
        QTest::newRow("zones that are not a boolean")
            << edited([](json &j) { j["regions"][3]["zones"] = "YES"; })
            << QStringLiteral("/regions/3/zones");
        QTest::newRow("a VM size without vCPUs")
            << edited([](json &j) { j["vmSizes"][0]["vcpu"] = 0; })
            << QStringLiteral("/vmSizes/0/vcpu");
        QTest::newRow("a VM size without a price")
            << edited([](json &j) { j["vmSizes"][0]["pricePerHour"]["value"] = nullptr; })
            << QStringLiteral("/vmSizes/0/pricePerHour/value");
        QTest::newRow("no hours per month")
            << edited([](json &j) { j["hoursPerMonth"] = 0; }) << QStringLiteral("/hoursPerMonth");
    }

    void aMalformedCatalogGivesAnErrorNotACrash()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!Catalog::fromJson(data, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.startsWith(where), qPrintable(error));
        QVERIFY(!Catalog::fromJson(data, nullptr));
    }

    void applyOverridesReplacesAValue()
    {
        Catalog copy = catalog();
        QString error;
        const QByteArray file = R"({"facts": {
            "aks.tier.standard.pricePerHour": {"value": 0.09, "source": "EA price sheet",
                                               "asOf": "2026-10-01"},
            "vmSize.Standard_D4s_v5.pricePerHour": 0.2,
            "region.westeurope.priceMultiplier": {"value": 1.2, "note": "EA quote"}}})";
        QVERIFY2(copy.applyOverrides(file, &error), qPrintable(error));

        const Fact &standard = copy.aksTierPricePerHour(AksTier::Standard);
        QCOMPARE(standard.value, std::optional<double>(0.09));
        QCOMPARE(standard.source, QStringLiteral("EA price sheet"));
        QCOMPARE(standard.asOf, QStringLiteral("2026-10-01"));
        QCOMPARE(toString(standard.confidence), toString(Confidence::Assumption));
        QVERIFY(standard.note.contains(QStringLiteral("0.1"))); // says what it replaced
        QCOMPARE(copy.vmSize(QStringLiteral("Standard_D4s_v5"))->pricePerHour.value,
            std::optional<double>(0.2));
        QCOMPARE(copy.regionPriceMultiplier(QStringLiteral("westeurope"), json::object()).value,
            std::optional<double>(1.2));
        QCOMPARE(copy.regionPriceMultiplier(QStringLiteral("eastus"), json::object()).value,
            std::optional<double>(1.0));
        // A design's own assumption still wins over the override file.
        QCOMPARE(copy.value(standard, json { { "aks.tier.standard.pricePerHour", 0.5 } }), 0.5);
        // The shared catalog is untouched.
        QCOMPARE(
            catalog().aksTierPricePerHour(AksTier::Standard).value, std::optional<double>(0.10));
    }

    void applyOverridesRejectsBadFilesAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("an unknown id")
            << QByteArray(R"({"facts": {"aks.tier.standard.pricePerHour": 0.2,
                                        "aks.tier.gold.pricePerHour": 1}})")
            << QStringLiteral("/facts/aks.tier.gold.pricePerHour");
        QTest::newRow("an unknown region")
            << QByteArray(R"({"facts": {"aks.tier.standard.pricePerHour": 0.2,
                                        "region.atlantis.priceMultiplier": 2}})")
            << QStringLiteral("/facts/region.atlantis.priceMultiplier");
        QTest::newRow("a value that is text")
            << QByteArray(R"({"facts": {"aks.tier.standard.pricePerHour": {"value": "cheap"}}})")
            << QStringLiteral("/facts/aks.tier.standard.pricePerHour/value");
        QTest::newRow("an empty value where one is needed")
            << QByteArray(R"({"facts": {"aks.tier.standard.pricePerHour": {"value": null}}})")
            << QStringLiteral("/facts/aks.tier.standard.pricePerHour/value");
        QTest::newRow("a misspelt key")
            << QByteArray(R"({"facts": {"aks.tier.standard.pricePerHour": {"valeu": 0.2}}})")
            << QStringLiteral("/facts/aks.tier.standard.pricePerHour");
        QTest::newRow("a bad date") << QByteArray(R"({"facts": {"aks.tier.standard.pricePerHour":
                                        {"value": 0.2, "asOf": "last year"}}})")
                                    << QStringLiteral("/facts/aks.tier.standard.pricePerHour/asOf");
        QTest::newRow("no facts object")
            << QByteArray(R"({"fact": {}})") << QStringLiteral("/fact");
        QTest::newRow("not JSON") << QByteArray("{") << QString();
    }

    void applyOverridesRejectsBadFilesAndChangesNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, where);
        Catalog copy = catalog();
        QString error;
        QVERIFY(!copy.applyOverrides(file, &error));
        QVERIFY2(error.startsWith(where), qPrintable(error));
        QCOMPARE(copy.aksTierPricePerHour(AksTier::Standard).value, std::optional<double>(0.10));
        QCOMPARE(copy.aksTierPricePerHour(AksTier::Standard).source,
            catalog().aksTierPricePerHour(AksTier::Standard).source);
    }

    void theFreeTierSlaMayBeGivenByOverride()
    {
        Catalog copy = catalog();
        QString error;
        QVERIFY2(copy.applyOverrides(R"({"facts": {"aks.tier.free.sla.withZones": {"value": 0.99,
                                        "note": "our measured uptime"}}})",
                     &error),
            qPrintable(error));
        QCOMPARE(copy.aksUptimeSla(AksTier::Free, true).value, std::optional<double>(0.99));
    }

    void everyTypedAccessorHasAValue()
    {
        // The estimator and validator rely on these without checking: a catalog without them is
        // refused at load, so here they must all answer.
        const Catalog &c = catalog();
        std::vector<const Fact *> all;
        for (auto t : { AksTier::Standard, AksTier::Premium }) {
            all.push_back(&c.aksUptimeSla(t, true));
            all.push_back(&c.aksUptimeSla(t, false));
        }
        for (auto t : { AksTier::Free, AksTier::Standard, AksTier::Premium })
            all.push_back(&c.aksTierPricePerHour(t));
        for (auto t : { FrontDoorTier::Standard, FrontDoorTier::Premium }) {
            all.push_back(&c.frontDoorBaseMonthly(t));
            all.push_back(&c.frontDoorRequestsPer10k(t));
        }
        for (auto t : { AppGatewayTier::StandardV2, AppGatewayTier::WafV2 }) {
            all.push_back(&c.appGatewayFixedPerHour(t));
            all.push_back(&c.appGatewayCapacityUnitPerHour(t));
        }
        for (auto s : { RegistrySku::Basic, RegistrySku::Standard, RegistrySku::Premium })
            all.push_back(&c.registryPerDay(s));
        for (auto s : { KeyVaultSku::Standard, KeyVaultSku::Premium })
            all.push_back(&c.keyVaultOperationsPer10k(s));
        for (auto t : { FirewallTier::Standard, FirewallTier::Premium })
            all.push_back(&c.firewallPerHour(t));
        for (auto e :
            { DatabaseEngine::AzureSql, DatabaseEngine::CosmosDb, DatabaseEngine::PostgreSql }) {
            all.push_back(&c.databaseMonthly(e));
            all.push_back(&c.databaseSla(e, true));
            all.push_back(&c.databaseSla(e, false));
            all.push_back(&c.databaseFailover(e).rto);
            all.push_back(&c.databaseFailover(e).rpo);
        }
        for (auto r : { StorageRedundancy::LRS, StorageRedundancy::ZRS, StorageRedundancy::GRS,
                 StorageRedundancy::RaGRS, StorageRedundancy::GZRS, StorageRedundancy::RaGZRS }) {
            all.push_back(&c.storagePerGBMonth(r));
            all.push_back(&c.storageSla(r, StorageAccess::Read));
            all.push_back(&c.storageSla(r, StorageAccess::Write));
        }
        for (auto k : { CosmosConsistency::Strong, CosmosConsistency::BoundedStaleness,
                 CosmosConsistency::Session, CosmosConsistency::ConsistentPrefix,
                 CosmosConsistency::Eventual })
            all.push_back(&c.cosmosDbRpo(k));
        for (const Fact *f :
            { &c.frontDoorEgressPerGB(), &c.frontDoorProbeInterval(), &c.frontDoorSampleSize(),
                &c.frontDoorSuccessfulSamplesRequired(),
                &c.trafficManagerHealthCheckPerEndpointMonthly(),
                &c.trafficManagerFastProbePerEndpointMonthly(), &c.trafficManagerDefaultTtl(),
                &c.trafficManagerDefaultToleratedFailures(), &c.trafficManagerDnsPerMillionOver1B(),
                &c.appGatewaySla(), &c.registrySla(), &c.registryRegionFailoverTime(),
                &c.registryReplicationRpo(), &c.keyVaultSla(), &c.keyVaultHsmKeyMonthly(),
                &c.logAnalyticsIngestionPerGB(), &c.logAnalyticsFreeGBPerMonth(),
                &c.logAnalyticsSla(), &c.logAnalyticsReplicationLag(), &c.firewallDataPerGB(),
                &c.firewallScaleOutTime(), &c.firewallPolicyFreeAssociations(),
                &c.cosmosDbMultiRegionWritesSla(), &c.azureSqlGeoRestore().rto,
                &c.azureSqlZoneFailoverTime(), &c.cosmosDbServiceManagedFailoverTime(),
                &c.aksClusterCreateTime(), &c.aksStopStartWait().min, &c.aksStopStartWait().max,
                &c.aksStoppedStateRetention(), &c.routerEgressGBPerMonth(),
                &c.trafficManagerDnsQueriesPerMonth(), &c.keyVaultOperationsPerMonth(),
                &c.firewallGBProcessedPerMonth() })
            all.push_back(f);
        for (const Fact *f : all)
            QVERIFY2(f->value.has_value(), qPrintable(f->id));
    }

    void theUserDocumentListsEveryOverridableId()
    {
        const QString doc
            = QString::fromUtf8(readFile(QStringLiteral(CONTINUITY_SOURCE_DIR "/docs/catalog.md")));
        if (doc.isEmpty())
            QSKIP("docs/catalog.md is not in this source tree");
        for (const Fact *f : catalog().facts()) {
            const QString cell = QLatin1Char('`') + f->id + QLatin1Char('`');
            QVERIFY2(doc.contains(cell), qPrintable(f->id + QStringLiteral(" is not documented")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
