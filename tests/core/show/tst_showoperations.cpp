#include "show/ShowContext.h"
#include "show/ShowEventTracker.h"
#include "show/ShowEvents.h"
#include "show/StuckRecovery.h"

#include <QTest>

using namespace onair;

// The show's operations where they need no API: what the event tracker publishes for a
// broadcast it did not create, and the insert a recovery sends.
class TestShowOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openedShowPublishesOnlyWhatComesAfter();
    void restoredRecordPublishesWhatWasMissed();
    void recoveryInsertStartsFromNow();
};

namespace {

LiveBroadcast broadcast(LifeCycleStatus status, const QString &stream = QStringLiteral("s1"))
{
    LiveBroadcast b;
    b.id = QStringLiteral("b1");
    b.status.lifeCycleStatus = status;
    b.contentDetails.boundStreamId = stream;
    return b;
}

QStringList names(const QList<ShowEvent> &events)
{
    QStringList out;
    for (const ShowEvent &e : events)
        out << ShowEvent::name(e.kind);
    return out;
}

} // namespace

void TestShowOperations::openedShowPublishesOnlyWhatComesAfter()
{
    ShowContext context(nullptr);
    ShowEvents events;
    ShowEventTracker tracker(&context, &events);
    QList<ShowEvent> seen;
    connect(&events, &ShowEvents::published, this, [&seen](const ShowEvent &e) { seen.append(e); });
    // Opened while testing: created, bound and testing happened before the show knew it.
    tracker.observe(broadcast(LifeCycleStatus::Testing));
    tracker.observe(broadcast(LifeCycleStatus::Testing));
    QCOMPARE(names(seen), QStringList());
    tracker.observe(broadcast(LifeCycleStatus::LiveStarting));
    tracker.observe(broadcast(LifeCycleStatus::Live));
    tracker.observe(broadcast(LifeCycleStatus::Live));
    QCOMPARE(names(seen), QStringList({QStringLiteral("liveReached")}));
    QCOMPARE(seen.at(0).broadcastId, QStringLiteral("b1"));
    QCOMPARE(seen.at(0).videoId, QStringLiteral("b1"));
    QCOMPARE(seen.at(0).streamId, QStringLiteral("s1"));
}

void TestShowOperations::restoredRecordPublishesWhatWasMissed()
{
    ShowContext context(nullptr);
    ShowEvents events;
    ShowEventTracker tracker(&context, &events);
    QList<ShowEvent> seen;
    connect(&events, &ShowEvents::published, this, [&seen](const ShowEvent &e) { seen.append(e); });
    tracker.created(broadcast(LifeCycleStatus::Created, QString()));
    tracker.observe(broadcast(LifeCycleStatus::Ready));
    QJsonObject extra;
    tracker.save(&extra);
    QCOMPARE(names(seen), QStringList({QStringLiteral("created"), QStringLiteral("streamBound")}));

    // Another run takes the record in and reads the broadcast in testing.
    ShowEventTracker other(&context, &events);
    seen.clear();
    other.restore(extra);
    other.observe(broadcast(LifeCycleStatus::Testing));
    other.observe(broadcast(LifeCycleStatus::Testing));
    QCOMPARE(names(seen), QStringList({QStringLiteral("testingReached")}));
}

void TestShowOperations::recoveryInsertStartsFromNow()
{
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-03-01T18:00:00Z"), Qt::ISODate);
    LiveBroadcast old = broadcast(LifeCycleStatus::TestStarting);
    old.etag = QStringLiteral("e");
    old.snippet.scheduledStartTime = now.addSecs(-600);
    old.snippet.scheduledEndTime = now.addSecs(3000);
    old.contentDetails.enableAutoStart = true;
    old.contentDetails.enableAutoStop = true;
    const LiveBroadcast copy = StuckRecovery::copyForInsert(old, now);
    QVERIFY(copy.id.isEmpty());
    QVERIFY(copy.etag.isEmpty());
    QCOMPARE(copy.snippet.scheduledStartTime, now.addSecs(60));
    // The length of the show stays.
    QCOMPARE(copy.snippet.scheduledStartTime.secsTo(copy.snippet.scheduledEndTime), 3600);
    QVERIFY(!copy.contentDetails.enableAutoStart);
    QVERIFY(!copy.contentDetails.enableAutoStop);
    // A schedule well ahead is kept.
    old.snippet.scheduledStartTime = now.addSecs(7200);
    QCOMPARE(StuckRecovery::copyForInsert(old, now).snippet.scheduledStartTime, now.addSecs(7200));
}

QTEST_GUILESS_MAIN(TestShowOperations)
#include "tst_showoperations.moc"
