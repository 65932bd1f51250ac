// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/application.h"

#include "model/log.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace continuity::app {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Continuity"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("continuity.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("continuity"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUITY_VERSION));
    // Lets Wayland compositors match windows to the installed desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.continuity.Continuity"));
}

namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const auto logger = log::get("qt");
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg: logger->debug("[{}] {}", category, text); break;
    case QtInfoMsg: logger->info("[{}] {}", category, text); break;
    case QtWarningMsg: logger->warn("[{}] {}", category, text); break;
    case QtCriticalMsg: logger->error("[{}] {}", category, text); break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category, text);
        logger->flush();
        std::abort();
    }
}

}  // namespace

void setUpLogging(bool verbose, bool toFile)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    // Standard error belongs to the command line's messages: only warnings and worse go there
    // unless the user asks for more.
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(console);
    if (toFile) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        if (!dir.isEmpty() && QDir().mkpath(dir)) {
            try {
                const QString path = QDir(dir).filePath(QStringLiteral("continuity.log"));
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), 1024 * 1024, 3));
            } catch (const spdlog::spdlog_ex &) {
                // An unwritable log folder must not stop the designer.
            }
        }
    }
    log::setSinks(std::move(sinks), verbose ? spdlog::level::debug : spdlog::level::info);
    qInstallMessageHandler(qtMessageToSpdlog);
}

}  // namespace continuity::app
