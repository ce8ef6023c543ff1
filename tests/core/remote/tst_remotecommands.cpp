#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "remote/RemoteCommands.h"
#include "show/BroadcastSession.h"

#include <QTest>

using namespace onair;
using Status = RemoteOutcome::Status;

// RemoteCommands without a live broadcast (no network): go live, end and recover are off for
// remote callers until allowed, then refused by the same guards as the keyboard; a confirmation
// needs an arm; every action is in the event log with its origin; each origin is rate-limited.
class TestRemoteCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showControlIsOffUntilAllowed();
    void guardsRefuseWithTheirReason();
    void breakRefusedWithTheControllersReason();
    void eachOriginIsRateLimited();
};

namespace {

struct Fixture
{
    YouTubeClient client{nullptr};
    BroadcastSession session{&client};
    BreakController breaks{&session, &client};
    RemoteCommands commands{&session, &breaks};
    qint64 now = 1'795'000'000'000;

    Fixture()
    {
        commands.setClock([this] { return now; });
    }
    const EventLog::Entry &last() const { return session.eventLog()->entries().last(); }
};

} // namespace

void TestRemoteCommands::showControlIsOffUntilAllowed()
{
    Fixture f;
    QVERIFY(!f.commands.isShowControlAllowed());
    for (const auto &call :
         {&RemoteCommands::goLive, &RemoteCommands::end, &RemoteCommands::recover}) {
        const RemoteOutcome o = (f.commands.*call)(ActionOrigin::DBus);
        QCOMPARE(o.status, Status::NotAllowed);
        QCOMPARE(f.last().outcome, EventLog::Outcome::Failed);
        QVERIFY2(f.last().action.endsWith(QLatin1String("(D-Bus)")), qPrintable(f.last().action));
    }
    QCOMPARE(f.commands.confirm(ActionOrigin::Http, QStringLiteral("live")).status,
             Status::NotAllowed);
    QCOMPARE(f.last().action, QStringLiteral("Go live (HTTP API)"));
    QCOMPARE(f.commands.confirm(ActionOrigin::Http, QStringLiteral("testing")).status,
             Status::Invalid);
}

void TestRemoteCommands::guardsRefuseWithTheirReason()
{
    Fixture f;
    f.commands.setShowControlAllowed(true);
    // No broadcast: the keyboard's guard and its sentence; nothing is armed.
    const RemoteOutcome live = f.commands.goLive(ActionOrigin::Ctl);
    QCOMPARE(live.status, Status::Refused);
    QCOMPARE(live.message, BroadcastSession::explain(TransitionBlock::NoStreamBound));
    QCOMPARE(f.last().action, QStringLiteral("Go live (onair ctl)"));
    const RemoteOutcome confirm = f.commands.confirm(ActionOrigin::Ctl, QStringLiteral("live"));
    QCOMPARE(confirm.status, Status::Refused);
    QCOMPARE(f.commands.startTest(ActionOrigin::Http).status, Status::Refused);
    QCOMPARE(f.last().action, QStringLiteral("Start test (HTTP API)"));
    QCOMPARE(f.commands.recover(ActionOrigin::DBus).status, Status::Refused);
    QVERIFY(!f.session.pendingTransition());
}

void TestRemoteCommands::breakRefusedWithTheControllersReason()
{
    Fixture f;
    std::optional<RemoteOutcome> answer;
    f.commands.breakNow(ActionOrigin::Http, 60, [&](const RemoteOutcome &o) { answer = o; });
    QVERIFY(answer);
    QCOMPARE(answer->status, Status::Refused);
    QCOMPARE(answer->message, f.breaks.whyNotNow());
    // One entry in each log, the event log's with the origin.
    QCOMPARE(f.breaks.log()->size(), 1);
    QCOMPARE(f.session.eventLog()->entries().size(), 1);
    QCOMPARE(f.last().action, QStringLiteral("Ad break (HTTP API)"));

    // Too long a break is not even pressed.
    answer.reset();
    f.commands.breakNow(ActionOrigin::Http, 3601, [&](const RemoteOutcome &o) { answer = o; });
    QCOMPARE(answer->status, Status::Invalid);
    QCOMPARE(f.breaks.log()->size(), 1);
}

void TestRemoteCommands::eachOriginIsRateLimited()
{
    Fixture f;
    for (int i = 0; i < RemoteCommands::kActionBurst; ++i)
        QVERIFY(f.commands.refresh(ActionOrigin::Http).status != Status::RateLimited);
    QCOMPARE(f.commands.refresh(ActionOrigin::Http).status, Status::RateLimited);
    // Another origin has its own budget.
    QCOMPARE(f.commands.refresh(ActionOrigin::DBus).status, Status::Accepted);
    f.now += RemoteCommands::kActionIntervalMs;
    QCOMPARE(f.commands.refresh(ActionOrigin::Http).status, Status::Accepted);
    QCOMPARE(f.commands.refresh(ActionOrigin::Http).status, Status::RateLimited);
}

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
