// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/catalog/catalog.h"
#include "model/graph.h"
#include "model/simulation/drill.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace continuity::cli {

namespace {

using ojson = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("continuity::cli", text);  // lupdate's context here
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

ojson optionalSeconds(const std::optional<double> &value)
{
    return value ? ojson(rounded(*value, 3)) : ojson(nullptr);
}

ojson stringsJson(const QStringList &strings)
{
    ojson list = ojson::array();
    for (const QString &s : strings)
        list.push_back(utf8(s));
    return list;
}

ojson trafficJson(const std::vector<TrafficShare> &traffic)
{
    ojson list = ojson::array();
    for (const TrafficShare &t : traffic) {
        ojson j;
        j["router"] = utf8(t.router);
        j["connection"] = utf8(t.connection);
        j["gateway"] = utf8(t.gateway);
        j["cluster"] = utf8(t.cluster);
        j["sharePercent"] = rounded(100 * t.share, 3);
        list.push_back(std::move(j));
    }
    return list;
}

void writeJson(const Design &design, const QStringList &targets, const DrillResult &r,
               const SinglePointsOfFailure &spof)
{
    ojson doc;
    doc["design"] = utf8(design.name);
    doc["deploymentModel"] = utf8(toString(design.deploymentModel));
    doc["failures"] = stringsJson(targets);
    doc["survives"] = r.survives;
    doc["servingClusters"] = stringsJson(r.servingClusters);
    doc["downtimeSeconds"] = optionalSeconds(r.downtimeSeconds);
    doc["dataLossSeconds"] = optionalSeconds(r.dataLossSeconds);
    doc["capacityPercent"] = rounded(r.capacityPercent, 3);
    ojson steps = ojson::array();
    for (const DrillStep &s : r.steps) {
        ojson j;
        j["atSeconds"] = rounded(s.atSeconds, 3);
        j["event"] = utf8(s.event);
        j["kind"] = utf8(toString(s.kind));
        if (s.term) {
            j["seconds"] = rounded(s.term->amount, 3);
            j["factId"] = utf8(s.term->factId);
        }
        j["subjects"] = stringsJson(s.subjects);
        steps.push_back(std::move(j));
    }
    doc["steps"] = std::move(steps);
    doc["singlePointsOfFailure"] = stringsJson(spof.targets);
    doc["verdict"] = utf8(r.verdict);
    doc["recoverySeconds"] = optionalSeconds(r.recoverySeconds);
    doc["partialOutageSeconds"] = rounded(r.partialOutageSeconds, 3);
    doc["dataLossBasis"] = utf8(r.dataLossBasis);
    doc["loadNodes"] = rounded(r.loadNodes, 3);
    doc["capacityNodes"] = rounded(r.capacityNodes, 3);
    doc["servingBefore"] = stringsJson(r.servingBefore);
    doc["takeover"] = stringsJson(r.takeover);
    doc["failedComponents"] = stringsJson(r.failed);
    doc["degradedComponents"] = stringsJson(r.degraded);
    doc["traffic"] = trafficJson(r.trafficAfter);
    doc["notes"] = stringsJson(r.notes);
    out() << QString::fromStdString(
        doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
          << '\n';
}

void writeText(const QString &path, const Design &design, const QStringList &targets,
               const DrillResult &r, const SinglePointsOfFailure &spof)
{
    const QString name = design.name.isEmpty() ? path : design.name;
    out() << tr("Drill on %1 (%2): %3\n\n")
                 .arg(name, toString(design.deploymentModel), targets.join(QStringLiteral(", ")));
    const QList<QPair<QString, QString>> figures = {
        {tr("Survives"), r.survives ? tr("yes") : tr("no")},
        {tr("Downtime"), durationText(r.downtimeSeconds, tr("no recovery"))},
        {tr("Full recovery"), durationText(r.recoverySeconds, tr("none"))},
        {tr("Data loss"), durationText(r.dataLossSeconds, tr("data lost for good"))},
        {tr("Capacity"), tr("%1 % (the serving clusters reach %2 nodes; %3 carried the load)")
                             .arg(QString::number(r.capacityPercent, 'f', 1),
                                  QString::number(r.capacityNodes, 'g', 6),
                                  QString::number(r.loadNodes, 'g', 6))},
        {tr("Serving clusters"),
         r.servingClusters.isEmpty() ? tr("none") : r.servingClusters.join(QStringLiteral(", "))},
    };
    qsizetype width = 0;
    for (const auto &f : figures)
        width = std::max(width, f.first.size());
    for (const auto &f : figures)
        out() << QStringLiteral("  %1  %2\n").arg(f.first.leftJustified(width), f.second);
    out() << QStringLiteral("  %1\n").arg(r.verdict);
    out() << QStringLiteral("  %1\n\n").arg(r.dataLossBasis);

    if (!r.trafficAfter.empty()) {
        out() << tr("Traffic once recovered:\n");
        for (const TrafficShare &t : r.trafficAfter) {
            QStringList path;
            if (!t.router.isEmpty())
                path << t.router;
            if (!t.gateway.isEmpty())
                path << t.gateway;
            path << t.cluster;
            out() << QStringLiteral("  %1 %  %2\n")
                         .arg(QString::number(100 * t.share, 'f', 1).rightJustified(5),
                              path.join(QStringLiteral(" → ")));
        }
        out() << '\n';
    }

    out() << tr("Timeline:\n");
    QStringList times;
    qsizetype timeWidth = 0;
    for (const DrillStep &s : r.steps) {
        times << QStringLiteral("%1 s").arg(QString::number(s.atSeconds, 'g', 10));
        timeWidth = std::max(timeWidth, times.last().size());
    }
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const DrillStep &s = r.steps[i];
        QString line = QStringLiteral("  %1  %2").arg(times[qsizetype(i)].rightJustified(timeWidth),
                                                       s.event);
        if (s.term)
            line += QStringLiteral("  [+%1]").arg(formatDuration(s.term->amount));
        out() << line << '\n';
    }
    out() << '\n';

    if (!r.notes.isEmpty()) {
        out() << tr("Notes:\n");
        for (const QString &n : r.notes)
            out() << QStringLiteral("  - %1\n").arg(n);
        out() << '\n';
    }
    out() << tr("Single points of failure of the design:");
    if (!spof.servesBefore)
        out() << ' ' << tr("none computed: nothing serves even without a failure") << '\n';
    else if (spof.targets.isEmpty())
        out() << ' ' << tr("none") << '\n';
    else
        out() << '\n' << QStringLiteral("  %1\n").arg(spof.targets.join(QStringLiteral("\n  ")));
}

}  // namespace

int runDrill(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The design file."));
    const QCommandLineOption failOption(
        QStringLiteral("fail"),
        tr("What fails: a component id, region:LOCATION or zone:LOCATION:N. Repeat for several."),
        QStringLiteral("TARGET"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(failOption);
    parser.addOption(formatOption);
    if (auto status = parseVerbOptions(
            parser, arguments,
            tr("Simulates failures: whether the service survives, its downtime, data loss and "
               "capacity, the timeline back (from the same terms as the RTO estimate) and the "
               "design's single points of failure. Exits with 1 when the service does not "
               "survive."),
            1, 1))
        return *status;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(arguments[0], tr("unknown format '%1'").arg(format));
    const QStringList targets = parser.values(failOption);
    if (targets.isEmpty())
        return usageError(arguments[0], tr("say what fails with --fail TARGET"));

    const QString path = parser.positionalArguments().value(1);
    std::optional<Design> design = loadDesignOrReport(path);
    if (!design)
        return ExitUnreadable;
    const DesignGraph graph(*design, &Catalog::builtin());
    std::vector<DrillFailure> failures;
    for (const QString &t : targets) {
        QString error;
        const std::optional<DrillFailure> f = parseDrillFailure(graph, t, &error);
        if (!f)
            return usageError(arguments[0], error);
        failures.push_back(*f);
    }
    const DrillResult result = continuity::runDrill(graph, failures);
    const SinglePointsOfFailure spof = singlePointsOfFailure(graph);
    if (format == QLatin1String("json"))
        writeJson(*design, targets, result, spof);
    else
        writeText(path, *design, targets, result, spof);
    return result.survives ? ExitOk : ExitFailed;
}

}  // namespace continuity::cli
