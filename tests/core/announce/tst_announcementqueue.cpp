#include "ScriptedServer.h"
#include "announce/AnnouncementPublisher.h"
#include "announce/AnnouncementScheduler.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace onair;

namespace {

const QByteArray kTelegramOk =
    R"({"ok":true,"result":{"message_id":5,"date":1,"chat":{"id":-1001234567890,"type":"channel","username":"chan"}}})";

// A store, a publisher and a scheduler on one database, against a scripted server.
struct Queue
{
    explicit Queue(const QString &path)
    {
        QVERIFY2(store.open(path), qPrintable(store.error()));
        publisher = std::make_unique<AnnouncementPublisher>(
            &store, nullptr,
            [](const QString &, QObject *,
               std::function<void(const QString &, const QString &)> done) {
                done(QStringLiteral("123:secret"), QString());
            });
        AnnouncementPublisher::Timing t;
        t.retryBaseMs = 1000;
        t.pollIntervalMs = 10;
        t.pollBudget = 5;
        t.telegramPostTimeoutMs = 5000;
        publisher->setTiming(t);
        scheduler = std::make_unique<AnnouncementScheduler>(&store, publisher.get());
    }

    void addAccount(SocialAccount::Platform platform, const QUrl &root)
    {
        SocialAccount a;
        a.id = platform == SocialAccount::Platform::Telegram ? QStringLiteral("tg")
                                                             : QStringLiteral("ig");
        a.platform = platform;
        a.name = a.id;
        a.apiRoot = root;
        a.target = platform == SocialAccount::Platform::Telegram ? QStringLiteral("@chan")
                                                                 : QStringLiteral("1784");
        QVERIFY(store.saveAccount(a));
    }

    qint64 add(SocialAccount::Platform platform, const QDateTime &at,
               const QString &text = QStringLiteral("<b>Live</b>"))
    {
        Announcement a;
        a.platform = platform;
        a.accountId = platform == SocialAccount::Platform::Telegram ? QStringLiteral("tg")
                                                                    : QStringLiteral("ig");
        a.label = QStringLiteral("Live now");
        a.text = text;
        a.imageUrl = platform == SocialAccount::Platform::Instagram
                         ? QUrl(QStringLiteral("https://i.ytimg.com/vi/x/maxresdefault.jpg"))
                         : QUrl();
        a.scheduledAt = at;
        return store.add(a);
    }

    Announcement::Status status(qint64 id) const { return store.get(id)->status; }

    // Waits for the item to leave pending/sending (bounded).
    bool settle(qint64 id)
    {
        return QTest::qWaitFor(
            [&] {
                const auto s = store.get(id)->status;
                return s != Announcement::Status::Pending && s != Announcement::Status::Sending;
            },
            20000);
    }

    AnnouncementStore store;
    std::unique_ptr<AnnouncementPublisher> publisher;
    std::unique_ptr<AnnouncementScheduler> scheduler;
};

int countRequests(const ScriptedServer &server, const char *method)
{
    int n = 0;
    for (const QByteArray &line : server.requestLines) {
        if (line.contains(method))
            ++n;
    }
    return n;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

class TestAnnouncementQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void restartWithSendingRowNeverResendsTelegram()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        ScriptedServer server;
        qint64 tg = 0, ig = 0;
        {
            Queue q(path);
            q.addAccount(SocialAccount::Platform::Telegram, server.root());
            tg = q.add(SocialAccount::Platform::Telegram, now());
            ig = q.add(SocialAccount::Platform::Instagram, now().addSecs(3600));
            // What a process killed mid-post leaves behind.
            for (qint64 id : {tg, ig}) {
                Announcement a = *q.store.get(id);
                a.status = Announcement::Status::Sending;
                a.attempts = 1;
                QVERIFY(q.store.update(a));
            }
        }
        Queue q(path);
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        QSignalSpy idle(q.scheduler.get(), &AnnouncementScheduler::idle);
        q.scheduler->start();
        QCOMPARE(q.status(tg), Announcement::Status::Unconfirmed);
        QVERIFY(q.store.get(tg)->log.contains(QLatin1String("It's there")));
        // Instagram: back to pending; the container's status decides when it runs.
        QCOMPARE(q.status(ig), Announcement::Status::Pending);
        QVERIFY(idle.wait(5000) || !idle.isEmpty());
        QCOMPARE(server.requestLines.size(), 0);
    }

    void malformedRowsAreKeptAndSkipped()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        qint64 good = 0;
        {
            Queue q(path);
            q.addAccount(SocialAccount::Platform::Telegram, server.root());
            good = q.add(SocialAccount::Platform::Telegram, now());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery sql(db);
            QVERIFY(sql.exec(QStringLiteral(
                "INSERT INTO posts (account, platform, post, status, due_at) VALUES "
                "('tg', 'telegram', '{}', 'bogus', 0), ('tg', 'telegram', 'not json', "
                "'pending', 0), ('tg', 'myspace', '{}', 'pending', 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Queue q(path);
        QCOMPARE(q.store.damaged().size(), 3);
        q.scheduler->start();
        QVERIFY(q.settle(good));
        QCOMPARE(q.status(good), Announcement::Status::Published);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
        // Still there, as they were, and never woken for (a due damaged row would spin).
        QCOMPARE(q.store.damaged().size(), 3);
        QVERIFY(!q.scheduler->nextWake().isValid());
        QCOMPARE(q.scheduler->wakeCount(), 1);
    }

    void nextDueLooksPastDamagedRowsItMeets()
    {
        const QString path = m_dir.filePath(QStringLiteral("unscanned.sqlite"));
        const QDateTime later = now().addSecs(3600);
        {
            Queue q(path);
            q.add(SocialAccount::Platform::Telegram, later);
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                "INSERT INTO posts (account, platform, post, status, due_at) VALUES "
                "('tg', 'telegram', 'not json', 'pending', 0), ('tg', 'myspace', '{}', "
                "'pending', 1)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // No scan of the queue at open: the damaged rows are found where nextDue() meets them.
        AnnouncementStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.nextDue().toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
        QCOMPARE(store.nextDue().toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    }

    void aFileThatIsNotAQueueIsLeftUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my notes, not a database\n");
        f.close();
        AnnouncementStore store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.error().isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my notes, not a database\n"));
    }

    void schedulerWakesOnceAtTheNextDueItem()
    {
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        Queue q(m_dir.filePath(QStringLiteral("wake.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const QDateTime due = now().addMSecs(600);
        const qint64 later = q.add(SocialAccount::Platform::Telegram, now().addSecs(3 * 3600));
        const qint64 id = q.add(SocialAccount::Platform::Telegram, due);
        q.scheduler->start();
        // Armed for the due item, not for a poll.
        QVERIFY(q.scheduler->nextWake().isValid());
        QVERIFY(qAbs(q.scheduler->nextWake().msecsTo(due)) < 200);
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Published);
        QCOMPARE(q.store.get(id)->externalId, QStringLiteral("5"));
        QCOMPARE(q.store.get(id)->link, QUrl(QStringLiteral("https://t.me/chan/5")));
        QCOMPARE(q.scheduler->wakeCount(), 1);
        // Next: the item three hours away, capped at an hour of sleep.
        QCOMPARE(q.status(later), Announcement::Status::Pending);
        QVERIFY(QTest::qWaitFor([&] { return q.scheduler->nextWake().isValid(); }, 5000));
        QVERIFY(now().msecsTo(q.scheduler->nextWake()) > 59 * 60 * 1000);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
    }

    void aCancelWhileTheWriteAheadWaitsForTheDiskWinsAndNothingIsSent()
    {
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        const QString path = m_dir.filePath(QStringLiteral("race.sqlite"));
        Queue q(path);
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        // Another process (the window beside a headless runner) holds the database's write lock.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        {
            QSqlQuery sql(other);
            QVERIFY(sql.exec(QStringLiteral("BEGIN IMMEDIATE")));
            q.scheduler->start();
            // The due item was read and its write-ahead asked for; this thread did not wait for
            // the lock (its event loop turns while the lock is held).
            QVERIFY(QTest::qWaitFor([&] { return q.scheduler->isBusy(); }, 5000));
            QTest::qWait(100);
            QCOMPARE(q.status(id), Announcement::Status::Pending);
            // Meanwhile the operator cancels it there.
            QVERIFY(sql.exec(
                QStringLiteral("UPDATE posts SET status = 'cancelled' WHERE id = %1").arg(id)));
            QVERIFY(sql.exec(QStringLiteral("COMMIT")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(QTest::qWaitFor([&] { return !q.scheduler->isBusy(); }, 10000));
        QTest::qWait(200); // a send would have gone out by now
        QCOMPARE(q.status(id), Announcement::Status::Cancelled);
        QCOMPARE(countRequests(server, "sendMessage"), 0);
    }

    void theStoresOwnWriteAheadIsNotAChangeMadeElsewhere()
    {
        const QString path = m_dir.filePath(QStringLiteral("version.sqlite"));
        Queue q(path);
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now().addSecs(600));
        QVERIFY(!q.store.changedElsewhere());
        Announcement item = *q.store.get(id);
        item.status = Announcement::Status::Sending;
        std::optional<AnnouncementStore::Ahead> written;
        q.store.commitAhead(item, Announcement::Status::Pending, &q.store,
                            [&](AnnouncementStore::Ahead a) { written = a; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
        QCOMPARE(*written, AnnouncementStore::Ahead::Written);
        QCOMPARE(q.status(id), Announcement::Status::Sending);
        QVERIFY(!q.store.changedElsewhere());
        // Not pending any more: a second write-ahead over `pending` finds it changed.
        written.reset();
        q.store.commitAhead(item, Announcement::Status::Pending, &q.store,
                            [&](AnnouncementStore::Ahead a) { written = a; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
        QCOMPARE(*written, AnnouncementStore::Ahead::Changed);
        // Another connection's commit is one.
        {
            AnnouncementStore elsewhere;
            QVERIFY(elsewhere.open(path));
            item.status = Announcement::Status::Published;
            QVERIFY(elsewhere.update(item));
        }
        QVERIFY(q.store.changedElsewhere());
        QVERIFY(!q.store.changedElsewhere());
    }

    void aRestartKeepsTheChatsPacing()
    {
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        Queue q(m_dir.filePath(QStringLiteral("paced.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        // Sent to this chat a moment ago, by the process before this one.
        const QDateTime last = now().addMSecs(-300);
        Announcement sent = *q.store.get(q.add(SocialAccount::Platform::Telegram, last));
        sent.status = Announcement::Status::Published;
        sent.attempts = 1;
        sent.sendingSince = last;
        QVERIFY(q.store.update(sent));
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Published);
        // A second after the last one, not at once.
        QVERIFY2(q.store.get(id)->sendingSince >= last.addMSecs(ChatPacer::kGapMs),
                 qPrintable(QString::number(last.msecsTo(q.store.get(id)->sendingSince))));
        QCOMPARE(countRequests(server, "sendMessage"), 1);
    }

    void telegramDroppedAnswerIsUnconfirmedAndSentOnce()
    {
        ScriptedServer server;
        server.script = {ScriptedServer::Mode::Drop};
        Queue q(m_dir.filePath(QStringLiteral("drop.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Unconfirmed);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
        QVERIFY(!q.scheduler->nextWake().isValid()); // nothing left to send by itself
    }

    void telegramServerErrorIsUnconfirmed()
    {
        ScriptedServer server;
        server.answerStatus = 500;
        server.answerBody =
            R"({"ok":false,"error_code":500,"description":"Internal Server Error: sent message was immediately deleted and can\u0027t be returned"})";
        Queue q(m_dir.filePath(QStringLiteral("500.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Unconfirmed);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
    }

    void telegramFloodWaitHonoursRetryAfter()
    {
        ScriptedServer server;
        server.answerStatus = 429;
        server.answerBody =
            R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}})";
        Queue q(m_dir.filePath(QStringLiteral("flood.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        q.scheduler->start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return q.status(id) == Announcement::Status::Pending &&
                       now().msecsTo(q.store.get(id)->dueAt) > 6000;
            },
            10000));
        QCOMPARE(q.store.get(id)->attempts, 0); // not executed: not an attempt
        QCOMPARE(countRequests(server, "sendMessage"), 1);
    }

    void telegramRightsLostFailsWithoutRetry()
    {
        ScriptedServer server;
        server.answerStatus = 400;
        server.answerBody =
            R"({"ok":false,"error_code":400,"description":"Bad Request: need administrator rights in the channel chat"})";
        Queue q(m_dir.filePath(QStringLiteral("rights.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Failed);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
    }

    void telegramDeadTokenHoldsTheAccount()
    {
        ScriptedServer server;
        server.answerStatus = 401;
        server.answerBody = R"({"ok":false,"error_code":401,"description":"Unauthorized"})";
        Queue q(m_dir.filePath(QStringLiteral("401.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Telegram, now());
        const qint64 next = q.add(SocialAccount::Platform::Telegram, now().addSecs(600));
        q.scheduler->start();
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Failed);
        QCOMPARE(q.status(next), Announcement::Status::Held);
        QCOMPARE(server.requestLines.size(), 1);
    }

    void lateItemIsHeldNotSent()
    {
        ScriptedServer server;
        Queue q(m_dir.filePath(QStringLiteral("late.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 late = q.add(SocialAccount::Platform::Telegram, now().addSecs(-3600));
        server.answerBody = kTelegramOk;
        const qint64 recent = q.add(SocialAccount::Platform::Telegram, now().addSecs(-60));
        QSignalSpy held(q.scheduler.get(), &AnnouncementScheduler::heldLate);
        q.scheduler->start();
        QVERIFY(q.settle(recent));
        QCOMPARE(q.status(late), Announcement::Status::Held);
        QCOMPARE(held.size(), 1);
        QCOMPARE(q.status(recent), Announcement::Status::Published);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
    }

    void endedPostEditsTheLivePost()
    {
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        Queue q(m_dir.filePath(QStringLiteral("edit.sqlite")));
        q.addAccount(SocialAccount::Platform::Telegram, server.root());
        const qint64 live = q.add(SocialAccount::Platform::Telegram, now());
        Announcement ended;
        ended.platform = SocialAccount::Platform::Telegram;
        ended.accountId = QStringLiteral("tg");
        ended.text = QStringLiteral("Ended: watch the recording");
        ended.editOf = live;
        ended.scheduledAt = now().addMSecs(300);
        const qint64 edit = q.store.add(ended);
        q.scheduler->start();
        QVERIFY(q.settle(live));
        QVERIFY(q.settle(edit));
        QCOMPARE(q.status(edit), Announcement::Status::Published);
        QCOMPARE(countRequests(server, "sendMessage"), 1);
        QCOMPARE(countRequests(server, "editMessageText"), 1);
        QCOMPARE(q.store.get(edit)->externalId, QStringLiteral("5"));
    }

    void instagramRejectButCommitIsNotPublishedTwice()
    {
        ScriptedServer server;
        server.statuses = {200, 200, 200, 400, 200, 200};
        server.answerBodies = {
            R"({"id":"c1"})",
            R"({"id":"c1","status_code":"FINISHED","status":"Finished: Media has been uploaded"})",
            R"({"data":[{"quota_usage":1,"config":{"quota_total":100,"quota_duration":86400}}]})",
            R"({"error":{"message":"We restrict certain activity","type":"OAuthException","code":4,"error_subcode":2207051,"is_transient":false}})",
            R"({"id":"c1","status_code":"PUBLISHED","status":"Published"})",
            R"({"data":[{"id":"m9","caption":"<b>Live</b>","timestamp":"2026-12-07T15:00:00+0000","permalink":"https:\/\/www.instagram.com\/p\/xyz\/"}]})"};
        Queue q(m_dir.filePath(QStringLiteral("ig-commit.sqlite")));
        q.addAccount(SocialAccount::Platform::Instagram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Instagram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        const Announcement a = *q.store.get(id);
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QCOMPARE(a.externalId, QStringLiteral("m9"));
        QCOMPARE(a.link, QUrl(QStringLiteral("https://www.instagram.com/p/xyz/")));
        QCOMPARE(countRequests(server, "media_publish"), 1);
    }

    void instagramDroppedPublishReconcilesThroughTheContainer()
    {
        ScriptedServer server;
        server.script = {ScriptedServer::Mode::Answer, ScriptedServer::Mode::Answer,
                         ScriptedServer::Mode::Answer, ScriptedServer::Mode::Drop};
        server.answerBodies = {R"({"id":"c2"})", R"({"id":"c2","status_code":"FINISHED"})",
                               R"({"data":[{"quota_usage":1,"config":{"quota_total":100}}]})",
                               R"({"id":"c2","status_code":"PUBLISHED"})", R"({"data":[]})"};
        Queue q(m_dir.filePath(QStringLiteral("ig-drop.sqlite")));
        q.addAccount(SocialAccount::Platform::Instagram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Instagram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        const Announcement a = *q.store.get(id);
        QVERIFY2(a.status == Announcement::Status::Published, qPrintable(a.log));
        QCOMPARE(a.containerId, QStringLiteral("c2"));
        QCOMPARE(countRequests(server, "media_publish"), 1);
    }

    void instagramStuckContainerFailsAfterTheBudget()
    {
        ScriptedServer server;
        server.answerBodies = {R"({"id":"c3"})"};
        server.answerBody = R"({"id":"c3","status_code":"IN_PROGRESS"})";
        Queue q(m_dir.filePath(QStringLiteral("ig-stuck.sqlite")));
        q.addAccount(SocialAccount::Platform::Instagram, server.root());
        const qint64 id = q.add(SocialAccount::Platform::Instagram, now());
        q.scheduler->start();
        QVERIFY(q.settle(id));
        QCOMPARE(q.status(id), Announcement::Status::Failed);
        QCOMPARE(countRequests(server, "media_publish"), 0);
    }

    // Two processes' view of one queue (two Announcements on one database): the second is not
    // the runner while the first is; once the first stops, the second takes the queue over by
    // itself. The post the first was sending is recovered as at start-up (unconfirmed, never
    // sent again) and the post that came due is sent once: one sendMessage in all.
    void aStoppedRunnersQueueIsTakenOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("takeover.sqlite"));
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        SecretStore secrets;
        bool written = false;
        secrets.write(QStringLiteral("tg"), QStringLiteral("token"), QStringLiteral("123:secret"),
                      this, [&](const SecretStore::Outcome &o) { written = o.ok; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 15000));

        auto runner = std::make_unique<Announcements>(nullptr, &secrets);
        QVERIFY(runner->open(path));
        QVERIFY(runner->run());
        Announcements window(nullptr, &secrets);
        QVERIFY(window.open(path));
        QVERIFY(!window.run());
        QVERIFY(!window.isRunner());
        QSignalSpy tookOver(&window, &Announcements::tookOver);

        SocialAccount a;
        a.id = QStringLiteral("tg");
        a.name = a.id;
        a.apiRoot = server.root();
        a.target = QStringLiteral("@chan");
        QVERIFY(runner->store()->saveAccount(a));
        Announcement post;
        post.accountId = a.id;
        post.label = QStringLiteral("Live now");
        post.text = QStringLiteral("<b>Live</b>");
        post.scheduledAt = now().addDays(1);
        // The post the runner is sending when it stops (written `sending`, as before a request).
        const qint64 inFlight = runner->schedule(post);
        Announcement sending = *runner->store()->get(inFlight);
        sending.status = Announcement::Status::Sending;
        sending.attempts = 1;
        QVERIFY(runner->store()->update(sending));
        runner.reset(); // the runner stops: its lock goes

        post.scheduledAt = now();
        const qint64 due = window.schedule(post);
        QVERIFY(tookOver.wait(5000));
        QVERIFY(window.isRunner());
        QCOMPARE(window.store()->get(inFlight)->status, Announcement::Status::Unconfirmed);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.store()->get(due)->status == Announcement::Status::Published; },
            10000));
        QCOMPARE(countRequests(server, "/sendMessage"), 1);
        QCOMPARE(window.store()->get(inFlight)->status, Announcement::Status::Unconfirmed);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAnnouncementQueue)
#include "tst_announcementqueue.moc"
