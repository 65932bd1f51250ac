// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Saving never corrupts: a child saves in a loop while this test kills it with SIGKILL at
// random moments, hundreds of times. After every kill the file (and its backup, when there is
// one) is one complete generation.

#include "model/io/designfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <random>

#include <sys/types.h>
#include <signal.h>

using namespace continuity;

class TestSaveKill : public QObject
{
    Q_OBJECT

private slots:
    void aKilledSaveLeavesOneCompleteGeneration();
};

void TestSaveKill::aKilledSaveLeavesOneCompleteGeneration()
{
    const QString templatePath =
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/active-active.continuity.json");
    const LoadResult base = loadDesignFile(templatePath);
    QVERIFY(base.design);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("design.continuity.json"));
    QVERIFY(saveDesignFile(target, *base.design, nullptr));

    const QRegularExpression generationName(QStringLiteral("^generation (\\d+)$"));
    auto checkComplete = [&](const QString &path, bool mustExist) {
        if (!mustExist && !QFile::exists(path))
            return;
        const LoadResult loaded = loadDesignFile(path);
        QVERIFY2(loaded.design, qPrintable(path + QStringLiteral(": ") + loaded.error.message));
        Design expected = *base.design;
        expected.name = loaded.design->name;
        QVERIFY2(loaded.design->name == base.design->name
                     || generationName.match(loaded.design->name).hasMatch(),
                 qPrintable(loaded.design->name));
        QVERIFY(writeDesign(*loaded.design) == writeDesign(expected));
    };

    std::mt19937 rng(20261124);
    const int kills = 300;
    int generationsSeen = 0;
    bool backupSeen = false;
    for (int i = 0; i < kills; ++i) {
        QProcess child;
        child.start(QStringLiteral(CONTINUITY_SAVELOOP), {templatePath, target});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        // Kill somewhere within the next few saves: from at once up to ~15 ms.
        QTest::qWait(0);
        const auto delayUs = static_cast<useconds_t>(rng() % 15000);
        usleep(delayUs);
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        checkComplete(target, true);
        // Once a backup exists, there is always one, whole: it is replaced, never removed first.
        checkComplete(backupPath(target), backupSeen);
        backupSeen = backupSeen || QFile::exists(backupPath(target));
        if (QTest::currentTestFailed())
            return;
        const LoadResult now = loadDesignFile(target);
        const auto m = generationName.match(now.design->name);
        if (m.hasMatch())
            generationsSeen = std::max(generationsSeen, m.captured(1).toInt());
    }
    qInfo("%d kills; the file was always one complete generation (highest seen: %d)", kills,
          generationsSeen);
}

QTEST_GUILESS_MAIN(TestSaveKill)
#include "tst_savekill.moc"
