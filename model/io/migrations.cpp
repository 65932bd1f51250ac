// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/io/migrations.h"

#include <string>

namespace continuity {

MigrationError::MigrationError(int missingFromVersion)
    : std::runtime_error("no migration from format version " + std::to_string(missingFromVersion))
    , m_missingFromVersion(missingFromVersion)
{
}

const std::vector<MigrationStep> &migrationSteps()
{
    // A format change adds its step here, together with a fixture of the old version under
    // tests/data, so that every older file keeps opening.
    static const std::vector<MigrationStep> steps;
    return steps;
}

nlohmann::json migrate(
    nlohmann::json tree, int fromVersion, const std::vector<MigrationStep> &steps)
{
    for (int version = fromVersion; version < CurrentFormatVersion; ++version) {
        const MigrationStep *step = nullptr;
        for (const MigrationStep &candidate : steps) {
            if (candidate.fromVersion == version && candidate.apply) {
                step = &candidate;
                break;
            }
        }
        if (!step)
            throw MigrationError(version);
        step->apply(tree);
        // Set after every step so that a later step sees the version it was written for.
        if (tree.is_object())
            tree["version"] = version + 1;
    }
    return tree;
}

} // namespace continuity
