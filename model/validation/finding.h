// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/design.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuity {

enum class Severity { Error, Warning, Info };

QString toString(Severity severity);                         ///< "error", "warning", "info"
std::optional<Severity> severityFromString(const QString &s);

/// One thing a design gets wrong against its deployment model.
struct Finding {
    QString ruleId;        ///< e.g. "AP-001" (spec/rules.md)
    Severity severity = Severity::Error;
    QString message;       ///< one sentence, names the components (translated)
    QStringList subjects;  ///< ids of the components (or connections) concerned, sorted
    QString hint;          ///< how to fix it (translated)
    QString reference;     ///< the guidance it comes from

    bool operator==(const Finding &o) const = default;
};

/// Findings in the order the validator publishes them: by severity (errors first), then rule
/// id, then subjects.
bool findingLess(const Finding &a, const Finding &b);

/// What a rule is, for `continuity rules`, docs/rules.md and the findings panel.
struct RuleInfo {
    const char *id;
    Severity severity;
    /// The model the rule belongs to; nullopt: every model.
    std::optional<DeploymentModel> model;
    const char *text;       ///< when it fires, one sentence (translated through "Rule")
    const char *reference;  ///< the guidance
    /// The severity of its findings under the single-region model where it differs (GEN-001).
    std::optional<Severity> singleRegionSeverity = std::nullopt;
};

}  // namespace continuity
