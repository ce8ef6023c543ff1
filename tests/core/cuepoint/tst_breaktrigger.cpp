#include "cuepoint/BreakTrigger.h"

#include <QDateTime>
#include <QTest>

using namespace onair;
using Decision = BreakTrigger::Decision;

Q_DECLARE_METATYPE(BreakTrigger::Decision)

// One press, one cuepoint: auto-repeat, the double-press guard and a running break, against an
// injected clock (no sleeps, no real time).
class TestBreakTrigger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequence_data();
    void sequence();
    void confirmation();
    void guardIsConfigurable();
    void scheduledBreakCounts();
    void defaultClockIsWallTime();
};

// A script of steps: "p@t" a press at t ms, "r@t" an auto-repeat at t, "c@t" a confirmation,
// "u@t" a press from outside the window (no one there to confirm),
// "b@t:d" a break placed starting at t for d seconds. Each press/repeat/confirm has an expected
// decision.
struct Step
{
    char kind;
    qint64 at;
    quint32 durationSecs;
    Decision expected;
};
Q_DECLARE_METATYPE(QList<Step>)

void TestBreakTrigger::sequence_data()
{
    QTest::addColumn<QList<Step>>("steps");
    const qint64 t0 = 1'795'000'000'000; // epoch ms
    QTest::newRow("one press sends") << QList<Step>{{'p', t0, 0, Decision::Send}};
    QTest::newRow("auto-repeat never sends")
        << QList<Step>{{'r', t0, 0, Decision::IgnoreRepeat},
                       {'p', t0 + 10, 0, Decision::Send},
                       {'r', t0 + 40, 0, Decision::IgnoreRepeat},
                       {'r', t0 + 5000, 0, Decision::IgnoreRepeat}};
    QTest::newRow("double press within guard")
        << QList<Step>{{'p', t0, 0, Decision::Send},
                       {'p', t0 + 200, 0, Decision::IgnoreWithinGuard},
                       {'p', t0 + 1499, 0, Decision::IgnoreWithinGuard},
                       {'p', t0 + 1500, 0, Decision::Send}};
    QTest::newRow("guard counts from the last send, not the last press")
        << QList<Step>{{'p', t0, 0, Decision::Send},
                       {'p', t0 + 1000, 0, Decision::IgnoreWithinGuard},
                       {'p', t0 + 1600, 0, Decision::Send}};
    QTest::newRow("running break asks")
        << QList<Step>{{'p', t0, 0, Decision::Send},
                       {'b', t0, 30, Decision::Send},
                       {'p', t0 + 2000, 0, Decision::AskConfirmation},
                       {'p', t0 + 29'999, 0, Decision::AskConfirmation},
                       {'p', t0 + 30'000, 0, Decision::Send}};
    QTest::newRow("within guard wins over running break")
        << QList<Step>{{'p', t0, 0, Decision::Send},
                       {'b', t0, 30, Decision::Send},
                       {'p', t0 + 100, 0, Decision::IgnoreWithinGuard},
                       {'r', t0 + 5000, 0, Decision::IgnoreRepeat}};
    QTest::newRow("clock stepping back stays guarded") << QList<Step>{
        {'p', t0, 0, Decision::Send}, {'p', t0 - 60'000, 0, Decision::IgnoreWithinGuard}};
    QTest::newRow("a longer break is not hidden by a shorter later one")
        << QList<Step>{{'p', t0, 0, Decision::Send},
                       {'b', t0, 120, Decision::Send},
                       {'b', t0 + 10'000, 30, Decision::Send},
                       {'p', t0 + 60'000, 0, Decision::AskConfirmation},
                       {'p', t0 + 120'000, 0, Decision::Send}};
    QTest::newRow("unattended press during a running break is refused, not asked")
        << QList<Step>{{'u', t0, 0, Decision::Send},
                       {'b', t0, 30, Decision::Send},
                       {'u', t0 + 500, 0, Decision::IgnoreWithinGuard},
                       {'u', t0 + 2000, 0, Decision::RefuseWhileRunning},
                       {'p', t0 + 2100, 0, Decision::AskConfirmation},
                       {'u', t0 + 30'000, 0, Decision::Send}};
}

void TestBreakTrigger::sequence()
{
    QFETCH(QList<Step>, steps);
    qint64 now = 0;
    BreakTrigger trigger([&now] { return now; });
    for (int i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        now = s.at;
        if (s.kind == 'b') {
            trigger.breakPlaced(s.at, s.durationSecs);
            continue;
        }
        const Decision d = s.kind == 'r'   ? trigger.press(true)
                           : s.kind == 'c' ? trigger.confirm()
                           : s.kind == 'u' ? trigger.pressUnattended()
                                           : trigger.press(false);
        QVERIFY2(d == s.expected, qPrintable(QStringLiteral("step %1: got %2, expected %3")
                                                 .arg(i)
                                                 .arg(int(d))
                                                 .arg(int(s.expected))));
    }
}

void TestBreakTrigger::confirmation()
{
    qint64 now = 1000;
    BreakTrigger trigger([&now] { return now; });
    QCOMPARE(trigger.press(), Decision::Send);
    trigger.breakPlaced(now, 60);
    QVERIFY(trigger.isBreakRunning());
    QCOMPARE(trigger.breakEndsAtMs(), 61'000);
    now = 20'000;
    QCOMPARE(trigger.press(), Decision::AskConfirmation);
    // Asking sends nothing by itself; the operator's confirmation does, once.
    QCOMPARE(trigger.confirm(), Decision::Send);
    QCOMPARE(trigger.confirm(), Decision::IgnoreWithinGuard);
    now = 21'000;
    QCOMPARE(trigger.press(), Decision::IgnoreWithinGuard);
    now = 61'000;
    QVERIFY(!trigger.isBreakRunning());
    QCOMPARE(trigger.press(), Decision::Send);
}

void TestBreakTrigger::guardIsConfigurable()
{
    qint64 now = 0;
    BreakTrigger trigger([&now] { return now; }, 300);
    QCOMPARE(trigger.guardMs(), 300);
    QCOMPARE(trigger.press(), Decision::Send);
    now = 299;
    QCOMPARE(trigger.press(), Decision::IgnoreWithinGuard);
    now = 300;
    QCOMPARE(trigger.press(), Decision::Send);
    trigger.setGuardMs(-5); // clamped: no guard at all
    QCOMPARE(trigger.guardMs(), 0);
    QCOMPARE(trigger.press(), Decision::Send);
    QCOMPARE(trigger.press(true), Decision::IgnoreRepeat);
}

void TestBreakTrigger::scheduledBreakCounts()
{
    // A wall-time break in five minutes: pressing again before it is over asks.
    qint64 now = 10'000;
    BreakTrigger trigger([&now] { return now; });
    QVERIFY(!trigger.isBreakRunning());
    QCOMPARE(trigger.breakEndsAtMs(), 0);
    QCOMPARE(trigger.press(), Decision::Send);
    trigger.breakPlaced(now + 300'000, 30);
    now = 20'000;
    QCOMPARE(trigger.press(), Decision::AskConfirmation);
    now = 10'000 + 330'000;
    QCOMPARE(trigger.press(), Decision::Send);
}

void TestBreakTrigger::defaultClockIsWallTime()
{
    // Without an injected clock, times are epoch milliseconds, comparable with walltimeMs:
    // a break placed an hour ago is over, one placed an hour ahead is pending.
    BreakTrigger trigger;
    const qint64 hour = 3'600'000;
    const qint64 base = QDateTime::currentMSecsSinceEpoch();
    trigger.breakPlaced(base - hour, 30);
    QVERIFY(!trigger.isBreakRunning());
    trigger.breakPlaced(base + hour, 30);
    QVERIFY(trigger.isBreakRunning());
}

QTEST_GUILESS_MAIN(TestBreakTrigger)
#include "tst_breaktrigger.moc"
