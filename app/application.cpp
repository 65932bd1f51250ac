// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "app/application.h"

#include "model/log.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <ctime>
#include <unistd.h>

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

namespace {

// The process's start, in milliseconds of the boot clock: field 22 of /proc/self/stat, in
// clock ticks since boot. Negative when unknown.
double processStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state): field 22 is fields[19].
    bool ok = false;
    const double ticks = fields.value(19).toDouble(&ok);
    const long perSecond = ::sysconf(_SC_CLK_TCK);
    return ok && perSecond > 0 ? ticks * 1000.0 / double(perSecond) : -1;
}

double bootClockMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// Resident and peak memory of the process, in MiB, from /proc/self/status.
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {-1, -1};
    double rss = -1;
    double peak = -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&line] { return line.simplified().split(' ').value(1).toDouble() / 1024; };
        if (line.startsWith("VmRSS:"))
            rss = kib();
        else if (line.startsWith("VmHWM:"))
            peak = kib();
    }
    return {rss, peak};
}

// Waits for the first paint event of any widget, then for the frame to be finished.
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
            m_seen = true;
            // The rest of the frame paints in the same pass: report once it is done.
            QTimer::singleShot(0, this, [this] {
                const auto [rss, peak] = residentMiB();
                log::get("startup")->info(
                    "First window painted {:.0f} ms after the process started; resident "
                    "memory {:.1f} MiB (peak {:.1f} MiB)",
                    millisecondsSinceStart(), rss, peak);
                qApp->removeEventFilter(this);
                deleteLater();
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

}  // namespace

double millisecondsSinceStart()
{
    static const double start = processStartMs();
    if (start >= 0)
        return bootClockMs() - start;
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return double(timer.nsecsElapsed()) / 1e6;
}

void reportFirstPaint()
{
    qApp->installEventFilter(new FirstPaintWatcher(qApp));
}

}  // namespace continuity::app
