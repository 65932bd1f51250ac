// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// continuity_bench: times what the budgets of design/QUALITY.md name, on generated designs, and
// prints one JSON object. Each figure is the median of several runs (--runs).

#include "model/document.h"
#include "model/io/designjson.h"
#include "model/catalog/catalog.h"
#include "model/estimation/estimate.h"
#include "model/estimation/liveestimator.h"
#include "model/kinds.h"
#include "model/validation/validator.h"
#include "tests/support/designgen.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QUndoStack>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace continuity;

namespace {

// Milliseconds of each run, sorted.
std::vector<double> timesMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, i == 0 ? 0 : i - 1)];
}

double medianMs(int runs, const std::function<void()> &work)
{
    const std::vector<double> times = timesMs(runs, work);
    return times[times.size() / 2];
}

double rounded(double ms)
{
    return std::round(ms * 1000) / 1000;
}

struct Results {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    void add(int size, const char *step, double ms, double budgetMs)
    {
        nlohmann::ordered_json row;
        row["size"] = size;
        row["step"] = step;
        row["ms"] = rounded(ms);
        if (budgetMs > 0) {
            row["budgetMs"] = budgetMs;
            row["withinBudget"] = ms <= budgetMs;
        }
        rows.push_back(std::move(row));
    }
    // An edit's figures: the median and p95 of the edit with the live validator attached (what
    // the budget counts), and the median of the same edit on a document nobody observes.
    void addEdit(int size, const QString &step, const std::vector<double> &live,
                 const std::vector<double> &bare, double budgetMs)
    {
        nlohmann::ordered_json row;
        row["size"] = size;
        row["step"] = step.toStdString();
        row["ms"] = rounded(percentile(live, 0.5));
        row["p95Ms"] = rounded(percentile(live, 0.95));
        row["documentOnlyMs"] = rounded(percentile(bare, 0.5));
        row["runs"] = live.size();
        row["budgetMs"] = budgetMs;
        row["withinBudget"] = percentile(live, 0.5) <= budgetMs;
        rows.push_back(std::move(row));
    }
};

// One kind of edit, made `runs` times (`edit` gets the run's number). An edit that grows or
// shrinks the design is undone after each run, and the undo is timed too: the user makes both.
struct EditCase {
    QString name;
    std::function<void(Document &, int)> edit;
    bool timeUndo = false;
};

// Times each edit kind on two documents holding the same design: one the live validator
// observes, one nobody observes (what the document itself costs).
void benchEdits(int size, int runs, const Design &design, const QString &only, Results &results)
{
    Document live(design);
    LiveValidator validator(&live);
    Document bare(design);
    // The validator publishes after every edit; a receiver makes the signal's cost real.
    int published = 0;
    QObject::connect(&validator, &LiveValidator::findingsChanged, &validator,
                     [&published](const QStringList &subjects) {
                         published += static_cast<int>(subjects.size());
                     });

    // Ids in the middle of the generated design (see designgen.cpp for its shape).
    const int regions = std::max(1, size / 50);
    const QString region = QStringLiteral("r%1").arg(regions / 2, 3, 10, QLatin1Char('0'));
    const QString cluster = region + QStringLiteral("-01");
    const QString farRegion = QStringLiteral("r%1").arg(regions / 4, 3, 10, QLatin1Char('0'));
    const QString farVault = farRegion + QStringLiteral("-02");

    const std::vector<EditCase> cases = {
        {QStringLiteral("property edit (cluster nodeCount)"),
         [&](Document &d, int i) { d.setComponentProperty({cluster}, "nodeCount", 3 + i % 7); }},
        {QStringLiteral("move a component"),
         [&](Document &d, int i) {
             d.moveComponents({{cluster, QPointF(100 + (i % 2) * 40, 300)}});
         }},
        {QStringLiteral("rename a cluster"),
         [&](Document &d, int i) {
             d.renameComponent(cluster, QStringLiteral("Cluster %1").arg(i));
         }},
        {QStringLiteral("add a component"),
         [&](Document &d, int) {
             d.addComponent(ComponentKind::KeyVault, QPointF(40, 40), region);
         },
         true},
        {QStringLiteral("connect two components"),
         [&](Document &d, int) { d.connectComponents(cluster, farVault); }, true},
        {QStringLiteral("remove a cluster (with its connections)"),
         [&](Document &d, int) { d.removeItems({cluster}); }, true},
        {QStringLiteral("remove a region (with its children)"),
         [&](Document &d, int) { d.removeItems({region}); }, true},
        {QStringLiteral("switch the deployment model"),
         [&](Document &d, int) { d.setDeploymentModel(DeploymentModel::ActivePassive); },
         true},
    };
    for (const EditCase &c : cases) {
        if (!c.name.contains(only))
            continue;
        std::vector<double> doLive, doBare, undoLive, undoBare;
        for (int i = 0; i < runs; ++i) {
            for (Document *d : {&live, &bare}) {
                QElapsedTimer timer;
                timer.start();
                c.edit(*d, i);
                if (d == &live)
                    (void)validator.counts();  // anything still pending is checked now
                const double editMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                (d == &live ? doLive : doBare).push_back(editMs);
                if (!c.timeUndo)
                    continue;
                timer.restart();
                d->undoStack()->undo();
                if (d == &live)
                    (void)validator.counts();
                const double undoMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                (d == &live ? undoLive : undoBare).push_back(undoMs);
            }
        }
        for (auto *v : {&doLive, &doBare, &undoLive, &undoBare})
            std::sort(v->begin(), v->end());
        results.addEdit(size, c.name, doLive, doBare, 2);
        if (c.timeUndo)
            results.addEdit(size, QStringLiteral("undo: ") + c.name, undoLive, undoBare, 2);
    }
    (void)published;
}

// The estimates after one edit: what the estimates panel asks for after a node count changes
// (the design's figures and the four models' alternatives), with the live estimator attached.
void benchEstimate(int size, int runs, const Design &design, Results &results)
{
    results.add(size, "estimate (full, every cost term)",
                medianMs(std::max(1, runs / 4),
                         [&] { (void)estimateDesign(design, Catalog::builtin()); }),
                0);
    Document doc(design);
    LiveEstimator live(&doc, &Catalog::builtin());
    (void)live.estimate();
    (void)live.alternatives();
    QString cluster;
    for (const auto &[id, c] : doc.design().components) {
        if (c.kind == ComponentKind::AksCluster) {
            cluster = id;
            break;
        }
    }
    if (cluster.isEmpty())
        return;
    const int nodes = intProperty(*doc.component(cluster), "nodeCount");
    std::vector<double> times = timesMs(runs, [&, n = 0]() mutable {
        doc.setComponentProperty({cluster}, "nodeCount", nodes + 1 + (n++ % 7));
        (void)live.estimate();
        (void)live.alternatives();
    });
    Document bare(design);
    const std::vector<double> bareTimes = timesMs(runs, [&, n = 0]() mutable {
        bare.setComponentProperty({cluster}, "nodeCount", nodes + 1 + (n++ % 7));
    });
    results.addEdit(size, QStringLiteral("re-estimate after a node count edit"), times, bareTimes,
                    2);
}

void benchSize(int size, int runs, const QString &only, Results &results)
{
    const Design design = testsupport::generateDesign(size);
    if (!only.isEmpty()) {
        benchEdits(size, runs, design, only, results);
        return;
    }
    const QByteArray bytes = writeDesign(design);

    results.add(size, "write", medianMs(runs, [&] { (void)writeDesign(design); }), 0);
    results.add(size, "read (parse + build the design)",
                medianMs(runs, [&] { (void)readDesign(bytes); }), 0);
    results.add(size, "validate (full)",
                medianMs(runs, [&] { (void)validateDesign(design); }), 50);
    // What `continuity validate` and `estimate` do, and the designer before its first frame:
    // design/QUALITY.md's "open headless" (read, parse, build the document, validate, estimate).
    results.add(size, "open headless (read + build + validate + estimate)", medianMs(runs, [&] {
                    LoadResult loaded = readDesign(bytes);
                    Document document(std::move(*loaded.design));
                    (void)validateDesign(document.design());
                    (void)estimateDesign(document.design(), Catalog::builtin());
                }), 150);

    // One edit on a live document: the validator re-checks only what the edit can affect.
    benchEdits(size, runs * 20, design, {}, results);
    benchEstimate(size, runs * 20, design, results);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Continuity benchmarks (JSON on stdout)."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Design sizes."),
                                   QStringLiteral("N,N"), QStringLiteral("1000,10000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption edits(
        QStringLiteral("edits"),
        QStringLiteral("Time only the edits whose names contain TEXT, --runs times each."),
        QStringLiteral("TEXT"));
    parser.addOptions({sizes, runs, edits});
    parser.process(app);

    Results results;
    for (const QString &s : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts))
        benchSize(s.toInt(), std::max(1, parser.value(runs).toInt()), parser.value(edits),
                  results);

    nlohmann::ordered_json out;
    out["benchmark"] = "continuity";
#ifdef NDEBUG
    out["build"] = "release";
#else
    out["build"] = "debug";
#endif
    out["results"] = results.rows;
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
