// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "tests/support/clirun.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace continuity::testsupport {

Run runCli(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SOURCE_DATE_EPOCH"})
        env.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONTINUITY_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString templateFile(const QString &name)
{
    return QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/%1.continuity.json")
        .arg(name);
}

QStringList templateNames()
{
    return {QStringLiteral("active-active"), QStringLiteral("active-passive"),
            QStringLiteral("passive-cold"), QStringLiteral("single-region")};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace continuity::testsupport
