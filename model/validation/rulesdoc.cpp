// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/validation/rulesdoc.h"

#include "model/validation/validator.h"

#include <QStringList>

namespace continuity {

namespace {

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString severityText(const RuleInfo &rule)
{
    QString text = toString(rule.severity);
    if (rule.singleRegionSeverity)
        text += QStringLiteral(" (%1 under single-region)")
                    .arg(toString(*rule.singleRegionSeverity));
    return text;
}

QString table(const std::vector<const RuleInfo *> &rules)
{
    QString md = QStringLiteral("| id | severity | fires when | guidance |\n|---|---|---|---|\n");
    for (const RuleInfo *r : rules) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(QLatin1String(r->id), severityText(*r), cell(QString::fromUtf8(r->text)),
                       cell(QString::fromUtf8(r->reference)));
    }
    return md;
}

}  // namespace

QString rulesMarkdown()
{
    QString md = QStringLiteral(
        "# Validation rules\n"
        "\n"
        "<!-- Generated from the rule table (model/validation/rules.cpp) by rulesMarkdown(). Do "
        "not edit: tests/model/tst_rulesdoc.cpp fails when this file and the table differ, and "
        "prints how to regenerate it. -->\n"
        "\n"
        "Continuity checks a design against its deployment model and reports findings. Each "
        "finding has the rule's id, a severity (`error`, `warning` or `info`), a sentence that "
        "names the components, the ids of those components (the canvas marks them), a hint "
        "that says how to fix it, and the guidance it comes from: a section of the AKS "
        "high-availability and disaster-recovery overview, or a fact of the Azure catalog. "
        "`continuity validate` exits with status 1 when a design has an error finding; "
        "`continuity rules` lists this table.\n"
        "\n"
        "Rule ids never change meaning. Limits, ranges, region pairs and availability zones come "
        "from the Azure catalog built into Continuity, so the findings quote its values.\n"
        "\n"
        "Cluster roles are derived: a stopped cluster is **cold**; a running cluster is "
        "**active** when a global router (Front Door or Traffic Manager) sends it traffic at "
        "the best priority that router uses (a Traffic Manager whose routing method is not "
        "priority makes every cluster it reaches active), and **passive** otherwise. When no "
        "global router reaches any running cluster, every running cluster is active. "
        "\"Cluster regions\" are the regions that hold an AKS cluster; two region boxes with the "
        "same location count as one region.\n");

    struct Group {
        const char *title;
        std::optional<DeploymentModel> model;
        const char *prefix;  // for the sections of every model
    };
    const Group groups[] = {
        {"Structure (every model)", std::nullopt, "STR-"},
        {"General (every model)", std::nullopt, "GEN-"},
        {"Routing (every model)", std::nullopt, "ROUTE-"},
        {"Active-active", DeploymentModel::ActiveActive, ""},
        {"Active-passive", DeploymentModel::ActivePassive, ""},
        {"Passive-cold", DeploymentModel::PassiveCold, ""},
        {"Single-region", DeploymentModel::SingleRegion, ""},
    };
    for (const Group &group : groups) {
        std::vector<const RuleInfo *> rules;
        for (const RuleInfo &r : allRules()) {
            if (r.model != group.model)
                continue;
            if (!group.model && !QLatin1String(r.id).startsWith(QLatin1String(group.prefix)))
                continue;
            rules.push_back(&r);
        }
        if (rules.empty())
            continue;
        md += QStringLiteral("\n## %1\n\n").arg(QLatin1String(group.title));
        md += table(rules);
    }
    return md;
}

}  // namespace continuity
