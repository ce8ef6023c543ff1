#include "tst_reattach.h"

#include "TestEnvironment.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

constexpr int kStepMs = 30000;

QString sessionFile()
{
    // The app's AppDataLocation: organisation "OnAir", application "onair".
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/OnAir/onair/session.json");
}

} // namespace

QString TestReattach::api(const QByteArray &verb, const QString &path, const QJsonObject &body,
                          QJsonObject *out)
{
    const SandboxProcess::Response r = m_sandbox->call(verb, path, m_token, body);
    if (out)
        *out = r.json();
    return r.status >= 200 && r.status < 300 ? QString()
                                             : QStringLiteral("%1 %2: %3")
                                                   .arg(r.status)
                                                   .arg(path, QString::fromUtf8(r.body.left(300)));
}

bool TestReattach::waitForLifecycle(const QString &id, const QString &state, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            QJsonObject o;
            api("GET", QStringLiteral("youtube/v3/liveBroadcasts?part=status&id=") + id, {}, &o);
            const QJsonArray items = o.value(QLatin1String("items")).toArray();
            return !items.isEmpty() && items.first()
                                               .toObject()
                                               .value(QLatin1String("status"))
                                               .toObject()
                                               .value(QLatin1String("lifeCycleStatus"))
                                               .toString() == state;
        },
        timeoutMs);
}

void TestReattach::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent"),
                                                             QStringLiteral("--transition-seconds"),
                                                             QStringLiteral("1")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox->signIn().accessToken;
    QVERIFY(!m_token.isEmpty());
}

void TestReattach::startApp(QProcess &app, const QStringList &extra)
{
    QStringList args{
        QStringLiteral("--sandbox-ready"),
        QString::fromUtf8(QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact))};
    args << extra;
    app.setProcessChannelMode(QProcess::SeparateChannels);
    app.start(QStringLiteral(ONAIR_APP_EXE), args);
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
}

void TestReattach::killedWhileLiveReattaches()
{
    // A show already live on the sandbox, with a real encoder.
    QJsonObject broadcast;
    const QString start = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate);
    QString error = api(
        "POST", QStringLiteral("youtube/v3/liveBroadcasts?part=snippet,status,contentDetails"),
        QJsonObject{{QStringLiteral("snippet"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("Reattach show")},
                                 {QStringLiteral("scheduledStartTime"), start}}},
                    {QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("private")}}}},
        &broadcast);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString id = broadcast.value(QLatin1String("id")).toString();
    QJsonObject stream;
    error = api("POST", QStringLiteral("youtube/v3/liveStreams?part=snippet,cdn,status"),
                QJsonObject{{QStringLiteral("snippet"),
                             QJsonObject{{QStringLiteral("title"), QStringLiteral("cam")}}},
                            {QStringLiteral("cdn"),
                             QJsonObject{{QStringLiteral("ingestionType"), QStringLiteral("rtmp")},
                                         {QStringLiteral("resolution"), QStringLiteral("240p")},
                                         {QStringLiteral("frameRate"), QStringLiteral("30fps")}}}},
                &stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject ingestion = stream.value(QLatin1String("cdn"))
                                      .toObject()
                                      .value(QLatin1String("ingestionInfo"))
                                      .toObject();
    error = api("POST",
                QStringLiteral("youtube/v3/liveBroadcasts/bind?part=id&id=%1&streamId=%2")
                    .arg(id, stream.value(QLatin1String("id")).toString()),
                {}, nullptr);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_encoder.start(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-hide_banner"),
                     QStringLiteral("-loglevel"),
                     QStringLiteral("error"),
                     QStringLiteral("-re"),
                     QStringLiteral("-f"),
                     QStringLiteral("lavfi"),
                     QStringLiteral("-i"),
                     QStringLiteral("testsrc2=size=426x240:rate=30"),
                     QStringLiteral("-f"),
                     QStringLiteral("lavfi"),
                     QStringLiteral("-i"),
                     QStringLiteral("sine"),
                     QStringLiteral("-t"),
                     QStringLiteral("150"),
                     QStringLiteral("-c:v"),
                     QStringLiteral("libx264"),
                     QStringLiteral("-preset"),
                     QStringLiteral("ultrafast"),
                     QStringLiteral("-g"),
                     QStringLiteral("60"),
                     QStringLiteral("-c:a"),
                     QStringLiteral("aac"),
                     QStringLiteral("-f"),
                     QStringLiteral("flv"),
                     ingestion.value(QLatin1String("ingestionAddress")).toString() +
                         QLatin1Char('/') +
                         ingestion.value(QLatin1String("streamName")).toString()});
    QVERIFY(m_encoder.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            QJsonObject o;
            api("GET",
                QStringLiteral("youtube/v3/liveStreams?part=status&id=") +
                    stream.value(QLatin1String("id")).toString(),
                {}, &o);
            return o.value(QLatin1String("items"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QLatin1String("status"))
                       .toObject()
                       .value(QLatin1String("streamStatus"))
                       .toString() == QLatin1String("active");
        },
        kStepMs));
    QVERIFY(api("POST",
                QStringLiteral(
                    "youtube/v3/liveBroadcasts/transition?part=status&broadcastStatus=live&id=") +
                    id,
                {}, nullptr)
                .isEmpty());
    QVERIFY(waitForLifecycle(id, QStringLiteral("live"), kStepMs));

    // The operator opens it in OnAir, which saves the session…
    QProcess first;
    startApp(first, {QStringLiteral("--broadcast"), id});
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     QFile f(sessionFile());
                     return f.open(QIODevice::ReadOnly) &&
                            QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QLatin1String("broadcastId"))
                                    .toString() == id;
                 },
                 kStepMs),
             qPrintable(QString::fromUtf8(first.readAllStandardError().right(2000))));
    const qint64 requestsBefore = m_sandbox->control("GET", QStringLiteral("requests"))
                                      .value(QLatin1String("requests"))
                                      .toArray()
                                      .size();

    // …and is killed outright.
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    QProcess second;
    startApp(second, {});
    QByteArray err;
    QRegularExpressionMatch m;
    const QRegularExpression line(
        QStringLiteral("onair: reattached broadcast=(\\S+) lifecycle=(\\S+) liveElapsedMs=(-?\\d+) "
                       "monitorElapsedMs=(-?\\d+) sinceStartMs=(-?\\d+)"));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     err += second.readAllStandardError();
                     m = line.match(QString::fromUtf8(err));
                     return m.hasMatch();
                 },
                 kStepMs),
             qPrintable(QString::fromUtf8(err.right(2000))));
    QCOMPARE(m.captured(1), id);
    QCOMPARE(m.captured(2), QStringLiteral("live"));

    // The clocks are YouTube's: live elapsed matches actualStartTime.
    QJsonObject now;
    api("GET", QStringLiteral("youtube/v3/liveBroadcasts?part=snippet&id=") + id, {}, &now);
    const QDateTime actualStart = QDateTime::fromString(now.value(QLatin1String("items"))
                                                            .toArray()
                                                            .first()
                                                            .toObject()
                                                            .value(QLatin1String("snippet"))
                                                            .toObject()
                                                            .value(QLatin1String("actualStartTime"))
                                                            .toString(),
                                                        Qt::ISODateWithMs);
    QVERIFY(actualStart.isValid());
    const qint64 expectedLive = actualStart.msecsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(qAbs(m.captured(3).toLongLong() - expectedLive) < 5000,
             qPrintable(QStringLiteral("live %1 ms, expected about %2 ms")
                            .arg(m.captured(3))
                            .arg(expectedLive)));
    QVERIFY(m.captured(4).toLongLong() >= m.captured(3).toLongLong() - 1000);
    qInfo("reattach: %s ms from process start to the broadcast read back",
          qPrintable(m.captured(5)));

    // Nothing new was created by either run.
    const QJsonObject state = m_sandbox->control("GET", QStringLiteral("state"));
    QCOMPARE(state.value(QLatin1String("broadcasts")).toArray().size(), 1);
    QCOMPARE(state.value(QLatin1String("streams")).toArray().size(), 1);
    const QJsonArray requests = m_sandbox->control("GET", QStringLiteral("requests"))
                                    .value(QLatin1String("requests"))
                                    .toArray();
    for (qint64 i = requestsBefore; i < requests.size(); ++i) {
        const QString method =
            requests.at(i).toObject().value(QLatin1String("apiMethod")).toString();
        QVERIFY2(!method.endsWith(QLatin1String(".insert")), qPrintable(method));
    }

    second.terminate();
    if (!second.waitForFinished(5000))
        second.kill();
}

void TestReattach::cleanupTestCase()
{
    if (m_encoder.state() != QProcess::NotRunning) {
        m_encoder.kill();
        m_encoder.waitForFinished(3000);
    }
    m_sandbox.reset();
}

QTEST_GUILESS_MAIN(TestReattach)
