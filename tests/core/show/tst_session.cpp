#include "tst_session.h"

#include "google/youtube/YouTubeClient.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"
#include "show/PollingPolicy.h"
#include "show/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onair;

namespace {

// One situation in a row's words: "live" etc. set the state; flags follow.
PollingPolicy::Situation situation(LifeCycleStatus broadcast, StreamStatus stream,
                                   const QString &flags)
{
    PollingPolicy::Situation s;
    s.hasBroadcast = broadcast != LifeCycleStatus::Unspecified;
    s.broadcast = broadcast;
    s.streamBound = !flags.contains(QLatin1String("unbound"));
    s.stream = s.streamBound ? stream : StreamStatus::Unknown;
    s.transitionPending = flags.contains(QLatin1String("pending"));
    s.fastWindow = flags.contains(QLatin1String("fast"));
    s.operatorLooking = flags.contains(QLatin1String("looking"));
    s.autoStart = flags.contains(QLatin1String("autoStart"));
    s.autoStop = flags.contains(QLatin1String("autoStop"));
    return s;
}

} // namespace

void TestSession::polling_data()
{
    QTest::addColumn<LifeCycleStatus>("broadcast");
    QTest::addColumn<StreamStatus>("stream");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<int>("streamMs");
    QTest::addColumn<int>("broadcastMs");
    using S = LifeCycleStatus;
    using T = StreamStatus;
    using P = PollingPolicy;
    const QString none;
    QTest::newRow("idle: no broadcast")
        << S::Unspecified << T::Unknown << none << P::kOff << P::kOff;
    QTest::newRow("created, nothing bound")
        << S::Created << T::Unknown << QStringLiteral("unbound looking") << P::kOff
        << P::kSafetyNetMs;
    QTest::newRow("created, nothing bound, fast window")
        << S::Created << T::Unknown << QStringLiteral("unbound fast") << P::kOff << P::kSafetyNetMs;
    QTest::newRow("waiting for encoder, just bound")
        << S::Ready << T::Ready << QStringLiteral("fast looking") << P::kFastMs << P::kSafetyNetMs;
    QTest::newRow("waiting for encoder, looking")
        << S::Ready << T::Ready << QStringLiteral("looking") << P::kLookingMs << P::kSafetyNetMs;
    QTest::newRow("waiting for encoder, nobody looking")
        << S::Ready << T::Inactive << none << P::kUnattendedMs << P::kSafetyNetMs;
    QTest::newRow("waiting, encoder just started, nobody looking")
        << S::Ready << T::Inactive << QStringLiteral("fast") << P::kFastMs << P::kSafetyNetMs;
    QTest::newRow("ready, active, looking")
        << S::Ready << T::Active << QStringLiteral("looking fast") << P::kOnAirStreamMs
        << P::kSafetyNetMs;
    QTest::newRow("ready, active, nobody looking")
        << S::Ready << T::Active << none << P::kUnattendedMs << P::kSafetyNetMs;
    QTest::newRow("ready, active, auto start may fire")
        << S::Ready << T::Active << QStringLiteral("autoStart") << P::kUnattendedMs
        << P::kAutoWatchMs;
    QTest::newRow("ready, inactive, auto start waits for the stream")
        << S::Ready << T::Inactive << QStringLiteral("autoStart") << P::kUnattendedMs
        << P::kSafetyNetMs;
    QTest::newRow("transition pending")
        << S::Ready << T::Active << QStringLiteral("pending") << P::kFastMs << P::kFastMs;
    QTest::newRow("testStarting") << S::TestStarting << T::Active << none << P::kFastMs
                                  << P::kFastMs;
    QTest::newRow("liveStarting, nobody looking")
        << S::LiveStarting << T::Active << none << P::kFastMs << P::kFastMs;
    QTest::newRow("testing") << S::Testing << T::Active << none << P::kOnAirStreamMs
                             << P::kSafetyNetMs;
    QTest::newRow("testing, auto start/stop set")
        << S::Testing << T::Active << QStringLiteral("autoStart autoStop") << P::kOnAirStreamMs
        << P::kSafetyNetMs;
    QTest::newRow("live steady, nobody looking")
        << S::Live << T::Active << none << P::kOnAirStreamMs << P::kSafetyNetMs;
    QTest::newRow("live steady, looking, fast window")
        << S::Live << T::Active << QStringLiteral("looking fast") << P::kOnAirStreamMs
        << P::kSafetyNetMs;
    QTest::newRow("live, encoder lost")
        << S::Live << T::Inactive << none << P::kOnAirStreamMs << P::kSafetyNetMs;
    QTest::newRow("live, encoder lost, auto stop due")
        << S::Live << T::Inactive << QStringLiteral("autoStop") << P::kOnAirStreamMs
        << P::kAutoWatchMs;
    QTest::newRow("live, active, auto stop set")
        << S::Live << T::Active << QStringLiteral("autoStop") << P::kOnAirStreamMs
        << P::kSafetyNetMs;
    QTest::newRow("complete") << S::Complete << T::Inactive << QStringLiteral("looking fast")
                              << P::kOff << P::kOff;
    QTest::newRow("revoked") << S::Revoked << T::Active << none << P::kOff << P::kOff;
}

void TestSession::polling()
{
    QFETCH(LifeCycleStatus, broadcast);
    QFETCH(StreamStatus, stream);
    QFETCH(QString, flags);
    QFETCH(int, streamMs);
    QFETCH(int, broadcastMs);
    const auto i = PollingPolicy::intervalsFor(situation(broadcast, stream, flags));
    QCOMPARE(i.streamMs, streamMs);
    QCOMPARE(i.broadcastMs, broadcastMs);
}

void TestSession::pollingCosts()
{
    using S = LifeCycleStatus;
    using T = StreamStatus;
    const auto perHour = [](S b, T s, const QString &flags) {
        return PollingPolicy::unitsPerHour(PollingPolicy::intervalsFor(situation(b, s, flags)));
    };
    // Idle and a completed broadcast cost nothing.
    QCOMPARE(perHour(S::Unspecified, T::Unknown, {}), 0.0);
    QCOMPARE(perHour(S::Complete, T::Active, {}), 0.0);
    // Bound at noon for an evening show, nobody looking: at most 150 units an hour.
    QVERIFY(perHour(S::Ready, T::Inactive, {}) <= 150);
    // A live hour: at most 400 (the floor at 10-s health is 360), stream health < 10 s old.
    QVERIFY(perHour(S::Live, T::Active, {}) <= 400);
    QVERIFY(perHour(S::Live, T::Active, {}) >= 360);
    QVERIFY(PollingPolicy::intervalsFor(situation(S::Live, T::Active, {})).streamMs <= 10000);
    // Nothing bound: no stream read, only the rare broadcast safety net.
    QVERIFY(perHour(S::Created, T::Unknown, QStringLiteral("unbound looking")) <= 12);
    QCOMPARE(PollingPolicy::unitsPerHour({1000, 1000}), 7200.0);
    QCOMPARE(PollingPolicy::unitsPerHour({PollingPolicy::kOff, 1000}), 3600.0);
}

void TestSession::eventLogModel()
{
    EventLog log;
    QSignalSpy added(&log, &EventLog::entryAdded);
    log.add(QStringLiteral("Go live"), EventLog::Outcome::Failed,
            QStringLiteral("The stream is not receiving data."),
            QStringLiteral("errorStreamInactive"));
    log.add(QStringLiteral("Start test"), EventLog::Outcome::Ok, QStringLiteral("Testing"));
    QCOMPARE(added.size(), 2);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.columnCount(), int(EventLog::ColumnCount));
    QCOMPARE(log.data(log.index(0, EventLog::ActionColumn)).toString(), QStringLiteral("Go live"));
    QCOMPARE(log.data(log.index(0, EventLog::ReasonColumn)).toString(),
             QStringLiteral("errorStreamInactive"));
    QCOMPARE(log.data(log.index(0, 0), EventLog::OutcomeRole).toInt(),
             int(EventLog::Outcome::Failed));
    QCOMPARE(log.headerData(EventLog::ReasonColumn, Qt::Horizontal).toString(),
             QStringLiteral("API reason"));
    QVERIFY(!log.data(log.index(5, 0)).isValid());
}

void TestSession::eventLogCapAndRoundTrip()
{
    EventLog log;
    for (int i = 0; i < EventLog::kMaxEntries + 10; ++i)
        log.add(QStringLiteral("poll %1").arg(i), EventLog::Outcome::Info, QString());
    QCOMPARE(log.rowCount(), EventLog::kMaxEntries);
    QCOMPARE(log.entries().first().action, QStringLiteral("poll 10"));

    QJsonArray json = log.toJson();
    json.append(QJsonObject{{QStringLiteral("time"), QStringLiteral("not a time")}});
    EventLog back;
    back.restore(json);
    QCOMPARE(back.rowCount(), EventLog::kMaxEntries);
    QCOMPARE(back.entries().last().action, log.entries().last().action);
    QCOMPARE(back.entries().last().time, log.entries().last().time);
}

void TestSession::sessionRoundTrip()
{
    QTemporaryDir dir;
    SessionStore store(dir.filePath(QStringLiteral("sub/session.json")));
    SavedSession s;
    s.accountId = QStringLiteral("UCabc");
    s.broadcastId = QStringLiteral("dQw4w9WgXcQ");
    s.streamId = QStringLiteral("stream-1");
    s.monitorStart = QDateTime(QDate(2026, 11, 21), QTime(18, 0, 0, 125), Qt::UTC);
    s.eventLog.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("x")}});
    s.cuepointLog.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}});
    QString error;
    QVERIFY2(store.save(s, &error), qPrintable(error));
    const auto back = store.load(&error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->accountId, s.accountId);
    QCOMPARE(back->broadcastId, s.broadcastId);
    QCOMPARE(back->streamId, s.streamId);
    QCOMPARE(back->monitorStart, s.monitorStart);
    QCOMPARE(back->eventLog, s.eventLog);
    QCOMPARE(back->cuepointLog, s.cuepointLog);
    QVERIFY(store.clear());
    QVERIFY(!store.load().has_value());
}

void TestSession::missingSessionIsNothing()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!SessionStore(dir.filePath(QStringLiteral("none.json"))).load(&error).has_value());
    QVERIFY(error.isEmpty());
}

void TestSession::damagedSessionIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("truncated") << QByteArray(R"({"schemaVersion":1,"broadcastId":"ab)")
                               << "malformed JSON";
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("future schema") << QByteArray(R"({"schemaVersion":99})") << "schemaVersion 99";
    QTest::newRow("no schema") << QByteArray(R"({"broadcastId":"x"})") << "schemaVersion: missing";
    QTest::newRow("wrong type") << QByteArray(R"({"schemaVersion":1,"broadcastId":5})")
                                << "broadcastId: expected a string";
    QTest::newRow("bad time") << QByteArray(R"({"schemaVersion":1,"monitorStart":"soon"})")
                              << "monitorStart";
}

void TestSession::damagedSessionIsKeptAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QString error;
    QVERIFY(!SessionStore(path).load(&error).has_value());
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("session.json.broken-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
}

namespace {

SavedSession savedShow(const QString &account, const QString &channel)
{
    SavedSession s;
    s.accountId = account;
    s.channelId = channel;
    s.broadcastId = QStringLiteral("bcast0000001");
    s.streamId = QStringLiteral("stream1");
    s.monitorStart =
        QDateTime::fromString(QStringLiteral("2026-03-01T18:00:00.000Z"), Qt::ISODateWithMs);
    EventLog log;
    log.add(QStringLiteral("Go live"), EventLog::Outcome::Ok, QStringLiteral("Now live"));
    s.eventLog = log.toJson();
    return s;
}

} // namespace

void TestSession::sessionsAreKeptPerAccount()
{
    QTemporaryDir dir;
    const QString sandbox = SessionStore::pathForAccount(QStringLiteral("sandbox"), dir.path());
    const QString google =
        SessionStore::pathForAccount(QStringLiteral("UCxyz123_-abc"), dir.path());
    QVERIFY(sandbox != google);
    QCOMPARE(QFileInfo(google).fileName(), QStringLiteral("UCxyz123_-abc.json"));
    // Whatever the key, the file stays in the folder under a name of its own.
    for (const QString &key : {QStringLiteral("../up"), QStringLiteral("a/b"), QString()}) {
        const QFileInfo path(SessionStore::pathForAccount(key, dir.path()));
        QCOMPARE(path.absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(path.fileName() != sandbox && path.fileName() != google);
    }
    QVERIFY(SessionStore(sandbox).save(savedShow(QStringLiteral("sandbox"), QString())));
    QVERIFY(!SessionStore(google).load().has_value());
    QCOMPARE(SessionStore(sandbox).load()->broadcastId, QStringLiteral("bcast0000001"));
    // No file: nothing read, nothing written.
    QString error;
    QVERIFY(!SessionStore(QString()).save(savedShow(QStringLiteral("x"), QString()), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SessionStore(QString()).load().has_value());
}

void TestSession::legacyFileMovesToItsAccount()
{
    QTemporaryDir dir;
    const QString legacy = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore(legacy).save(savedShow(QStringLiteral("UCgoogle"), QString())));
    const SessionStore sandbox(SessionStore::pathForAccount(QStringLiteral("sandbox"), dir.path()));
    QVERIFY(!sandbox.adoptLegacyFile(legacy, QStringLiteral("sandbox")));
    QVERIFY(QFile::exists(legacy));
    const SessionStore google(SessionStore::pathForAccount(QStringLiteral("UCgoogle"), dir.path()));
    QVERIFY(google.adoptLegacyFile(legacy, QStringLiteral("UCgoogle")));
    QVERIFY(!QFile::exists(legacy));
    QCOMPARE(google.load()->accountId, QStringLiteral("UCgoogle"));
}

void TestSession::savedShowIsNeverSavedAway()
{
    QTemporaryDir dir;
    SessionStore store(dir.filePath(QStringLiteral("sessions/sandbox.json")));
    QVERIFY(store.save(savedShow(QStringLiteral("sandbox"), QStringLiteral("UCa"))));
    YouTubeClient client(nullptr);
    {
        BroadcastSession session(&client, &store);
        session.restoreSaved(*store.load());
        QVERIFY(session.hasSavedShow());
        QCOMPARE(session.monitorStart(), savedShow(QString(), QString()).monitorStart);
        QCOMPARE(session.eventLog()->entries().size(), 1);
        // What happens while the sign-in is slow: the account is set, the log grows, saves run.
        session.setAccountId(QStringLiteral("sandbox"));
        session.eventLog()->add(QStringLiteral("Sandbox"), EventLog::Outcome::Ok,
                                QStringLiteral("Ready"));
        QTest::qWait(400);
        const std::optional<SavedSession> saved = store.load();
        QVERIFY(saved.has_value());
        QCOMPARE(saved->broadcastId, QStringLiteral("bcast0000001"));
        QCOMPARE(saved->streamId, QStringLiteral("stream1"));
        QCOMPARE(saved->channelId, QStringLiteral("UCa"));
        QCOMPARE(saved->monitorStart, session.monitorStart());
        QCOMPARE(saved->eventLog.size(), 2);
        // Forgotten on purpose: now the file says so.
        session.forget();
        session.flushSave();
        QVERIFY(store.load()->isEmpty());
        QVERIFY(!session.hasSavedShow());
    }
}

void TestSession::reattachChecksTheAccount()
{
    QTemporaryDir dir;
    SessionStore store(dir.filePath(QStringLiteral("sandbox.json")));
    YouTubeClient client(nullptr);
    BroadcastSession session(&client, &store);
    QSignalSpy reattached(&session, &BroadcastSession::reattached);
    session.restoreSaved(savedShow(QStringLiteral("sandbox"), QStringLiteral("UCmorning")));
    // Signed in to another channel: not reattached, said so, and the show is kept for later.
    QVERIFY(!session.reattachSaved(QStringLiteral("sandbox"), QStringLiteral("UCnight")));
    QCOMPARE(reattached.size(), 1);
    QCOMPARE(reattached.first().first().toBool(), false);
    const EventLog::Entry last = session.eventLog()->entries().last();
    QCOMPARE(last.reason, QStringLiteral("otherAccount"));
    QCOMPARE(last.outcome, EventLog::Outcome::Failed);
    QVERIFY2(last.result.contains(QLatin1String("UCmorning")) &&
                 last.result.contains(QLatin1String("UCnight")),
             qPrintable(last.result));
    QVERIFY(!session.isBusy()); // nothing was asked of YouTube
    QVERIFY(session.hasSavedShow());
    session.flushSave();
    QTest::qWait(300);
    QCOMPARE(store.load()->broadcastId, QStringLiteral("bcast0000001"));
    // Another account altogether.
    QVERIFY(!session.reattachSaved(QStringLiteral("UCgoogle"), QStringLiteral("UCmorning")));
    QCOMPARE(session.eventLog()->entries().last().reason, QStringLiteral("otherAccount"));
    QVERIFY(!session.isBusy());
}

QTEST_GUILESS_MAIN(TestSession)

#include "moc_tst_session.cpp"
