#include "tst_breakcontroller.h"

#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "show/BroadcastSession.h"

#include <QJsonArray>
#include <QTest>

using namespace onair;
using State = CuepointLogEntry::State;

void TestBreakController::refusedWithoutBroadcast()
{
    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    BreakController breaks(&session, &client);
    QVERIFY(!breaks.whyNotNow().isEmpty());

    int refused = 0;
    connect(&breaks, &BreakController::breakRefused, this, [&refused] { ++refused; });
    const int now = breaks.fireNow(30);
    const int wall = breaks.fireAtWallTime(1'700'000'000'000, 60);
    const int offset = breaks.fireAtOffset(485000, 90);
    QCOMPARE(refused, 3);
    QCOMPARE(breaks.log()->size(), 3);
    for (const int id : {now, wall, offset}) {
        const CuepointLogEntry e = *breaks.log()->entry(id);
        QCOMPARE(e.state, State::Failed);
        QCOMPARE(e.failureMessage, breaks.whyNotNow());
        QVERIFY(e.cuepointId.isEmpty());
    }
    // The mode and its time field are kept, never mixed.
    QCOMPARE(breaks.log()->entry(wall)->walltimeMs, std::optional<qint64>(1'700'000'000'000));
    QVERIFY(!breaks.log()->entry(wall)->offsetMs);
    QCOMPARE(breaks.log()->entry(offset)->offsetMs, std::optional<qint64>(485000));
    QVERIFY(!breaks.log()->entry(offset)->walltimeMs);
    QCOMPARE(breaks.log()->entry(offset)->durationSecs, 90u);
    // And the event log says so too.
    const auto &events = session.eventLog()->entries();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.last().outcome, EventLog::Outcome::Failed);
    QCOMPARE(events.last().result, breaks.whyNotNow());
}

void TestBreakController::elapsedSourceAndDrift()
{
    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    BreakController breaks(&session, &client);
    const qint64 start = 1'700'000'000'000;
    qint64 now = start + 540000;
    breaks.setClock([&now] { return now; });
    QCOMPARE(breaks.elapsed().source, ElapsedSource::None);

    SavedSession saved;
    saved.broadcastId = QStringLiteral("b1");
    saved.monitorStart = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    session.reattach(saved);
    QCOMPARE(breaks.elapsed().source, ElapsedSource::SessionClock);
    QCOMPARE(breaks.elapsed().ms, 540000);
    QVERIFY(!breaks.elapsed().driftMs);

    std::optional<qint64> player = 537000;
    breaks.setPlayerElapsed([&player] { return player; });
    QCOMPARE(breaks.elapsed().source, ElapsedSource::Player);
    QCOMPARE(breaks.elapsed().ms, 537000);
    QCOMPARE(breaks.elapsed().driftMs, std::optional<qint64>(-3000));
    player.reset();
    QCOMPARE(breaks.elapsed().source, ElapsedSource::SessionClock);
}

void TestBreakController::cuepointLogIsSavedAndReattached()
{
    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    BreakController breaks(&session, &client);
    session.setCuepointLog(breaks.log());
    breaks.fireNow(30);
    breaks.fireAtOffset(1000, 120);
    const QList<CuepointLogEntry> before = breaks.log()->entries();

    SavedSession saved = session.snapshot();
    saved.broadcastId = QStringLiteral("b1");
    QCOMPARE(saved.cuepointLog.size(), 2);
    QString error;
    const auto back = SavedSession::fromJson(saved.toJson(), &error);
    QVERIFY2(back, qPrintable(error));

    YouTubeClient client2(nullptr);
    BroadcastSession session2(&client2);
    BreakController breaks2(&session2, &client2);
    session2.setCuepointLog(breaks2.log());
    session2.reattach(*back);
    QCOMPARE(breaks2.log()->entries(), before);
    // Ids go on after the restored ones.
    const int next = breaks2.fireNow(30);
    QCOMPARE(next, before.last().id + 1);
}

void TestBreakController::breakRunningAtReattachStillAsks()
{
    const qint64 now = 1'700'000'000'000;
    // The saved log: a confirmed 60 s break pressed 20 s ago (still running), one that ended
    // long ago, and a refused one (never ran).
    CuepointLog saved;
    const auto add = [&saved](qint64 pressedAt, quint32 secs) {
        CuepointLogEntry e;
        e.requestedAt = QDateTime::fromMSecsSinceEpoch(pressedAt, Qt::UTC);
        e.durationSecs = secs;
        return saved.add(e);
    };
    const int running = add(now - 20000, 60);
    saved.markConfirmed(running, QStringLiteral("cue1"),
                        QDateTime::fromMSecsSinceEpoch(now - 19800, Qt::UTC));
    const int ended = add(now - 600000, 30);
    saved.markConfirmed(ended, QStringLiteral("cue0"),
                        QDateTime::fromMSecsSinceEpoch(now - 599800, Qt::UTC));
    const int refused = add(now - 1000, 120);
    saved.markFailed(refused, QStringLiteral("refusedByOnAir"), QStringLiteral("not live"),
                     QDateTime::fromMSecsSinceEpoch(now - 1000, Qt::UTC));

    SavedSession session;
    session.broadcastId = QStringLiteral("b1");
    session.cuepointLog = saved.toJson().value(QLatin1String("entries")).toArray();

    YouTubeClient client(nullptr);
    BroadcastSession restarted(&client);
    BreakController breaks(&restarted, &client);
    qint64 clock = now;
    breaks.setClock([&clock] { return clock; });
    restarted.setCuepointLog(breaks.log());
    QVERIFY(!breaks.trigger().isBreakRunning());
    restarted.reattach(session);
    QCOMPARE(breaks.log()->size(), 3);
    // The confirmed break runs for 40 s more: a press asks first.
    QVERIFY(breaks.trigger().isBreakRunning());
    QCOMPARE(breaks.trigger().breakEndsAtMs(), now + 40000);
    QCOMPARE(breaks.trigger().press(), BreakTrigger::Decision::AskConfirmation);
    // Once it has ended, a press sends at once (the refused 120 s one never counted).
    clock = now + 40001;
    QVERIFY(!breaks.trigger().isBreakRunning());
    QCOMPARE(breaks.trigger().press(), BreakTrigger::Decision::Send);
}

void TestBreakController::timeLeftAndDecisionsLogged()
{
    const qint64 now = 1'700'000'000'000;
    // A confirmed 30 s break pressed 10 s ago and a refused 600 s one (it never ran).
    CuepointLog saved;
    const auto add = [&saved](qint64 pressedAt, quint32 secs) {
        CuepointLogEntry e;
        e.requestedAt = QDateTime::fromMSecsSinceEpoch(pressedAt, Qt::UTC);
        e.durationSecs = secs;
        return saved.add(e);
    };
    const int confirmed = add(now - 10000, 30);
    saved.markConfirmed(confirmed, QStringLiteral("cue1"),
                        QDateTime::fromMSecsSinceEpoch(now - 9800, Qt::UTC));
    const int refused = add(now - 1000, 600);
    saved.markFailed(refused, QStringLiteral("refusedByOnAir"), QStringLiteral("not live"),
                     QDateTime::fromMSecsSinceEpoch(now - 1000, Qt::UTC));
    SavedSession session;
    session.broadcastId = QStringLiteral("b1");
    session.cuepointLog = saved.toJson().value(QLatin1String("entries")).toArray();

    YouTubeClient client(nullptr);
    BroadcastSession show(&client);
    BreakController breaks(&show, &client);
    qint64 clock = now;
    breaks.setClock([&clock] { return clock; });
    show.setCuepointLog(breaks.log());
    QVERIFY(!breaks.breakTimeLeftMs());
    show.reattach(session);
    // The refused 600 s break never ran: 20 s left of the confirmed one.
    QCOMPARE(breaks.breakTimeLeftMs(), std::optional<qint64>(20000));
    clock = now + 19999;
    QCOMPARE(breaks.breakTimeLeftMs(), std::optional<qint64>(1));
    clock = now + 20000;
    QVERIFY(!breaks.breakTimeLeftMs());

    // Each decision that sends nothing leaves a line in the event log.
    clock = now + 5000;
    const qsizetype before = show.eventLog()->entries().size();
    breaks.noteDeclined(60);
    breaks.noteDoublePress();
    const auto &events = show.eventLog()->entries();
    QCOMPARE(events.size(), before + 2);
    QVERIFY2(events.at(before).result.contains(QLatin1String("declined")) &&
                 events.at(before).result.contains(QLatin1String("15 s left")),
             qPrintable(events.at(before).result));
    QVERIFY2(events.at(before + 1).result.contains(QLatin1String("double press")),
             qPrintable(events.at(before + 1).result));
    QCOMPARE(breaks.log()->size(), 2); // nothing was added to the cuepoint log
}

QTEST_GUILESS_MAIN(TestBreakController)

#include "moc_tst_breakcontroller.cpp"
