// `onair --headless`: the announcement queue run with no window (no display at all), under the
// queue's lock, a runner killed in the middle of a post leaving no duplicate, and the window
// taking the queue over when the runner is killed (the core's Announcements, then a real window).
#include "AppProcess.h"
#include "SandboxProcess.h"
#include "ScriptedServer.h"
#include "announce/AnnouncementStore.h"
#include "announce/Announcements.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;
using onair::test::AppProcess;
using onair::test::SandboxProcess;

namespace {

const QByteArray kTelegramOk =
    R"({"ok":true,"result":{"message_id":7,"date":1,"chat":{"id":-1001234567890,"type":"channel","username":"chan"}}})";

int sendMessages(const ScriptedServer &server)
{
    int n = 0;
    for (const QByteArray &line : server.requestLines)
        n += line.contains("/sendMessage") ? 1 : 0;
    return n;
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private:
    // A queue with the server's bot account (token in the keychain) and one post due at `at`.
    qint64 prepare(const QString &path, const QUrl &root, const QDateTime &at)
    {
        SecretStore secrets;
        bool written = false;
        secrets.write(QStringLiteral("tg"), QStringLiteral("token"), QStringLiteral("42:secret"),
                      this, [&](const SecretStore::Outcome &o) { written = o.ok; });
        if (!QTest::qWaitFor([&] { return written; }, 15000))
            return 0;
        AnnouncementStore store;
        if (!store.open(path))
            return 0;
        SocialAccount a;
        a.id = QStringLiteral("tg");
        a.name = QStringLiteral("Channel");
        a.apiRoot = root;
        a.target = QStringLiteral("@chan");
        store.saveAccount(a);
        Announcement item;
        item.accountId = a.id;
        item.label = QStringLiteral("Tomorrow 20:00");
        item.text = QStringLiteral("<b>We go live tomorrow at 20:00</b>");
        item.scheduledAt = at;
        return store.add(item);
    }

    static void startRunner(QProcess &p, const QString &path, bool exitWhenIdle)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display at all: a window (or a widget) would abort the process.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("--headless"), QStringLiteral("--queue"), path};
        if (exitWhenIdle)
            args << QStringLiteral("--exit-when-idle");
        p.start(QStringLiteral(ONAIR_APP_EXE), args);
    }

    // Two posts due, the first a second before the second; the server never answers the first
    // post (its runner is then killed in the middle of it). The ids: {interrupted, waiting}.
    std::pair<qint64, qint64> prepareTwo(const QString &path, ScriptedServer &server)
    {
        server.script = {ScriptedServer::Mode::Stall};
        server.answerBody = kTelegramOk;
        const qint64 interrupted =
            prepare(path, server.root(), QDateTime::currentDateTimeUtc().addSecs(-1));
        AnnouncementStore store;
        if (interrupted == 0 || !store.open(path))
            return {0, 0};
        Announcement item = *store.get(interrupted);
        item.id = 0;
        item.label = QStringLiteral("Live now");
        item.scheduledAt = QDateTime::currentDateTimeUtc();
        return {interrupted, store.add(item)};
    }

    static Announcement::Status statusOf(const QString &path, qint64 id)
    {
        AnnouncementStore store;
        if (!store.open(path))
            return Announcement::Status::Cancelled;
        return store.get(id)->status;
    }

private Q_SLOTS:
    void sendsAScheduledPostWithNoWindow()
    {
        QTemporaryDir dir;
        ScriptedServer server;
        server.answerBody = kTelegramOk;
        const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
        const qint64 id = prepare(path, server.root(), QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(id > 0);
        QProcess runner;
        startRunner(runner, path, true);
        QVERIFY(QTest::qWaitFor([&] { return runner.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(runner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(runner.exitCode(), 0);
        QCOMPARE(statusOf(path, id), Announcement::Status::Published);
        QCOMPARE(sendMessages(server), 1);
    }

    void theWindowDoesNotRunAQueueTheRunnerHolds()
    {
        QTemporaryDir dir;
        ScriptedServer server;
        const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
        QVERIFY(prepare(path, server.root(), QDateTime::currentDateTimeUtc().addDays(1)) > 0);
        QProcess runner;
        startRunner(runner, path, false);
        QVERIFY(runner.waitForStarted(10000));
        SecretStore secrets;
        Announcements window(nullptr, &secrets);
        QVERIFY(window.open(path));
        // The lock is taken once the runner has opened the queue.
        QVERIFY(
            QTest::qWaitFor([&] { return QFile::exists(Announcements::lockPath(path)); }, 20000));
        QVERIFY(!window.run());
        QVERIFY(!window.isRunner());
        runner.terminate();
        QVERIFY(runner.waitForFinished(10000));
        // Gone: the window may run it now.
        QVERIFY(window.run());
    }

    void killedMidPostLeavesNoDuplicate()
    {
        QTemporaryDir dir;
        ScriptedServer server;
        server.script = {ScriptedServer::Mode::Stall}; // the post arrives, the answer never does
        server.answerBody = kTelegramOk;
        const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
        const qint64 id = prepare(path, server.root(), QDateTime::currentDateTimeUtc());
        QVERIFY(id > 0);
        QProcess runner;
        startRunner(runner, path, false);
        QVERIFY(QTest::qWaitFor([&] { return sendMessages(server) == 1; }, 30000));
        QCOMPARE(statusOf(path, id), Announcement::Status::Sending);
        runner.kill(); // SIGKILL mid-post
        QVERIFY(runner.waitForFinished(10000));

        QProcess again;
        startRunner(again, path, true);
        QVERIFY(QTest::qWaitFor([&] { return again.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(statusOf(path, id), Announcement::Status::Unconfirmed);
        QCOMPARE(sendMessages(server), 1);
    }

    // The window follows a runner, which is killed in the middle of a post while a second one
    // waits behind it: the window takes the queue over by itself (the dead runner's lock is
    // stale), the interrupted post becomes unconfirmed, never sent again, and the waiting one
    // goes out once — two sendMessage in all, the runner's and the window's.
    void theWindowTakesOverAKilledRunnersQueue()
    {
        QTemporaryDir dir;
        ScriptedServer server;
        const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
        const auto [interrupted, waiting] = prepareTwo(path, server);
        QVERIFY(interrupted > 0 && waiting > 0);
        QProcess runner;
        startRunner(runner, path, false);
        QVERIFY(QTest::qWaitFor([&] { return sendMessages(server) == 1; }, 30000));
        SecretStore secrets;
        Announcements window(nullptr, &secrets);
        QVERIFY(window.open(path));
        QVERIFY(!window.run());
        QSignalSpy tookOver(&window, &Announcements::tookOver);
        runner.kill(); // SIGKILL mid-post: its lock file stays behind
        QVERIFY(runner.waitForFinished(10000));

        QVERIFY(tookOver.wait(10000));
        QVERIFY(window.isRunner());
        QCOMPARE(statusOf(path, interrupted), Announcement::Status::Unconfirmed);
        QVERIFY(QTest::qWaitFor(
            [&] { return statusOf(path, waiting) == Announcement::Status::Published; }, 10000));
        QCOMPARE(sendMessages(server), 2);
        QCOMPARE(statusOf(path, interrupted), Announcement::Status::Unconfirmed);
    }

    // The same through the operator's path: `onair --headless` runs the queue, the real window
    // opens beside it (its queue is the default one), the runner is killed mid-post; the window
    // sends the waiting post, once, and never the interrupted one.
    void aRealWindowTakesOverAKilledRunner()
    {
        AppProcess::useRealAppFiles(); // the window's files: its default queue
        SandboxProcess sandbox({QStringLiteral("--no-ingest")});
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        ScriptedServer server;
        const QString path = AnnouncementStore::defaultPath();
        const auto [interrupted, waiting] = prepareTwo(path, server);
        QVERIFY(interrupted > 0 && waiting > 0);
        QProcess runner;
        startRunner(runner, path, false);
        QVERIFY(QTest::qWaitFor([&] { return sendMessages(server) == 1; }, 30000));

        AppProcess window(QStringLiteral(ONAIR_APP_EXE), sandbox.readyLine());
        QVERIFY2(window.start(), qPrintable(window.error()));
        // Its D-Bus answers once it is up, the queue opened (as a viewer: the runner holds it).
        QVERIFY2(window.waitFor(
                     [] {
                         return AppProcess::ctl(QStringLiteral(ONAIR_APP_EXE),
                                                {QStringLiteral("status")}, 10000)
                                    .exitCode == 0;
                     },
                     30000),
                 qPrintable(window.error()));
        QCOMPARE(statusOf(path, waiting), Announcement::Status::Pending);
        runner.kill();
        QVERIFY(runner.waitForFinished(10000));

        QVERIFY2(
            window.waitFor(
                [&] { return statusOf(path, waiting) == Announcement::Status::Published; }, 30000),
            qPrintable(window.error()));
        QCOMPARE(sendMessages(server), 2);
        QCOMPARE(statusOf(path, interrupted), Announcement::Status::Unconfirmed);
        // The window's log says so (saved with its show).
        QVERIFY2(window.waitFor(
                     [] {
                         const QJsonArray log =
                             AppProcess::readSession().value(QLatin1String("eventLog")).toArray();
                         return QJsonDocument(log).toJson().contains(
                             "this window now runs the announcement queue");
                     },
                     10000),
                 qPrintable(window.error()));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
