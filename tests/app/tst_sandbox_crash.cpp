#include "tst_sandbox_crash.h"

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "rehearsal/ProcessProbe.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <memory>

using onair::ProcessProbe;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

constexpr int kStepMs = 30000;

QJsonObject first(const SandboxProcess::Response &r)
{
    return r.json().value(QLatin1String("items")).toArray().first().toObject();
}

qint64 lockHolder(const QString &dataDir)
{
    qint64 pid = 0;
    QString host, app;
    QLockFile(dataDir + QStringLiteral("/sandbox.lock")).getLockInfo(&pid, &host, &app);
    return pid;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

} // namespace

void TestSandboxCrash::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
             "xdotool is needed (packaging/install-deps.sh installs it)");
    // The app's AppDataLocation: organisation "OnAir", application "onair".
    m_dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/OnAir/onair");
}

void TestSandboxCrash::startApp(QProcess &app, const QStringList &arguments)
{
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(ONAIR_APP_EXE), arguments);
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
}

bool TestSandboxCrash::press(const QString &keys, const QString &window)
{
    QProcess xdotool;
    xdotool.start(QStringLiteral("xdotool"),
                  {QStringLiteral("search"), QStringLiteral("--sync"),
                   QStringLiteral("--onlyvisible"), QStringLiteral("--name"), window,
                   QStringLiteral("windowfocus"), QStringLiteral("--sync"), QStringLiteral("key"),
                   QStringLiteral("--clearmodifiers"), keys});
    if (!xdotool.waitForFinished(10000)) {
        xdotool.kill();
        xdotool.waitForFinished(2000);
        return false;
    }
    return xdotool.exitCode() == 0;
}

void TestSandboxCrash::crashedRehearsalIsPickedUpAgain()
{
    const QString sandboxDir = m_dataDir + QStringLiteral("/sandbox");
    const QString readyFile = sandboxDir + QStringLiteral("/sandbox-ready.json");

    // A rehearsal: OnAir starts its sandbox; the show is set up on it.
    QProcess setUp;
    startApp(setUp, {QStringLiteral("--sandbox")});
    QVERIFY2(QTest::qWaitFor([&] { return !readAll(readyFile).isEmpty(); }, kStepMs),
             "the sandbox OnAir started did not keep its ready line");
    std::unique_ptr<SandboxProcess> sandbox = SandboxProcess::attach(readAll(readyFile));
    QVERIFY(sandbox->isReady());
    const QString token = sandbox->signIn().accessToken;
    QVERIFY(!token.isEmpty());
    const QString start = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate);
    const QString id =
        sandbox
            ->call("POST",
                   QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status,contentDetails"),
                   token,
                   QJsonObject{
                       {QStringLiteral("snippet"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Crash show")},
                                    {QStringLiteral("scheduledStartTime"), start}}},
                       {QStringLiteral("status"),
                        QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}}})
            .json()
            .value(QLatin1String("id"))
            .toString();
    const QString streamId =
        sandbox
            ->call(
                "POST", QStringLiteral("youtube/v3/liveStreams?part=snippet,cdn,status"), token,
                QJsonObject{{QStringLiteral("snippet"),
                             QJsonObject{{QStringLiteral("title"), QStringLiteral("cam")}}},
                            {QStringLiteral("cdn"),
                             QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                                         {QStringLiteral("resolution"), QStringLiteral("240p")},
                                         {QStringLiteral("frameRate"), QStringLiteral("30fps")}}}})
            .json()
            .value(QLatin1String("id"))
            .toString();
    QVERIFY(!id.isEmpty() && !streamId.isEmpty());
    QCOMPARE(sandbox
                 ->call("POST",
                        QStringLiteral("youtube/v3/liveBroadcasts/bind?part=id&id=%1&streamId=%2")
                            .arg(id, streamId),
                        token)
                 .status,
             200);
    // A clean quit stops the sandbox it started (its state stays in the data folder).
    const qint64 firstSandbox = lockHolder(sandboxDir);
    const QByteArray firstReady = readAll(readyFile);
    setUp.terminate();
    QVERIFY(setUp.waitForFinished(kStepMs));
    QCOMPARE(setUp.exitStatus(), QProcess::NormalExit);
    QVERIFY(!ProcessProbe::isRunning(firstSandbox, QStringLiteral("onair-sandbox")));
    QVERIFY2(readAll(readyFile).isEmpty(), "the sandbox was not stopped cleanly");

    // The show: OnAir opens the broadcast, the operator starts the test encoder by its key.
    QProcess show;
    startApp(show, {QStringLiteral("--sandbox"), QStringLiteral("--broadcast"), id});
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QByteArray line = readAll(readyFile);
            return !line.isEmpty() && line != firstReady &&
                   (sandbox = SandboxProcess::attach(line))->isReady();
        },
        kStepMs));
    const qint64 sandboxPid = lockHolder(sandboxDir);
    const QString streamQuery =
        QStringLiteral("youtube/v3/liveStreams?part=id,status&id=") + streamId;
    const auto streamStatus = [&] {
        return first(sandbox->call("GET", streamQuery, token))
            .value(QLatin1String("status"))
            .toObject()
            .value(QLatin1String("streamStatus"))
            .toString();
    };
    const auto lifecycle = [&] {
        return first(sandbox->call("GET",
                                   QStringLiteral("youtube/v3/liveBroadcasts?part=status&id=") + id,
                                   token))
            .value(QLatin1String("status"))
            .toObject()
            .value(QLatin1String("lifeCycleStatus"))
            .toString();
    };
    // OnAir has read the bound stream once it has asked the sandbox for it.
    QVERIFY2(
        QTest::qWaitFor(
            [&] {
                const QJsonArray requests = sandbox->control("GET", QStringLiteral("requests"))
                                                .value(QLatin1String("requests"))
                                                .toArray();
                for (const QJsonValue &r : requests) {
                    if (r.toObject().value(QLatin1String("apiMethod")).toString() ==
                            QLatin1String("liveStreams.list") &&
                        r.toObject().value(QLatin1String("query")).toString().contains(streamId))
                        return true;
                }
                return false;
            },
            kStepMs),
        QJsonDocument(sandbox->control("GET", QStringLiteral("requests")))
            .toJson()
            .right(3000)
            .constData());
    QVERIFY(press(QStringLiteral("ctrl+shift+t")));
    QVERIFY2(QTest::qWaitFor([&] { return streamStatus() == QLatin1String("active"); }, kStepMs),
             "the test encoder OnAir started does not publish");
    const QJsonObject encoderFile =
        QJsonDocument::fromJson(readAll(m_dataDir + QStringLiteral("/test-encoder.json"))).object();
    const qint64 encoderPid = encoderFile.value(QLatin1String("pid")).toInteger();
    QVERIFY(ProcessProbe::isRunning(encoderPid, QStringLiteral("ffmpeg")));
    for (const auto &[to, state] : {std::pair{"testing", "testing"}, std::pair{"live", "live"}}) {
        QCOMPARE(sandbox
                     ->call("POST",
                            QStringLiteral("youtube/v3/liveBroadcasts/transition?part=status&"
                                           "broadcastStatus=%1&id=%2")
                                .arg(QLatin1String(to), id),
                            token)
                     .status,
                 200);
        QVERIFY(QTest::qWaitFor([&] { return lifecycle() == QLatin1String(state); }, kStepMs));
    }

    // OnAir dies mid-show. YouTube (the sandbox) and the encoder go on: the show stays on air.
    show.kill();
    QVERIFY(show.waitForFinished(10000));
    QCOMPARE(show.exitStatus(), QProcess::CrashExit);
    QTest::qWait(1500);
    QVERIFY(ProcessProbe::isRunning(sandboxPid, QStringLiteral("onair-sandbox")));
    QVERIFY(ProcessProbe::isRunning(encoderPid, QStringLiteral("ffmpeg")));
    QCOMPARE(streamStatus(), QStringLiteral("active"));
    QCOMPARE(lifecycle(), QStringLiteral("live"));

    // The restarted OnAir picks the same sandbox up, and the show with it.
    QProcess again;
    again.setProcessChannelMode(QProcess::SeparateChannels);
    again.start(QStringLiteral(ONAIR_APP_EXE), {QStringLiteral("--sandbox")});
    QVERIFY(again.waitForStarted(10000));
    QByteArray said;
    const QRegularExpression reattached(
        QStringLiteral("onair: reattached broadcast=(\\S+) lifecycle=(\\S+)"));
    QRegularExpressionMatch m;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     said += again.readAllStandardError();
                     m = reattached.match(QString::fromUtf8(said));
                     return m.hasMatch();
                 },
                 kStepMs),
             qPrintable(QString::fromUtf8(said.right(3000))));
    QCOMPARE(m.captured(1), id);
    QCOMPARE(m.captured(2), QStringLiteral("live"));
    QCOMPARE(lockHolder(sandboxDir), sandboxPid); // no second sandbox on the same state
    QVERIFY(ProcessProbe::isRunning(sandboxPid, QStringLiteral("onair-sandbox")));
    QCOMPARE(streamStatus(), QStringLiteral("active"));

    // The adopted encoder is shown as running: the operator's key stops it, once confirmed.
    QVERIFY(press(QStringLiteral("ctrl+shift+t")));
    QTest::qWait(1000);
    QVERIFY2(ProcessProbe::isRunning(encoderPid, QStringLiteral("ffmpeg")),
             "stopping the encoder did not ask first");
    QVERIFY(press(QStringLiteral("alt+y"), QStringLiteral("^Stop the test encoder")));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return !ProcessProbe::isRunning(encoderPid, QStringLiteral("ffmpeg")); },
                 kStepMs),
             "the adopted encoder was not stopped by the key");
    QVERIFY(QTest::qWaitFor([&] { return streamStatus() != QLatin1String("active"); }, kStepMs));

    // A clean quit stops the adopted sandbox as it would its own: nothing is left running
    // (the harness fails the test otherwise).
    again.terminate();
    QVERIFY(again.waitForFinished(kStepMs));
    QCOMPARE(again.exitStatus(), QProcess::NormalExit);
    QVERIFY2(
        QTest::qWaitFor(
            [&] { return !ProcessProbe::isRunning(sandboxPid, QStringLiteral("onair-sandbox")); },
            kStepMs),
        "the adopted sandbox outlived a clean quit");
    QVERIFY(readAll(readyFile).isEmpty());
}

void TestSandboxCrash::cleanupTestCase() {}

QTEST_GUILESS_MAIN(TestSandboxCrash)

#include "moc_tst_sandbox_crash.cpp"
