#include "tst_fault_show.h"

#include "GuiWatchdog.h"
#include "ShowDriver.h"
#include "TestEnvironment.h"
#include "monitor/MonitorView.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QJsonArray>
#include <QTest>

using namespace onair;
using onair::test::GuiWatchdog;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;

namespace {
// The bound, on the GUI thread's work between two turns of its event loop.
constexpr qint64 kMaxStallMs = 100;
const QString kMonitorEngine = QStringLiteral("monitor engine start");
} // namespace

void TestFaultShow::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

void TestFaultShow::showUnderFaults()
{
    ShowDriver show;
    QVERIFY2(show.startSandbox(), qPrintable(show.error()));
    QVERIFY2(show.startApp(), qPrintable(show.error()));
    BroadcastSession *session = show.app()->session();
    session->setStuckAfterMs(6000);

    GuiWatchdog watchdog;
    watchdog.start();

    // Set-up through a 503 burst and dropped answers.
    watchdog.setPhase(QStringLiteral("set-up"));
    QVERIFY(show.addFaults(QStringLiteral("error=503x3,dropx3@liveBroadcasts.list")));
    QVERIFY2(show.createBroadcastAndStream(QStringLiteral("Fault show")), qPrintable(show.error()));
    watchdog.setPhase(QStringLiteral("encoder"));
    QVERIFY2(show.startEncoderAndWaitActive(), qPrintable(show.error()));

    // Testing, with every answer 5 s late for a while. Reaching testing creates the monitor's
    // web engine (Chromium starts on the GUI thread): a phase of its own in the report.
    watchdog.setPhase(kMonitorEngine);
    QVERIFY(show.addFaults(QStringLiteral("latency=5000,error=503x2@liveBroadcasts.transition")));
    QVERIFY2(show.transition(Intent::StartTest, LifeCycleStatus::Testing),
             qPrintable(show.error()));
    ui::MonitorView *monitor = show.app()->window()->monitor();
    QVERIFY2(show.waitFor([monitor] { return monitor->hasEngine(); }, 15000,
                          QStringLiteral("the monitor engine")),
             qPrintable(show.error()));
    show.wait(1500);
    watchdog.setPhase(QStringLiteral("testing"));
    show.clearFaults();

    // liveStarting sticks: recovered by deleting it and testing a new broadcast.
    watchdog.setPhase(QStringLiteral("stuck"));
    const QString stuckId = session->broadcast()->id;
    QVERIFY(show.addFaults(QStringLiteral("stuck=live")));
    // This step expects the transition to stick (and fails if it goes live instead).
    QVERIFY2(show.transition(Intent::GoLive, LifeCycleStatus::Live, 60000, true),
             qPrintable(show.error()));
    QVERIFY2(session->isStuck(), "expected the stuck fault to hold the transition");
    QVERIFY2(show.recoverStuck(), qPrintable(show.error()));
    QVERIFY(session->broadcast()->id != stuckId);
    show.clearFaults();
    session->setStuckAfterMs(BroadcastSession::kDefaultStuckAfterMs);

    // Going live meets a rateLimitExceeded first.
    watchdog.setPhase(QStringLiteral("go live"));
    QVERIFY(show.addFaults(QStringLiteral("ratelimit@liveBroadcasts.transition")));
    QVERIFY2(show.transition(Intent::GoLive, LifeCycleStatus::Live), qPrintable(show.error()));
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Live);

    // Live: ad breaks through the real F9 key, BreakTrigger and BreakController, around every
    // token expiring, a stall and a lost answer. Two are refused on purpose (a 503 and a
    // rateLimitExceeded: a cuepoint is never retried after the request reached YouTube); the
    // operator sees the refusal and presses again.
    watchdog.setPhase(QStringLiteral("live"));
    QList<quint32> expectRefused;
    QVERIFY2(show.fireBreak(30), qPrintable(show.error()));
    QVERIFY(show.addFaults(QStringLiteral("expire-tokens")));
    QVERIFY2(show.fireBreak(31), qPrintable(show.error()));
    QVERIFY2(show.waitBreaksAnswered(), qPrintable(show.error()));
    QVERIFY(show.addFaults(QStringLiteral("error=503x2@liveBroadcasts.cuepoint")));
    QVERIFY2(show.fireBreak(32), qPrintable(show.error()));
    expectRefused << 32;
    QVERIFY2(show.waitBreaksAnswered(), qPrintable(show.error()));
    show.clearFaults();
    QVERIFY2(show.fireBreak(42), qPrintable(show.error())); // pressed again
    // Answered before the next fault is set, so that the fault meets the break meant for it.
    QVERIFY2(show.waitBreaksAnswered(), qPrintable(show.error()));
    QVERIFY(show.addFaults(QStringLiteral("dropx3@liveBroadcasts.cuepoint")));
    QVERIFY2(show.fireBreak(33), qPrintable(show.error()));
    QVERIFY2(show.waitBreaksAnswered(), qPrintable(show.error()));
    show.clearFaults(); // the drops the one-shot cuepoint did not use
    QVERIFY(show.addFaults(QStringLiteral("ratelimit@liveBroadcasts.cuepoint,latency=5000")));
    QVERIFY2(show.fireBreak(34), qPrintable(show.error()));
    expectRefused << 34;
    show.wait(6000);
    show.clearFaults();
    QVERIFY2(show.fireBreak(44), qPrintable(show.error())); // pressed again
    QVERIFY2(show.waitBreaksAnswered(), qPrintable(show.error()));
    QVERIFY(show.addFaults(QStringLiteral("expire-tokens")));
    QVERIFY2(show.fireBreak(35), qPrintable(show.error()));
    QVERIFY2(show.waitBreaksAnswered(), qPrintable(show.error()));
    show.wait(2000);

    watchdog.setPhase(QStringLiteral("end"));
    QVERIFY(show.addFaults(QStringLiteral("error=503x2")));
    QVERIFY2(show.transition(Intent::End, LifeCycleStatus::Complete), qPrintable(show.error()));
    watchdog.stop();

    // The sandbox holds one broadcast (the recovered one) and one stream.
    show.clearFaults();
    const QJsonObject state = show.sandbox()->control("GET", QStringLiteral("state"));
    const QJsonArray broadcasts = state.value(QLatin1String("broadcasts")).toArray();
    const QJsonArray streams = state.value(QLatin1String("streams")).toArray();
    QCOMPARE(broadcasts.size(), 1);
    QCOMPARE(streams.size(), 1);
    QCOMPARE(broadcasts.first().toObject().value(QLatin1String("id")).toString(),
             session->broadcast()->id);

    // Every break asked for ends confirmed (in the sandbox's log exactly once) or marked
    // unconfirmed in OnAir's log (there at most once); one that failed and never arrived fails
    // the test, except the refusals this show provoked on purpose.
    const QJsonArray cues = show.sandbox()
                                ->control("GET", QStringLiteral("cuepoints"))
                                .value(QLatin1String("cuepoints"))
                                .toArray();
    QCOMPARE(show.breaks().size(), 8);
    for (const ShowDriver::AskedBreak &b : show.breaks()) {
        int inSandbox = 0;
        for (const auto &c : cues)
            inSandbox +=
                c.toObject().value(QLatin1String("durationSecs")).toInt() == int(b.durationSecs)
                    ? 1
                    : 0;
        qInfo("break %us: ok=%d confirmation=%d in sandbox=%d %s", b.durationSecs, b.ok,
              int(b.confirmation), inSandbox, qPrintable(b.error));
        QVERIFY2(b.answered, "an ad break was never answered");
        QVERIFY2(inSandbox <= 1, "an ad break reached YouTube twice");
        if (expectRefused.contains(b.durationSecs)) {
            QCOMPARE(b.confirmation, WriteConfirmation::NotCreated);
            QCOMPARE(inSandbox, 0);
        } else if (b.confirmation == WriteConfirmation::Confirmed) {
            QCOMPARE(inSandbox, 1);
        } else {
            QVERIFY2(b.confirmation == WriteConfirmation::Unconfirmed,
                     qPrintable(QStringLiteral("the %1 s break failed and never arrived: %2")
                                    .arg(b.durationSecs)
                                    .arg(b.error)));
        }
    }

    qInfo("gui_stall_max_faults: %lld ms (in %s); own: %lld ms (in %s); busy: %lld ms (in %s); "
          "%lld ticks%s",
          watchdog.maxStallMs(), qPrintable(watchdog.maxStallPhase()), watchdog.maxOwnStallMs(),
          qPrintable(watchdog.maxOwnStallPhase()), watchdog.maxBusyMs(),
          qPrintable(watchdog.maxBusyPhase()), watchdog.ticks(),
          watchdog.separatesRunQueueDelay() ? "" : " (no schedstat here: own = busy = wall)");
    for (const QString &s : watchdog.longStalls())
        qInfo("long stall: %s", qPrintable(s));
    // Asserted: the GUI thread's own work between two turns of its event loop. Only printed:
    // the wall-clock stalls, which also hold blocking (page faults, I/O, process launches) that
    // the other tests running beside this one stretch (268-301 ms seen with an upload test
    // writing to disk, 58-129 ms alone); bench_show measures them on a quiet machine.
    QVERIFY2(watchdog.maxBusyMs() <= kMaxStallMs,
             qPrintable(QStringLiteral("the GUI thread worked %1 ms without a break in %2")
                            .arg(watchdog.maxBusyMs())
                            .arg(watchdog.maxBusyPhase())));
}

QTEST_MAIN(TestFaultShow)

#include "moc_tst_fault_show.cpp"
