// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <spdlog/spdlog.h>

#include <memory>
#include <string>
#include <vector>

namespace continuity::log {

/// The named logger of a model area ("io", "validation", …). Until the application installs
/// sinks (setSinks), loggers have none and log nothing: tests and library users stay quiet.
std::shared_ptr<spdlog::logger> get(const std::string &name);

/// Routes every logger, present and future, to these sinks, at this level.
void setSinks(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level);

}  // namespace continuity::log
