#include "tst_broadcastlifecycle.h"

#include "youtube/BroadcastLifeCycle.h"
#include "youtube/BroadcastStates.h"
#include "youtube/BroadcastStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace onair::sandbox;
using S = LifeCycleStatus;

namespace {

const QList<S> kAll{S::Created,      S::Ready, S::TestStarting, S::Testing,
                    S::LiveStarting, S::Live,  S::Complete};

} // namespace

void TestBroadcastLifeCycle::stateNames()
{
    const QStringList names{QStringLiteral("created"),      QStringLiteral("ready"),
                            QStringLiteral("testStarting"), QStringLiteral("testing"),
                            QStringLiteral("liveStarting"), QStringLiteral("live"),
                            QStringLiteral("complete")};
    for (int i = 0; i < kAll.size(); ++i) {
        QCOMPARE(BroadcastStates::toString(kAll.at(i)), names.at(i));
        QCOMPARE(BroadcastStates::lifeCycleStatus(names.at(i)), std::optional<S>(kAll.at(i)));
    }
    QCOMPARE(BroadcastStates::lifeCycleStatus(QStringLiteral("Live")), std::nullopt);
    QCOMPARE(BroadcastStates::toString(StreamStatus::Inactive), QStringLiteral("inactive"));
    QCOMPARE(BroadcastStates::toString(HealthStatus::NoData), QStringLiteral("noData"));
    QCOMPARE(BroadcastStates::recordingStatus(QStringLiteral("recorded")),
             std::optional<RecordingStatus>(RecordingStatus::Recorded));
}

void TestBroadcastLifeCycle::transitions()
{
    // §3.1: ready → testing (needs the monitor stream) or live; testing → live or complete;
    // live → complete. Nothing else.
    int allowed = 0;
    for (S from : kAll) {
        for (S to : {S::Testing, S::Live, S::Complete})
            allowed += BroadcastLifeCycle::isAllowed(from, to, true, true) ? 1 : 0;
    }
    QCOMPARE(allowed, 5);
    QVERIFY(BroadcastLifeCycle::isAllowed(S::Ready, S::Testing, true, true));
    QVERIFY(!BroadcastLifeCycle::isAllowed(S::Ready, S::Testing, false, true));
    QVERIFY(BroadcastLifeCycle::isAllowed(S::Ready, S::Live, false, false));
    QVERIFY(BroadcastLifeCycle::isAllowed(S::Testing, S::Complete, true, true));
    QVERIFY(!BroadcastLifeCycle::isAllowed(S::Testing, S::Complete, true, false));
    QVERIFY(BroadcastLifeCycle::isAllowed(S::Live, S::Complete, true, false));
    QVERIFY(!BroadcastLifeCycle::isAllowed(S::Created, S::Live, true, true));
    QVERIFY(BroadcastLifeCycle::isRedundant(S::TestStarting, S::Testing));
    QVERIFY(BroadcastLifeCycle::isRedundant(S::Live, S::Live));
    QVERIFY(!BroadcastLifeCycle::isRedundant(S::Testing, S::Live));
    QCOMPARE(BroadcastLifeCycle::startingState(S::Testing), S::TestStarting);
    QCOMPARE(BroadcastLifeCycle::startingState(S::Live), S::LiveStarting);
    QCOMPARE(BroadcastLifeCycle::afterBinding(S::Created, true), S::Ready);
    QCOMPARE(BroadcastLifeCycle::afterBinding(S::Ready, false), S::Created);
    QCOMPARE(BroadcastLifeCycle::afterBinding(S::Testing, false), S::Testing);
}

void TestBroadcastLifeCycle::editableSettings()
{
    for (S s : kAll) {
        const bool before = s == S::Created || s == S::Ready;
        QCOMPARE(BroadcastLifeCycle::settingsEditable(s), before);
        QCOMPARE(BroadcastLifeCycle::autoStopEditable(s), before);
        QCOMPARE(BroadcastLifeCycle::autoStartEditable(s, false), before);
        QVERIFY(!BroadcastLifeCycle::autoStartEditable(s, true)); // never with an active stream
    }
    QVERIFY(BroadcastLifeCycle::scheduleEditable(S::Testing));
    QVERIFY(!BroadcastLifeCycle::scheduleEditable(S::Live));
    QVERIFY(!BroadcastLifeCycle::canDelete(S::Live));
    QVERIFY(BroadcastLifeCycle::canDelete(S::Complete));
}

void TestBroadcastLifeCycle::storeSignalsEachChangeOnce()
{
    BroadcastStore store;
    QSignalSpy changed(&store, &BroadcastStore::changed);
    Broadcast b;
    b.id = store.newVideoId();
    b.channelId = QStringLiteral("UCsbxOnAirMorningShow0a1");
    store.addBroadcast(b);
    QCOMPARE(changed.size(), 1);
    Stream s;
    s.id = QStringLiteral("stream-1");
    s.channelId = b.channelId;
    s.streamName = store.newStreamKey();
    store.addStream(s);
    QCOMPARE(changed.size(), 2);
    store.bind(b.id, s.id);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(store.broadcast(b.id)->lifeCycleStatus, S::Ready);
    QCOMPARE(store.broadcast(b.id)->boundStreamId, s.id);
    store.beginTransition(b.id, S::Testing);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(store.broadcast(b.id)->lifeCycleStatus, S::TestStarting);
    Broadcast renamed = *store.broadcast(b.id);
    renamed.title = QStringLiteral("Renamed");
    store.updateBroadcast(renamed);
    QCOMPARE(changed.size(), 5);
    QCOMPARE(store.broadcast(b.id)->title, QStringLiteral("Renamed"));
    store.removeBroadcast(b.id);
    QCOMPARE(changed.size(), 6);
    QCOMPARE(store.broadcast(b.id), nullptr);
}

QTEST_GUILESS_MAIN(TestBroadcastLifeCycle)

#include "moc_tst_broadcastlifecycle.cpp"
