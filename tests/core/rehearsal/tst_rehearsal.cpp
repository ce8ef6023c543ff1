#include "tst_rehearsal.h"

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "rehearsal/LocalSandbox.h"
#include "rehearsal/ProcessProbe.h"
#include "rehearsal/TestEncoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using onair::LocalSandbox;
using onair::ProcessProbe;
using onair::TestEncoder;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

constexpr int kWaitMs = 20000;

QStringList dataDirArgs(const QString &dir)
{
    return {QStringLiteral("--no-ingest"), QStringLiteral("--data-dir"), dir};
}

QByteArray readyFileOf(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("sandbox-ready.json")));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

struct Stream
{
    QString id;
    QString address;
    QString key;
};

Stream createStream(SandboxProcess &sandbox, const QString &token)
{
    const QJsonObject created =
        sandbox
            .call("POST", QStringLiteral("youtube/v3/liveStreams?part=snippet,cdn,status"), token,
                  QJsonObject{
                      {QStringLiteral("snippet"),
                       QJsonObject{{QStringLiteral("title"), QStringLiteral("rehearsal cam")}}},
                      {QStringLiteral("cdn"),
                       QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                                   {QStringLiteral("resolution"), QStringLiteral("240p")},
                                   {QStringLiteral("frameRate"), QStringLiteral("30fps")}}}})
            .json();
    const QJsonObject ingestion = created.value(QLatin1String("cdn"))
                                      .toObject()
                                      .value(QLatin1String("ingestionInfo"))
                                      .toObject();
    return {created.value(QLatin1String("id")).toString(),
            ingestion.value(QLatin1String("ingestionAddress")).toString(),
            ingestion.value(QLatin1String("streamName")).toString()};
}

QString streamStatus(SandboxProcess &sandbox, const QString &token, const QString &id)
{
    return sandbox.call("GET", QStringLiteral("youtube/v3/liveStreams?part=status&id=") + id, token)
        .json()
        .value(QLatin1String("items"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("status"))
        .toObject()
        .value(QLatin1String("streamStatus"))
        .toString();
}

QByteArray commandLineOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestRehearsal::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    m_dir = QDir::tempPath() + QStringLiteral("/rehearsal");
}

void TestRehearsal::secondSandboxOnTheSameFolderIsRefused()
{
    const QString dir = m_dir + QStringLiteral("/refused");
    SandboxProcess first(dataDirArgs(dir));
    QVERIFY2(first.isReady(), qPrintable(first.errorString()));
    // The ready line is kept beside the state, for this user only.
    const QByteArray kept = readyFileOf(dir);
    QCOMPARE(QJsonDocument::fromJson(kept).object(), first.readyLine());
    QCOMPARE(QFile::permissions(QDir(dir).filePath(QStringLiteral("sandbox-ready.json"))) &
                 (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());

    QProcess second;
    second.start(QStringLiteral(ONAIR_SANDBOX_EXECUTABLE),
                 QStringList{QStringLiteral("--port"), QStringLiteral("0")} + dataDirArgs(dir));
    QVERIFY(second.waitForFinished(kWaitMs));
    QCOMPARE(second.exitCode(), 3);
    QVERIFY(second.readAllStandardOutput().isEmpty()); // no ready line
    const QString said = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("in use")) && said.contains(QString::number(first.pid())),
             qPrintable(said));
    // The first one was not disturbed.
    QCOMPARE(readyFileOf(dir), kept);

    QVERIFY(first.stop());
    QVERIFY(readyFileOf(dir).isEmpty());
}

void TestRehearsal::killedSandboxLeavesAStaleLockThatIsTakenOver()
{
    const QString dir = m_dir + QStringLiteral("/stale");
    {
        SandboxProcess killed(dataDirArgs(dir));
        QVERIFY2(killed.isReady(), qPrintable(killed.errorString()));
        QVERIFY(ProcessProbe::kill(killed.pid()));
        killed.waitForExit(kWaitMs);
    }
    QVERIFY(!readyFileOf(dir).isEmpty()); // left behind by the killed one
    SandboxProcess next(dataDirArgs(dir));
    QVERIFY2(next.isReady(), qPrintable(next.errorString()));
    QCOMPARE(QJsonDocument::fromJson(readyFileOf(dir)).object(), next.readyLine());
}

void TestRehearsal::localSandboxAdoptsTheRunningSandboxAndStopsIt()
{
    const QString dir = m_dir + QStringLiteral("/adopted");
    SandboxProcess running(dataDirArgs(dir));
    QVERIFY2(running.isReady(), qPrintable(running.errorString()));

    LocalSandbox local;
    QSignalSpy ready(&local, &LocalSandbox::ready);
    QSignalSpy failed(&local, &LocalSandbox::failed);
    local.start(dir);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(local.adoptedPid(), running.pid());
    QCOMPARE(local.endpoints().api, running.api());
    QCOMPARE(local.endpoints().clientSecret, running.endpoints().clientSecret);

    // Stopped like our own: the sandbox exits cleanly, and lets go of its folder.
    local.stop();
    QVERIFY(running.waitForExit(kWaitMs));
    QVERIFY(readyFileOf(dir).isEmpty());
}

void TestRehearsal::leftoverSandboxIsStopped()
{
    const QString dir = m_dir + QStringLiteral("/leftover");
    SandboxProcess running(dataDirArgs(dir));
    QVERIFY2(running.isReady(), qPrintable(running.errorString()));
    LocalSandbox::stopLeftover(m_dir + QStringLiteral("/elsewhere")); // not this one
    QVERIFY(!running.waitForExit(500));
    LocalSandbox::stopLeftover(dir);
    QVERIFY(running.waitForExit(kWaitMs));
}

void TestRehearsal::encoderKeepsTheKeyOffItsCommandLine()
{
    SandboxProcess sandbox({QStringLiteral("--auto-consent")});
    QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
    const QString token = sandbox.signIn().accessToken;
    const Stream stream = createStream(sandbox, token);
    QVERIFY(!stream.key.isEmpty());

    QTemporaryDir files;
    TestEncoder encoder(files.filePath(QStringLiteral("encoder.json")));
    QSignalSpy started(&encoder, &TestEncoder::started);
    QSignalSpy stopped(&encoder, &TestEncoder::stopped);
    encoder.start(stream.address, stream.key, QStringLiteral("240p"), QStringLiteral("30fps"));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, kWaitMs);
    const QByteArray cmdline = commandLineOf(encoder.pid());
    QVERIFY(cmdline.contains("ffmpeg"));
    QVERIFY2(!cmdline.contains(stream.key.toUtf8()), cmdline.constData());
    // The key reached the ingest all the same: the stream goes active.
    QTRY_COMPARE_WITH_TIMEOUT(streamStatus(sandbox, token, stream.id), QStringLiteral("active"),
                              kWaitMs);

    encoder.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWaitMs);
    QCOMPARE(stopped.first().first().toString(), QString()); // asked to stop: no complaint
    QVERIFY(!QFile::exists(files.filePath(QStringLiteral("encoder.json"))));
}

void TestRehearsal::encoderMasksTheKeyInWhatItSays()
{
    // Nothing listens on port 9: ffmpeg fails and says so, naming what it tried.
    const QString key = QStringLiteral("secret-stream-key-4711");
    QTemporaryDir files;
    TestEncoder encoder(files.filePath(QStringLiteral("encoder.json")));
    QSignalSpy stopped(&encoder, &TestEncoder::stopped);
    encoder.start(QStringLiteral("rtmp://127.0.0.1:9/live2/") + key + QStringLiteral("/"), key,
                  QStringLiteral("240p"), QStringLiteral("30fps"));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWaitMs);
    const QString why = stopped.first().first().toString();
    QVERIFY2(why.contains(QStringLiteral("ffmpeg stopped")), qPrintable(why));
    QVERIFY2(!why.contains(key), qPrintable(why));
}

void TestRehearsal::leftoverEncoderIsAdoptedAndStoppable()
{
    SandboxProcess sandbox({QStringLiteral("--auto-consent")});
    QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
    const QString token = sandbox.signIn().accessToken;
    const Stream stream = createStream(sandbox, token);
    QTemporaryDir files;
    const QString pidFile = files.filePath(QStringLiteral("encoder.json"));

    // The run that "crashed": its encoder keeps publishing.
    TestEncoder before(pidFile);
    QSignalSpy beforeStarted(&before, &TestEncoder::started);
    before.start(stream.address, stream.key, QStringLiteral("240p"), QStringLiteral("30fps"));
    QTRY_COMPARE_WITH_TIMEOUT(beforeStarted.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(streamStatus(sandbox, token, stream.id), QStringLiteral("active"),
                              kWaitMs);

    // The restarted run finds it, shows it as running, and can stop it.
    TestEncoder after(pidFile);
    QSignalSpy started(&after, &TestEncoder::started);
    QSignalSpy stopped(&after, &TestEncoder::stopped);
    QVERIFY(after.takeOverLeftover(true));
    QCOMPARE(started.size(), 1);
    QVERIFY(after.isRunning());
    QCOMPARE(after.pid(), before.pid());
    after.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWaitMs);
    QCOMPARE(stopped.first().first().toString(), QString());
    QVERIFY(!after.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!before.isRunning(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(streamStatus(sandbox, token, stream.id), QStringLiteral("inactive"),
                              kWaitMs);
    QVERIFY(!QFile::exists(pidFile));
}

void TestRehearsal::leftoverEncoderIsStoppedWhenNotAdopted()
{
    SandboxProcess sandbox({QStringLiteral("--auto-consent")});
    QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
    const Stream stream = createStream(sandbox, sandbox.signIn().accessToken);
    QTemporaryDir files;
    const QString pidFile = files.filePath(QStringLiteral("encoder.json"));
    TestEncoder before(pidFile);
    QSignalSpy beforeStopped(&before, &TestEncoder::stopped);
    before.start(stream.address, stream.key, QStringLiteral("240p"), QStringLiteral("30fps"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), kWaitMs);

    TestEncoder after(pidFile);
    QVERIFY(!after.takeOverLeftover(false));
    QVERIFY(!after.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(beforeStopped.size(), 1, kWaitMs);
    QVERIFY(!QFile::exists(pidFile));
}

void TestRehearsal::reusedPidIsNotAdopted()
{
    // A pid file whose process is now another one (here: this test, under another start time).
    QTemporaryDir files;
    const QString pidFile = files.filePath(QStringLiteral("encoder.json"));
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    for (const QByteArray &content :
         QList<QByteArray>{"{\"pid\":" + self + ",\"startTicks\":\"1\"}", "not json",
                           "{\"pid\":1,\"startTicks\":\"1\"}"}) {
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        TestEncoder encoder(pidFile);
        QVERIFY(!encoder.takeOverLeftover(true));
        QVERIFY(!encoder.isRunning());
        QVERIFY(!QFile::exists(pidFile));
    }
}

QTEST_GUILESS_MAIN(TestRehearsal)

#include "moc_tst_rehearsal.cpp"
