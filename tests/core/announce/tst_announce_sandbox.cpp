// The announcement queue's clients against the sandbox's Telegram and Instagram emulators, under
// each fault of the reference's §4.3: the sandbox's read-back says how many posts exist, and it
// is the exact number expected (0 or 1), never 2. The upload of a show's recording posts its
// "processed" and "published" posts once each, a restart in between.
#include "ClientTestSupport.h"
#include "SandboxProcess.h"
#include "announce/AnnounceTriggers.h"
#include "announce/AnnouncementPublisher.h"
#include "announce/AnnouncementScheduler.h"
#include "announce/AnnouncementStore.h"
#include "google/youtube/upload/UploadQueue.h"
#include "show/ShowEvents.h"
#include "upload/UploadStore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace onair;
using onair::test::SandboxProcess;

namespace {

const QString kImage = QStringLiteral("https://i.ytimg.com/vi/announce/maxresdefault.jpg");

} // namespace

class TestAnnounceSandbox : public QObject
{
    Q_OBJECT

private:
    struct Queue
    {
        AnnouncementStore store;
        std::unique_ptr<AnnouncementPublisher> publisher;
        std::unique_ptr<AnnouncementScheduler> scheduler;
    };

    std::unique_ptr<Queue> makeQueue()
    {
        auto q = std::make_unique<Queue>();
        if (!q->store.open(m_dir.filePath(QStringLiteral("q%1.sqlite").arg(++m_queues))))
            return nullptr;
        const QJsonObject ready = m_sandbox->endpoints().readyJson;
        SocialAccount tg;
        tg.id = QStringLiteral("tg");
        tg.apiRoot = QUrl(ready.value(QLatin1String("telegram")).toString());
        tg.target = ready.value(QLatin1String("telegram_channel")).toString();
        q->store.saveAccount(tg);
        SocialAccount ig;
        ig.id = QStringLiteral("ig");
        ig.platform = SocialAccount::Platform::Instagram;
        ig.apiRoot = QUrl(ready.value(QLatin1String("graph")).toString());
        ig.target = ready.value(QLatin1String("instagram_user_id")).toString();
        q->store.saveAccount(ig);
        const QString tgToken = ready.value(QLatin1String("telegram_bot_token")).toString();
        const QString igToken = ready.value(QLatin1String("instagram_token")).toString();
        q->publisher = std::make_unique<AnnouncementPublisher>(
            &q->store, nullptr,
            [tgToken, igToken](const QString &id, QObject *,
                               std::function<void(const QString &, const QString &)> done) {
                done(id == QLatin1String("tg") ? tgToken : igToken, QString());
            });
        AnnouncementPublisher::Timing t;
        t.retryBaseMs = 100;
        t.pollIntervalMs = 100;
        t.pollBudget = 40;
        t.telegramPostTimeoutMs = 5000;
        q->publisher->setTiming(t);
        q->scheduler = std::make_unique<AnnouncementScheduler>(&q->store, q->publisher.get());
        return q;
    }

    qint64 post(Queue &q, SocialAccount::Platform platform, bool start = true)
    {
        Announcement a;
        a.platform = platform;
        a.accountId = platform == SocialAccount::Platform::Telegram ? QStringLiteral("tg")
                                                                    : QStringLiteral("ig");
        a.text = platform == SocialAccount::Platform::Telegram
                     ? QStringLiteral("<b>Live now</b> #%1").arg(m_queues)
                     : QStringLiteral("Live now #%1").arg(m_queues);
        a.buttonText = QStringLiteral("Watch");
        a.buttonUrl = QUrl(QStringLiteral("https://www.youtube.com/watch?v=abc"));
        if (platform == SocialAccount::Platform::Instagram)
            a.imageUrl = QUrl(kImage);
        a.scheduledAt = QDateTime::currentDateTimeUtc();
        const qint64 id = q.store.add(a);
        if (start)
            q.scheduler->start();
        return id;
    }

    // Waits until the item is settled (not pending, not sending), bounded.
    static Announcement settle(Queue &q, qint64 id)
    {
        const bool settled = QTest::qWaitFor(
            [&] {
                const auto s = q.store.get(id)->status;
                return s != Announcement::Status::Pending && s != Announcement::Status::Sending;
            },
            30000);
        if (!settled)
            qWarning("announcement %lld not settled in 30 s", id);
        return *q.store.get(id);
    }

    static void settleAll(Queue &q)
    {
        for (const Announcement &a : q.store.all())
            QVERIFY2(settle(q, a.id).status == Announcement::Status::Published, qPrintable(a.log));
    }

    int botMessages()
    {
        int n = 0;
        for (const QJsonValue &m : m_sandbox->control("GET", QStringLiteral("telegram/state"))
                                       .value(QLatin1String("messages"))
                                       .toArray())
            n += m.toObject().value(QLatin1String("byBot")).toBool() ? 1 : 0;
        return n;
    }

    // The bot's messages whose text has `part`.
    int botMessagesWith(const QString &part)
    {
        int n = 0;
        for (const QJsonValue &m : m_sandbox->control("GET", QStringLiteral("telegram/state"))
                                       .value(QLatin1String("messages"))
                                       .toArray())
            n += m[QLatin1String("byBot")].toBool() &&
                         m[QLatin1String("text")].toString().contains(part)
                     ? 1
                     : 0;
        return n;
    }

    int instagramPosts()
    {
        return int(m_sandbox->control("GET", QStringLiteral("instagram/state"))
                       .value(QLatin1String("media"))
                       .toArray()
                       .size());
    }

    void fault(const QString &spec)
    {
        m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--auto-consent")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_sandbox->control("POST", QStringLiteral("kernel/media-urls"),
                           {{QStringLiteral("url"), kImage},
                            {QStringLiteral("mimeType"), QStringLiteral("image/jpeg")},
                            {QStringLiteral("bytes"), 120000},
                            {QStringLiteral("width"), 1280},
                            {QStringLiteral("height"), 720}});
        m_sandbox->control("POST", QStringLiteral("instagram/settings"),
                           {{QStringLiteral("processingSeconds"), 0.2}});
    }

    void init() { m_sandbox->control("DELETE", QStringLiteral("faults")); }

    // ---- Telegram ----

    void telegramPostsOnce()
    {
        auto q = makeQueue();
        const int before = botMessages();
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QCOMPARE(botMessages(), before + 1);
        QVERIFY(a.link.toString().startsWith(QLatin1String("https://t.me/")));
    }

    void telegramCommitThenDropIsUnconfirmedWithOnePost()
    {
        auto q = makeQueue();
        const int before = botMessages();
        fault(QStringLiteral("drop@telegram:sendMessage"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
        QVERIFY2(a.status == Announcement::Status::Unconfirmed, qPrintable(a.log));
        QCOMPARE(botMessages(), before + 1);
    }

    void telegramServerErrorIsUnconfirmed()
    {
        auto q = makeQueue();
        const int before = botMessages();
        fault(QStringLiteral("error=500@telegram:sendMessage"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
        QVERIFY2(a.status == Announcement::Status::Unconfirmed, qPrintable(a.log));
        QCOMPARE(botMessages(), before); // the fault answered before any post
    }

    // Posted, then a server error: 500 with Telegram's envelope, or a proxy's HTML page.
    void telegramPostedThenServerErrorIsUnconfirmedWithOnePost_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("500") << QStringLiteral("commit=500@telegram:sendMessage");
        QTest::newRow("502 page") << QStringLiteral("commit=502@telegram:sendMessage");
        QTest::newRow("503 page") << QStringLiteral("commit=503@telegram:sendMessage");
        QTest::newRow("504 page") << QStringLiteral("commit=504@telegram:sendMessage");
    }

    void telegramPostedThenServerErrorIsUnconfirmedWithOnePost()
    {
        QFETCH(QString, spec);
        auto q = makeQueue();
        const int before = botMessages();
        m_sandbox->control("DELETE", QStringLiteral("requests"));
        fault(spec);
        const qint64 id = post(*q, SocialAccount::Platform::Telegram);
        const Announcement a = settle(*q, id);
        QCOMPARE(botMessages(), before + 1);
        QVERIFY2(a.status == Announcement::Status::Unconfirmed, qPrintable(a.log));
        // Not sent again unattended: past every retry delay, still one request and one post.
        QTest::qWait(1000); // longer than every retry delay (retryBaseMs 100: 100, 200, 400 ms)
        QCOMPARE(q->store.get(id)->status, Announcement::Status::Unconfirmed);
        QCOMPARE(botMessages(), before + 1);
        int sends = 0;
        for (const QJsonValue &r : m_sandbox->control("GET", QStringLiteral("requests"))
                                       .value(QLatin1String("requests"))
                                       .toArray())
            sends += r.toObject()
                             .value(QLatin1String("path"))
                             .toString()
                             .endsWith(QLatin1String("/sendMessage"), Qt::CaseInsensitive)
                         ? 1
                         : 0;
        QCOMPARE(sends, 1);
    }

    void telegramFloodWaitsAreNotAttempts()
    {
        // Four 429s in a row (more than the three attempts): each one waits its retry_after,
        // none spends an attempt, and the post goes out once.
        auto q = makeQueue();
        const int before = botMessages();
        fault(QStringLiteral("reason=flood1x4@telegram:sendMessage"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QCOMPARE(a.attempts, 1);
        QCOMPARE(a.log.count(QLatin1String("flood control")), 4);
        QCOMPARE(botMessages(), before + 1);
    }

    void telegramPacesOneChat()
    {
        // Five posts to one channel due at the same instant: one at a time, a second apart as
        // the sandbox saw them, and none meets its per-chat bucket (1/s, burst 3) empty. The
        // 20-a-minute bucket is widened so that the earlier tests' posts do not count.
        m_sandbox->control("POST", QStringLiteral("telegram/settings"),
                           {{QStringLiteral("perGroupPerMinute"), 1000}});
        m_sandbox->control("DELETE", QStringLiteral("requests"));
        auto q = makeQueue();
        const int before = botMessages();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(post(*q, SocialAccount::Platform::Telegram, false));
        q->scheduler->start();
        for (qint64 id : std::as_const(ids)) {
            const Announcement a = settle(*q, id);
            QVERIFY2(a.status == Announcement::Status::Published && a.attempts == 1,
                     qPrintable(a.log));
        }
        QCOMPARE(botMessages(), before + 5);
        QList<QDateTime> sent;
        for (const QJsonValue &v : m_sandbox->control("GET", QStringLiteral("requests"))
                                       .value(QLatin1String("requests"))
                                       .toArray()) {
            const QJsonObject r = v.toObject();
            if (!r.value(QLatin1String("apiMethod"))
                     .toString()
                     .endsWith(QLatin1String("sendMessage")))
                continue;
            QCOMPARE(r.value(QLatin1String("status")).toInt(), 200);
            sent.append(QDateTime::fromString(r.value(QLatin1String("time")).toString(),
                                              Qt::ISODateWithMs));
        }
        QCOMPARE(sent.size(), 5);
        QStringList gaps;
        for (qsizetype i = 1; i < sent.size(); ++i)
            gaps << QString::number(sent.at(i - 1).msecsTo(sent.at(i)));
        qInfo("sendMessage gaps in the sandbox's log (ms): %s", qPrintable(gaps.join(u' ')));
        for (qsizetype i = 1; i < sent.size(); ++i)
            QVERIFY2(
                sent.at(i - 1).msecsTo(sent.at(i)) >= 1000,
                qPrintable(QStringLiteral("%1 ms apart").arg(sent.at(i - 1).msecsTo(sent.at(i)))));
        m_sandbox->control("POST", QStringLiteral("telegram/settings"),
                           {{QStringLiteral("perGroupPerMinute"), 20}});
    }

    void telegramRightsLostAndDeadTokenPostNothing()
    {
        for (const QString &reason : {QStringLiteral("adminrights"), QStringLiteral("kicked"),
                                      QStringLiteral("unauthorized")}) {
            auto q = makeQueue();
            const int before = botMessages();
            fault(QStringLiteral("reason=%1@telegram:sendMessage").arg(reason));
            const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
            QVERIFY2(a.status == Announcement::Status::Failed, qPrintable(a.log));
            QCOMPARE(a.attempts, 1);
            QCOMPARE(botMessages(), before);
        }
    }

    // A refused token stops its account: the account's other pending posts are held (asked
    // about later), another account's are left to go.
    void deadTokenHoldsTheAccountsOtherPosts()
    {
        auto q = makeQueue();
        const auto later = [&q](SocialAccount::Platform platform) {
            Announcement a;
            a.platform = platform;
            a.accountId = platform == SocialAccount::Platform::Telegram ? QStringLiteral("tg")
                                                                        : QStringLiteral("ig");
            a.text = QStringLiteral("Tomorrow");
            a.imageUrl = QUrl(kImage);
            a.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3600);
            a.dueAt = a.scheduledAt;
            return q->store.add(a);
        };
        const qint64 sameAccount = later(SocialAccount::Platform::Telegram);
        const qint64 otherAccount = later(SocialAccount::Platform::Instagram);
        fault(QStringLiteral("reason=unauthorized@telegram:sendMessage"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
        QVERIFY2(a.status == Announcement::Status::Failed, qPrintable(a.log));
        const Announcement held = *q->store.get(sameAccount);
        QVERIFY2(held.status == Announcement::Status::Held, qPrintable(held.log));
        QCOMPARE(q->store.get(otherAccount)->status, Announcement::Status::Pending);
    }

    void telegramMessageIdZeroHasNoLink()
    {
        auto q = makeQueue();
        const int before = botMessages();
        fault(QStringLiteral("outcome=scheduled@telegram:sendMessage"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Telegram));
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QVERIFY(a.externalId.isEmpty());
        QVERIFY(a.link.isEmpty());
        QCOMPARE(botMessages(), before + 1);
    }

    // ---- Instagram ----

    void instagramPublishesOnce()
    {
        auto q = makeQueue();
        const int before = instagramPosts();
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Instagram));
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QVERIFY(!a.externalId.isEmpty());
        QCOMPARE(instagramPosts(), before + 1);
    }

    void instagramUnclearPublishIsReconciled_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("reject but commit") << QStringLiteral("commit=spam@instagram:media_publish");
        QTest::newRow("commit then drop") << QStringLiteral("drop@instagram:media_publish");
        QTest::newRow("server error") << QStringLiteral("error=500@instagram:media_publish");
        QTest::newRow("published, then server error")
            << QStringLiteral("commit=500@instagram:media_publish");
        QTest::newRow("not ready") << QStringLiteral("reason=notready@instagram:media_publish");
        QTest::newRow("orphan container") << QStringLiteral("drop@instagram:media");
        QTest::newRow("processing error") << QStringLiteral("outcome=error@instagram:media");
        QTest::newRow("transient read") << QStringLiteral("reason=unknown@instagram:node");
    }

    void instagramUnclearPublishIsReconciled()
    {
        QFETCH(QString, spec);
        auto q = makeQueue();
        const int before = instagramPosts();
        fault(spec);
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Instagram));
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QCOMPARE(instagramPosts(), before + 1);
    }

    void instagramThrottleWaitsTheUsageHeadersTime()
    {
        auto q = makeQueue();
        const int before = instagramPosts();
        fault(QStringLiteral("reason=throttle4@instagram:media_publish"));
        const qint64 id = post(*q, SocialAccount::Platform::Instagram);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Announcement a = *q->store.get(id);
                return a.status == Announcement::Status::Pending &&
                       QDateTime::currentDateTimeUtc().msecsTo(a.dueAt) > 55000;
            },
            20000));
        // Not hammered: the next attempt when the usage header's estimated_time_to_regain_access
        // (5 minutes in the sandbox) has passed, not counted as an attempt (not executed),
        // nothing published meanwhile.
        QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(q->store.get(id)->dueAt) > 4 * 60 * 1000);
        QCOMPARE(q->store.get(id)->attempts, 0);
        QCOMPARE(instagramPosts(), before);
    }

    void instagramStuckContainerFailsWithNothingPosted()
    {
        auto q = makeQueue();
        const int before = instagramPosts();
        fault(QStringLiteral("outcome=stuck@instagram:media"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Instagram));
        QVERIFY2(a.status == Announcement::Status::Failed, qPrintable(a.log));
        QCOMPARE(instagramPosts(), before);
    }

    void instagramDeadTokenPostsNothing()
    {
        auto q = makeQueue();
        const int before = instagramPosts();
        fault(QStringLiteral("reason=tokenexpired@instagram:media"));
        const Announcement a = settle(*q, post(*q, SocialAccount::Platform::Instagram));
        QCOMPARE(a.status, Announcement::Status::Failed);
        QCOMPARE(instagramPosts(), before);
    }

    // ---- The upload of a show's recording ----

    // Uploaded private with a publishAt: "processed" posts once with the video's URL; OnAir
    // restarts; at publishAt "published" posts once, from the show the saved upload carries; a
    // repeated signal adds nothing.
    void uploadedRecordingPostsOnceWhenProcessedAndPublished()
    {
        auto q = makeQueue();
        q->scheduler->start();
        const auto account = test::sandboxAccount(*m_sandbox);
        QVERIFY(account);
        YouTubeClient client(account.get());
        client.setRootUrl(m_sandbox->api());
        m_sandbox->control("POST", QStringLiteral("youtube/uploads"),
                           {{QStringLiteral("processingSeconds"), 1}});
        const QString file = m_dir.filePath(QStringLiteral("recording.mp4"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300 * 1024, 'r'));
        f.close();
        QString error;
        const auto specs = AnnouncementSpec::listFromJson(
            {QJsonObject{{QStringLiteral("account"), QStringLiteral("tg")},
                         {QStringLiteral("trigger"), QStringLiteral("uploadProcessed")},
                         {QStringLiteral("template"), QStringLiteral("Up: {title} {url}")}},
             QJsonObject{{QStringLiteral("account"), QStringLiteral("tg")},
                         {QStringLiteral("trigger"), QStringLiteral("uploadPublished")},
                         {QStringLiteral("template"), QStringLiteral("Public: {url}")}}},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        UploadMetadata metadata;
        metadata.title = QStringLiteral("The recording");
        metadata.publishAt = QDateTime::currentDateTimeUtc().addSecs(8);
        const QString store = UploadStore::pathForAccount(QStringLiteral("up"), m_dir.path());

        QString videoId;
        {
            UploadQueue uploads(&client);
            uploads.setProcessingIntervalMs(200);
            uploads.open(store);
            ShowEvents events;
            AnnounceTriggers triggers(&q->store, &events);
            triggers.followUploads(&uploads);
            QSignalSpy processed(&uploads, &UploadQueue::processingFinished);
            QVERIFY(
                uploads
                    .add(file, metadata, AnnounceTriggers::uploadShow(QStringLiteral("b1"), specs))
                    .isEmpty());
            QVERIFY(processed.wait(30000));
            videoId = processed.first().at(1).toString();
            Q_EMIT uploads.processingFinished(processed.first().at(0).toString(), videoId, true,
                                              {}); // seen again
            QCOMPARE(q->store.all().size(), 1);
        } // OnAir stops before publishAt
        const QString url = QStringLiteral("https://www.youtube.com/watch?v=") + videoId;
        settleAll(*q);
        QCOMPARE(botMessagesWith(QStringLiteral("Up: The recording ") + url), 1);

        UploadQueue uploads(&client);
        uploads.setProcessingIntervalMs(200);
        ShowEvents events;
        AnnounceTriggers triggers(&q->store, &events);
        triggers.followUploads(&uploads);
        QSignalSpy published(&uploads, &UploadQueue::published);
        uploads.open(store); // follows the publication again
        QVERIFY(published.wait(30000));
        Q_EMIT uploads.published(published.first().at(0).toString(), videoId); // seen again
        QCOMPARE(q->store.all().size(), 2);
        settleAll(*q);
        QCOMPARE(botMessagesWith(QStringLiteral("Public: ") + url), 1);
        QCOMPARE(botMessagesWith(url), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    int m_queues = 0;
};

QTEST_GUILESS_MAIN(TestAnnounceSandbox)
#include "tst_announce_sandbox.moc"
