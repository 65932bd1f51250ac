// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/io/designjson.h"
#include "model/io/migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace continuity;
using nlohmann::json;

namespace {

QString dumped(const json &value) { return QString::fromStdString(value.dump()); }

// JSON values compared through their text, which QTest can print.
#define COMPARE_JSON(actual, expected) QCOMPARE(dumped(actual), dumped(expected))

const QString sourceDir = QStringLiteral(CONTINUITY_SOURCE_DIR);

// A version-1 design around the given component and connection list bodies; `top` goes in
// before "components" and must end with a comma.
QByteArray designText(
    const QByteArray &components, const QByteArray &connections = {}, const QByteArray &top = {})
{
    return R"({"format": "continuity-design", "version": 1, "deploymentModel": "active-passive", )"
        + top + R"("components": [)" + components + R"(], "connections": [)" + connections + "]}";
}

QByteArray topLevel(const QByteArray &members) { return "{" + members + "}"; }

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray nested(int depth) { return QByteArray(depth, '[') + QByteArray(depth, ']'); }

// Renders a refusal for failure messages.
QByteArray describe(const LoadResult &r)
{
    if (r.ok())
        return "accepted";
    return ("refused at \"" + r.error.pointer + "\": " + r.error.message).toUtf8();
}

// A design of the size the speed budget is set for: 10,000 components in 200 regions, 15,000
// connections.
Design tenThousandComponents()
{
    Design d;
    d.name = QStringLiteral("Ten thousand");
    d.deploymentModel = DeploymentModel::ActiveActive;
    const ComponentKind kinds[] = { ComponentKind::AksCluster, ComponentKind::ApplicationGateway,
        ComponentKind::KeyVault, ComponentKind::Database, ComponentKind::StorageAccount };
    for (int r = 0; r < 200; ++r) {
        Component region;
        region.id = QStringLiteral("region-%1").arg(r);
        region.kind = ComponentKind::Region;
        region.name = QStringLiteral("Region %1").arg(r);
        region.pos = QPointF(r * 700, 0);
        region.size = QSizeF(640, 2000);
        region.properties = { { "location", "eastus2" } };
        d.components.emplace(region.id, region);
        for (int i = 0; i < 49; ++i) {
            Component c;
            c.id = QStringLiteral("c-%1-%2").arg(r).arg(i);
            c.kind = kinds[i % 5];
            c.name = QStringLiteral("Component %1 of region %2").arg(i).arg(r);
            c.parent = region.id;
            c.pos = QPointF(r * 700 + 20 + (i % 5) * 120, 40 + (i / 5) * 90.5);
            if (c.kind == ComponentKind::AksCluster)
                c.properties = { { "nodeCount", 3 + i },
                    { "autoscale", { { "minCount", 2 }, { "maxCount", 9 } } } };
            d.components.emplace(c.id, c);
        }
    }
    for (int k = 0; k < 15000; ++k) {
        Connection c;
        c.id = QStringLiteral("link-%1").arg(k);
        const int r = k % 200;
        const int far = (k % 3 == 0) ? (r + 100) % 200 : r; // a third span the canvas
        c.from = QStringLiteral("c-%1-%2").arg(r).arg((k / 200) % 49);
        c.to = QStringLiteral("c-%1-%2").arg(far).arg((k / 7) % 49);
        if (k % 2)
            c.kind = ConnectionKind::Uses;
        if (k % 10 == 0)
            c.properties = { { "priority", 1 }, { "weight", 50 } };
        d.connections.emplace(c.id, c);
    }
    return d;
}

} // namespace

class TestDesignJson : public QObject
{
    Q_OBJECT

private slots:
    void malformedFilesAreRefusedWithAPointer_data();
    void malformedFilesAreRefusedWithAPointer();
    void whatTheValidatorReportsStillOpens_data();
    void whatTheValidatorReportsStillOpens();
    void hostileFilesInTheCorpusAreRefused_data();
    void hostileFilesInTheCorpusAreRefused();
    void openableFilesInTheCorpusOpen_data();
    void openableFilesInTheCorpusOpen();

    void nestingOneHundredThousandDeepIsRefusedBeforeParsing_data();
    void nestingOneHundredThousandDeepIsRefusedBeforeParsing();
    void nestingExactlyAtTheLimitOpens();
    void bracketsInsideStringsDoNotCountAsNesting();
    void numberOverflowNamesTheNumberAndItsPlace();
    void invalidUtf8IsReportedWithLineAndColumn();
    void syntaxErrorsAreReportedWithLineAndColumn();
    void moreThan64MiBIsRefusedBeforeParsing();
    void newerVersionNamesBothVersions();
    void everyTruncationOfAValidFileIsRefusedCleanly();
    void corruptedBytesNeverCrashTheReader();

    void theSpecExampleReadsAsWritten();
    void propertiesAreKeptExactlyAsWritten();
    void unknownTopLevelKeysSurviveASave();
    void unknownKeysInsideAComponentAreDropped();
    void aConnectionWithoutKindStaysWithoutKind();
    void halfAPositionCountsAsNoPosition();
    void positionsAndSizesFarOutAreBroughtOntoTheCanvas();

    void writingGivesTheCanonicalBytes();
    void writingDoesNotDependOnHowTheFileWasOrdered();
    void wholeNumbersAreWrittenWithoutAFraction();
    void nonAsciiTextIsWrittenAsUtf8();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void designToJsonAndBackGivesTheSameDesign();
    void designFromJsonRefusesTreesThatNoFileCanHold();

    void migrationAppliesAnInjectedStep();
    void migrationChainsStepsInOrder();
    void migrationRefusesAGapInTheChain();
    void aVersionWithoutMigrationIsRefused();

    void tenThousandComponentsReadQuickly();
};

// ---------------------------------------------------------------------------------------------

void TestDesignJson::malformedFilesAreRefusedWithAPointer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("says");

    const QByteArray aks = R"({"id": "aks", "kind": "aksCluster", "parent": "r"})";

    // Not a design at all.
    QTest::newRow("empty file") << QByteArray() << ""
                                << "empty";
    QTest::newRow("only whitespace") << QByteArray(" \n\t\r\n") << ""
                                     << "empty";
    QTest::newRow("not JSON") << QByteArray("hello") << ""
                              << "line 1, column 1";
    QTest::newRow("cut short") << QByteArray(R"({"format": "continuity-design", )") << ""
                               << "ends in the middle";
    QTest::newRow("top level is an array") << QByteArray("[]") << ""
                                           << "an array";
    QTest::newRow("top level is a string") << QByteArray(R"("design")") << ""
                                           << "a string";
    QTest::newRow("text after the design") << designText({}) + " {}"
                                           << ""
                                           << "not valid JSON";
    QTest::newRow("comment") << designText("/* a */") << "/components/0"
                             << "not valid JSON";
    QTest::newRow("NaN literal") << designText(R"({"id": "a", "kind": "region", "x": NaN})")
                                 << "/components/0/x"
                                 << "not valid JSON";
    QTest::newRow("trailing comma") << designText(aks + ",") << "/components/1"
                                    << "line 1";
    QTest::newRow("raw tab in a string")
        << designText("{\"id\": \"a\", \"kind\": \"region\", \"name\": \"a\tb\"}")
        << "/components/0/name"
        << "control character";
    QTest::newRow("lone surrogate escape")
        << designText(R"({"id": "a", "kind": "region", "name": "\ud800"})") << "/components/0/name"
        << "surrogate";

    // Numbers and bytes.
    QTest::newRow("1E999") << designText(R"({"id": "a", "kind": "region", "x": 1E999, "y": 0})")
                           << "/components/0/x"
                           << "1E999";
    QTest::newRow("-1E999") << designText(R"({"id": "a", "kind": "region", "x": 0, "y": -1E999})")
                            << "/components/0/y"
                            << "-1E999";
    QTest::newRow("overflow deep in properties")
        << designText(R"({"id": "a", "kind": "aksCluster", "properties": {"zones": [1, 2e400]}})")
        << "/components/0/properties/zones/1"
        << "2e400";
    QTest::newRow("invalid UTF-8 in a name")
        << designText("{\"id\": \"a\", \"kind\": \"region\", \"name\": \"\xC3\x28\"}") << ""
        << "invalid UTF-8";
    QTest::newRow("byte 0xFF") << designText("\xFF") << ""
                               << "invalid UTF-8";
    QTest::newRow("overlong slash")
        << designText("{\"id\": \"a\", \"kind\": \"region\", \"name\": \"\xC0\xAF\"}") << ""
        << "invalid UTF-8";
    QTest::newRow("encoded surrogate")
        << designText("{\"id\": \"a\", \"kind\": \"region\", \"name\": \"\xED\xA0\x80\"}") << ""
        << "invalid UTF-8";
    QTest::newRow("beyond U+10FFFF")
        << designText("{\"id\": \"a\", \"kind\": \"region\", \"name\": \"\xF4\x90\x80\x80\"}") << ""
        << "invalid UTF-8";
    QTest::newRow("sequence cut by the end of the file")
        << QByteArray(R"({"format": "continuity-design", "name": ")") + "\xE2\x82"
        << ""
        << "invalid UTF-8";
    QTest::newRow("nesting 65 deep")
        << designText({}, {}, R"("deep": )" + nested(MaxNestingDepth) + ",") << ""
        << "nested deeper than 64";

    // Repeated keys, as a bad merge leaves them.
    QTest::newRow("kind given twice")
        << designText(R"({"id": "a", "kind": "region", "kind": "aksCluster"})")
        << "/components/0/kind"
        << "appears twice";
    QTest::newRow("version given twice")
        << topLevel(R"("format": "continuity-design", "version": 1, "version": 2)") << "/version"
        << "appears twice";

    // The top level.
    QTest::newRow("no format") << topLevel(R"("version": 1)") << "/format"
                               << "no \"format\"";
    QTest::newRow("another format") << topLevel(R"("format": "drawio", "version": 1)") << "/format"
                                    << "\"drawio\"";
    QTest::newRow("format is a number") << topLevel(R"("format": 1, "version": 1)") << "/format"
                                        << "a number";
    QTest::newRow("no version") << topLevel(R"("format": "continuity-design")") << "/version"
                                << "no \"version\"";
    QTest::newRow("version is a string")
        << topLevel(R"("format": "continuity-design", "version": "1")") << "/version"
        << "whole number";
    QTest::newRow("version has a fraction")
        << topLevel(R"("format": "continuity-design", "version": 1.5)") << "/version"
        << "whole number";
    QTest::newRow("version from the future")
        << topLevel(R"("format": "continuity-design", "version": 2)") << "/version"
        << "format version 2, this version reads 1";
    QTest::newRow("version without a migration")
        << topLevel(R"("format": "continuity-design", "version": 0)") << "/version"
        << "format version 0";
    QTest::newRow("no deploymentModel")
        << topLevel(R"("format": "continuity-design", "version": 1, "components": [],
                       "connections": [])")
        << "/deploymentModel"
        << "deploymentModel";
    QTest::newRow("unknown deploymentModel")
        << topLevel(R"("format": "continuity-design", "version": 1, "deploymentModel": "hot-hot",
                       "components": [], "connections": [])")
        << "/deploymentModel"
        << "\"hot-hot\"";
    QTest::newRow("deploymentModel is a number")
        << topLevel(R"("format": "continuity-design", "version": 1, "deploymentModel": 2,
                       "components": [], "connections": [])")
        << "/deploymentModel"
        << "a number";
    QTest::newRow("no components") << topLevel(R"("format": "continuity-design", "version": 1,
                       "deploymentModel": "single-region", "connections": [])")
                                   << "/components"
                                   << "no \"components\"";
    QTest::newRow("no connections") << topLevel(R"("format": "continuity-design", "version": 1,
                       "deploymentModel": "single-region", "components": [])")
                                    << "/connections"
                                    << "no \"connections\"";
    QTest::newRow("components is an object")
        << topLevel(R"("format": "continuity-design", "version": 1,
                       "deploymentModel": "single-region", "components": {}, "connections": [])")
        << "/components"
        << "an object";
    QTest::newRow("connections is null") << topLevel(R"("format": "continuity-design", "version": 1,
                       "deploymentModel": "single-region", "components": [], "connections": null)")
                                         << "/connections"
                                         << "null";
    QTest::newRow("assumptions is an array")
        << designText({}, {}, R"("assumptions": [], )") << "/assumptions"
        << "an array";
    QTest::newRow("design name is a number") << designText({}, {}, R"("name": 7, )") << "/name"
                                             << "a number";
    QTest::newRow("design name of 201 characters")
        << designText({}, {}, "\"name\": \"" + QByteArray(201, 'n') + "\", ") << "/name"
        << "201";

    // Components.
    QTest::newRow("component is a string") << designText(R"("aks")") << "/components/0"
                                           << "a string";
    QTest::newRow("component without id")
        << designText(R"({"kind": "region"})") << "/components/0/id"
        << "no \"id\"";
    QTest::newRow("id is a number")
        << designText(R"({"id": 7, "kind": "region"})") << "/components/0/id"
        << "a number";
    QTest::newRow("empty id") << designText(R"({"id": "", "kind": "region"})") << "/components/0/id"
                              << "not a valid id";
    QTest::newRow("id with a space")
        << designText(R"({"id": "my region", "kind": "region"})") << "/components/0/id"
        << "\"my region\"";
    QTest::newRow("id with a newline")
        << designText(R"({"id": "r\n", "kind": "region"})") << "/components/0/id"
        << "not a valid id";
    QTest::newRow("id with an accent")
        << designText(R"({"id": "régión", "kind": "region"})") << "/components/0/id"
        << "not a valid id";
    QTest::newRow("id of 65 characters")
        << designText(R"({"id": ")" + QByteArray(65, 'a') + R"(", "kind": "region"})")
        << "/components/0/id"
        << "not a valid id";
    QTest::newRow("component without kind") << designText(R"({"id": "a"})") << "/components/0/kind"
                                            << "no \"kind\"";
    QTest::newRow("unknown kind") << designText(aks + R"(, {"id": "b", "kind": "virtualMachine"})")
                                  << "/components/1/kind"
                                  << "\"virtualMachine\"";
    QTest::newRow("kind in the wrong case")
        << designText(R"({"id": "a", "kind": "AksCluster"})") << "/components/0/kind"
        << "unknown kind";
    QTest::newRow("connection kind as component kind")
        << designText(R"({"id": "a", "kind": "traffic"})") << "/components/0/kind"
        << "unknown kind";
    QTest::newRow("kind is null") << designText(R"({"id": "a", "kind": null})")
                                  << "/components/0/kind"
                                  << "null";
    QTest::newRow("component name is an object")
        << designText(R"({"id": "a", "kind": "region", "name": {}})") << "/components/0/name"
        << "an object";
    QTest::newRow("component name of 201 characters")
        << designText(R"({"id": "a", "kind": "region", "name": ")" + QByteArray(201, 'n') + "\"}")
        << "/components/0/name"
        << "201 characters";
    QTest::newRow("parent is a number")
        << designText(R"({"id": "a", "kind": "aksCluster", "parent": 1})") << "/components/0/parent"
        << "a number";
    QTest::newRow("x is a string") << designText(R"({"id": "a", "kind": "region", "x": "10",
                                                     "y": 0})")
                                   << "/components/0/x"
                                   << "a string";
    QTest::newRow("height is true")
        << designText(R"({"id": "a", "kind": "region", "width": 10, "height": true})")
        << "/components/0/height"
        << "true or false";
    QTest::newRow("properties is an array")
        << designText(R"({"id": "a", "kind": "region", "properties": ["eastus"]})")
        << "/components/0/properties"
        << "an array";
    QTest::newRow("properties is null")
        << designText(R"({"id": "a", "kind": "region", "properties": null})")
        << "/components/0/properties"
        << "null";
    QTest::newRow("two components with one id")
        << designText(R"({"id": "a", "kind": "region"}, {"id": "a", "kind": "keyVault"})")
        << "/components/1/id"
        << "used twice";

    // Connections.
    const QByteArray two = R"({"id": "a", "kind": "frontDoor"}, {"id": "b", "kind": "region"})";
    QTest::newRow("connection is an array") << designText(two, "[]") << "/connections/0"
                                            << "an array";
    QTest::newRow("connection without id")
        << designText(two, R"({"from": "a", "to": "b"})") << "/connections/0/id"
        << "no \"id\"";
    QTest::newRow("connection without from")
        << designText(two, R"({"id": "c", "to": "b"})") << "/connections/0/from"
        << "no \"from\"";
    QTest::newRow("connection without to")
        << designText(two, R"({"id": "c", "from": "a"})") << "/connections/0/to"
        << "no \"to\"";
    QTest::newRow("to is a list") << designText(two, R"({"id": "c", "from": "a", "to": ["b"]})")
                                  << "/connections/0/to"
                                  << "an array";
    QTest::newRow("unknown connection kind")
        << designText(two, R"({"id": "c", "from": "a", "to": "b", "kind": "flows"})")
        << "/connections/0/kind"
        << "\"flows\"";
    QTest::newRow("component kind as connection kind")
        << designText(two, R"({"id": "c", "from": "a", "to": "b", "kind": "region"})")
        << "/connections/0/kind"
        << "unknown kind";
    QTest::newRow("connection kind is null")
        << designText(two, R"({"id": "c", "from": "a", "to": "b", "kind": null})")
        << "/connections/0/kind"
        << "null";
    QTest::newRow("connection properties is a string")
        << designText(two, R"({"id": "c", "from": "a", "to": "b", "properties": "fast"})")
        << "/connections/0/properties"
        << "a string";
    QTest::newRow("connection id of a component")
        << designText(two, R"({"id": "b", "from": "a", "to": "b"})") << "/connections/0/id"
        << "used twice";
    QTest::newRow("two connections with one id")
        << designText(two, R"({"id": "c", "from": "a", "to": "b"},
                              {"id": "c", "from": "b", "to": "a"})")
        << "/connections/1/id"
        << "used twice";
}

void TestDesignJson::malformedFilesAreRefusedWithAPointer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pointer);
    QFETCH(QString, says);

    const LoadResult result = readDesign(bytes);
    QVERIFY2(!result.ok(), "the file was accepted");
    QVERIFY(!result.design);
    QVERIFY2(result.error.message.contains(says, Qt::CaseInsensitive), describe(result));
    QCOMPARE(result.error.pointer, pointer);
}

// ---------------------------------------------------------------------------------------------

void TestDesignJson::whatTheValidatorReportsStillOpens_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("no components, no connections") << designText({});
    QTest::newRow("parent that does not exist")
        << designText(R"({"id": "a", "kind": "aksCluster", "parent": "nowhere"})");
    QTest::newRow("regional kind without a parent")
        << designText(R"({"id": "a", "kind": "aksCluster"})");
    QTest::newRow("parent that is not a region")
        << designText(R"({"id": "kv", "kind": "keyVault"}, {"id": "a", "kind": "aksCluster",
                                                              "parent": "kv"})");
    QTest::newRow("dangling connection") << designText(R"({"id": "a", "kind": "frontDoor"})",
        R"({"id": "c", "from": "a", "to": "gone"}, {"id": "d", "from": "", "to": "a"})");
    QTest::newRow("connection between kinds that cannot connect")
        << designText(R"({"id": "a", "kind": "keyVault"}, {"id": "b", "kind": "keyVault"})",
               R"({"id": "c", "from": "a", "to": "b", "kind": "replicates"})");
    QTest::newRow("node count of a billion") << designText(
        R"({"id": "a", "kind": "aksCluster", "properties": {"nodeCount": 1000000000}})");
    QTest::newRow("negative node count")
        << designText(R"({"id": "a", "kind": "aksCluster", "properties": {"nodeCount": -5}})");
    QTest::newRow("node count as text")
        << designText(R"({"id": "a", "kind": "aksCluster", "properties": {"nodeCount": "many"}})");
    QTest::newRow("unknown tier") << designText(
        R"({"id": "a", "kind": "aksCluster", "properties": {"tier": "gold"}})");
    QTest::newRow("repeated zones")
        << designText(R"({"id": "a", "kind": "aksCluster", "properties": {"zones": [7, 7]}})");
    QTest::newRow("huge integer") << designText(R"({"id": "a", "kind": "logAnalytics",
                          "properties": {"dailyIngestionGB": 123456789012345678901234567890}})");
    QTest::newRow("unknown property") << designText(
        R"({"id": "a", "kind": "keyVault", "properties": {"purgeProtection": true}})");
    QTest::newRow("region without location") << designText(R"({"id": "a", "kind": "region"})");
    QTest::newRow("size on a non-region")
        << designText(R"({"id": "a", "kind": "keyVault", "width": 10, "height": 20})");
    QTest::newRow("negative size")
        << designText(R"({"id": "a", "kind": "region", "width": -10, "height": -20})");
    QTest::newRow("id of 64 characters")
        << designText(R"({"id": ")" + QByteArray(64, 'a') + R"(", "kind": "region"})");
    QTest::newRow("name of 200 accented letters") << designText(
        R"({"id": "a", "kind": "region", "name": ")" + QString(200, QChar(0xE9)).toUtf8() + "\"}");
    QTest::newRow("name of 200 emoji") << designText(R"({"id": "a", "kind": "region", "name": ")"
        + QString::fromUtf8("\xF0\x9F\x8C\x8D").repeated(200).toUtf8() + "\"}");
    QTest::newRow("name with markup")
        << designText(R"({"id": "a", "kind": "region", "name": "<img src=\"/etc/passwd\">"})");
    QTest::newRow("unknown top-level key") << designText({}, {}, R"("reviewedBy": "sam", )");
    QTest::newRow("version written as 1.0")
        << topLevel(R"("format": "continuity-design", "version": 1.0,
                       "deploymentModel": "single-region", "components": [], "connections": [])");
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + designText({});
    QTest::newRow("every deployment model")
        << topLevel(R"("format": "continuity-design", "version": 1,
                       "deploymentModel": "passive-cold", "components": [], "connections": [])");
}

void TestDesignJson::whatTheValidatorReportsStillOpens()
{
    QFETCH(QByteArray, bytes);
    const LoadResult result = readDesign(bytes);
    QVERIFY2(result.ok(), describe(result));
    QVERIFY(result.error.message.isEmpty());
    QCOMPARE(result.migratedFrom, 0);
}

// ---------------------------------------------------------------------------------------------
// The corpus of hostile files under tests/data: every file in hostile/ is refused, every file
// in openable/ opens (its faults are the validator's).

static QFileInfoList corpusFiles(const QString &folder)
{
    const QDir dir(sourceDir + QStringLiteral("/tests/data/") + folder);
    return dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
}

void TestDesignJson::hostileFilesInTheCorpusAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pointer"); // null: where parsing stopped, not checked
    QTest::addColumn<QString>("says");

    // What tests/data/hostile/README.md promises for each file.
    const QHash<QString, std::pair<QString, QString>> expected = {
        { "not-json.json", { QString(), "column" } },
        { "wrong-format.json", { "/format", "\"drawio-diagram\"" } },
        { "future-version.json", { "/version", "format version 2, this version reads 1" } },
        { "version-string.json", { "/version", "not a string" } },
        { "wrong-type.json", { "/components", "not an object" } },
        { "component-kind-unknown.json", { "/components/1/kind", "\"virtualMachine\"" } },
        { "duplicate-id.json", { "/connections/0/id", "\"aks\" is used twice" } },
        { "id-invalid-chars.json", { "/components/1/id", "\"aks east/1\" is not a valid id" } },
        { "deep-nesting-65.json", { "", "deeper than 64" } },
        { "huge-number.json", { "/components/1/x", "too large" } },
        { "invalid-utf8.json", { "", "invalid UTF-8" } },
        { "name-too-long.json", { "/components/1/name", "201 characters" } },
        { "missing-deploymentModel.json", { "/deploymentModel", "no \"deploymentModel\"" } },
        { "bad-deploymentModel.json", { "/deploymentModel", "\"multi-region\"" } },
    };
    const QFileInfoList files = corpusFiles(QStringLiteral("hostile"));
    for (const QFileInfo &file : files) {
        const auto it = expected.find(file.fileName());
        // A file added to the corpus without a row here must still be refused with a message.
        const QString pointer = it != expected.end() ? it->first : QString();
        const QString says = it != expected.end() ? it->second : QString();
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath() << pointer << says;
    }
    if (files.isEmpty())
        QTest::newRow("(no files yet)") << QString() << QString() << QString();
}

void TestDesignJson::hostileFilesInTheCorpusAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, pointer);
    QFETCH(QString, says);
    if (path.isEmpty())
        QSKIP("tests/data/hostile holds no files");
    const LoadResult result = readDesign(readAll(path));
    QVERIFY2(!result.ok(), "the file was accepted");
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY2(result.error.message.contains(says), describe(result));
    if (!pointer.isNull())
        QCOMPARE(result.error.pointer, pointer);
}

void TestDesignJson::openableFilesInTheCorpusOpen_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files = corpusFiles(QStringLiteral("openable"));
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
    if (files.isEmpty())
        QTest::newRow("(no files yet)") << QString();
}

void TestDesignJson::openableFilesInTheCorpusOpen()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("tests/data/openable holds no files");
    const LoadResult result = readDesign(readAll(path));
    QVERIFY2(result.ok(), describe(result));
}

// ---------------------------------------------------------------------------------------------

void TestDesignJson::nestingOneHundredThousandDeepIsRefusedBeforeParsing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    constexpr int depth = 100000;
    QTest::newRow("arrays, closed") << nested(depth);
    QTest::newRow("arrays, never closed") << QByteArray(depth, '[');
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    QTest::newRow("objects, never closed") << objects;
    QTest::newRow("inside a design's properties") << designText(
        R"({"id": "a", "kind": "region", "properties": {"p": )" + nested(depth) + "}}");
}

void TestDesignJson::nestingOneHundredThousandDeepIsRefusedBeforeParsing()
{
    QFETCH(QByteArray, bytes);
    const LoadResult result = readDesign(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("deeper than 64")), describe(result));
    QCOMPARE(result.error.pointer, QString());
}

void TestDesignJson::nestingExactlyAtTheLimitOpens()
{
    // The design object is one level, so 63 more reach the limit exactly.
    const QByteArray atLimit
        = designText({}, {}, R"("deep": )" + nested(MaxNestingDepth - 1) + ",");
    const LoadResult result = readDesign(atLimit);
    QVERIFY2(result.ok(), describe(result));
    QCOMPARE(QByteArray::fromStdString(result.design->extra["deep"].dump()).count('['),
        MaxNestingDepth - 1);

    const QByteArray overLimit = designText({}, {}, R"("deep": )" + nested(MaxNestingDepth) + ",");
    QVERIFY(!readDesign(overLimit).ok());
}

void TestDesignJson::bracketsInsideStringsDoNotCountAsNesting()
{
    const QByteArray brackets(5000, '[');
    const QByteArray bytes = designText(R"({"id": "a", "kind": "region", "name": "x"})", {},
        R"("notes": [")" + brackets + R"(", "\"[[[[", "\\", ")" + QByteArray(5000, '{')
            + R"("], )");
    const LoadResult result = readDesign(bytes);
    QVERIFY2(result.ok(), describe(result));
    QCOMPARE(result.design->extra["notes"][0].get<std::string>().size(), std::size_t(5000));
    QCOMPARE(result.design->extra["notes"][1].get<std::string>(), std::string("\"[[[["));
    QCOMPARE(result.design->extra["notes"][2].get<std::string>(), std::string("\\"));
}

void TestDesignJson::numberOverflowNamesTheNumberAndItsPlace()
{
    const QByteArray bytes = "{\"format\": \"continuity-design\", \"version\": 1,\n"
                             "\"deploymentModel\": \"active-active\",\n"
                             "\"components\": [{\"id\": \"r\", \"kind\": \"region\", \"x\": 1E999, "
                             "\"y\": 0}],\n\"connections\": []}\n";
    const LoadResult result = readDesign(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.pointer, QStringLiteral("/components/0/x"));
    QVERIFY2(result.error.message.startsWith(QLatin1String("line 3, column ")), describe(result));
    QVERIFY2(result.error.message.contains(QLatin1String("1E999")), describe(result));
    QVERIFY2(result.error.message.contains(QLatin1String("too large")), describe(result));
}

void TestDesignJson::invalidUtf8IsReportedWithLineAndColumn()
{
    // Column 12 is counted in characters: the two-byte é before it is one.
    const QByteArray bytes = "{\"format\": \"continuity-design\",\n"
                             "\"version\": 1,\n"
                             "\"name\": \"\xC3\xA9t\xE9\"}";
    const LoadResult result = readDesign(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.startsWith(QLatin1String("line 3, column 12: invalid UTF-8")),
        describe(result));
    QVERIFY2(result.error.message.contains(QLatin1String("0xe9")), describe(result));
}

void TestDesignJson::syntaxErrorsAreReportedWithLineAndColumn()
{
    const QByteArray bytes = "{\n"
                             "  \"format\": \"continuity-design\",\n"
                             "  \"version\": 1\n"
                             "  \"deploymentModel\": \"active-active\"\n"
                             "}\n";
    const LoadResult result = readDesign(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.startsWith(QLatin1String("line 4, column 3: this is not valid "
                                                           "JSON")),
        describe(result));
    QVERIFY2(!result.error.message.contains(QLatin1String("json.exception")), describe(result));
}

void TestDesignJson::moreThan64MiBIsRefusedBeforeParsing()
{
    // Spaces are valid JSON padding: only the size can make this file fail.
    QByteArray bytes = designText({});
    bytes += QByteArray(MaxFileBytes + 1 - bytes.size(), ' ');
    QCOMPARE(bytes.size(), MaxFileBytes + 1);
    const LoadResult result = readDesign(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(QLatin1String("has 64.1 MiB, more than the 64 MiB")),
        describe(result));

    // Exactly 64 MiB passes the size check and fails on the next one, at its first byte.
    bytes.chop(1);
    bytes[0] = '\xFF';
    const LoadResult atLimit = readDesign(bytes);
    QVERIFY(!atLimit.ok());
    QVERIFY2(atLimit.error.message.contains(QLatin1String("invalid UTF-8")), describe(atLimit));
}

void TestDesignJson::newerVersionNamesBothVersions()
{
    const LoadResult result = readDesign(topLevel(R"("format": "continuity-design", "version": 7,
                                 "deploymentModel": "teleport", "components": 5)"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.message,
        QStringLiteral("This design was written by a newer Continuity: format version 7, "
                       "this version reads 1."));
}

void TestDesignJson::everyTruncationOfAValidFileIsRefusedCleanly()
{
    const QByteArray whole
        = readAll(sourceDir + QStringLiteral("/tests/data/spec-example.continuity.json"));
    QVERIFY(!whole.isEmpty());
    QVERIFY(readDesign(whole).ok());
    const QByteArray trimmed = whole.trimmed();
    for (qsizetype n = 0; n < trimmed.size(); ++n) {
        const LoadResult result = readDesign(trimmed.left(n));
        if (result.ok() || result.error.message.isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("prefix of %1 bytes: %2").arg(n).arg(describe(result))));
    }
}

void TestDesignJson::corruptedBytesNeverCrashTheReader()
{
    const QByteArray whole
        = readAll(sourceDir + QStringLiteral("/tests/data/spec-example.continuity.json"));
    QVERIFY(!whole.isEmpty());
    const char replacements[] = { '"', '{', ']', ',', '\\', '0', '\xFF', '\xC3', '\0' };
    int refused = 0;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        for (char r : replacements) {
            QByteArray bytes = whole;
            bytes[i] = r;
            const LoadResult result = readDesign(bytes);
            if (!result.ok()) {
                ++refused;
                if (result.error.message.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("byte %1 set to %2: refused without a message")
                                         .arg(i)
                                         .arg(int(r))));
            }
        }
    }
    QVERIFY(refused > whole.size());
}

// ---------------------------------------------------------------------------------------------

void TestDesignJson::theSpecExampleReadsAsWritten()
{
    const LoadResult result = readDesign(
        readAll(sourceDir + QStringLiteral("/tests/data/spec-example.continuity.json")));
    QVERIFY2(result.ok(), describe(result));
    const Design &d = *result.design;
    QCOMPARE(d.name, QStringLiteral("Storefront, active-passive"));
    QCOMPARE(toString(d.deploymentModel), QStringLiteral("active-passive"));
    QCOMPARE(d.components.size(), std::size_t(7));
    QCOMPARE(d.connections.size(), std::size_t(4));

    const Component *afd = d.component(QStringLiteral("afd"));
    QVERIFY(afd);
    QCOMPARE(toString(afd->kind), QStringLiteral("frontDoor"));
    QCOMPARE(afd->name, QStringLiteral("Front Door"));
    QVERIFY(afd->parent.isEmpty());
    QCOMPARE(afd->pos, std::optional<QPointF>(QPointF(400, -120)));
    QVERIFY(!afd->size);

    const Component *region = d.component(QStringLiteral("r-east2"));
    QVERIFY(region);
    QCOMPARE(region->size, std::optional<QSizeF>(QSizeF(520, 360)));
    COMPARE_JSON(region->properties, json({ { "location", "eastus2" } }));

    const Component *aks2 = d.component(QStringLiteral("aks-2"));
    QVERIFY(aks2);
    QCOMPARE(aks2->parent, QStringLiteral("r-central"));
    QVERIFY(!aks2->pos);
    QCOMPARE(aks2->properties["autoscale"]["maxCount"].get<int>(), 6);

    const Connection *c2 = d.connection(QStringLiteral("c2"));
    QVERIFY(c2);
    QCOMPARE(c2->from, QStringLiteral("afd"));
    QCOMPARE(c2->to, QStringLiteral("agw-2"));
    QVERIFY(!c2->kind);
    COMPARE_JSON(c2->properties, json({ { "priority", 2 } }));
}

void TestDesignJson::propertiesAreKeptExactlyAsWritten()
{
    const QByteArray bytes = designText(
        R"({"id": "a", "kind": "aksCluster", "properties": {"nodeCount": "many", "zones": [7, 7],
             "tier": "gold", "future": {"z": [1, {"y": null}], "a": 2.5},
             "vmSize": "Standard_E8s"}})");
    const LoadResult first = readDesign(bytes);
    QVERIFY2(first.ok(), describe(first));
    const json &props = first.design->component(QStringLiteral("a"))->properties;
    COMPARE_JSON(props["nodeCount"], json("many"));
    COMPARE_JSON(props["zones"], json::parse("[7, 7]"));
    COMPARE_JSON(props["tier"], json("gold"));
    COMPARE_JSON(props["future"], json::parse(R"({"z": [1, {"y": null}], "a": 2.5})"));

    const LoadResult second = readDesign(writeDesign(*first.design));
    QVERIFY2(second.ok(), describe(second));
    COMPARE_JSON(second.design->component(QStringLiteral("a"))->properties, props);
}

void TestDesignJson::unknownTopLevelKeysSurviveASave()
{
    const QByteArray bytes = designText({}, {}, R"("zeta": [1, 2], "alpha": {"reviewedBy": "sam"},
                                                   "assumptions": {"hourlyRate": 0.25}, )");
    const LoadResult first = readDesign(bytes);
    QVERIFY2(first.ok(), describe(first));
    COMPARE_JSON(
        first.design->extra, json::parse(R"({"alpha": {"reviewedBy": "sam"}, "zeta": [1, 2]})"));
    COMPARE_JSON(first.design->assumptions, json::parse(R"({"hourlyRate": 0.25})"));

    const QByteArray written = writeDesign(*first.design);
    // After the format's own keys, the unknown ones, sorted.
    const qsizetype assumptions = written.indexOf("\"assumptions\"");
    const qsizetype alpha = written.indexOf("\"alpha\"");
    const qsizetype zeta = written.indexOf("\"zeta\"");
    QVERIFY(written.indexOf("\"connections\"") < assumptions);
    QVERIFY(assumptions < alpha);
    QVERIFY(alpha < zeta);

    const LoadResult second = readDesign(written);
    QVERIFY2(second.ok(), describe(second));
    COMPARE_JSON(second.design->extra, first.design->extra);
    COMPARE_JSON(second.design->assumptions, first.design->assumptions);
}

void TestDesignJson::unknownKeysInsideAComponentAreDropped()
{
    // Documented: only "properties" and top-level keys carry unknown content through a save.
    const LoadResult result = readDesign(designText(
        R"({"id": "a", "kind": "keyVault", "colour": "red", "properties": {"colour": "blue"}})",
        R"({"id": "c", "from": "a", "to": "a", "style": "dashed"})"));
    QVERIFY2(result.ok(), describe(result));
    const QByteArray written = writeDesign(*result.design);
    QVERIFY(!written.contains("\"red\""));
    QVERIFY(!written.contains("\"style\""));
    QVERIFY(written.contains("\"colour\": \"blue\""));
}

void TestDesignJson::aConnectionWithoutKindStaysWithoutKind()
{
    const LoadResult result = readDesign(
        designText(R"({"id": "afd", "kind": "frontDoor"}, {"id": "aks", "kind": "aksCluster"})",
            R"({"id": "c1", "from": "afd", "to": "aks"},
           {"id": "c2", "from": "afd", "to": "aks", "kind": "traffic"})"));
    QVERIFY2(result.ok(), describe(result));
    QVERIFY(!result.design->connection(QStringLiteral("c1"))->kind);
    QVERIFY(result.design->connection(QStringLiteral("c2"))->kind == ConnectionKind::Traffic);

    const json written = json::parse(writeDesign(*result.design).toStdString());
    QVERIFY(!written["connections"][0].contains("kind"));
    COMPARE_JSON(written["connections"][1]["kind"], json("traffic"));
}

void TestDesignJson::halfAPositionCountsAsNoPosition()
{
    const LoadResult result = readDesign(designText(
        R"({"id": "a", "kind": "region", "x": 5, "width": 100},
           {"id": "b", "kind": "keyVault", "y": 3})"));
    QVERIFY2(result.ok(), describe(result));
    QVERIFY(!result.design->component(QStringLiteral("a"))->pos);
    QVERIFY(!result.design->component(QStringLiteral("a"))->size);
    QVERIFY(!result.design->component(QStringLiteral("b"))->pos);
}

void TestDesignJson::positionsAndSizesFarOutAreBroughtOntoTheCanvas()
{
    // The fuzzer's finding: a region at 1e300 made placing its children undefined. Such a file
    // opens, with every position and size within the canvas, and saves what it shows.
    const LoadResult result = readDesign(readAll(
        sourceDir + QStringLiteral("/tests/fuzz/corpus/far-region-1e300.json")));
    QVERIFY2(result.ok(), describe(result));
    const Component *region = result.design->component(QStringLiteral("r"));
    QCOMPARE(*region->pos, QPointF(MaxCanvasCoordinate, MaxCanvasCoordinate));

    const LoadResult sized = readDesign(designText(
        R"({"id": "a", "kind": "region", "x": -1e300, "y": 12.5, "width": 1e300, "height": -40})"));
    QVERIFY2(sized.ok(), describe(sized));
    const Component *a = sized.design->component(QStringLiteral("a"));
    QCOMPARE(*a->pos, QPointF(-MaxCanvasCoordinate, 12.5));
    QCOMPARE(*a->size, QSizeF(MaxCanvasCoordinate, 0));
    const QByteArray written = writeDesign(*sized.design);
    QVERIFY2(written.contains("\"x\": -10000000,"), written.constData());
    QVERIFY2(written.contains("\"width\": 10000000,"), written.constData());
}

// ---------------------------------------------------------------------------------------------

void TestDesignJson::writingGivesTheCanonicalBytes()
{
    Design d;
    d.deploymentModel = DeploymentModel::SingleRegion;
    Component aks;
    aks.id = QStringLiteral("aks");
    aks.kind = ComponentKind::AksCluster;
    aks.parent = QStringLiteral("r");
    aks.pos = QPointF(40.0, 60.5);
    aks.properties
        = { { "tier", "premium" }, { "autoscale", { { "minCount", 2 }, { "maxCount", 6 } } } };
    Component r;
    r.id = QStringLiteral("r");
    r.kind = ComponentKind::Region;
    r.name = QStringLiteral("West Europe");
    r.pos = QPointF(0, 0);
    r.size = QSizeF(520.0, 360.0);
    r.properties = { { "location", "westeurope" } };
    Connection c;
    c.id = QStringLiteral("c1");
    c.from = QStringLiteral("aks");
    c.to = QStringLiteral("kv");
    c.kind = ConnectionKind::Uses;
    d.components.emplace(r.id, r);
    d.components.emplace(aks.id, aks);
    d.connections.emplace(c.id, c);

    const QByteArray expected = R"({
  "format": "continuity-design",
  "version": 1,
  "deploymentModel": "single-region",
  "components": [
    {
      "id": "aks",
      "kind": "aksCluster",
      "parent": "r",
      "x": 40,
      "y": 60.5,
      "properties": {
        "autoscale": {
          "maxCount": 6,
          "minCount": 2
        },
        "tier": "premium"
      }
    },
    {
      "id": "r",
      "kind": "region",
      "name": "West Europe",
      "x": 0,
      "y": 0,
      "width": 520,
      "height": 360,
      "properties": {
        "location": "westeurope"
      }
    }
  ],
  "connections": [
    {
      "id": "c1",
      "from": "aks",
      "to": "kv",
      "kind": "uses"
    }
  ]
}
)";
    QCOMPARE(writeDesign(d), expected);
}

void TestDesignJson::writingDoesNotDependOnHowTheFileWasOrdered()
{
    const QByteArray one = designText(
        R"({"id": "b", "kind": "keyVault", "properties": {"sku": "premium", "a": 1}},
           {"id": "a", "kind": "region", "y": 2, "x": 1})",
        R"({"to": "b", "from": "a", "id": "z"}, {"id": "y", "from": "b", "to": "a"})",
        R"("zz": 1, "aa": 2, )");
    const QByteArray two = R"({"connections": [{"id": "y", "to": "a", "from": "b"},
                                               {"id": "z", "from": "a", "to": "b"}],
                               "aa": 2,
                               "components": [{"kind": "region", "x": 1, "y": 2, "id": "a"},
                                              {"properties": {"a": 1, "sku": "premium"},
                                               "id": "b", "kind": "keyVault"}],
                               "deploymentModel": "active-passive", "zz": 1, "version": 1,
                               "format": "continuity-design"})";
    const LoadResult a = readDesign(one);
    const LoadResult b = readDesign(two);
    QVERIFY2(a.ok(), describe(a));
    QVERIFY2(b.ok(), describe(b));
    QVERIFY(*a.design == *b.design);
    QCOMPARE(writeDesign(*a.design), writeDesign(*b.design));
}

void TestDesignJson::wholeNumbersAreWrittenWithoutAFraction()
{
    const LoadResult result = readDesign(designText(
        R"({"id": "a", "kind": "region", "x": 400.0, "y": -0.0, "width": 1e3, "height": 0.25,
            "properties": {"capacity": 3.0, "ratio": 0.1, "big": 1e300}})"));
    QVERIFY2(result.ok(), describe(result));
    const QByteArray written = writeDesign(*result.design);
    QVERIFY2(written.contains("\"x\": 400,"), written);
    QVERIFY2(written.contains("\"y\": 0,"), written);
    QVERIFY2(written.contains("\"width\": 1000,"), written);
    QVERIFY2(written.contains("\"height\": 0.25,"), written);
    QVERIFY2(written.contains("\"capacity\": 3,"), written);
    QVERIFY2(written.contains("\"ratio\": 0.1"), written);
    QVERIFY2(written.contains("\"big\": 1e+300"), written);
}

void TestDesignJson::nonAsciiTextIsWrittenAsUtf8()
{
    Design d;
    d.name = QString::fromUtf8("Zürich – 東京 🌍");
    Component r;
    r.id = QStringLiteral("r");
    r.kind = ComponentKind::Region;
    r.name = QString::fromUtf8("Région\t\"Nord\"");
    d.components.emplace(r.id, r);
    const QByteArray written = writeDesign(d);
    QVERIFY2(written.contains("\"name\": \"Zürich – 東京 🌍\""), written);
    QVERIFY2(written.contains("\"name\": \"Région\\t\\\"Nord\\\"\""), written);
    QVERIFY2(!written.contains("\\u"), written);
    QVERIFY(written.endsWith("}\n"));
    const LoadResult back = readDesign(written);
    QVERIFY2(back.ok(), describe(back));
    QCOMPARE(back.design->name, d.name);
    QCOMPARE(back.design->component(QStringLiteral("r"))->name, r.name);
}

void TestDesignJson::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QStringList folders = { QStringLiteral("/resources/templates"),
        QStringLiteral("/tests/data"), QStringLiteral("/tests/data/openable") };
    for (const QString &folder : folders) {
        const QDir dir(sourceDir + folder);
        for (const QFileInfo &file :
            dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(folder.mid(1) + QLatin1Char('/') + file.fileName()))
                << readAll(file.absoluteFilePath());
        }
    }
    QTest::newRow("a bit of everything") << designText(
        R"({"id": "r", "kind": "region", "name": "Région Nord ✓", "x": 0.5, "y": 1e2,
            "width": 3.25, "height": 1, "properties": {"location": "francecentral", "x": [1, 2.0]}},
           {"id": "aks", "kind": "aksCluster", "parent": "r",
            "properties": {"nodeCount": 18446744073709551615, "tier": -3}})",
        R"({"id": "c", "from": "aks", "to": "nowhere", "kind": "uses", "properties": {"p": {}}})",
        R"("name": "", "assumptions": {"b": 1, "a": [true, false, null]}, "extra": {"k": "v"}, )");
}

void TestDesignJson::roundTripIsByteIdentical()
{
    QFETCH(QByteArray, bytes);
    const LoadResult first = readDesign(bytes);
    QVERIFY2(first.ok(), describe(first));
    const QByteArray written = writeDesign(*first.design);
    const LoadResult second = readDesign(written);
    QVERIFY2(second.ok(), describe(second));
    QVERIFY(*second.design == *first.design);
    QCOMPARE(writeDesign(*second.design), written);
}

void TestDesignJson::designToJsonAndBackGivesTheSameDesign()
{
    const Design d = tenThousandComponents();
    const LoadResult back = designFromJson(designToJson(d));
    QVERIFY2(back.ok(), describe(back));
    QVERIFY(*back.design == d);
}

void TestDesignJson::designFromJsonRefusesTreesThatNoFileCanHold()
{
    json tree
        = json::parse(designText(R"({"id": "a", "kind": "region", "x": 0, "y": 0})").toStdString());
    tree["components"][0]["x"] = std::numeric_limits<double>::quiet_NaN();
    LoadResult result = designFromJson(tree);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.pointer, QStringLiteral("/components/0/x"));

    tree["components"][0]["x"] = std::numeric_limits<double>::infinity();
    QCOMPARE(designFromJson(tree).error.pointer, QStringLiteral("/components/0/x"));

    QVERIFY(!designFromJson(json()).ok());
    QVERIFY(!designFromJson(json("continuity-design")).ok());
    QVERIFY(!designFromJson(json::array({ 1, 2 })).ok());
}

// ---------------------------------------------------------------------------------------------

void TestDesignJson::migrationAppliesAnInjectedStep()
{
    // A fictitious version 0 that called the list "nodes".
    const std::vector<MigrationStep> steps = { { 0, [](json &tree) {
                                                    tree["components"] = std::move(tree["nodes"]);
                                                    tree.erase("nodes");
                                                } } };
    const json old = json::parse(R"({"format": "continuity-design", "version": 0,
        "deploymentModel": "single-region", "nodes": [{"id": "r", "kind": "region"}],
        "connections": []})");

    const json migrated = migrate(old, 0, steps);
    COMPARE_JSON(migrated["version"], json(1));
    QVERIFY(!migrated.contains("nodes"));
    COMPARE_JSON(migrated["components"][0]["id"], json("r"));

    const LoadResult result = designFromJson(old, steps);
    QVERIFY2(result.ok(), describe(result));
    QVERIFY(result.design->component(QStringLiteral("r")));
    QCOMPARE(result.migratedFrom, 0); // versions start at 1; 0 is this test's invention
}

void TestDesignJson::migrationChainsStepsInOrder()
{
    std::vector<int> seen;
    // Listed out of order on purpose: the chain follows the versions.
    const std::vector<MigrationStep> steps = {
        { 0,
            [&](json &tree) {
                seen.push_back(tree["version"].get<int>());
                tree["connections"] = json::array();
            } },
        { -1,
            [&](json &tree) {
                seen.push_back(tree["version"].get<int>());
                tree["deploymentModel"] = "active-active";
            } },
    };
    const json old
        = json::parse(R"({"format": "continuity-design", "version": -1, "components": []})");
    const LoadResult result = designFromJson(old, steps);
    QVERIFY2(result.ok(), describe(result));
    QCOMPARE(seen, (std::vector<int> { -1, 0 }));
    QCOMPARE(result.migratedFrom, -1);
    QCOMPARE(toString(result.design->deploymentModel), QStringLiteral("active-active"));

    // Already current: nothing runs.
    seen.clear();
    const json current = migrate(json::parse(designText({}).toStdString()), 1, steps);
    QVERIFY(seen.empty());
    COMPARE_JSON(current["version"], json(1));
}

void TestDesignJson::migrationRefusesAGapInTheChain()
{
    const std::vector<MigrationStep> steps = { { -1, [](json &) {} } };
    const json old = json::parse(R"({"format": "continuity-design", "version": -1,
        "deploymentModel": "single-region", "components": [], "connections": []})");
    QVERIFY_THROWS_EXCEPTION(MigrationError, migrate(old, -1, steps));
    try {
        migrate(old, -1, steps);
    } catch (const MigrationError &error) {
        QCOMPARE(error.missingFromVersion(), 0);
    }
    const LoadResult result = designFromJson(old, steps);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.pointer, QStringLiteral("/version"));
    QVERIFY2(result.error.message.contains(QLatin1String("format version -1")), describe(result));

    // A step that cannot make sense of the tree is a refusal too, not an escaping exception.
    const std::vector<MigrationStep> throwing
        = { { -1, [](json &tree) { tree.at("missing"); } }, { 0, [](json &) {} } };
    const LoadResult broken = designFromJson(old, throwing);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.message.contains(QLatin1String("version -1")), describe(broken));
}

void TestDesignJson::aVersionWithoutMigrationIsRefused()
{
    QVERIFY(migrationSteps().empty() || migrationSteps().front().fromVersion >= 1);
    const LoadResult result = readDesign(topLevel(R"("format": "continuity-design", "version": -4,
        "deploymentModel": "single-region", "components": [], "connections": [])"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.pointer, QStringLiteral("/version"));
    QVERIFY2(
        result.error.message.contains(QLatin1String("reads format version 1")), describe(result));
}

// ---------------------------------------------------------------------------------------------

void TestDesignJson::tenThousandComponentsReadQuickly()
{
    const Design d = tenThousandComponents();
    const QByteArray bytes = writeDesign(d);
    qInfo("10k design: %lld bytes", qint64(bytes.size()));

    QElapsedTimer timer;
    timer.start();
    const LoadResult first = readDesign(bytes);
    qInfo("first read: %lld ms", timer.elapsed());
    QVERIFY2(first.ok(), describe(first));
    QCOMPARE(first.design->components.size(), std::size_t(10000));
    QCOMPARE(first.design->connections.size(), std::size_t(15000));
    QVERIFY(*first.design == d);

    timer.restart();
    const QByteArray again = writeDesign(*first.design);
    qInfo("write: %lld ms", timer.elapsed());
    QCOMPARE(again, bytes);

    // Reports the time per read; it asserts nothing about speed (benchmarks do, in Release).
    QBENCHMARK
    {
        const LoadResult r = readDesign(bytes);
        QVERIFY(r.ok());
    }
}

QTEST_GUILESS_MAIN(TestDesignJson)
#include "tst_designjson.moc"
