// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/cli/cli.h"

#include "model/validation/validator.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace continuity::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("continuity::cli", text);  // lupdate's context here
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

}  // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The design file."));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        tr("Validate against this deployment model instead of the file's: active-active, "
           "active-passive, passive-cold or single-region. The file is not changed."),
        QStringLiteral("M"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({modelOption, formatOption});
    if (auto status = parseVerbOptions(
            parser, arguments,
            tr("Checks a design against its deployment model and prints the findings. Exit "
               "status 1 when there is at least one error."),
            1, 1))
        return *status;

    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(arguments[0], tr("unknown format '%1'").arg(format));
    std::optional<DeploymentModel> model;
    if (parser.isSet(modelOption)) {
        model = deploymentModelFromString(parser.value(modelOption));
        if (!model)
            return usageError(arguments[0],
                              tr("unknown deployment model '%1'").arg(parser.value(modelOption)));
    }

    std::optional<Design> design = loadDesignOrReport(parser.positionalArguments().value(1));
    if (!design)
        return ExitUnreadable;
    const DeploymentModel effective = model.value_or(design->deploymentModel);
    const std::vector<Finding> findings = validateDesign(*design, effective);
    const FindingCounts counts = countFindings(findings);

    if (format == QLatin1String("json")) {
        nlohmann::ordered_json doc;
        doc["design"] = utf8(design->name);
        doc["deploymentModel"] = utf8(toString(effective));
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const Finding &f : findings) {
            nlohmann::ordered_json j;
            j["ruleId"] = utf8(f.ruleId);
            j["severity"] = utf8(toString(f.severity));
            j["message"] = utf8(f.message);
            nlohmann::ordered_json subjects = nlohmann::ordered_json::array();
            for (const QString &s : f.subjects)
                subjects.push_back(utf8(s));
            j["subjects"] = std::move(subjects);
            j["hint"] = utf8(f.hint);
            j["reference"] = utf8(f.reference);
            list.push_back(std::move(j));
        }
        doc["findings"] = std::move(list);
        doc["summary"] = {{"errors", counts.errors},
                          {"warnings", counts.warnings},
                          {"infos", counts.infos}};
        out() << QString::fromStdString(
                     doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
              << '\n';
    } else {
        for (const Finding &f : findings) {
            out() << QStringLiteral("%1 %2 %3 [%4]\n")
                         .arg(toString(f.severity), -7)
                         .arg(f.ruleId, f.message, f.subjects.join(QStringLiteral(", ")));
            if (!f.hint.isEmpty())
                out() << QStringLiteral("        %1 %2\n").arg(tr("hint:"), f.hint);
        }
        const QString name = design->name.isEmpty() ? parser.positionalArguments().value(1)
                                                    : design->name;
        out() << tr("%1 (%2): %3 error(s), %4 warning(s), %5 info(s)\n")
                     .arg(name, toString(effective))
                     .arg(counts.errors)
                     .arg(counts.warnings)
                     .arg(counts.infos);
    }
    return counts.errors > 0 ? ExitFailed : ExitOk;
}

int runRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(formatOption);
    if (auto status = parseVerbOptions(parser, arguments,
                                       tr("Lists every validation rule: id, severity, model "
                                          "and when it fires."),
                                       0, 0))
        return *status;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(arguments[0], tr("unknown format '%1'").arg(format));

    auto modelName = [](const RuleInfo &r) {
        return r.model ? toString(*r.model) : QStringLiteral("all");
    };
    if (format == QLatin1String("json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const RuleInfo &r : allRules()) {
            nlohmann::ordered_json j;
            j["id"] = r.id;
            j["severity"] = utf8(toString(r.severity));
            j["model"] = utf8(modelName(r));
            j["text"] = utf8(QCoreApplication::translate("Rule", r.text));
            j["reference"] = r.reference;
            list.push_back(std::move(j));
        }
        out() << QString::fromStdString(list.dump(2)) << '\n';
    } else {
        for (const RuleInfo &r : allRules()) {
            out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(QLatin1String(r.id), -9)
                         .arg(toString(r.severity), -7)
                         .arg(modelName(r), -14)
                         .arg(QCoreApplication::translate("Rule", r.text));
        }
    }
    return ExitOk;
}

}  // namespace continuity::cli
