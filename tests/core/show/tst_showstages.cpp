#include "show/ShowStages.h"

#include <QTest>

using namespace onair;

Q_DECLARE_METATYPE(onair::LifeCycleStatus)
Q_DECLARE_METATYPE(onair::StreamStatus)
Q_DECLARE_METATYPE(onair::TransitionBlock)

namespace {

// The stages as one line: "setUp=done test=next …" (rights and after the show left out
// unless asked for), so a row reads like the rail.
QString summary(const QList<ShowStages::Step> &steps, bool all = false)
{
    QStringList parts;
    for (const ShowStages::Step &s : steps) {
        if (!all && s.state == ShowStages::State::NotAvailable)
            continue;
        parts.append(ShowStages::key(s.stage) + QLatin1Char('=') + ShowStages::key(s.state));
    }
    return parts.join(QLatin1Char(' '));
}

// The input the session would give: its lifecycle and the guard for every intent.
ShowStages::Input inputFor(LifeCycleStatus s, StreamStatus stream)
{
    ShowStages::Input input;
    input.lifeCycle = s;
    input.startTest = lifecycle::checkTransition(s, Intent::StartTest, stream, true);
    input.goLive = lifecycle::checkTransition(s, Intent::GoLive, stream, true);
    input.end = lifecycle::checkTransition(s, Intent::End, stream, true);
    return input;
}

} // namespace

class TestShowStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBroadcast();
    void stagesFollowTheLifecycle_data();
    void stagesFollowTheLifecycle();
    void stagesThatDoNotApplySaySo();
    void comingServicesTakeTheirPlace();
};

void TestShowStages::noBroadcast()
{
    const auto steps = ShowStages::compute({});
    QCOMPARE(summary(steps), QStringLiteral("setUp=next test=later live=later end=later"));
    QCOMPARE(ShowStages::next(steps)->stage, ShowStages::Stage::SetUp);
}

void TestShowStages::stagesFollowTheLifecycle_data()
{
    QTest::addColumn<LifeCycleStatus>("lifeCycle");
    QTest::addColumn<StreamStatus>("stream");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<TransitionBlock>("nextBlock");

    QTest::newRow("created") << LifeCycleStatus::Created << StreamStatus::Unknown
                             << "setUp=current test=next live=later end=later"
                             << TransitionBlock::NoStreamBound;
    QTest::newRow("ready, encoder off")
        << LifeCycleStatus::Ready << StreamStatus::Ready
        << "setUp=done test=next live=later end=later" << TransitionBlock::StreamNotActive;
    QTest::newRow("ready, encoder on")
        << LifeCycleStatus::Ready << StreamStatus::Active
        << "setUp=done test=next live=later end=later" << TransitionBlock::None;
    QTest::newRow("testStarting") << LifeCycleStatus::TestStarting << StreamStatus::Active
                                  << "setUp=done test=current live=next end=later"
                                  << lifecycle::checkTransition(LifeCycleStatus::TestStarting,
                                                                Intent::GoLive,
                                                                StreamStatus::Active, true)
                                         .block;
    QTest::newRow("testing") << LifeCycleStatus::Testing << StreamStatus::Active
                             << "setUp=done test=current live=next end=later"
                             << TransitionBlock::None;
    QTest::newRow("testing, encoder gone")
        << LifeCycleStatus::Testing << StreamStatus::Inactive
        << "setUp=done test=current live=next end=later" << TransitionBlock::StreamNotActive;
    QTest::newRow("live") << LifeCycleStatus::Live << StreamStatus::Active
                          << "setUp=done test=done live=current end=next" << TransitionBlock::None;
    QTest::newRow("complete") << LifeCycleStatus::Complete << StreamStatus::Inactive
                              << "setUp=done test=done live=done end=done" << TransitionBlock::None;
}

void TestShowStages::stagesFollowTheLifecycle()
{
    QFETCH(LifeCycleStatus, lifeCycle);
    QFETCH(StreamStatus, stream);
    QFETCH(QString, expected);
    QFETCH(TransitionBlock, nextBlock);

    const auto steps = ShowStages::compute(inputFor(lifeCycle, stream));
    QCOMPARE(summary(steps), expected);
    const auto next = ShowStages::next(steps);
    if (lifeCycle == LifeCycleStatus::Complete) {
        QVERIFY(!next); // nothing after the show is built yet
        return;
    }
    QVERIFY(next);
    QCOMPARE(next->block, nextBlock);
}

void TestShowStages::stagesThatDoNotApplySaySo()
{
    const auto steps = ShowStages::compute(inputFor(LifeCycleStatus::Live, StreamStatus::Active));
    QCOMPARE(summary(steps, true),
             QStringLiteral("setUp=done rights=notAvailable test=done live=current end=next "
                            "upload=notAvailable reference=notAvailable "
                            "announce=notAvailable"));
    for (const ShowStages::Step &s : steps) {
        if (s.state == ShowStages::State::NotAvailable)
            QVERIFY2(!s.note.isEmpty(), qPrintable(ShowStages::key(s.stage)));
        else
            QVERIFY(s.note.isEmpty());
    }
}

void TestShowStages::comingServicesTakeTheirPlace()
{
    ShowStages::Input input = inputFor(LifeCycleStatus::Complete, StreamStatus::Inactive);
    input.contentIdOwner = true;
    input.uploadAvailable = true;
    input.announcementsAvailable = true;
    auto steps = ShowStages::compute(input);
    QCOMPARE(summary(steps, true),
             QStringLiteral("setUp=done rights=done test=done live=done end=done upload=next "
                            "reference=next announce=next"));

    input = inputFor(LifeCycleStatus::Testing, StreamStatus::Active);
    input.contentIdOwner = true;
    steps = ShowStages::compute(input);
    QCOMPARE(summary(steps, true),
             QStringLiteral("setUp=done rights=done test=current live=next end=later "
                            "upload=notAvailable reference=later announce=notAvailable"));
}

QTEST_GUILESS_MAIN(TestShowStages)
#include "tst_showstages.moc"
