#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "google/youtube/YouTubeClient.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"
#include "show/SessionStore.h"
#include "show/ShowEvents.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace onair;
using namespace onair::test;

// BroadcastSession itself against the real sandbox (API only; the encoder is the sandbox's
// simulated one): what it reads and when, counted in the sandbox's own request log, and the
// flows around a show — rebind, auto start/stop, metadata edits, stuck transitions and their
// recovery.
class TestBroadcastSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void nothingBoundReadsNoStream();
    void waitingForTheEncoderFollowsAttention();
    void rebindNewStream();
    void autoStartStopRefusedWithATestPhase();
    void autoStartStopWithoutATestPhase();
    void metadataEdits();
    void showEventsOnceThroughAShow();
    void showEventsOnceAcrossReattach();
    void stuckClockStartsAtFirstTransientRead();
    void recoveryRefusedUnlessStuck();
    void recoveryWithFailedInsertForgetsTheBroadcast();
    void recoveryRetestsWhenTheStreamIsActive();
    void recoveryRetestCancelledWhenTheOperatorActs();

private:
    // Steps return false (with the reason in m_why) so the test can QVERIFY2 them.
    bool setUpBound(const QString &title);
    bool publish(bool on);
    bool waitFor(const std::function<bool()> &done, int timeoutMs, const QString &what);
    bool becomeStuck();
    void clearRequests();
    int requests(const QString &apiMethod);
    QJsonObject sandboxBroadcast(const QString &id);
    QStringList sandboxStreamIds();
    int logCount(const QString &reason) const;
    // Every show event of m_session, in order, by name.
    void recordEvents(QList<ShowEvent> *into);
    static QStringList names(const QList<ShowEvent> &events);
    bool runTo(Intent intent, LifeCycleStatus settled);
    // Ends m_session (it saves) and reattaches a new one from the store's file.
    bool restart(SessionStore *store, QList<ShowEvent> *events);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<YouTubeClient> m_client;
    std::unique_ptr<BroadcastSession> m_session;
    QString m_why;
};

void TestBroadcastSession::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    const QString why = startSandboxClient(
        {QStringLiteral("--no-ingest"), QStringLiteral("--transition-seconds"), QStringLiteral("1"),
         QStringLiteral("--auto-stop-seconds"), QStringLiteral("2")},
        m_sandbox, m_account, m_client);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestBroadcastSession::cleanupTestCase()
{
    m_session.reset();
    m_client.reset();
    m_account.reset();
    if (m_sandbox)
        m_sandbox->stop();
    m_sandbox.reset();
}

void TestBroadcastSession::init()
{
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    m_sandbox->control(
        "POST", QStringLiteral("settings"),
        {{QStringLiteral("transitionSeconds"), 1}, {QStringLiteral("autoStopSeconds"), 2}});
    m_session = std::make_unique<BroadcastSession>(m_client.get());
    m_why.clear();
}

void TestBroadcastSession::cleanup()
{
    m_session.reset();
    m_sandbox->control("DELETE", QStringLiteral("faults"));
}

bool TestBroadcastSession::waitFor(const std::function<bool()> &done, int timeoutMs,
                                   const QString &what)
{
    if (QTest::qWaitFor(done, timeoutMs))
        return true;
    QStringList log;
    EventLog *events = m_session->eventLog();
    for (int row = qMax(0, events->rowCount() - 8); row < events->rowCount(); ++row)
        log << events->index(row, 1).data().toString() + QStringLiteral(": ") +
                   events->index(row, 2).data().toString();
    m_why = QStringLiteral("timed out waiting for %1; log:\n%2").arg(what, log.join(u'\n'));
    return false;
}

bool TestBroadcastSession::setUpBound(const QString &title)
{
    BroadcastSession *s = m_session.get();
    s->createBroadcast(draftBroadcast(title));
    if (!waitFor([s] { return s->broadcast().has_value() && !s->isBusy(); }, 20000,
                 QStringLiteral("the broadcast")))
        return false;
    s->createAndBindStream(draftStream(title));
    return waitFor(
        [s] {
            const auto &b = s->broadcast();
            const auto &stream = s->stream();
            return b && stream && !s->isBusy() && !b->contentDetails.boundStreamId.isEmpty() &&
                   stream->id == b->contentDetails.boundStreamId;
        },
        20000, QStringLiteral("the bound stream"));
}

bool TestBroadcastSession::publish(bool on)
{
    const QString key = m_session->stream()->cdn.ingestionInfo.streamName;
    QJsonObject body{{QStringLiteral("streamName"), key}, {QStringLiteral("publishing"), on}};
    if (on) {
        body.insert(QStringLiteral("width"), 1280);
        body.insert(QStringLiteral("height"), 720);
        body.insert(QStringLiteral("frameRate"), 30);
        body.insert(QStringLiteral("hasVideo"), true);
        body.insert(QStringLiteral("hasAudio"), true);
    }
    m_sandbox->control("POST", QStringLiteral("encoder"), body);
    BroadcastSession *s = m_session.get();
    const StreamStatus want = on ? StreamStatus::Active : StreamStatus::Inactive;
    return waitFor([s, want] { return s->streamStatus() == want; }, 40000,
                   on ? QStringLiteral("the stream to be read active")
                      : QStringLiteral("the stream to be read inactive"));
}

// Testing is held in testStarting by the sandbox until the fault is cleared.
bool TestBroadcastSession::becomeStuck()
{
    m_session->setStuckAfterMs(1500);
    if (!setUpBound(QStringLiteral("Stuck")) || !publish(true))
        return false;
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("stuck=testing")}});
    m_session->requestTransition(Intent::StartTest);
    BroadcastSession *s = m_session.get();
    return waitFor([s] { return s->isStuck(); }, 20000, QStringLiteral("the stuck call"));
}

void TestBroadcastSession::clearRequests()
{
    m_sandbox->control("DELETE", QStringLiteral("requests"));
}

int TestBroadcastSession::requests(const QString &apiMethod)
{
    return m_sandbox->requestCount(apiMethod);
}

QJsonObject TestBroadcastSession::sandboxBroadcast(const QString &id)
{
    const QJsonArray all = m_sandbox->control("GET", QStringLiteral("state"))
                               .value(QLatin1String("broadcasts"))
                               .toArray();
    for (const QJsonValue &b : all) {
        if (b.toObject().value(QLatin1String("id")).toString() == id)
            return b.toObject();
    }
    return {};
}

QStringList TestBroadcastSession::sandboxStreamIds()
{
    QStringList ids;
    const QJsonArray all = m_sandbox->control("GET", QStringLiteral("state"))
                               .value(QLatin1String("streams"))
                               .toArray();
    for (const QJsonValue &s : all)
        ids << s.toObject().value(QLatin1String("id")).toString();
    return ids;
}

int TestBroadcastSession::logCount(const QString &reason) const
{
    const QJsonArray entries = m_session->eventLog()->toJson();
    int n = 0;
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(QLatin1String("reason")).toString() == reason)
            ++n;
    }
    return n;
}

void TestBroadcastSession::nothingBoundReadsNoStream()
{
    m_session->createBroadcast(draftBroadcast(QStringLiteral("Unbound")));
    BroadcastSession *s = m_session.get();
    QVERIFY2(waitFor([s] { return s->broadcast().has_value() && !s->isBusy(); }, 20000,
                     QStringLiteral("the broadcast")),
             qPrintable(m_why));
    clearRequests();
    QTest::qWait(4000);
    QCOMPARE(requests(QStringLiteral("liveStreams.list")), 0);
    // The broadcast only through the safety net, minutes apart.
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.list")), 0);
    QCOMPARE(m_session->pollIntervals().streamMs, PollingPolicy::kOff);
}

void TestBroadcastSession::waitingForTheEncoderFollowsAttention()
{
    // A short fast window after the bind, and actions that do not count as attention.
    m_session->setFastWindowMs(2000);
    m_session->setOperatorAttentionMs(0);
    m_session->setOperatorAttentive(false);
    QVERIFY2(setUpBound(QStringLiteral("Waiting")), qPrintable(m_why));
    QTest::qWait(2500);
    // Nobody looking: one read every 30 s at most.
    clearRequests();
    QTest::qWait(8000);
    const int unattended = requests(QStringLiteral("liveStreams.list"));
    QVERIFY2(unattended <= 1, qPrintable(QString::number(unattended)));
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.list")), 0);
    // The window becomes active: one every 5 s.
    m_session->setOperatorAttentive(true);
    clearRequests();
    QTest::qWait(11000);
    const int looking = requests(QStringLiteral("liveStreams.list"));
    QVERIFY2(looking >= 2 && looking <= 3, qPrintable(QString::number(looking)));
    // The encoder starts: every second for the fast window.
    m_session->noteEncoderStarted();
    clearRequests();
    QTest::qWait(1900);
    const int fast = requests(QStringLiteral("liveStreams.list"));
    QVERIFY2(fast >= 1 && fast <= 3, qPrintable(QString::number(fast)));
}

void TestBroadcastSession::rebindNewStream()
{
    QVERIFY2(setUpBound(QStringLiteral("Rebind")), qPrintable(m_why));
    const QString oldStream = m_session->stream()->id;
    QVERIFY(sandboxStreamIds().contains(oldStream));
    m_session->rebindNewStream(draftStream(QStringLiteral("Replacement")));
    BroadcastSession *s = m_session.get();
    QVERIFY2(waitFor(
                 [s, oldStream] {
                     const auto &b = s->broadcast();
                     const QString bound = b ? b->contentDetails.boundStreamId : QString();
                     return !s->isBusy() && !bound.isEmpty() && bound != oldStream && s->stream() &&
                            s->stream()->id == bound;
                 },
                 20000, QStringLiteral("the new stream to be bound")),
             qPrintable(m_why));
    const QString newStream = m_session->stream()->id;
    QCOMPARE(m_session->stream()->snippet.title, QStringLiteral("Replacement"));
    // As the sandbox has it: the old stream deleted, the new one bound.
    QVERIFY(!sandboxStreamIds().contains(oldStream));
    const QJsonObject b = sandboxBroadcast(m_session->broadcast()->id);
    QCOMPARE(b.value(QLatin1String("contentDetails"))
                 .toObject()
                 .value(QLatin1String("boundStreamId"))
                 .toString(),
             newStream);
    QCOMPARE(requests(QStringLiteral("liveStreams.delete")), 1);
}

void TestBroadcastSession::autoStartStopRefusedWithATestPhase()
{
    // Long enough for a monitor clock stamped at testStarting to be seconds off.
    m_sandbox->control("POST", QStringLiteral("settings"),
                       {{QStringLiteral("transitionSeconds"), 3}});
    QVERIFY2(setUpBound(QStringLiteral("Auto")), qPrintable(m_why));
    QVERIFY2(publish(true), qPrintable(m_why));
    BroadcastSession *s = m_session.get();
    // Not while the stream is active (reference §2.1): the test would start the broadcast.
    clearRequests();
    int refused = 0;
    m_session->setAutoStartStop(true, true, [&refused](auto r) { refused += !r.has_value(); });
    QCOMPARE(refused, 1);
    QCOMPARE(logCount(QStringLiteral("blockedByOnAir")), 1);

    m_session->requestTransition(Intent::StartTest);
    QVERIFY2(waitFor([s] { return s->lifeCycle() == LifeCycleStatus::Testing; }, 20000,
                     QStringLiteral("testing")),
             qPrintable(m_why));
    // The monitor clock: the moment testing was reached, as the sandbox recorded it.
    const QString id = m_session->broadcast()->id;
    const QJsonObject info =
        m_sandbox->request("GET", QStringLiteral("embed/%1/info").arg(id)).json();
    const qint64 sandboxStart = qint64(info.value(QLatin1String("monitorStartMs")).toDouble());
    QVERIFY(sandboxStart > 0);
    QVERIFY(m_session->monitorStart().isValid());
    const qint64 offBy = m_session->monitorStart().toMSecsSinceEpoch() - sandboxStart;
    QVERIFY2(qAbs(offBy) <= 1500, qPrintable(QString::number(offBy)));

    // Nor in testing: only created/ready may change them, so with a test phase they stay off.
    QVERIFY(!m_session->canChangeAutoStart());
    QVERIFY(!m_session->canChangeAutoStop());
    m_session->setAutoStartStop(true, true, [&refused](auto r) { refused += !r.has_value(); });
    QCOMPARE(refused, 2);
    QCOMPARE(logCount(QStringLiteral("blockedByOnAir")), 2);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.update")), 0);
    const QJsonObject details =
        sandboxBroadcast(id).value(QLatin1String("contentDetails")).toObject();
    QVERIFY(!details.value(QLatin1String("enableAutoStart")).toBool());
    QVERIFY(!details.value(QLatin1String("enableAutoStop")).toBool());
}

void TestBroadcastSession::autoStartStopWithoutATestPhase()
{
    QVERIFY2(setUpBound(QStringLiteral("Auto")), qPrintable(m_why));
    BroadcastSession *s = m_session.get();
    // Ready, the encoder not sending yet: both may change (reference §2.1).
    QVERIFY(m_session->canChangeAutoStart());
    QVERIFY(m_session->canChangeAutoStop());
    bool updated = false;
    m_session->setAutoStartStop(true, true,
                                [&updated](auto r) { updated = r.has_value() && r->isOk(); });
    QVERIFY2(waitFor(
                 [s, &updated] {
                     return updated && !s->isBusy() &&
                            s->broadcast()->contentDetails.enableAutoStart &&
                            s->broadcast()->contentDetails.enableAutoStop;
                 },
                 20000, QStringLiteral("auto start/stop on")),
             qPrintable(m_why));
    QCOMPARE(logCount(QStringLiteral("blockedByOnAir")), 0);
    const QString id = m_session->broadcast()->id;
    const QJsonObject details =
        sandboxBroadcast(id).value(QLatin1String("contentDetails")).toObject();
    QVERIFY(details.value(QLatin1String("enableAutoStart")).toBool());
    QVERIFY(details.value(QLatin1String("enableAutoStop")).toBool());

    // The encoder starts: auto start takes the broadcast live by itself, no transition sent.
    clearRequests();
    QVERIFY2(publish(true), qPrintable(m_why));
    QVERIFY2(waitFor([s] { return s->lifeCycle() == LifeCycleStatus::Live; }, 40000,
                     QStringLiteral("auto start to go live")),
             qPrintable(m_why));
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.transition")), 0);
    // The encoder stops: auto stop completes the broadcast, and the session sees it.
    QVERIFY2(publish(false), qPrintable(m_why));
    QVERIFY2(waitFor([s] { return s->lifeCycle() == LifeCycleStatus::Complete; }, 40000,
                     QStringLiteral("auto stop to complete the broadcast")),
             qPrintable(m_why));
    QCOMPARE(sandboxBroadcast(id)
                 .value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("complete"));
    // A completed broadcast costs nothing after its last read.
    QCOMPARE(m_session->pollIntervals().streamMs, PollingPolicy::kOff);
    QCOMPARE(m_session->pollIntervals().broadcastMs, PollingPolicy::kOff);
    QTest::qWait(300);
    clearRequests();
    QTest::qWait(5000);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.list")), 0);
    QCOMPARE(requests(QStringLiteral("liveStreams.list")), 0);
}

void TestBroadcastSession::recordEvents(QList<ShowEvent> *into)
{
    connect(m_session->events(), &ShowEvents::published, m_session.get(),
            [into](const ShowEvent &e) { into->append(e); });
}

QStringList TestBroadcastSession::names(const QList<ShowEvent> &events)
{
    QStringList out;
    for (const ShowEvent &e : events)
        out << ShowEvent::name(e.kind);
    return out;
}

bool TestBroadcastSession::runTo(Intent intent, LifeCycleStatus settled)
{
    BroadcastSession *s = m_session.get();
    m_session->requestTransition(intent);
    return waitFor([s, settled] { return s->lifeCycle() == settled && !s->pendingTransition(); },
                   20000, lifecycle::toString(settled));
}

void TestBroadcastSession::showEventsOnceThroughAShow()
{
    m_session->setRecordingPollMs(300);
    QList<ShowEvent> events;
    recordEvents(&events);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QVERIFY2(setUpBound(QStringLiteral("Events")), qPrintable(m_why));
    const QString id = m_session->broadcast()->id;
    QVERIFY2(publish(true), qPrintable(m_why));
    QVERIFY2(runTo(Intent::StartTest, LifeCycleStatus::Testing), qPrintable(m_why));
    QVERIFY2(runTo(Intent::GoLive, LifeCycleStatus::Live), qPrintable(m_why));
    QVERIFY2(runTo(Intent::End, LifeCycleStatus::Complete), qPrintable(m_why));
    QVERIFY2(waitFor([&events] { return events.size() >= 6; }, 20000,
                     QStringLiteral("the recording processed")),
             qPrintable(m_why));
    // More reads of the same states publish nothing again.
    m_session->refresh();
    QTest::qWait(1500);
    QCOMPARE(names(events),
             QStringList({QStringLiteral("created"), QStringLiteral("streamBound"),
                          QStringLiteral("testingReached"), QStringLiteral("liveReached"),
                          QStringLiteral("completed"), QStringLiteral("recordingProcessed")}));
    for (const ShowEvent &e : events) {
        QCOMPARE(e.broadcastId, id);
        QCOMPARE(e.videoId, id);
        QVERIFY(e.at >= start.addSecs(-2) && e.at <= QDateTime::currentDateTimeUtc());
    }
    QCOMPARE(events.at(1).streamId, m_session->stream()->id);
    // Once processed, the recording is not read any more.
    clearRequests();
    QTest::qWait(1000);
    QCOMPARE(requests(QStringLiteral("videos.list")), 0);
}

bool TestBroadcastSession::restart(SessionStore *store, QList<ShowEvent> *events)
{
    m_session.reset(); // saves
    const std::optional<SavedSession> saved = store->load();
    if (!saved) {
        m_why = QStringLiteral("nothing saved");
        return false;
    }
    m_session = std::make_unique<BroadcastSession>(m_client.get(), store);
    m_session->setRecordingPollMs(300);
    recordEvents(events);
    QSignalSpy reattached(m_session.get(), &BroadcastSession::reattached);
    m_session->reattach(*saved);
    if (!reattached.wait(20000) || !reattached.at(0).at(0).toBool()) {
        m_why = QStringLiteral("not reattached");
        return false;
    }
    // Reads of the states the show is in publish nothing more.
    m_session->refresh();
    QTest::qWait(1500);
    return true;
}

void TestBroadcastSession::showEventsOnceAcrossReattach()
{
    QTemporaryDir dir;
    SessionStore store(dir.filePath(QStringLiteral("session.json")));
    // The session saves into the store until it goes, also when a check fails.
    const auto dropSession = qScopeGuard([this] { m_session.reset(); });
    m_session = std::make_unique<BroadcastSession>(m_client.get(), &store);
    m_session->setRecordingPollMs(300);
    QList<ShowEvent> first;
    recordEvents(&first);
    QVERIFY2(setUpBound(QStringLiteral("Reattached")), qPrintable(m_why));
    const QString id = m_session->broadcast()->id;
    QVERIFY2(publish(true), qPrintable(m_why));
    QVERIFY2(runTo(Intent::StartTest, LifeCycleStatus::Testing), qPrintable(m_why));
    QCOMPARE(names(first), QStringList({QStringLiteral("created"), QStringLiteral("streamBound"),
                                        QStringLiteral("testingReached")}));

    // OnAir is down while the broadcast goes live: the reattached show publishes that (it was
    // never published) and nothing it published before.
    m_session.reset();
    bool live = false;
    m_client->broadcasts().transition(id, QStringLiteral("live"),
                                      BroadcastSession::broadcastParts(), this,
                                      [&live](Result<LiveBroadcast> r) { live = r.isOk(); });
    QVERIFY(QTest::qWaitFor([&live] { return live; }, 20000));
    QVERIFY(QTest::qWaitFor(
        [this, id] {
            return sandboxBroadcast(id)
                       .value(QLatin1String("status"))
                       .toObject()
                       .value(QLatin1String("lifeCycleStatus"))
                       .toString() == QLatin1String("live");
        },
        20000));
    QList<ShowEvent> second;
    QVERIFY2(restart(&store, &second), qPrintable(m_why));
    QCOMPARE(m_session->lifeCycle(), LifeCycleStatus::Live);
    QCOMPARE(names(second), QStringList({QStringLiteral("liveReached")}));

    // A restart while live: "live reached" is not published again.
    QList<ShowEvent> third;
    QVERIFY2(restart(&store, &third), qPrintable(m_why));
    QCOMPARE(m_session->lifeCycle(), LifeCycleStatus::Live);
    QCOMPARE(names(third), QStringList());
    QVERIFY2(runTo(Intent::End, LifeCycleStatus::Complete), qPrintable(m_why));
    QVERIFY2(waitFor([&third] { return third.size() >= 2; }, 20000,
                     QStringLiteral("the recording processed")),
             qPrintable(m_why));

    // And after it all: nothing again, and the recording is not read again.
    QList<ShowEvent> last;
    clearRequests();
    QVERIFY2(restart(&store, &last), qPrintable(m_why));
    QCOMPARE(names(third),
             QStringList({QStringLiteral("completed"), QStringLiteral("recordingProcessed")}));
    QCOMPARE(names(last), QStringList());
    QCOMPARE(requests(QStringLiteral("videos.list")), 0);
    for (const QList<ShowEvent> *events : {&first, &second, &third})
        for (const ShowEvent &e : *events)
            QCOMPARE(e.broadcastId, id);
}

void TestBroadcastSession::metadataEdits()
{
    QVERIFY2(setUpBound(QStringLiteral("Before")), qPrintable(m_why));
    clearRequests();
    m_session->updateMetadata(QStringLiteral("After"), QStringLiteral("New description"),
                              QStringLiteral("private"));
    BroadcastSession *s = m_session.get();
    QVERIFY2(waitFor(
                 [s] {
                     return !s->isBusy() && s->broadcast()->snippet.title == u"After" &&
                            s->broadcast()->status.privacyStatus == u"private";
                 },
                 20000, QStringLiteral("the edited broadcast")),
             qPrintable(m_why));
    QCOMPARE(m_session->broadcast()->snippet.description, QStringLiteral("New description"));
    const QJsonObject b = sandboxBroadcast(m_session->broadcast()->id);
    QCOMPARE(b.value(QLatin1String("snippet")).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("After"));
    QCOMPARE(b.value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("privacyStatus"))
                 .toString(),
             QStringLiteral("private"));
    QCOMPARE(requests(QStringLiteral("videos.update")), 1);
}

void TestBroadcastSession::stuckClockStartsAtFirstTransientRead()
{
    m_session->setStuckAfterMs(2000);
    QVERIFY2(setUpBound(QStringLiteral("Late answer")), qPrintable(m_why));
    QVERIFY2(publish(true), qPrintable(m_why));
    // Every answer comes 3 s late, so testStarting is first read 3 s after the request; and
    // testing never comes.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("stuck=testing,latency=3000")}});
    QElapsedTimer clock;
    qint64 firstTransient = -1;
    qint64 stuckAt = -1;
    BroadcastSession *s = m_session.get();
    connect(s, &BroadcastSession::broadcastChanged, this, [&] {
        if (firstTransient < 0 && s->lifeCycle() == LifeCycleStatus::TestStarting)
            firstTransient = clock.elapsed();
    });
    connect(s, &BroadcastSession::transitionStuck, this, [&] { stuckAt = clock.elapsed(); });
    clock.start();
    s->requestTransition(Intent::StartTest);
    QVERIFY2(waitFor([&] { return stuckAt >= 0; }, 20000, QStringLiteral("the stuck call")),
             qPrintable(m_why));
    // (The sandbox's delay timer may fire a little early.)
    QVERIFY2(firstTransient >= 2500, qPrintable(QString::number(firstTransient)));
    // Not at the first read (the request is already 3 s old then), but 2 s after it.
    QVERIFY2(stuckAt - firstTransient >= 1900,
             qPrintable(QStringLiteral("stuck %1 ms after the first testStarting read")
                            .arg(stuckAt - firstTransient)));
    QVERIFY(s->isStuck());
}

void TestBroadcastSession::recoveryRefusedUnlessStuck()
{
    QVERIFY2(setUpBound(QStringLiteral("Not stuck")), qPrintable(m_why));
    const QString id = m_session->broadcast()->id;
    clearRequests();
    const int refusedBefore = logCount(QStringLiteral("blockedByOnAir"));
    m_session->recoverStuckTransition();
    QTest::qWait(1000);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.delete")), 0);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.insert")), 0);
    QCOMPARE(logCount(QStringLiteral("blockedByOnAir")), refusedBefore + 1);
    QVERIFY(m_session->broadcast());
    QCOMPARE(m_session->broadcast()->id, id);
    QVERIFY(!sandboxBroadcast(id).isEmpty());
}

void TestBroadcastSession::recoveryWithFailedInsertForgetsTheBroadcast()
{
    QVERIFY2(becomeStuck(), qPrintable(m_why));
    const QString oldId = m_session->broadcast()->id;
    const QString streamId = m_session->stream()->id;
    // The delete goes through; the insert is refused (quota, a permanent error).
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("quota@liveBroadcasts.insert")}});
    QSignalSpy finished(m_session.get(), &BroadcastSession::recoveryFinished);
    m_session->recoverStuckTransition();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QTest::qWait(200);
    clearRequests();
    // No reading of the deleted broadcast: no 404 every second, no failure each time.
    QTest::qWait(4000);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.list")), 0);
    QCOMPARE(logCount(QStringLiteral("liveBroadcastNotFound")), 0);
    QVERIFY(sandboxBroadcast(oldId).isEmpty()); // deleted at the sandbox
    // A clear state: no broadcast, the stream kept, the log says what happened and what to do.
    QVERIFY(!m_session->broadcast());
    QVERIFY(m_session->stream());
    QCOMPARE(m_session->stream()->id, streamId);
    QCOMPARE(logCount(QStringLiteral("recoveryIncomplete")), 1);
    QVERIFY(!m_session->isStuck());
    QVERIFY(!m_session->isBusy());

    // The operator creates a new broadcast: the stream is still there to bind.
    BroadcastSession *s = m_session.get();
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    m_session->createBroadcast(draftBroadcast(QStringLiteral("Second try")));
    QVERIFY2(waitFor([s] { return s->broadcast().has_value() && !s->isBusy(); }, 20000,
                     QStringLiteral("the new broadcast")),
             qPrintable(m_why));
    QVERIFY(m_session->stream());
    QCOMPARE(m_session->stream()->id, streamId);
    m_session->bindExistingStream(streamId);
    QVERIFY2(waitFor(
                 [s, streamId] {
                     return !s->isBusy() &&
                            s->broadcast()->contentDetails.boundStreamId == streamId &&
                            s->streamStatus() == StreamStatus::Active;
                 },
                 20000, QStringLiteral("the kept stream bound and active")),
             qPrintable(m_why));
}

void TestBroadcastSession::recoveryRetestsWhenTheStreamIsActive()
{
    QVERIFY2(becomeStuck(), qPrintable(m_why));
    const QString oldId = m_session->broadcast()->id;
    // The encoder is off while the operator recovers.
    QVERIFY2(publish(false), qPrintable(m_why));
    QSignalSpy finished(m_session.get(), &BroadcastSession::recoveryFinished);
    m_session->recoverStuckTransition();
    QVERIFY(finished.wait(20000));
    // Cleared only now: earlier, the stuck broadcast could reach testing before the recovery.
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_session->broadcast()->id != oldId);
    QCOMPARE(m_session->lifeCycle(), LifeCycleStatus::Ready);
    QVERIFY(m_session->isRetestArmed());
    clearRequests();
    // Stream reads come and say "inactive": no test yet, and the re-test still waits.
    QTest::qWait(3000);
    QVERIFY(requests(QStringLiteral("liveStreams.list")) >= 2);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.transition")), 0);
    QVERIFY(m_session->isRetestArmed());
    // The encoder is back: the session tests again, once.
    QVERIFY2(publish(true), qPrintable(m_why));
    BroadcastSession *s = m_session.get();
    QVERIFY2(waitFor([s] { return s->lifeCycle() == LifeCycleStatus::Testing; }, 20000,
                     QStringLiteral("testing again")),
             qPrintable(m_why));
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.transition")), 1);
    QVERIFY(!m_session->isRetestArmed());
}

void TestBroadcastSession::recoveryRetestCancelledWhenTheOperatorActs()
{
    QVERIFY2(becomeStuck(), qPrintable(m_why));
    QVERIFY2(publish(false), qPrintable(m_why));
    QSignalSpy finished(m_session.get(), &BroadcastSession::recoveryFinished);
    m_session->recoverStuckTransition();
    QVERIFY(finished.wait(20000));
    // Cleared only now: earlier, the stuck broadcast could reach testing before the recovery.
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    QVERIFY(m_session->isRetestArmed());
    // The operator asks for the test themselves (refused: the stream is not active).
    m_session->requestTransition(Intent::StartTest);
    QVERIFY(!m_session->isRetestArmed());
    clearRequests();
    QVERIFY2(publish(true), qPrintable(m_why));
    QTest::qWait(2000);
    QCOMPARE(requests(QStringLiteral("liveBroadcasts.transition")), 0);
    QCOMPARE(m_session->lifeCycle(), LifeCycleStatus::Ready);
}

QTEST_MAIN(TestBroadcastSession)
#include "tst_broadcastsession.moc"
