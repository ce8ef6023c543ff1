#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "google/ErrorMessages.h"
#include "google/youtube/QuotaLedger.h"
#include "google/youtube/YouTubeClient.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace onair;
using namespace onair::test;

namespace {

const QStringList kAllBroadcastParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                        QStringLiteral("contentDetails"), QStringLiteral("status")};
const QStringList kAllStreamParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                     QStringLiteral("cdn"), QStringLiteral("contentDetails"),
                                     QStringLiteral("status")};

QByteArray pngImage()
{
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

// Every call of YouTubeClient against the real sandbox: results, part handling, the documented
// error reasons, and retries under injected faults.
class TestYouTubeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void myChannel();
    void wholeShow();
    void partHandling();
    void paging();
    void errorReasons();
    void unbind();
    void moreErrorReasons();

    void droppedBroadcastInsertCreatesNoDuplicate();
    void droppedStreamInsertCreatesNoDuplicate();
    void lostInsertIsSentOnceMoreWhenNothingWasCreated();
    void lostTwiceIsNotCreated();
    void lostInsertWithFailingCheckIsUnconfirmed();
    void burstOf503Recovers();
    void rateLimitBacksOffAndRecovers();
    void quotaExceededStopsAtOnce();
    void realQuotaExhaustion();
    void expiredTokenIsInvisible();
    void concurrentCallsShareOneRefresh();
    void shortLivedTokensAreRefreshedAhead();
    void revokedRefreshTokenSignsOut();
    void ledgerMatchesTheSandbox();

private:
    // Helpers that QVERIFY inside return through these.
    LiveBroadcast createBroadcast(const QString &title);
    LiveStream createStream(const QString &title);
    LiveStream waitForStreamStatus(const QString &id, StreamStatus status);
    LiveBroadcast waitForLifeCycle(const QString &id, LifeCycleStatus status);
    int countBroadcastsTitled(const QString &title);
    int countRequests(const QString &apiMethod);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<YouTubeClient> m_client;
    QTemporaryDir m_dir;
};

void TestYouTubeClient::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    const QString why =
        startSandboxClient({QStringLiteral("--transition-seconds"), QStringLiteral("1")}, m_sandbox,
                           m_account, m_client);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestYouTubeClient::cleanupTestCase()
{
    m_client.reset();
    m_account.reset();
    if (m_sandbox)
        m_sandbox->stop();
    m_sandbox.reset();
}

void TestYouTubeClient::init()
{
    m_sandbox->control("DELETE", QStringLiteral("faults"));
}

LiveBroadcast TestYouTubeClient::createBroadcast(const QString &title)
{
    auto r = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().insert(draftBroadcast(title), kAllBroadcastParts, this, cb);
    });
    if (!r || !*r) {
        qWarning() << "insertBroadcast failed:"
                   << (r ? r->error().summary() : QStringLiteral("no answer"));
        return {};
    }
    return r->value();
}

LiveStream TestYouTubeClient::createStream(const QString &title)
{
    auto r = await<Result<LiveStream>>([&](auto cb) {
        m_client->streams().insert(draftStream(title), kAllStreamParts, this, cb);
    });
    if (!r || !*r) {
        qWarning() << "insertStream failed:"
                   << (r ? r->error().summary() : QStringLiteral("no answer"));
        return {};
    }
    return r->value();
}

LiveStream TestYouTubeClient::waitForStreamStatus(const QString &id, StreamStatus status)
{
    for (int i = 0; i < 60; ++i) {
        auto r = await<Result<LiveStream>>(
            [&](auto cb) { m_client->streams().get(id, {QStringLiteral("status")}, this, cb); });
        if (r && *r && r->value().status.streamStatus == status)
            return r->value();
        QTest::qWait(500);
    }
    return {};
}

LiveBroadcast TestYouTubeClient::waitForLifeCycle(const QString &id, LifeCycleStatus status)
{
    for (int i = 0; i < 60; ++i) {
        auto r = await<Result<LiveBroadcast>>(
            [&](auto cb) { m_client->broadcasts().get(id, {QStringLiteral("status")}, this, cb); });
        if (r && *r && r->value().status.lifeCycleStatus == status)
            return r->value();
        QTest::qWait(500);
    }
    return {};
}

int TestYouTubeClient::countBroadcastsTitled(const QString &title)
{
    const QJsonArray all = m_sandbox->control("GET", QStringLiteral("state"))
                               .value(QLatin1String("broadcasts"))
                               .toArray();
    int n = 0;
    for (const QJsonValue &b : all) {
        if (b.toObject()
                .value(QLatin1String("snippet"))
                .toObject()
                .value(QLatin1String("title"))
                .toString() == title)
            ++n;
    }
    return n;
}

int TestYouTubeClient::countRequests(const QString &apiMethod)
{
    return m_sandbox->requestCount(apiMethod);
}

void TestYouTubeClient::myChannel()
{
    auto r = await<Result<Channel>>([&](auto cb) { m_client->channels().mine(this, cb); });
    QVERIFY(r);
    QVERIFY2(*r, qPrintable(r->error().summary()));
    QVERIFY(!r->value().id.isEmpty());
    QVERIFY(!r->value().title.isEmpty());
}

void TestYouTubeClient::wholeShow()
{
    // Create, read back, list, update.
    const LiveBroadcast created = createBroadcast(QStringLiteral("Whole show"));
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.id.size(), 11);
    QCOMPARE(created.status.lifeCycleStatus, LifeCycleStatus::Created);
    QCOMPARE(created.snippet.title, QStringLiteral("Whole show"));

    auto mine = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
        m_client->broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 50,
                                    this, cb);
    });
    QVERIFY(mine && *mine);
    QVERIFY(std::any_of(mine->value().items.cbegin(), mine->value().items.cend(),
                        [&](const LiveBroadcast &b) { return b.id == created.id; }));
    auto upcoming = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
        m_client->broadcasts().list(BroadcastFilter::Upcoming, {QStringLiteral("id")}, QString(),
                                    50, this, cb);
    });
    QVERIFY(upcoming && *upcoming);
    QVERIFY(std::any_of(upcoming->value().items.cbegin(), upcoming->value().items.cend(),
                        [&](const LiveBroadcast &b) { return b.id == created.id; }));

    LiveBroadcast edited = created;
    edited.snippet.title = QStringLiteral("Whole show (edited)");
    edited.contentDetails.monitorStream.broadcastStreamDelayMs = 30000;
    auto updated = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().update(edited, kAllBroadcastParts, this, cb); });
    QVERIFY(updated);
    QVERIFY2(*updated, qPrintable(updated->error().summary()));
    QCOMPARE(updated->value().snippet.title, QStringLiteral("Whole show (edited)"));
    QCOMPARE(updated->value().contentDetails.monitorStream.broadcastStreamDelayMs, 30000u);

    // A stream, bound.
    const LiveStream stream = createStream(QStringLiteral("Whole show stream"));
    QVERIFY(!stream.id.isEmpty());
    QVERIFY(!stream.cdn.ingestionInfo.streamName.isEmpty());
    QVERIFY(!stream.cdn.ingestionInfo.ingestionAddress.isEmpty());
    LiveStream renamed = stream;
    renamed.snippet.title = QStringLiteral("Whole show stream (renamed)");
    auto streamUpdated = await<Result<LiveStream>>([&](auto cb) {
        m_client->streams().update(
            renamed, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn")}, this,
            cb);
    });
    QVERIFY(streamUpdated);
    QVERIFY2(*streamUpdated, qPrintable(streamUpdated->error().summary()));
    QCOMPARE(streamUpdated->value().snippet.title, renamed.snippet.title);
    auto streams = await<Result<Page<LiveStream>>>([&](auto cb) {
        m_client->streams().list({stream.id}, {QStringLiteral("id"), QStringLiteral("snippet")},
                                 QString(), 5, this, cb);
    });
    QVERIFY(streams && *streams);
    QCOMPARE(streams->value().items.size(), 1);

    auto bound = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().bind(created.id, stream.id, kAllBroadcastParts, this, cb);
    });
    QVERIFY(bound);
    QVERIFY2(*bound, qPrintable(bound->error().summary()));
    QCOMPARE(bound->value().contentDetails.boundStreamId, stream.id);
    QCOMPARE(bound->value().status.lifeCycleStatus, LifeCycleStatus::Ready);

    // No encoder yet: the documented refusal.
    auto inactive = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(created.id, QStringLiteral("testing"), kAllBroadcastParts,
                                          this, cb);
    });
    QVERIFY(inactive && !*inactive);
    QCOMPARE(inactive->error().httpStatus, 403);
    QCOMPARE(inactive->error().reason, QStringLiteral("errorStreamInactive"));

    // The encoder publishes (simulated ingest), the stream turns active.
    m_sandbox->control("POST", QStringLiteral("encoder"),
                       {{QStringLiteral("streamName"), stream.cdn.ingestionInfo.streamName}});
    QVERIFY(!waitForStreamStatus(stream.id, StreamStatus::Active).id.isEmpty());

    auto testing = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(created.id, QStringLiteral("testing"), kAllBroadcastParts,
                                          this, cb);
    });
    QVERIFY(testing);
    QVERIFY2(*testing, qPrintable(testing->error().summary()));
    QVERIFY(testing->value().status.lifeCycleStatus == LifeCycleStatus::TestStarting ||
            testing->value().status.lifeCycleStatus == LifeCycleStatus::Testing);
    // Asking again is redundantTransition, which is success: the broadcast comes back.
    auto again = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(created.id, QStringLiteral("testing"), kAllBroadcastParts,
                                          this, cb);
    });
    QVERIFY(again);
    QVERIFY2(*again, qPrintable(again->error().summary()));
    QCOMPARE(again->value().id, created.id);
    QVERIFY(!waitForLifeCycle(created.id, LifeCycleStatus::Testing).id.isEmpty());

    auto live = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(created.id, QStringLiteral("live"), kAllBroadcastParts,
                                          this, cb);
    });
    QVERIFY(live);
    QVERIFY2(*live, qPrintable(live->error().summary()));
    QVERIFY(!waitForLifeCycle(created.id, LifeCycleStatus::Live).id.isEmpty());

    // What the lifecycle forbids while live, with the documented reasons.
    LiveBroadcast lateEdit = updated->value();
    lateEdit.contentDetails.enableDvr = !lateEdit.contentDetails.enableDvr;
    auto r1 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().update(lateEdit, kAllBroadcastParts, this, cb); });
    QVERIFY(r1 && !*r1);
    QCOMPARE(r1->error().httpStatus, 403);
    QVERIFY2(r1->error().reason.endsWith(QLatin1String("ModificationNotAllowed")),
             qPrintable(r1->error().summary()));
    QVERIFY(!ErrorMessages::forReason(r1->error().reason).isEmpty());
    auto r2 = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().bind(created.id, QString(), kAllBroadcastParts, this, cb);
    });
    QVERIFY(r2 && !*r2);
    QCOMPARE(r2->error().reason, QStringLiteral("liveBroadcastBindingNotAllowed"));
    auto r3 =
        await<Result<bool>>([&](auto cb) { m_client->broadcasts().remove(created.id, this, cb); });
    QVERIFY(r3 && !*r3);
    QCOMPARE(r3->error().reason, QStringLiteral("liveBroadcastDeletionNotAllowed"));
    auto r4 =
        await<Result<bool>>([&](auto cb) { m_client->streams().remove(stream.id, this, cb); });
    QVERIFY(r4 && !*r4);
    QCOMPARE(r4->error().reason, QStringLiteral("liveStreamDeletionNotAllowed"));
    LiveStream otherCdn = stream;
    otherCdn.cdn.resolution = QStringLiteral("1080p");
    auto r5 = await<Result<LiveStream>>([&](auto cb) {
        m_client->streams().update(
            otherCdn, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn")},
            this, cb);
    });
    QVERIFY(r5 && !*r5);
    QCOMPARE(r5->error().reason, QStringLiteral("liveStreamModificationNotAllowed"));

    // An ad break, confirmed, in the sandbox's log exactly once.
    auto cue = await<CuepointOutcome>([&](auto cb) {
        m_client->broadcasts().insertCuepoint(created.id, Cuepoint::now(45), this, cb);
    });
    QVERIFY(cue);
    QVERIFY2(cue->result, qPrintable(cue->result.error().summary()));
    QCOMPARE(cue->confirmation, WriteConfirmation::Confirmed);
    QVERIFY(!cue->result.value().id.isEmpty());
    QCOMPARE(cue->result.value().durationSecs, 45u);
    const QJsonArray cues = m_sandbox->control("GET", QStringLiteral("cuepoints"))
                                .value(QLatin1String("cuepoints"))
                                .toArray();
    QCOMPARE(std::count_if(cues.begin(), cues.end(),
                           [&](const QJsonValue &c) {
                               return c.toObject().value(QLatin1String("broadcastId")).toString() ==
                                      created.id;
                           }),
             1);

    // A dropped answer to the next ad break: Unconfirmed, and it reached the sandbox once.
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@liveBroadcasts.cuepoint")}});
    QSignalSpy retries(m_client.get(), &YouTubeClient::retryScheduled);
    auto lost = await<CuepointOutcome>([&](auto cb) {
        m_client->broadcasts().insertCuepoint(created.id, Cuepoint::now(), this, cb);
    });
    QVERIFY(lost && !lost->result);
    QCOMPARE(lost->confirmation, WriteConfirmation::Unconfirmed);
    QCOMPARE(lost->result.error().reason, YouTubeClient::kWriteUnconfirmed);
    QCOMPARE(retries.size(), 0);
    const QJsonArray cuesAfter = m_sandbox->control("GET", QStringLiteral("cuepoints"))
                                     .value(QLatin1String("cuepoints"))
                                     .toArray();
    QCOMPARE(std::count_if(cuesAfter.begin(), cuesAfter.end(),
                           [&](const QJsonValue &c) {
                               return c.toObject().value(QLatin1String("broadcastId")).toString() ==
                                      created.id;
                           }),
             2);

    // Video metadata during the show, and a thumbnail.
    auto video = await<Result<Video>>([&](auto cb) {
        m_client->videos().get(created.id,
                               {QStringLiteral("snippet"), QStringLiteral("status"),
                                QStringLiteral("liveStreamingDetails")},
                               this, cb);
    });
    QVERIFY(video);
    QVERIFY2(*video, qPrintable(video->error().summary()));
    QCOMPARE(video->value().snippet.title, QStringLiteral("Whole show (edited)"));
    QVERIFY(video->value().liveStreamingDetails.actualStartTime.isValid());
    Video v = video->value();
    v.snippet.categoryId = QStringLiteral("20");
    v.snippet.tags = QStringList{QStringLiteral("live"), QStringLiteral("onair")};
    v.status.privacyStatus = QStringLiteral("public");
    auto videoUpdated = await<Result<Video>>([&](auto cb) {
        m_client->videos().update(v, {QStringLiteral("snippet"), QStringLiteral("status")}, this,
                                  cb);
    });
    QVERIFY(videoUpdated);
    QVERIFY2(*videoUpdated, qPrintable(videoUpdated->error().summary()));
    QCOMPARE(videoUpdated->value().snippet.categoryId, QStringLiteral("20"));
    QCOMPARE(videoUpdated->value().snippet.tags, v.snippet.tags);
    QCOMPARE(videoUpdated->value().status.privacyStatus, QStringLiteral("public"));
    auto thumb = await<Result<bool>>([&](auto cb) {
        m_client->thumbnails().set(created.id, pngImage(), QStringLiteral("image/png"), this, cb);
    });
    QVERIFY(thumb);
    QVERIFY2(*thumb, qPrintable(thumb->error().summary()));

    // The end, then what the lifecycle forbids.
    auto complete = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(created.id, QStringLiteral("complete"),
                                          kAllBroadcastParts, this, cb);
    });
    QVERIFY(complete);
    QVERIFY2(*complete, qPrintable(complete->error().summary()));
    QVERIFY(!waitForLifeCycle(created.id, LifeCycleStatus::Complete).id.isEmpty());
    auto invalid = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(created.id, QStringLiteral("live"), kAllBroadcastParts,
                                          this, cb);
    });
    QVERIFY(invalid && !*invalid);
    QCOMPARE(invalid->error().reason, QStringLiteral("invalidTransition"));
    auto lateCue = await<CuepointOutcome>([&](auto cb) {
        m_client->broadcasts().insertCuepoint(created.id, Cuepoint::now(), this, cb);
    });
    QVERIFY(lateCue && !lateCue->result);
    QCOMPARE(lateCue->confirmation, WriteConfirmation::NotCreated);
    QCOMPARE(lateCue->result.error().httpStatus, 403);

    // Clean up: the stream, then the broadcast, which is then gone.
    m_sandbox->control("POST", QStringLiteral("encoder"),
                       {{QStringLiteral("streamName"), stream.cdn.ingestionInfo.streamName},
                        {QStringLiteral("clear"), true}});
    auto delStream =
        await<Result<bool>>([&](auto cb) { m_client->streams().remove(stream.id, this, cb); });
    QVERIFY(delStream);
    QVERIFY2(*delStream, qPrintable(delStream->error().summary()));
    auto del =
        await<Result<bool>>([&](auto cb) { m_client->broadcasts().remove(created.id, this, cb); });
    QVERIFY(del);
    QVERIFY2(*del, qPrintable(del->error().summary()));
    auto gone = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().get(created.id, {QStringLiteral("id")}, this, cb); });
    QVERIFY(gone && !*gone);
    QCOMPARE(gone->error().httpStatus, 404);
    QCOMPARE(gone->error().reason, QStringLiteral("liveBroadcastNotFound"));
}

void TestYouTubeClient::partHandling()
{
    const LiveBroadcast b = createBroadcast(QStringLiteral("Parts"));
    QVERIFY(!b.id.isEmpty());
    m_sandbox->request("DELETE", QStringLiteral("_sandbox/requests"));
    auto onlyStatus = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().get(b.id, {QStringLiteral("status")}, this, cb); });
    QVERIFY(onlyStatus && *onlyStatus);
    QCOMPARE(onlyStatus->value().parts, QStringList{QStringLiteral("status")});
    QCOMPARE(onlyStatus->value().status.lifeCycleStatus, LifeCycleStatus::Created);
    QVERIFY(onlyStatus->value().snippet.title.isEmpty());

    auto ids = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
        m_client->broadcasts().list(BroadcastFilter::All, {QStringLiteral("id")}, QString(), 50,
                                    this, cb);
    });
    QVERIFY(ids && *ids);
    QVERIFY(!ids->value().items.isEmpty());
    for (const LiveBroadcast &item : ids->value().items) {
        QVERIFY(item.parts.isEmpty());
        QVERIFY(!item.id.isEmpty());
    }
    // The wire carried exactly the parts asked for.
    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("requests"))
                               .value(QLatin1String("requests"))
                               .toArray();
    QStringList partsSent;
    for (const QJsonValue &e : log) {
        const QUrlQuery q(e.toObject().value(QLatin1String("query")).toString());
        if (q.hasQueryItem(QStringLiteral("part")))
            partsSent << q.queryItemValue(QStringLiteral("part"), QUrl::FullyDecoded);
    }
    QVERIFY2(partsSent.contains(QStringLiteral("status")),
             qPrintable(partsSent.join(QLatin1Char(' '))));
    QVERIFY(partsSent.contains(QStringLiteral("id")));
}

void TestYouTubeClient::paging()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!createStream(QStringLiteral("Paging %1").arg(i)).id.isEmpty());
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        auto page = await<Result<Page<LiveStream>>>([&](auto cb) {
            m_client->streams().list({}, {QStringLiteral("id")}, token, 2, this, cb);
        });
        QVERIFY(page && *page);
        QVERIFY(page->value().items.size() <= 2);
        QVERIFY(page->value().totalResults >= 3);
        for (const LiveStream &s : page->value().items)
            seen << s.id;
        token = page->value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 50);
    QVERIFY(pages >= 2);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
}

void TestYouTubeClient::errorReasons()
{
    const auto check = [](const ApiError &e, int status, const QString &reason) {
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.reason, reason);
        QCOMPARE(ErrorMessages::describe(e), ErrorMessages::forReason(reason));
    };
    const QString missing = QStringLiteral("zzzzzzzzzzz");

    auto r1 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().get(missing, {}, this, cb); });
    QVERIFY(r1 && !*r1);
    check(r1->error(), 404, QStringLiteral("liveBroadcastNotFound"));
    auto r2 =
        await<Result<LiveStream>>([&](auto cb) { m_client->streams().get(missing, {}, this, cb); });
    QVERIFY(r2 && !*r2);
    check(r2->error(), 404, QStringLiteral("liveStreamNotFound"));
    auto r3 = await<Result<Video>>([&](auto cb) { m_client->videos().get(missing, {}, this, cb); });
    QVERIFY(r3 && !*r3);
    check(r3->error(), 404, QStringLiteral("videoNotFound"));
    auto r4 =
        await<Result<bool>>([&](auto cb) { m_client->broadcasts().remove(missing, this, cb); });
    QVERIFY(r4 && !*r4);
    check(r4->error(), 404, QStringLiteral("liveBroadcastNotFound"));
    auto r5 = await<Result<bool>>([&](auto cb) { m_client->streams().remove(missing, this, cb); });
    QVERIFY(r5 && !*r5);
    check(r5->error(), 404, QStringLiteral("liveStreamNotFound"));
    auto r6 = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(missing, QStringLiteral("live"), {}, this, cb);
    });
    QVERIFY(r6 && !*r6);
    check(r6->error(), 404, QStringLiteral("liveBroadcastNotFound"));

    const LiveBroadcast b = createBroadcast(QStringLiteral("Errors"));
    QVERIFY(!b.id.isEmpty());
    auto r7 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().bind(b.id, missing, {}, this, cb); });
    QVERIFY(r7 && !*r7);
    check(r7->error(), 404, QStringLiteral("liveStreamNotFound"));
    // created → live is not a move the lifecycle allows.
    auto r8 = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(b.id, QStringLiteral("live"), {}, this, cb);
    });
    QVERIFY(r8 && !*r8);
    QCOMPARE(r8->error().httpStatus, 403);
    QVERIFY(!ErrorMessages::forReason(r8->error().reason).isEmpty());
    auto r9 = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().transition(b.id, QStringLiteral("sideways"), {}, this, cb);
    });
    QVERIFY(r9 && !*r9);
    QCOMPARE(r9->error().httpStatus, 400);
    QVERIFY(!ErrorMessages::describe(r9->error()).isEmpty());

    LiveBroadcast untitled = draftBroadcast(QString());
    auto r10 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(untitled, kAllBroadcastParts, this, cb); });
    QVERIFY(r10 && !*r10);
    QCOMPARE(r10->error().httpStatus, 400);
    QVERIFY2(r10->error().reason == QLatin1String("titleRequired") ||
                 r10->error().reason == QLatin1String("invalidTitle"),
             qPrintable(r10->error().summary()));
    LiveBroadcast backwards = draftBroadcast(QStringLiteral("Ends before it starts"));
    backwards.snippet.scheduledEndTime = backwards.snippet.scheduledStartTime.addSecs(-600);
    auto r11 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(backwards, kAllBroadcastParts, this, cb); });
    QVERIFY(r11 && !*r11);
    check(r11->error(), 400, QStringLiteral("invalidScheduledEndTime"));
    LiveBroadcast spherical = draftBroadcast(QStringLiteral("Projection"));
    spherical.contentDetails.projection = QStringLiteral("cube");
    auto r11b = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(spherical, kAllBroadcastParts, this, cb); });
    QVERIFY(r11b && !*r11b);
    QCOMPARE(r11b->error().httpStatus, 400);
    QVERIFY2(!ErrorMessages::forReason(r11b->error().reason).isEmpty(),
             qPrintable(r11b->error().summary()));
    LiveBroadcast noPrivacy = draftBroadcast(QStringLiteral("No privacy"));
    noPrivacy.status.privacyStatus = QStringLiteral("secretive");
    auto r12 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(noPrivacy, kAllBroadcastParts, this, cb); });
    QVERIFY(r12 && !*r12);
    check(r12->error(), 400, QStringLiteral("invalidPrivacyStatus"));

    LiveStream badStream = draftStream(QStringLiteral("Bad"));
    badStream.cdn.frameRate = QStringLiteral("25fps");
    auto r13 = await<Result<LiveStream>>(
        [&](auto cb) { m_client->streams().insert(badStream, kAllStreamParts, this, cb); });
    QVERIFY(r13 && !*r13);
    check(r13->error(), 400, QStringLiteral("invalidFrameRate"));
    LiveStream untitledStream = draftStream(QString());
    auto r14 = await<Result<LiveStream>>(
        [&](auto cb) { m_client->streams().insert(untitledStream, kAllStreamParts, this, cb); });
    QVERIFY(r14 && !*r14);
    QCOMPARE(r14->error().httpStatus, 400);
    QVERIFY(!ErrorMessages::forReason(r14->error().reason).isEmpty());

    // A cuepoint on a broadcast that is not live.
    auto r15 = await<CuepointOutcome>(
        [&](auto cb) { m_client->broadcasts().insertCuepoint(b.id, Cuepoint::now(), this, cb); });
    QVERIFY(r15 && !r15->result);
    QCOMPARE(r15->confirmation, WriteConfirmation::NotCreated);
    QCOMPARE(r15->result.error().httpStatus, 403);
    auto r16 = await<CuepointOutcome>([&](auto cb) {
        m_client->broadcasts().insertCuepoint(missing, Cuepoint::now(), this, cb);
    });
    QVERIFY(r16 && !r16->result);
    check(r16->result.error(), 404, QStringLiteral("liveBroadcastNotFound"));

    Video ghost;
    ghost.id = missing;
    ghost.snippet.title = QStringLiteral("Ghost");
    ghost.snippet.categoryId = QStringLiteral("22");
    auto r17 = await<Result<Video>>(
        [&](auto cb) { m_client->videos().update(ghost, {QStringLiteral("snippet")}, this, cb); });
    QVERIFY(r17 && !*r17);
    check(r17->error(), 404, QStringLiteral("videoNotFound"));
}

void TestYouTubeClient::unbind()
{
    const LiveBroadcast b = createBroadcast(QStringLiteral("Unbind"));
    const LiveStream s = createStream(QStringLiteral("Unbind stream"));
    QVERIFY(!b.id.isEmpty() && !s.id.isEmpty());
    auto bound = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().bind(b.id, s.id, {}, this, cb); });
    QVERIFY(bound && *bound);
    QCOMPARE(bound->value().contentDetails.boundStreamId, s.id);
    auto unbound = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().bind(b.id, QString(), {}, this, cb); });
    QVERIFY(unbound);
    QVERIFY2(*unbound, qPrintable(unbound->error().summary()));
    QVERIFY(unbound->value().contentDetails.boundStreamId.isEmpty());
    QCOMPARE(unbound->value().status.lifeCycleStatus, LifeCycleStatus::Created);
}

void TestYouTubeClient::moreErrorReasons()
{
    const auto check = [](const std::optional<ApiError> &e, int status, const QString &reason) {
        QVERIFY(e.has_value());
        QCOMPARE(e->httpStatus, status);
        QCOMPARE(e->reason, reason);
        QCOMPARE(ErrorMessages::describe(*e), ErrorMessages::forReason(reason));
    };
    const auto errorOf = [](const auto &r) -> std::optional<ApiError> {
        if (!r || *r)
            return std::nullopt;
        return r->error();
    };

    auto page = await<Result<Page<LiveStream>>>([&](auto cb) {
        m_client->streams().list({}, {QStringLiteral("id")}, QStringLiteral("not-a-page-token"), 5,
                                 this, cb);
    });
    check(errorOf(page), 400, QStringLiteral("invalidPageToken"));

    LiveBroadcast longTitle = draftBroadcast(QString(101, QLatin1Char('x')));
    auto r1 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(longTitle, kAllBroadcastParts, this, cb); });
    check(errorOf(r1), 400, QStringLiteral("invalidTitle"));
    LiveBroadcast longText = draftBroadcast(QStringLiteral("Long description"));
    longText.snippet.description = QString(5001, QLatin1Char('d'));
    auto r2 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(longText, kAllBroadcastParts, this, cb); });
    check(errorOf(r2), 400, QStringLiteral("invalidDescription"));
    LiveBroadcast ultra = draftBroadcast(QStringLiteral("Ultra low with captions"));
    ultra.contentDetails.latencyPreference = QStringLiteral("ultraLow");
    ultra.contentDetails.closedCaptionsType = QStringLiteral("closedCaptionsHttpPost");
    auto r3 = await<Result<LiveBroadcast>>(
        [&](auto cb) { m_client->broadcasts().insert(ultra, kAllBroadcastParts, this, cb); });
    check(errorOf(r3), 400, QStringLiteral("invalidLatencyPreferenceOptions"));

    LiveStream badResolution = draftStream(QStringLiteral("Bad resolution"));
    badResolution.cdn.resolution = QStringLiteral("999p");
    auto r4 = await<Result<LiveStream>>(
        [&](auto cb) { m_client->streams().insert(badResolution, kAllStreamParts, this, cb); });
    check(errorOf(r4), 400, QStringLiteral("invalidResolution"));
    LiveStream badIngestion = draftStream(QStringLiteral("Bad ingestion"));
    badIngestion.cdn.ingestionType = QStringLiteral("carrierPigeon");
    auto r5 = await<Result<LiveStream>>(
        [&](auto cb) { m_client->streams().insert(badIngestion, kAllStreamParts, this, cb); });
    check(errorOf(r5), 400, QStringLiteral("invalidIngestionType"));

    const LiveBroadcast b = createBroadcast(QStringLiteral("Thumbnail errors"));
    QVERIFY(!b.id.isEmpty());
    auto r6 = await<Result<bool>>([&](auto cb) {
        m_client->thumbnails().set(b.id, QByteArray(), QStringLiteral("image/png"), this, cb);
    });
    check(errorOf(r6), 400, QStringLiteral("mediaBodyRequired"));
    auto r7 = await<Result<bool>>([&](auto cb) {
        m_client->thumbnails().set(b.id, QByteArrayLiteral("certainly not a PNG"),
                                   QStringLiteral("image/png"), this, cb);
    });
    check(errorOf(r7), 400, QStringLiteral("invalidImage"));
    auto r8 = await<Result<bool>>([&](auto cb) {
        m_client->thumbnails().set(QStringLiteral("zzzzzzzzzzz"), pngImage(),
                                   QStringLiteral("image/png"), this, cb);
    });
    check(errorOf(r8), 404, QStringLiteral("videoNotFound"));
}

void TestYouTubeClient::droppedBroadcastInsertCreatesNoDuplicate()
{
    const QString title =
        QStringLiteral("Dropped insert %1").arg(QDateTime::currentMSecsSinceEpoch());
    const int before = countRequests(QStringLiteral("liveBroadcasts.insert"));
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@liveBroadcasts.insert")}});
    auto r = await<Result<LiveBroadcast>>([&](auto cb) {
        m_client->broadcasts().insert(draftBroadcast(title), kAllBroadcastParts, this, cb);
    });
    QVERIFY(r);
    QVERIFY2(*r, qPrintable(r->error().summary()));
    QCOMPARE(r->value().snippet.title, title);
    QVERIFY(!r->value().id.isEmpty());
    QCOMPARE(countBroadcastsTitled(title), 1);
    // Reconciled by a list, not re-sent: the one insert that was applied is the only one sent.
    QCOMPARE(countRequests(QStringLiteral("liveBroadcasts.insert")), before + 1);
}

void TestYouTubeClient::droppedStreamInsertCreatesNoDuplicate()
{
    const QString title =
        QStringLiteral("Dropped stream %1").arg(QDateTime::currentMSecsSinceEpoch());
    const int before = countRequests(QStringLiteral("liveStreams.insert"));
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("drop@liveStreams.insert")}});
    auto r = await<Result<LiveStream>>([&](auto cb) {
        m_client->streams().insert(draftStream(title), kAllStreamParts, this, cb);
    });
    QVERIFY(r);
    QVERIFY2(*r, qPrintable(r->error().summary()));
    QCOMPARE(r->value().snippet.title, title);
    const QJsonArray streams = m_sandbox->control("GET", QStringLiteral("state"))
                                   .value(QLatin1String("streams"))
                                   .toArray();
    int n = 0;
    for (const QJsonValue &s : streams)
        n += s.toObject()
                 .value(QLatin1String("snippet"))
                 .toObject()
                 .value(QLatin1String("title"))
                 .toString() == title;
    QCOMPARE(n, 1);
    QCOMPARE(countRequests(QStringLiteral("liveStreams.insert")), before + 1);
}

namespace {

// A client on the same account with short timeouts and quick retries, for the lost-answer
// cases (the sandbox's "stall" holds a request unanswered and does not apply it).
std::unique_ptr<YouTubeClient> impatientClient(AccountSession *account, const QUrl &root)
{
    auto client = std::make_unique<YouTubeClient>(account);
    client->setRootUrl(root);
    client->setTimeouts(4000, 4000, 4000);
    RetryPolicy::Limits quick;
    quick.baseDelayMs = 50;
    quick.maxDelayMs = 200;
    client->setRetryPolicy(RetryPolicy(quick));
    return client;
}

} // namespace

void TestYouTubeClient::lostInsertIsSentOnceMoreWhenNothingWasCreated()
{
    auto client = impatientClient(m_account.get(), m_sandbox->api());
    const QString title =
        QStringLiteral("Stalled once %1").arg(QDateTime::currentMSecsSinceEpoch());
    const int before = countRequests(QStringLiteral("liveBroadcasts.insert"));
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("stall@liveBroadcasts.insert")}});
    auto r = await<Result<LiveBroadcast>>([&](auto cb) {
        client->broadcasts().insert(draftBroadcast(title), kAllBroadcastParts, this, cb);
    });
    QVERIFY(r);
    QVERIFY2(*r, qPrintable(r->error().summary()));
    QCOMPARE(r->value().snippet.title, title);
    QCOMPARE(countRequests(QStringLiteral("liveBroadcasts.insert")), before + 2);
    QCOMPARE(countBroadcastsTitled(title), 1);
}

void TestYouTubeClient::lostTwiceIsNotCreated()
{
    auto client = impatientClient(m_account.get(), m_sandbox->api());
    const QString title =
        QStringLiteral("Stalled twice %1").arg(QDateTime::currentMSecsSinceEpoch());
    const int before = countRequests(QStringLiteral("liveBroadcasts.insert"));
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("stallx2@liveBroadcasts.insert")}});
    auto r = await<Result<LiveBroadcast>>([&](auto cb) {
        client->broadcasts().insert(draftBroadcast(title), kAllBroadcastParts, this, cb);
    });
    QVERIFY(r && !*r);
    QCOMPARE(r->error().reason, YouTubeClient::kNotCreated);
    QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
    // Sent twice at most, and nothing exists.
    QCOMPARE(countRequests(QStringLiteral("liveBroadcasts.insert")), before + 2);
    QCOMPARE(countBroadcastsTitled(title), 0);
}

void TestYouTubeClient::lostInsertWithFailingCheckIsUnconfirmed()
{
    auto client = impatientClient(m_account.get(), m_sandbox->api());
    const QString title = QStringLiteral("Unconfirmed %1").arg(QDateTime::currentMSecsSinceEpoch());
    const int before = countRequests(QStringLiteral("liveBroadcasts.insert"));
    m_sandbox->control(
        "POST", QStringLiteral("faults"),
        {{QStringLiteral("spec"),
          QStringLiteral("drop@liveBroadcasts.insert,error=500x20@liveBroadcasts.list")}});
    auto r = await<Result<LiveBroadcast>>([&](auto cb) {
        client->broadcasts().insert(draftBroadcast(title), kAllBroadcastParts, this, cb);
    });
    QVERIFY(r && !*r);
    QCOMPARE(r->error().reason, YouTubeClient::kWriteUnconfirmed);
    QVERIFY(!ErrorMessages::describe(r->error()).isEmpty());
    // Never re-sent without a check: the one that was applied stays the only one.
    QCOMPARE(countRequests(QStringLiteral("liveBroadcasts.insert")), before + 1);
    QCOMPARE(countBroadcastsTitled(title), 1);
    m_sandbox->control("DELETE", QStringLiteral("faults"));
}

void TestYouTubeClient::burstOf503Recovers()
{
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("error=503x3@liveStreams.list")}});
    QSignalSpy retries(m_client.get(), &YouTubeClient::retryScheduled);
    auto r = await<Result<Page<LiveStream>>>([&](auto cb) {
        m_client->streams().list({}, {QStringLiteral("id")}, QString(), 5, this, cb);
    });
    QVERIFY(r);
    QVERIFY2(*r, qPrintable(r->error().summary()));
    QCOMPARE(retries.size(), 3);
    QCOMPARE(retries.first().at(0).toString(), QStringLiteral("liveStreams.list"));
}

void TestYouTubeClient::rateLimitBacksOffAndRecovers()
{
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("ratelimit@liveBroadcasts.list")}});
    QSignalSpy retries(m_client.get(), &YouTubeClient::retryScheduled);
    auto r = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
        m_client->broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 5,
                                    this, cb);
    });
    QVERIFY(r);
    QVERIFY2(*r, qPrintable(r->error().summary()));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(3).toString(), QStringLiteral("rateLimitExceeded"));
}

void TestYouTubeClient::quotaExceededStopsAtOnce()
{
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("quota@liveStreams.list")}});
    const int before = countRequests(QStringLiteral("liveStreams.list"));
    QSignalSpy retries(m_client.get(), &YouTubeClient::retryScheduled);
    auto r = await<Result<Page<LiveStream>>>([&](auto cb) {
        m_client->streams().list({}, {QStringLiteral("id")}, QString(), 5, this, cb);
    });
    QVERIFY(r && !*r);
    QCOMPARE(r->error().httpStatus, 403);
    QCOMPARE(r->error().reason, QStringLiteral("quotaExceeded"));
    QCOMPARE(r->error().domain, QStringLiteral("youtube.quota"));
    QCOMPARE(retries.size(), 0);
    QCOMPARE(countRequests(QStringLiteral("liveStreams.list")), before + 1);
    QVERIFY(ErrorMessages::describe(r->error()).contains(QLatin1String("Pacific")));
}

void TestYouTubeClient::realQuotaExhaustion()
{
    SandboxProcess small(
        {QStringLiteral("--auto-consent"), QStringLiteral("--quota"), QStringLiteral("60")});
    QVERIFY2(small.isReady(), qPrintable(small.errorString()));
    auto account = sandboxAccount(small);
    QVERIFY(account);
    YouTubeClient client(account.get());
    client.setRootUrl(small.api());
    QSignalSpy retries(&client, &YouTubeClient::retryScheduled);
    // One insert (50) fits; the next does not.
    auto first = await<Result<LiveBroadcast>>([&](auto cb) {
        client.broadcasts().insert(draftBroadcast(QStringLiteral("Q1")), kAllBroadcastParts, this,
                                   cb);
    });
    QVERIFY(first && *first);
    auto second = await<Result<LiveBroadcast>>([&](auto cb) {
        client.broadcasts().insert(draftBroadcast(QStringLiteral("Q2")), kAllBroadcastParts, this,
                                   cb);
    });
    QVERIFY(second && !*second);
    QCOMPARE(second->error().reason, QStringLiteral("quotaExceeded"));
    QCOMPARE(retries.size(), 0);
    small.stop();
}

void TestYouTubeClient::expiredTokenIsInvisible()
{
    // Every access token expires at once in the middle of a sequence: one 401, one refresh,
    // one replay, and the caller sees only successes.
    QSignalSpy signedOut(m_account.get(), &AccountSession::signedOut);
    QSignalSpy finished(m_client.get(), &YouTubeClient::requestFinished);
    for (int i = 0; i < 4; ++i) {
        if (i == 2) {
            m_sandbox->control("POST", QStringLiteral("faults"),
                               {{QStringLiteral("spec"), QStringLiteral("expire-tokens")}});
        }
        auto r = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
            m_client->broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 5,
                                        this, cb);
        });
        QVERIFY(r);
        QVERIFY2(*r, qPrintable(r->error().summary()));
    }
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(m_account->isSignedIn());
    int unauthorized = 0;
    for (const auto &f : finished)
        unauthorized += f.at(1).toInt() == 401;
    QCOMPARE(unauthorized, 1);
    QCOMPARE(finished.size(), 5);
}

void TestYouTubeClient::concurrentCallsShareOneRefresh()
{
    m_sandbox->request("DELETE", QStringLiteral("_sandbox/requests"));
    m_sandbox->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("expire-tokens")}});
    std::optional<Result<Page<LiveBroadcast>>> a;
    std::optional<Result<Page<LiveStream>>> b;
    std::optional<Result<Channel>> c;
    m_client->broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 5, this,
                                [&](Result<Page<LiveBroadcast>> r) { a = r; });
    m_client->streams().list({}, {QStringLiteral("id")}, QString(), 5, this,
                             [&](Result<Page<LiveStream>> r) { b = r; });
    m_client->channels().mine(this, [&](Result<Channel> r) { c = r; });
    QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value() && c.has_value(), 60000);
    QVERIFY(*a && *b && *c);
    const QJsonArray log = m_sandbox->control("GET", QStringLiteral("requests"))
                               .value(QLatin1String("requests"))
                               .toArray();
    int refreshes = 0;
    for (const QJsonValue &e : log)
        refreshes +=
            e.toObject().value(QLatin1String("path")).toString() == QLatin1String("/token");
    QCOMPARE(refreshes, 1);
}

void TestYouTubeClient::shortLivedTokensAreRefreshedAhead()
{
    // Access tokens that live 2 s, used over about 6 s: refreshed as they run out.
    SandboxProcess shortLived(
        {QStringLiteral("--auto-consent"), QStringLiteral("--token-ttl"), QStringLiteral("2")});
    QVERIFY2(shortLived.isReady(), qPrintable(shortLived.errorString()));
    auto account = sandboxAccount(shortLived);
    QVERIFY(account);
    YouTubeClient client(account.get());
    client.setRootUrl(shortLived.api());
    QSignalSpy signedOut(account.get(), &AccountSession::signedOut);
    for (int i = 0; i < 6; ++i) {
        auto r = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
            client.broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 5,
                                     this, cb);
        });
        QVERIFY(r);
        QVERIFY2(*r, qPrintable(r->error().summary()));
        QTest::qWait(1000);
    }
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(account->isSignedIn());
    const QJsonArray log = shortLived.control("GET", QStringLiteral("requests"))
                               .value(QLatin1String("requests"))
                               .toArray();
    int refreshes = 0;
    for (const QJsonValue &e : log)
        refreshes +=
            e.toObject().value(QLatin1String("path")).toString() == QLatin1String("/token");
    QVERIFY2(refreshes >= 3, qPrintable(QString::number(refreshes)));
    shortLived.stop();
}

void TestYouTubeClient::revokedRefreshTokenSignsOut()
{
    SandboxProcess sb({QStringLiteral("--auto-consent")});
    QVERIFY2(sb.isReady(), qPrintable(sb.errorString()));
    const SandboxProcess::Tokens tokens = sb.signIn();
    QVERIFY(!tokens.refreshToken.isEmpty());
    const Result<ClientCredentials> creds = sb.endpoints().credentials();
    QVERIFY(creds);
    AccountSession account(QStringLiteral("revoked"), creds.value(), nullptr, nullptr);
    TokenSet t;
    t.accessToken = tokens.accessToken;
    t.refreshToken = tokens.refreshToken;
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(tokens.expiresIn);
    account.adopt(t, this, [](Result<bool>) {});
    YouTubeClient client(&account);
    client.setRootUrl(sb.api());
    auto ok = await<Result<Channel>>([&](auto cb) { client.channels().mine(this, cb); });
    QVERIFY(ok && *ok);

    // The user revokes OnAir's access elsewhere: refresh token and its access tokens die.
    const SandboxProcess::Response revoked = sb.request(
        "POST", QStringLiteral("revoke"), "token=" + QUrl::toPercentEncoding(tokens.refreshToken),
        "application/x-www-form-urlencoded");
    QCOMPARE(revoked.status, 200);
    sb.control("POST", QStringLiteral("faults"),
               {{QStringLiteral("spec"), QStringLiteral("expire-tokens")}});

    QSignalSpy signedOut(&account, &AccountSession::signedOut);
    auto r = await<Result<Channel>>([&](auto cb) { client.channels().mine(this, cb); });
    QVERIFY(r && !*r);
    QCOMPARE(r->error().kind, ApiError::Kind::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(account.state(), AccountSession::State::SignedOut);
    QVERIFY(!ErrorMessages::describe(r->error()).isEmpty());
    // Nothing more is sent while signed out.
    auto r2 = await<Result<Channel>>([&](auto cb) { client.channels().mine(this, cb); });
    QVERIFY(r2 && !*r2);
    QCOMPARE(r2->error().kind, ApiError::Kind::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    sb.stop();
}

void TestYouTubeClient::ledgerMatchesTheSandbox()
{
    SandboxProcess sb({QStringLiteral("--auto-consent")});
    QVERIFY2(sb.isReady(), qPrintable(sb.errorString()));
    auto account = sandboxAccount(sb);
    QVERIFY(account);
    QTemporaryDir dir;
    QuotaLedger ledger(dir.filePath(QStringLiteral("quota.json")));
    YouTubeClient client(account.get());
    client.setRootUrl(sb.api());
    client.setQuotaLedger(&ledger);
    auto b = await<Result<LiveBroadcast>>([&](auto cb) {
        client.broadcasts().insert(draftBroadcast(QStringLiteral("Ledger")), kAllBroadcastParts,
                                   this, cb);
    });
    QVERIFY(b && *b);
    auto l = await<Result<Page<LiveBroadcast>>>([&](auto cb) {
        client.broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 5, this,
                                 cb);
    });
    QVERIFY(l && *l);
    auto c = await<Result<Channel>>([&](auto cb) { client.channels().mine(this, cb); });
    QVERIFY(c && *c);
    QCOMPARE(ledger.spentToday(), 52);
    QCOMPARE(ledger.spentByMethod(QuotaLedger::quotaDayOf(QDateTime::currentDateTimeUtc()))
                 .value(QStringLiteral("liveBroadcasts.insert")),
             50);
    const QJsonObject report = sb.control("GET", QStringLiteral("quota"));
    QCOMPARE(report.value(QLatin1String("spent")).toInteger(), ledger.spentToday());
    sb.stop();
}

QTEST_MAIN(TestYouTubeClient)
#include "tst_youtubeclient.moc"
