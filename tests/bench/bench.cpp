// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// continuity_bench: times what the budgets of design/QUALITY.md name, on generated designs, and
// prints one JSON object. Each figure is the median of several runs (--runs).

#include "model/document.h"
#include "model/io/designjson.h"
#include "model/validation/validator.h"
#include "tests/support/designgen.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace continuity;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Results {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    void add(int size, const char *step, double ms, double budgetMs)
    {
        nlohmann::ordered_json row;
        row["size"] = size;
        row["step"] = step;
        row["ms"] = std::round(ms * 1000) / 1000;
        if (budgetMs > 0) {
            row["budgetMs"] = budgetMs;
            row["withinBudget"] = ms <= budgetMs;
        }
        rows.push_back(std::move(row));
    }
};

void benchSize(int size, int runs, Results &results)
{
    const Design design = testsupport::generateDesign(size);
    const QByteArray bytes = writeDesign(design);

    results.add(size, "write", medianMs(runs, [&] { (void)writeDesign(design); }), 0);
    results.add(size, "read (parse + build the design)",
                medianMs(runs, [&] { (void)readDesign(bytes); }), 0);
    results.add(size, "validate (full)",
                medianMs(runs, [&] { (void)validateDesign(design); }), 50);
    results.add(size, "open headless (read + build + validate)", medianMs(runs, [&] {
                    LoadResult loaded = readDesign(bytes);
                    Document document(std::move(*loaded.design));
                    (void)validateDesign(document.design());
                }), 150);

    // One edit on a live document: the validator re-checks only what the edit can affect.
    Document document(design);
    LiveValidator live(&document);
    const QString cluster = QStringLiteral("r100-01");
    int nodes = 3;
    results.add(size, "revalidate after one edit", medianMs(runs * 5, [&] {
                    document.setComponentProperty({cluster}, "nodeCount", ++nodes);
                }), 2);
    results.add(size, "revalidate after one move", medianMs(runs * 5, [&] {
                    document.moveComponents({{cluster, QPointF(nodes * 20, 300)}});
                    ++nodes;
                }), 2);
}

}  // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Continuity benchmarks (JSON on stdout)."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Design sizes."),
                                   QStringLiteral("N,N"), QStringLiteral("1000,10000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({sizes, runs});
    parser.process(app);

    Results results;
    for (const QString &s : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts))
        benchSize(s.toInt(), std::max(1, parser.value(runs).toInt()), results);

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
