// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Edit, SIGKILL, restart, restore, compare: a designer window edited and killed after its
// autosave loses nothing, and the real `continuity` binary offers and restores the work at its
// next start.

#include "model/io/designfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <signal.h>
#include <sys/types.h>

using namespace continuity;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList designsIn(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.continuity.json") }, QDir::Files);
}

void killHard(QProcess &process)
{
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

} // namespace

class TestKillRestore : public QObject
{
    Q_OBJECT

private slots:
    void aKilledDesignerIsRestoredAtTheNextStart_data();
    void aKilledDesignerIsRestoredAtTheNextStart();
};

void TestKillRestore::aKilledDesignerIsRestoredAtTheNextStart_data()
{
    QTest::addColumn<bool>("titled");
    QTest::newRow("titled") << true;
    QTest::newRow("untitled") << false;
}

void TestKillRestore::aKilledDesignerIsRestoredAtTheNextStart()
{
    QFETCH(bool, titled);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString design = tmp.filePath(QStringLiteral("shop.continuity.json"));
    QVERIFY(QFile::copy(QStringLiteral(CONTINUITY_SOURCE_DIR
                                       "/resources/templates/active-passive.continuity.json"),
                        design));
    const QByteArray userFile = readAll(design);
    // The application's data location under XDG_DATA_HOME: organisation, then application.
    const QString data = tmp.filePath(QStringLiteral("data"));
    const QString autosaveDir = data + QStringLiteral("/Continuity/continuity/autosave");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));

    // 1. A designer window is edited and killed after its autosave.
    QProcess editor;
    editor.setProcessEnvironment(env);
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QStringLiteral(CONTINUITY_AUTOSAVEHELPER),
                 { titled ? design : QStringLiteral("-") });
    QVERIFY(editor.waitForStarted());
    QVERIFY(editor.waitForReadyRead(30000));
    QCOMPARE(editor.readLine().trimmed(), QByteArray("autosaved"));
    const QStringList left = designsIn(autosaveDir);
    QCOMPARE(left.size(), 1);
    const QByteArray edited = readAll(QDir(autosaveDir).filePath(left.first()));
    QVERIFY(edited.contains("Edited before the crash"));
    killHard(editor);
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

    // 2. The real binary starts, offers the design and restores it (the test answers through
    // CONTINUITY_RECOVERY_ANSWER); its own slot then holds the edit, and the old one is gone.
    env.insert(QStringLiteral("CONTINUITY_RECOVERY_ANSWER"), QStringLiteral("restore"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(CONTINUITY_BINARY));
    QVERIFY(app.waitForStarted());
    QString restoredSlot;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && app.state() == QProcess::Running) {
        const QStringList now = designsIn(autosaveDir);
        if (now.size() == 1 && now.first() != left.first()) {
            restoredSlot = now.first();
            break;
        }
        QTest::qWait(50);
    }
    QVERIFY2(!restoredSlot.isEmpty(), "the restarted designer did not restore the autosave");
    QCOMPARE(readAll(QDir(autosaveDir).filePath(restoredSlot)), edited);
    const QString id = restoredSlot.chopped(QStringLiteral(".continuity.json").size());
    const QJsonObject sidecar =
        QJsonDocument::fromJson(readAll(QDir(autosaveDir).filePath(id + ".autosave.json")))
            .object();
    QCOMPARE(sidecar.value(QStringLiteral("original")).toString(),
             titled ? design : QString());
    QCOMPARE(sidecar.value(QStringLiteral("name")).toString(),
             QStringLiteral("Edited before the crash"));
    QCOMPARE(readAll(design), userFile);

    // 3. Killed again, and this time the user discards what is offered: nothing is left.
    killHard(app);
    env.insert(QStringLiteral("CONTINUITY_RECOVERY_ANSWER"), QStringLiteral("discard"));
    QProcess again;
    again.setProcessEnvironment(env);
    again.setProcessChannelMode(QProcess::ForwardedChannels);
    again.start(QStringLiteral(CONTINUITY_BINARY));
    QVERIFY(again.waitForStarted());
    clock.restart();
    while (clock.elapsed() < 60000 && !designsIn(autosaveDir).isEmpty())
        QTest::qWait(50);
    QVERIFY(designsIn(autosaveDir).isEmpty());
    again.terminate();
    if (!again.waitForFinished(10000))
        killHard(again);
    QCOMPARE(readAll(design), userFile);
}

QTEST_GUILESS_MAIN(TestKillRestore)
#include "tst_killrestore.moc"
