// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/panels/loadprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace continuity {

namespace {

// What the worker hands back; shared, because a cancelled read finishes after the caller left.
struct Outcome {
    LoadResult result;
    FileStamp stamp;
};

}  // namespace

std::optional<LoadResult> loadDesignFileWithProgress(QWidget *parent, const QString &path,
                                                     FileStamp *stamp, int delayMs,
                                                     void (*onDialog)(QProgressDialog *))
{
    auto outcome = std::make_shared<Outcome>();
    QThread *worker = QThread::create([outcome, path] {
        outcome->result = loadDesignFile(path, &outcome->stamp);
    });
    QEventLoop loop;
    bool finished = false;
    QObject::connect(worker, &QThread::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    // The thread object outlives a cancelled wait and goes once its read is done.
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);

    QProgressDialog dialog(
        QCoreApplication::translate("LoadProgress", "Opening %1…").arg(QFileInfo(path).fileName()),
        QCoreApplication::translate("LoadProgress", "Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("openProgress"));
    dialog.setWindowTitle(QCoreApplication::translate("LoadProgress", "Opening Design"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // A busy indicator: the reader gives no steps. The delay counts only while the value is at
    // the minimum, which a (0, 0) range leaves below until it is set.
    dialog.setValue(0);
    dialog.setMinimumDuration(std::max(0, delayMs));
    bool cancelled = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&cancelled, &loop] {
        cancelled = true;
        loop.quit();
    });
    if (onDialog)
        onDialog(&dialog);

    worker->start();
    // Until the dialog shows, the window is painted but takes no clicks or keys: a second
    // Open while this one runs would race it.
    while (!finished && !cancelled && !dialog.isVisible())
        loop.processEvents(QEventLoop::ExcludeUserInputEvents | QEventLoop::WaitForMoreEvents);
    if (!finished && !cancelled)
        loop.exec();
    // Cancel wins even over a read that just finished: the user asked to keep what is open.
    if (cancelled)
        return std::nullopt;
    if (stamp)
        *stamp = outcome->stamp;
    return std::move(outcome->result);
}

}  // namespace continuity
