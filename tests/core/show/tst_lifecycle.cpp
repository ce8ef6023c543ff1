#include "show/Lifecycle.h"
#include "show/ShowGuards.h"

#include <QTest>

using namespace onair;

Q_DECLARE_METATYPE(onair::LifeCycleStatus)
Q_DECLARE_METATYPE(onair::StreamStatus)
Q_DECLARE_METATYPE(onair::Intent)
Q_DECLARE_METATYPE(onair::TransitionBlock)

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndPrint_data();
    void parseAndPrint();
    void everyStateAndIntent_data();
    void everyStateAndIntent();
    void streamAndMonitorGuards_data();
    void streamAndMonitorGuards();
    void transitionTargets();
    void updateRules_data();
    void updateRules();
    void beforeShowHoldsTestAndLive();
};

void TestLifecycle::parseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<LifeCycleStatus>("status");
    QTest::newRow("created") << "created" << LifeCycleStatus::Created;
    QTest::newRow("ready") << "ready" << LifeCycleStatus::Ready;
    QTest::newRow("testStarting") << "testStarting" << LifeCycleStatus::TestStarting;
    QTest::newRow("testing") << "testing" << LifeCycleStatus::Testing;
    QTest::newRow("liveStarting") << "liveStarting" << LifeCycleStatus::LiveStarting;
    QTest::newRow("live") << "live" << LifeCycleStatus::Live;
    QTest::newRow("complete") << "complete" << LifeCycleStatus::Complete;
    QTest::newRow("revoked") << "revoked" << LifeCycleStatus::Revoked;
}

void TestLifecycle::parseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(LifeCycleStatus, status);
    QCOMPARE(lifecycle::parseLifeCycleStatus(text), status);
    QCOMPARE(lifecycle::toString(status), text);
    QCOMPARE(lifecycle::parseLifeCycleStatus(u"Live"), LifeCycleStatus::Unspecified);
    QCOMPARE(lifecycle::parseLifeCycleStatus(u""), LifeCycleStatus::Unspecified);
}

// Every state × intent, with the stream active and the monitor stream on: what YouTube's
// table (reference §3.1) allows, and why not otherwise.
void TestLifecycle::everyStateAndIntent_data()
{
    QTest::addColumn<LifeCycleStatus>("state");
    QTest::addColumn<Intent>("intent");
    QTest::addColumn<TransitionBlock>("expected");

    using S = LifeCycleStatus;
    using I = Intent;
    using B = TransitionBlock;
    struct Row
    {
        const char *name;
        S state;
        I intent;
        B expected;
    };
    const Row rows[] = {
        {"unspecified test", S::Unspecified, I::StartTest, B::NotFromThisState},
        {"unspecified live", S::Unspecified, I::GoLive, B::NotFromThisState},
        {"unspecified end", S::Unspecified, I::End, B::NotFromThisState},
        {"created test", S::Created, I::StartTest, B::NoStreamBound},
        {"created live", S::Created, I::GoLive, B::NoStreamBound},
        {"created end", S::Created, I::End, B::NotFromThisState},
        {"ready test", S::Ready, I::StartTest, B::None},
        {"ready live", S::Ready, I::GoLive, B::None},
        {"ready end", S::Ready, I::End, B::NotFromThisState},
        {"testStarting test", S::TestStarting, I::StartTest, B::InProgress},
        {"testStarting live", S::TestStarting, I::GoLive, B::NotFromThisState},
        {"testStarting end", S::TestStarting, I::End, B::NotFromThisState},
        {"testing test", S::Testing, I::StartTest, B::AlreadyThere},
        {"testing live", S::Testing, I::GoLive, B::None},
        {"testing end", S::Testing, I::End, B::None},
        {"liveStarting test", S::LiveStarting, I::StartTest, B::NotFromThisState},
        {"liveStarting live", S::LiveStarting, I::GoLive, B::InProgress},
        {"liveStarting end", S::LiveStarting, I::End, B::NotFromThisState},
        {"live test", S::Live, I::StartTest, B::NotFromThisState},
        {"live live", S::Live, I::GoLive, B::AlreadyThere},
        {"live end", S::Live, I::End, B::None},
        {"complete test", S::Complete, I::StartTest, B::Finished},
        {"complete live", S::Complete, I::GoLive, B::Finished},
        {"complete end", S::Complete, I::End, B::AlreadyThere},
        {"revoked test", S::Revoked, I::StartTest, B::Finished},
        {"revoked live", S::Revoked, I::GoLive, B::Finished},
        {"revoked end", S::Revoked, I::End, B::Finished},
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << r.state << r.intent << r.expected;
}

void TestLifecycle::everyStateAndIntent()
{
    QFETCH(LifeCycleStatus, state);
    QFETCH(Intent, intent);
    QFETCH(TransitionBlock, expected);
    const TransitionCheck check =
        lifecycle::checkTransition(state, intent, StreamStatus::Active, true);
    QCOMPARE(check.block, expected);
    QCOMPARE(check.allowed(), expected == TransitionBlock::None);
}

void TestLifecycle::streamAndMonitorGuards_data()
{
    QTest::addColumn<LifeCycleStatus>("state");
    QTest::addColumn<Intent>("intent");
    QTest::addColumn<StreamStatus>("stream");
    QTest::addColumn<bool>("monitor");
    QTest::addColumn<TransitionBlock>("expected");

    using S = LifeCycleStatus;
    using B = TransitionBlock;
    const StreamStatus notActive[] = {StreamStatus::Unknown, StreamStatus::Created,
                                      StreamStatus::Ready, StreamStatus::Inactive,
                                      StreamStatus::Error};
    for (StreamStatus st : notActive) {
        const QByteArray s = lifecycle::toString(st).toLatin1();
        QTest::addRow("ready test, stream %s", s.constData())
            << S::Ready << Intent::StartTest << st << true << B::StreamNotActive;
        QTest::addRow("ready live, stream %s", s.constData())
            << S::Ready << Intent::GoLive << st << true << B::StreamNotActive;
        QTest::addRow("testing live, stream %s", s.constData())
            << S::Testing << Intent::GoLive << st << true << B::StreamNotActive;
        // Ending never needs the encoder: the docs end a show after the encoder stopped.
        QTest::addRow("live end, stream %s", s.constData())
            << S::Live << Intent::End << st << true << B::None;
        QTest::addRow("testing end, stream %s", s.constData())
            << S::Testing << Intent::End << st << true << B::None;
    }
    QTest::newRow("test without monitor stream")
        << S::Ready << Intent::StartTest << StreamStatus::Active << false
        << B::MonitorStreamDisabled;
    QTest::newRow("live without monitor stream")
        << S::Ready << Intent::GoLive << StreamStatus::Active << false << B::None;
    // The state rule is checked before the stream, as YouTube does.
    QTest::newRow("created, inactive stream")
        << S::Created << Intent::GoLive << StreamStatus::Inactive << true << B::NoStreamBound;
    QTest::newRow("live again, inactive stream")
        << S::Live << Intent::GoLive << StreamStatus::Inactive << true << B::AlreadyThere;
}

void TestLifecycle::streamAndMonitorGuards()
{
    QFETCH(LifeCycleStatus, state);
    QFETCH(Intent, intent);
    QFETCH(StreamStatus, stream);
    QFETCH(bool, monitor);
    QFETCH(TransitionBlock, expected);
    QCOMPARE(lifecycle::checkTransition(state, intent, stream, monitor).block, expected);
}

void TestLifecycle::transitionTargets()
{
    QCOMPARE(lifecycle::transitionTarget(Intent::StartTest), QStringLiteral("testing"));
    QCOMPARE(lifecycle::transitionTarget(Intent::GoLive), QStringLiteral("live"));
    QCOMPARE(lifecycle::transitionTarget(Intent::End), QStringLiteral("complete"));
    QCOMPARE(lifecycle::startingState(Intent::StartTest), LifeCycleStatus::TestStarting);
    QCOMPARE(lifecycle::startingState(Intent::GoLive), LifeCycleStatus::LiveStarting);
    QCOMPARE(lifecycle::settledState(Intent::End), LifeCycleStatus::Complete);
    QVERIFY(lifecycle::isTransient(LifeCycleStatus::TestStarting));
    QVERIFY(lifecycle::isTransient(LifeCycleStatus::LiveStarting));
    QVERIFY(!lifecycle::isTransient(LifeCycleStatus::Live));
    QVERIFY(lifecycle::isTerminal(LifeCycleStatus::Complete));
    QVERIFY(lifecycle::isTerminal(LifeCycleStatus::Revoked));
    QVERIFY(!lifecycle::isTerminal(LifeCycleStatus::Live));
}

void TestLifecycle::updateRules_data()
{
    QTest::addColumn<LifeCycleStatus>("state");
    QTest::addColumn<bool>("contentDetails");
    QTest::addColumn<bool>("schedule");
    QTest::addColumn<bool>("autoStartStop"); // with the bound stream inactive
    QTest::addColumn<bool>("bind");

    using S = LifeCycleStatus;
    QTest::newRow("created") << S::Created << true << true << true << true;
    QTest::newRow("ready") << S::Ready << true << true << true << true;
    QTest::newRow("testStarting") << S::TestStarting << false << false << false << false;
    QTest::newRow("testing") << S::Testing << false << true << false << true;
    QTest::newRow("liveStarting") << S::LiveStarting << false << false << false << false;
    QTest::newRow("live") << S::Live << false << false << false << false;
    QTest::newRow("complete") << S::Complete << false << false << false << false;
    QTest::newRow("revoked") << S::Revoked << false << false << false << false;
}

void TestLifecycle::updateRules()
{
    QFETCH(LifeCycleStatus, state);
    QFETCH(bool, contentDetails);
    QFETCH(bool, schedule);
    QFETCH(bool, autoStartStop);
    QFETCH(bool, bind);
    QCOMPARE(lifecycle::canChangeContentDetails(state), contentDetails);
    QCOMPARE(lifecycle::canChangeSchedule(state), schedule);
    QCOMPARE(lifecycle::canChangeAutoStart(state, StreamStatus::Inactive), autoStartStop);
    QCOMPARE(lifecycle::canChangeAutoStop(state), autoStartStop);
    // Auto start never while the bound stream sends (reference §2.1); auto stop does not care.
    QVERIFY(!lifecycle::canChangeAutoStart(state, StreamStatus::Active));
    QCOMPARE(lifecycle::canChangeAutoStart(state, StreamStatus::Ready), autoStartStop);
    QCOMPARE(lifecycle::canBind(state), bind);
}

void TestLifecycle::beforeShowHoldsTestAndLive()
{
    // A follower's block (the Content ID claim) refuses testing and going live that the
    // lifecycle allows; it never hides the lifecycle's own reason, and never holds the end.
    LiveBroadcast b;
    b.id = QStringLiteral("b1");
    b.status.lifeCycleStatus = LifeCycleStatus::Ready;
    b.contentDetails.boundStreamId = QStringLiteral("s1");
    LiveStream s;
    s.id = QStringLiteral("s1");
    s.status.streamStatus = StreamStatus::Active;
    for (TransitionBlock hold : {TransitionBlock::RightsPending, TransitionBlock::RightsFailed}) {
        QCOMPARE(ShowGuards::check(b, s, false, Intent::StartTest, hold).block, hold);
        QCOMPARE(ShowGuards::check(b, s, false, Intent::GoLive, hold).block, hold);
        QVERIFY(!ShowGuards::explain(hold).isEmpty());
    }
    QCOMPARE(ShowGuards::check(b, s, false, Intent::StartTest, TransitionBlock::None).block,
             TransitionBlock::None);
    s.status.streamStatus = StreamStatus::Ready;
    QCOMPARE(
        ShowGuards::check(b, s, false, Intent::StartTest, TransitionBlock::RightsPending).block,
        TransitionBlock::StreamNotActive);
    b.status.lifeCycleStatus = LifeCycleStatus::Testing;
    QCOMPARE(ShowGuards::check(b, s, false, Intent::End, TransitionBlock::RightsFailed).block,
             TransitionBlock::None);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
