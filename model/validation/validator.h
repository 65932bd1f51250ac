// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/validation/finding.h"

#include <QObject>

#include <memory>
#include <vector>

namespace continuity {

class Catalog;
class Document;

/// Every rule the validator knows, in id order.
const std::vector<RuleInfo> &allRules();
const RuleInfo *ruleInfo(const QString &id);

/// Validates a whole design against `model` (the design's own model when nullopt). Findings are
/// sorted with findingLess. Never throws, whatever the design holds.
std::vector<Finding> validateDesign(const Design &design,
                                    std::optional<DeploymentModel> model = std::nullopt,
                                    const Catalog *catalog = nullptr);

/// Counts of findings by severity.
struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingCounts countFindings(const std::vector<Finding> &findings);

/// Keeps the findings of a document up to date as it changes: after an edit it re-checks only
/// what the edit can affect and publishes the result.
class LiveValidator : public QObject
{
    Q_OBJECT

public:
    explicit LiveValidator(Document *document, const Catalog *catalog = nullptr,
                           QObject *parent = nullptr);
    ~LiveValidator() override;

    /// The current findings, sorted with findingLess; equal to validateDesign(document).
    const std::vector<Finding> &findings() const;
    /// The findings whose subjects include `id`.
    std::vector<Finding> findingsFor(const QString &id) const;
    /// The worst severity among the findings of `id`, or nullopt when it has none.
    std::optional<Severity> worstSeverity(const QString &id) const;
    /// How many findings name `id` among their subjects: findingsFor(id).size(), without
    /// copying them.
    int findingCount(const QString &id) const;
    FindingCounts counts() const;

signals:
    /// The findings changed; `subjects` are the ids whose findings were added or removed, each
    /// once, in no particular order.
    void findingsChanged(const QStringList &subjects);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace continuity
