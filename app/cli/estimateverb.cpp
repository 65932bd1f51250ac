// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/catalog/catalog.h"
#include "model/estimation/estimate.h"

#include <QCoreApplication>
#include <QLocale>

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

// Money to the cent, times to the millisecond, availability to a millionth of a percent: more
// digits would only show the floating-point noise of the sums.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

ojson optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? ojson(rounded(*value, decimals)) : ojson(nullptr);
}

ojson factJson(const FactRef &f)
{
    ojson j;
    j["id"] = utf8(f.id);
    j["value"] = f.value;
    j["unit"] = utf8(f.unit);
    j["source"] = utf8(f.source);
    j["asOf"] = utf8(f.asOf);
    j["confidence"] = utf8(f.confidence);
    if (f.overridden)
        j["overridden"] = true;
    return j;
}

/// Where a term's value comes from, in one line: "id = value unit (confidence, date)".
QString sourceLine(const Term &t)
{
    QStringList parts;
    for (const FactRef &f : t.inputs) {
        QString s
            = QStringLiteral("%1 = %2 %3").arg(f.id, QString::number(f.value, 'g', 10), f.unit);
        QStringList how;
        if (!f.confidence.isEmpty())
            how << (f.overridden ? tr("overridden") : f.confidence);
        if (!f.asOf.isEmpty())
            how << f.asOf;
        if (!how.isEmpty())
            s += QStringLiteral(" (%1)").arg(how.join(QStringLiteral(", ")));
        parts << s.simplified();
    }
    return parts.join(QStringLiteral("; "));
}

ojson termJson(const Term &t, const char *amountKey, int decimals)
{
    ojson j;
    j["term"] = utf8(t.what);
    j[amountKey] = rounded(t.amount, decimals);
    j["unit"] = utf8(t.unit);
    j["basis"] = utf8(sourceLine(t));
    j["factId"] = utf8(t.factId);
    j["source"] = utf8(t.source);
    j["asOf"] = utf8(t.asOf);
    j["confidence"] = utf8(t.confidence);
    ojson inputs = ojson::array();
    for (const FactRef &f : t.inputs)
        inputs.push_back(factJson(f));
    j["inputs"] = std::move(inputs);
    return j;
}

ojson termsJson(const std::vector<Term> &terms, const char *amountKey, int decimals)
{
    ojson list = ojson::array();
    for (const Term &t : terms)
        list.push_back(termJson(t, amountKey, decimals));
    return list;
}

ojson stringsJson(const QStringList &strings)
{
    ojson list = ojson::array();
    for (const QString &s : strings)
        list.push_back(utf8(s));
    return list;
}

void writeJson(const Design &design, const Estimate &e, const std::vector<Alternative> &alts)
{
    const Catalog &catalog = Catalog::builtin();
    ojson doc;
    doc["design"] = utf8(design.name);
    doc["deploymentModel"] = utf8(toString(design.deploymentModel));

    ojson current;
    current["monthlyCostUsd"] = rounded(e.monthlyCostUsd, 2);
    current["rtoSeconds"] = optionalNumber(e.rtoSeconds, 3);
    current["rpoSeconds"] = optionalNumber(e.rpoSeconds, 3);
    current["availabilityPercent"] = optionalNumber(e.availabilityPercent, 6);
    current["failedRegion"] = utf8(e.failedRegion);
    current["failedLocation"] = utf8(e.failedLocation);
    ojson lines = ojson::array();
    for (const CostLine &l : e.costBreakdown) {
        ojson j;
        j["component"] = utf8(l.component);
        j["kind"] = utf8(toString(l.kind));
        j["monthlyCostUsd"] = rounded(l.monthlyUsd, 2);
        j["basis"] = utf8(l.basis);
        j["terms"] = termsJson(l.terms, "amount", 4);
        lines.push_back(std::move(j));
    }
    current["costBreakdown"] = std::move(lines);
    current["rtoBreakdown"] = termsJson(e.rtoBreakdown, "seconds", 3);
    if (!e.rtoSeconds)
        current["rtoReason"] = utf8(e.rtoReason);
    current["rpoBasis"] = utf8(e.rpoBasis);
    current["rpoBreakdown"] = termsJson(e.rpoBreakdown, "seconds", 3);
    current["availabilityBasis"] = utf8(e.availabilityBasis);
    current["availabilityBreakdown"] = termsJson(e.availabilityBreakdown, "percent", 6);
    current["notes"] = stringsJson(e.notes);
    doc["current"] = std::move(current);

    ojson list = ojson::array();
    for (const Alternative &a : alts) {
        ojson j;
        j["deploymentModel"] = utf8(toString(a.deploymentModel));
        j["monthlyCostUsd"] = rounded(a.monthlyCostUsd, 2);
        j["rtoSeconds"] = optionalNumber(a.rtoSeconds, 3);
        j["rpoSeconds"] = optionalNumber(a.rpoSeconds, 3);
        j["availabilityPercent"] = optionalNumber(a.availabilityPercent, 6);
        j["asDesigned"] = a.asDesigned;
        j["transformation"] = utf8(a.transformation);
        list.push_back(std::move(j));
    }
    doc["alternatives"] = std::move(list);

    doc["catalog"] = {{"asOf", utf8(catalog.asOf())}, {"currency", utf8(catalog.currency())}};
    ojson overridden = ojson::array();
    for (const EstimateParameter &p : estimateParameters(design, catalog)) {
        if (p.value)
            overridden.push_back(
                { {"id", utf8(p.id)}, {"value", *p.value}, {"default", p.defaultValue} });
    }
    doc["assumptions"] = {{"overridden", std::move(overridden)},
                          {"ignored", stringsJson(e.ignoredAssumptions)}};
    out() << QString::fromStdString(
        doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
          << '\n';
}

// ---- Text ----------------------------------------------------------------------------------

QString money(double usd)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(usd, 'f', 2);
}

QString percent(const std::optional<double> &value)
{
    return value ? formatPercent(*value) : tr("none");
}

/// Rows of cells, the columns padded to their widest cell; a column of numbers is right-aligned.
void table(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            if (i + 1 < row.size())  // the last column is not padded
                widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            const bool right = i < rightAligned.size() && rightAligned[i];
            if (last)
                line += row[i];
            else
                line += (right ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i]))
                        + QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out() << QStringLiteral("  ") << line << '\n';
    }
}

QString termSource(const Term &t)
{
    const QString source = sourceLine(t);
    return source.isEmpty() ? QString() : QStringLiteral("[%1]").arg(source);
}

void writeText(const QString &path, const Design &design, const Estimate &e,
               const std::vector<Alternative> &alts)
{
    const Catalog &catalog = Catalog::builtin();
    const QString name = design.name.isEmpty() ? path : design.name;
    out() << QStringLiteral("%1 (%2)\n").arg(name, toString(design.deploymentModel));
    out() << tr("Catalog of %1; prices in %2, %3 hours a month.\n\n")
                 .arg(catalog.asOf(), catalog.currency())
                 .arg(catalog.hoursPerMonth());

    out() << tr("Monthly cost: %1 %2\n").arg(money(e.monthlyCostUsd), catalog.currency());
    QList<QStringList> rows{{tr("component"), tr("kind"), tr("USD/month"), tr("basis")}};
    for (const CostLine &l : e.costBreakdown)
        rows.append({l.component, toString(l.kind), money(l.monthlyUsd), l.basis});
    table(rows, {false, false, true, false});
    out() << '\n';

    const QString place = e.failedLocation.isEmpty() ? e.failedRegion : e.failedLocation;
    if (place.isEmpty())
        out() << tr("Recovery time (RTO): %1\n").arg(durationText(e.rtoSeconds, tr("none")));
    else
        out() << tr("Recovery time (RTO) for losing %1: %2\n").arg(place, durationText(e.rtoSeconds, tr("none")));
    if (!e.rtoSeconds) {
        out() << QStringLiteral("  %1\n").arg(e.rtoReason);
    } else {
        QList<QStringList> terms{{tr("seconds"), tr("term"), tr("source")}};
        for (const Term &t : e.rtoBreakdown)
            terms.append({QString::number(t.amount, 'g', 10), t.what, termSource(t)});
        table(terms, {true, false, false});
    }
    out() << '\n';

    out() << tr("Data loss (RPO): %1\n").arg(durationText(e.rpoSeconds, tr("none")));
    if (!e.rpoBreakdown.empty()) {
        QList<QStringList> terms{{tr("seconds"), tr("data"), tr("source")}};
        for (const Term &t : e.rpoBreakdown)
            terms.append({QString::number(t.amount, 'g', 10), t.what, termSource(t)});
        table(terms, {true, false, false});
    }
    out() << QStringLiteral("  %1\n\n").arg(e.rpoBasis);

    out() << tr("Availability: %1\n").arg(percent(e.availabilityPercent));
    if (!e.availabilityBreakdown.empty()) {
        QList<QStringList> terms{{tr("percent"), tr("factor"), tr("source")}};
        for (const Term &t : e.availabilityBreakdown)
            terms.append({formatPercent(t.amount).chopped(2), t.what, termSource(t)});
        table(terms, {true, false, false});
    }
    out() << QStringLiteral("  %1\n\n").arg(e.availabilityBasis);

    if (!e.notes.isEmpty() || !e.ignoredAssumptions.isEmpty()) {
        out() << tr("Notes:\n");
        for (const QString &note : e.notes)
            out() << QStringLiteral("  - %1\n").arg(note);
        for (const QString &key : e.ignoredAssumptions)
            out() << QStringLiteral("  - %1\n")
                         .arg(tr("The assumption '%1' is not a catalog entry: it changes "
                                 "nothing.").arg(key));
        out() << '\n';
    }

    out() << tr("The same design under each model (for the loss of the same region):\n");
    QList<QStringList> models{{tr("model"), tr("USD/month"), tr("RTO"), tr("RPO"),
                               tr("availability")}};
    for (const Alternative &a : alts) {
        const QString model = toString(a.deploymentModel)
                              + (a.asDesigned ? QStringLiteral(" *") : QString());
        models.append({model, money(a.monthlyCostUsd),
                       a.rtoSeconds ? formatDuration(*a.rtoSeconds) : tr("none"),
                       a.rpoSeconds ? formatDuration(*a.rpoSeconds) : tr("none"),
                       percent(a.availabilityPercent)});
    }
    table(models, {false, true, true, true, true});
    out() << tr("  * the design as it is; the others are transformed as docs/estimates.md "
                "describes.\n");
}

}  // namespace

int runEstimate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The design file."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(formatOption);
    if (auto status = parseVerbOptions(
            parser, arguments,
            tr("Estimates a design's monthly cost, recovery time (RTO), data loss (RPO) and "
               "availability, each with its terms and their sources, and the same figures "
               "under each deployment model."),
            1, 1))
        return *status;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(arguments[0], tr("unknown format '%1'").arg(format));

    const QString path = parser.positionalArguments().value(1);
    std::optional<Design> design = loadDesignOrReport(path);
    if (!design)
        return ExitUnreadable;
    const Catalog &catalog = Catalog::builtin();
    const Estimate estimate = estimateDesign(*design, catalog);
    const std::vector<Alternative> alts = alternatives(*design, catalog);
    if (format == QLatin1String("json"))
        writeJson(*design, estimate, alts);
    else
        writeText(path, *design, estimate, alts);
    return ExitOk;
}

}  // namespace continuity::cli
