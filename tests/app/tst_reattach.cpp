#include "tst_reattach.h"

#include "AppController.h"
#include "AppProcess.h"
#include "TestEnvironment.h"
#include "cuepoint/BreakController.h"
#include "cuepoint/CuepointLog.h"
#include "rehearsal/TestPattern.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace onair;
using onair::test::AppProcess;
using onair::test::SandboxProcess;
using onair::test::TestEnvironment;

namespace {

constexpr int kStepMs = 30000;
// Each of the restart's two sign-in requests (token refresh, channels.list) is held this long:
// together far beyond the session's 200 ms save delay.
constexpr int kSignInLatencyMs = 1500;

bool hasEntry(const QJsonArray &log, const QString &action, const QString &outcome,
              const QString &resultStart)
{
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("action")).toString() == action &&
            e.value(QLatin1String("outcome")).toString() == outcome &&
            e.value(QLatin1String("result")).toString().startsWith(resultStart))
            return true;
    }
    return false;
}

// The operator's intent, watched as an operator does around a transition (F5 every 150 ms),
// so that OnAir reads the new state within a fraction of a second of YouTube reaching it.
bool transitionWatched(BroadcastSession *session, Intent intent, LifeCycleStatus target)
{
    if (!QTest::qWaitFor([&] { return session->check(intent).allowed(); }, kStepMs))
        return false;
    session->requestTransition(intent);
    QElapsedTimer sinceRefresh;
    sinceRefresh.start();
    return QTest::qWaitFor(
        [&] {
            if (session->lifeCycle() == target)
                return true;
            if (sinceRefresh.elapsed() > 150) {
                session->refresh();
                sinceRefresh.restart();
            }
            return false;
        },
        kStepMs);
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

QJsonObject TestReattach::sandboxClocks(const QString &broadcastId)
{
    const QJsonArray all = m_sandbox->control("GET", QStringLiteral("clocks"))
                               .value(QLatin1String("broadcasts"))
                               .toArray();
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QLatin1String("broadcastId")).toString() == broadcastId)
            return v.toObject();
    }
    return {};
}

void TestReattach::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    // The in-process OnAir of the first part keeps its files where the real onair does.
    AppProcess::useRealAppFiles();
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent"),
                                                             QStringLiteral("--transition-seconds"),
                                                             QStringLiteral("2")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_token = m_sandbox->signIn().accessToken;
    QVERIFY(!m_token.isEmpty());
}

void TestReattach::killedWhileLiveReattachesAfterSlowSignIn()
{
    // A broadcast bound to a stream that a real encoder feeds, ready for the show.
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
    TestPattern pattern;
    pattern.size = QStringLiteral("426x240");
    pattern.limitSeconds = 200;
    m_encoder.start(
        QStringLiteral("ffmpeg"),
        pattern.arguments(ingestion.value(QLatin1String("ingestionAddress")).toString() +
                          QLatin1Char('/') +
                          ingestion.value(QLatin1String("streamName")).toString()));
    QVERIFY(m_encoder.waitForStarted(10000));

    // The operator runs the show in OnAir: testing, then live, and one ad break.
    int eventsBefore = 0;
    {
        AppController::Options options;
        options.sandboxReadyLine =
            QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact);
        options.openBroadcastId = id;
        AppController app(options);
        app.start();
        BroadcastSession *session = app.session();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return session->broadcast() &&
                                session->streamStatus() == StreamStatus::Active;
                     },
                     kStepMs),
                 "the broadcast opened with its stream active");
        QVERIFY(transitionWatched(session, Intent::StartTest, LifeCycleStatus::Testing));
        QVERIFY(transitionWatched(session, Intent::GoLive, LifeCycleStatus::Live));
        QSignalSpy answered(app.breaks(), &BreakController::breakAnswered);
        app.breaks()->fireNow(30);
        QVERIFY(answered.wait(kStepMs));
        QCOMPARE(app.breaks()->log()->entries().last().state, CuepointLogEntry::State::Confirmed);
        eventsBefore = int(session->eventLog()->entries().size());
    }
    const QJsonObject firstSave = AppProcess::readSession();
    QCOMPARE(firstSave.value(QLatin1String("broadcastId")).toString(), id);
    QVERIFY(hasEntry(firstSave.value(QLatin1String("eventLog")).toArray(),
                     QStringLiteral("Go live"), QStringLiteral("ok"), QStringLiteral("Now live")));
    QCOMPARE(firstSave.value(QLatin1String("cuepointLog")).toArray().size(), 1);
    const QJsonObject clocks = sandboxClocks(id);
    QVERIFY2(clocks.value(QLatin1String("testingReachedMs")).isDouble(),
             "the show went through testing");
    const qint64 monitorStart = qint64(clocks.value(QLatin1String("monitorStartMs")).toDouble());
    const qint64 liveStart = qint64(clocks.value(QLatin1String("actualStartMs")).toDouble());
    QCOMPARE(monitorStart, qint64(clocks.value(QLatin1String("testingReachedMs")).toDouble()));
    const qint64 requestsBefore = m_sandbox->control("GET", QStringLiteral("requests"))
                                      .value(QLatin1String("requests"))
                                      .toArray()
                                      .size();

    // The real onair picks the show up (an ordinary restart) and is killed outright, live.
    AppProcess first(QStringLiteral(ONAIR_APP_EXE), m_sandbox->readyLine());
    QVERIFY2(first.start(), qPrintable(first.error()));
    QRegularExpressionMatch m = first.waitForLine(AppProcess::reattachedLine(), kStepMs);
    QVERIFY2(m.hasMatch(), qPrintable(first.error()));
    QCOMPARE(m.captured(1), id);
    QTest::qWait(500); // its own saves land
    QVERIFY(first.crash());
    QCOMPARE(AppProcess::readSession().value(QLatin1String("broadcastId")).toString(), id);

    // Restarted with a slow sign-in: the token refresh and channels.list each take 1.5 s.
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"), QStringLiteral("latency=%1@oauth2.token,latency=%1@channels.list")
                                      .arg(kSignInLatencyMs)}});
    AppProcess second(QStringLiteral(ONAIR_APP_EXE), m_sandbox->readyLine());
    QVERIFY2(second.start(), qPrintable(second.error()));
    int reads = 0;
    QStringList lost;
    m = second.waitForLine(AppProcess::reattachedLine(), kStepMs, [&] {
        // Until the show is read back, the saved show is never replaced by an empty one.
        const QJsonObject saved = AppProcess::readSession();
        if (saved.isEmpty())
            return; // between QSaveFile's rename steps at most
        ++reads;
        if (saved.value(QLatin1String("broadcastId")).toString() != id)
            lost << QString::fromUtf8(
                QJsonDocument(saved).toJson(QJsonDocument::Compact).left(300));
    });
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
    QVERIFY2(m.hasMatch(), qPrintable(second.error()));
    QVERIFY(reads > 10);
    QCOMPARE(m.captured(1), id);
    QCOMPARE(m.captured(2), QStringLiteral("live"));
    QVERIFY2(m.captured(5).toLongLong() >= 2 * kSignInLatencyMs,
             qPrintable(QStringLiteral("the sign-in took only %1 ms").arg(m.captured(5))));
    qInfo("reattach after a %d ms sign-in: %s ms from process start to the broadcast read back",
          2 * kSignInLatencyMs, qPrintable(m.captured(5)));

    // Both clocks as the sandbox recorded them: live from actualStartTime, the monitor from
    // the moment testing was reached.
    qInfo("clocks after the reattach, from the sandbox's record: live %+lld ms, monitor %+lld ms",
          m.captured(6).toLongLong() - liveStart, m.captured(7).toLongLong() - monitorStart);
    QVERIFY2(qAbs(m.captured(6).toLongLong() - liveStart) <= 1000,
             qPrintable(QStringLiteral("live clock starts at %1, the sandbox's at %2")
                            .arg(m.captured(6))
                            .arg(liveStart)));
    QVERIFY2(qAbs(m.captured(7).toLongLong() - monitorStart) <= 1000,
             qPrintable(QStringLiteral("monitor clock starts at %1, the sandbox's at %2")
                            .arg(m.captured(7))
                            .arg(monitorStart)));
    // The event log and the cuepoint log came back with it.
    QVERIFY2(m.captured(8).toInt() > eventsBefore,
             qPrintable(QStringLiteral("%1 event-log entries, %2 before the crash")
                            .arg(m.captured(8))
                            .arg(eventsBefore)));
    QCOMPARE(m.captured(9).toInt(), 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray log =
                AppProcess::readSession().value(QLatin1String("eventLog")).toArray();
            return hasEntry(log, QStringLiteral("Reattach"), QStringLiteral("ok"),
                            QStringLiteral("Back on")) &&
                   hasEntry(log, QStringLiteral("Go live"), QStringLiteral("ok"),
                            QStringLiteral("Now live"));
        },
        kStepMs));
    QCOMPARE(AppProcess::readSession().value(QLatin1String("cuepointLog")).toArray().size(), 1);

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
}

void TestReattach::cleanupTestCase()
{
    if (m_encoder.state() != QProcess::NotRunning) {
        m_encoder.kill();
        m_encoder.waitForFinished(3000);
    }
    m_sandbox.reset();
}

QTEST_MAIN(TestReattach)

#include "moc_tst_reattach.cpp"
