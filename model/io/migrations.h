// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/designjson.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <stdexcept>
#include <vector>

namespace continuity {

/// One step of the migration chain: turns the JSON tree of a design written in format version
/// `fromVersion` into the same design in version `fromVersion + 1`. `apply` edits the tree in
/// place and may throw nlohmann::json::exception on a tree it cannot make sense of; it need not
/// touch "version", which migrate() sets after each step.
struct MigrationStep {
    int fromVersion = 0;
    std::function<void(nlohmann::json &tree)> apply;
};

/// Thrown by migrate() when the chain has no step out of a version it must pass through.
class MigrationError : public std::runtime_error
{
public:
    explicit MigrationError(int missingFromVersion);
    int missingFromVersion() const { return m_missingFromVersion; }

private:
    int m_missingFromVersion;
};

/// The steps this version of Continuity knows, in any order. Empty while version 1 is the only
/// format there has been.
const std::vector<MigrationStep> &migrationSteps();

/// Applies the steps of `steps` one after the other to bring `tree`, a design written in format
/// version `fromVersion`, up to CurrentFormatVersion, and returns the result with "version" set
/// to CurrentFormatVersion. A tree already at (or beyond) the current version comes back
/// unchanged. Throws MigrationError when no step starts at one of the versions on the way, and
/// lets the exceptions of a step through (nlohmann::json::exception).
nlohmann::json migrate(
    nlohmann::json tree, int fromVersion, const std::vector<MigrationStep> &steps);

} // namespace continuity
