// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/log.h"

#include <mutex>

namespace continuity::log {

namespace {

struct Registry {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::info;
};

Registry &registry()
{
    static Registry r;
    return r;
}

}  // namespace

std::shared_ptr<spdlog::logger> get(const std::string &name)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, r.sinks.begin(), r.sinks.end());
    logger->set_level(r.level);
    spdlog::register_logger(logger);
    return logger;
}

void setSinks(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.sinks = std::move(sinks);
    r.level = level;
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = r.sinks;
        logger->set_level(level);
    });
}

}  // namespace continuity::log
