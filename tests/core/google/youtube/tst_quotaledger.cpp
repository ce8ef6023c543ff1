#include "google/youtube/QuotaLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace onair;

// The quota ledger: costs, the Pacific-time quota day (with DST), persistence across
// restarts, and a corrupt file set aside.
class TestQuotaLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costs();
    void quotaDay_data();
    void quotaDay();
    void nextReset_data();
    void nextReset();
    void recordsPerMethodAndDay();
    void persistsAcrossRestarts();
    void corruptFileIsSetAside_data();
    void corruptFileIsSetAside();
    void forecast();
    void recentRateIsWhatWasSpent();
    void defaultLocationIsAppData();
    void ledgerPerQuotaOwner();
};

void TestQuotaLedger::costs()
{
    QCOMPARE(QuotaLedger::costOf(QStringLiteral("liveBroadcasts.list")), 1);
    QCOMPARE(QuotaLedger::costOf(QStringLiteral("liveStreams.list")), 1);
    QCOMPARE(QuotaLedger::costOf(QStringLiteral("videos.list")), 1);
    QCOMPARE(QuotaLedger::costOf(QStringLiteral("channels.list")), 1);
    for (const char *m :
         {"liveBroadcasts.insert", "liveBroadcasts.update", "liveBroadcasts.delete",
          "liveBroadcasts.bind", "liveBroadcasts.transition", "liveBroadcasts.insertCuepoint",
          "liveStreams.insert", "liveStreams.update", "liveStreams.delete", "videos.update",
          "thumbnails.set"})
        QCOMPARE(QuotaLedger::costOf(QString::fromLatin1(m)), 50);
    // Every request costs at least one unit.
    QCOMPARE(QuotaLedger::costOf(QStringLiteral("something.unknown")), 1);
}

void TestQuotaLedger::quotaDay_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QDate>("day");
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
    };
    // Winter: PST = UTC−8, the day turns at 08:00 UTC.
    QTest::newRow("PST before midnight") << utc(2026, 1, 15, 7, 59) << QDate(2026, 1, 14);
    QTest::newRow("PST at midnight") << utc(2026, 1, 15, 8, 0) << QDate(2026, 1, 15);
    // Summer: PDT = UTC−7, the day turns at 07:00 UTC.
    QTest::newRow("PDT before midnight") << utc(2026, 7, 1, 6, 59) << QDate(2026, 6, 30);
    QTest::newRow("PDT at midnight") << utc(2026, 7, 1, 7, 0) << QDate(2026, 7, 1);
    // DST starts 2026-03-08 02:00 PST; that day is 23 hours long.
    QTest::newRow("spring day start") << utc(2026, 3, 8, 8, 0) << QDate(2026, 3, 8);
    QTest::newRow("spring day end") << utc(2026, 3, 9, 6, 59) << QDate(2026, 3, 8);
    QTest::newRow("spring next day") << utc(2026, 3, 9, 7, 0) << QDate(2026, 3, 9);
    // DST ends 2026-11-01 02:00 PDT; that day is 25 hours long.
    QTest::newRow("fall day start") << utc(2026, 11, 1, 7, 0) << QDate(2026, 11, 1);
    QTest::newRow("fall day end") << utc(2026, 11, 2, 7, 59) << QDate(2026, 11, 1);
    QTest::newRow("fall next day") << utc(2026, 11, 2, 8, 0) << QDate(2026, 11, 2);
    // A Tokyo moment is the same instant: the zone of the input does not matter.
    QTest::newRow("other zone") << QDateTime(QDate(2026, 1, 15), QTime(16, 30),
                                             QTimeZone("Asia/Tokyo"))
                                << QDate(2026, 1, 14);
}

void TestQuotaLedger::quotaDay()
{
    QFETCH(QDateTime, utc);
    QFETCH(QDate, day);
    QCOMPARE(QuotaLedger::quotaDayOf(utc), day);
}

void TestQuotaLedger::nextReset_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QDateTime>("reset");
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
    };
    QTest::newRow("winter") << utc(2026, 1, 15, 12, 0) << utc(2026, 1, 16, 8, 0);
    QTest::newRow("summer") << utc(2026, 7, 1, 12, 0) << utc(2026, 7, 2, 7, 0);
    QTest::newRow("into DST") << utc(2026, 3, 8, 12, 0) << utc(2026, 3, 9, 7, 0);
    QTest::newRow("out of DST") << utc(2026, 11, 1, 12, 0) << utc(2026, 11, 2, 8, 0);
    QTest::newRow("just before") << utc(2026, 1, 16, 7, 59) << utc(2026, 1, 16, 8, 0);
}

void TestQuotaLedger::nextReset()
{
    QFETCH(QDateTime, moment);
    QFETCH(QDateTime, reset);
    QCOMPARE(QuotaLedger::nextResetAfter(moment), reset);
}

void TestQuotaLedger::recordsPerMethodAndDay()
{
    QTemporaryDir dir;
    QuotaLedger ledger(dir.filePath(QStringLiteral("q.json")));
    QSignalSpy changed(&ledger, &QuotaLedger::changed);
    const QDateTime morning(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc()); // Jan 15 PST
    const QDateTime late(QDate(2026, 1, 16), QTime(7, 0), QTimeZone::utc());    // still Jan 15
    const QDateTime next(QDate(2026, 1, 16), QTime(8, 0), QTimeZone::utc());    // Jan 16
    ledger.record(QStringLiteral("liveBroadcasts.insert"), -1, morning);
    ledger.record(QStringLiteral("liveStreams.list"), -1, morning);
    ledger.record(QStringLiteral("liveStreams.list"), -1, late);
    ledger.record(QStringLiteral("liveBroadcasts.transition"), -1, next);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(ledger.spent(QDate(2026, 1, 15)), 52);
    QCOMPARE(ledger.spent(QDate(2026, 1, 16)), 50);
    QCOMPARE(ledger.spentByMethod(QDate(2026, 1, 15)).value(QStringLiteral("liveStreams.list")), 2);
    QCOMPARE(ledger.remaining(QDate(2026, 1, 15)), QuotaLedger::kDefaultDailyLimit - 52);
    ledger.setDailyLimit(60);
    QCOMPARE(ledger.remaining(QDate(2026, 1, 15)), 8);
    ledger.record(QStringLiteral("videos.update"), -1, morning);
    QCOMPARE(ledger.remaining(QDate(2026, 1, 15)), 0); // never negative
}

void TestQuotaLedger::persistsAcrossRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/q.json"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QuotaLedger ledger(path);
        ledger.setDailyLimit(2000);
        ledger.record(QStringLiteral("liveBroadcasts.bind"), -1, now);
        ledger.record(QStringLiteral("channels.list"), -1, now);
        // Written shortly after a change, without waiting for destruction.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    }
    QuotaLedger again(path);
    QCOMPARE(again.spentToday(), 51);
    QCOMPARE(again.dailyLimit(), 2000);
    QCOMPARE(again.remainingToday(), 2000 - 51);
}

void TestQuotaLedger::corruptFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArrayLiteral("\x01\x02not json at all");
    QTest::newRow("truncated") << QByteArrayLiteral("{\"version\":1,\"days\":{\"2026-01-");
    QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("wrong version") << QByteArrayLiteral("{\"version\":99,\"days\":{}}");
    QTest::newRow("bad date") << QByteArrayLiteral("{\"version\":1,\"days\":{\"nope\":{}}}");
    QTest::newRow("negative") << QByteArrayLiteral(
        "{\"version\":1,\"days\":{\"2026-01-15\":{\"videos.list\":-5}}}");
    QTest::newRow("string units") << QByteArrayLiteral(
        "{\"version\":1,\"days\":{\"2026-01-15\":{\"videos.list\":\"5\"}}}");
}

void TestQuotaLedger::corruptFileIsSetAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QuotaLedger ledger(path);
    QCOMPARE(ledger.spentToday(), 0);
    QVERIFY(!QFile::exists(path));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("q.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);

    ledger.record(QStringLiteral("videos.list"));
    QVERIFY(ledger.flush());
    QuotaLedger again(path);
    QCOMPARE(again.spentToday(), 1);
}

void TestQuotaLedger::forecast()
{
    // The session's steady polling: streams every 5 s, broadcasts every 10 s.
    const double perHour = QuotaLedger::unitsPerHour(
        {{QStringLiteral("liveStreams.list"), 5}, {QStringLiteral("liveBroadcasts.list"), 10}});
    QCOMPARE(perHour, 720.0 + 360.0);
    QCOMPARE(QuotaLedger::unitsPerHour({{QStringLiteral("liveStreams.list"), 0}}), 0.0);

    QTemporaryDir dir;
    QuotaLedger ledger(dir.filePath(QStringLiteral("q.json")));
    ledger.setDailyLimit(1080);
    QCOMPARE(ledger.hoursUntilExhausted(perHour), 1.0);
    QVERIFY(std::isinf(ledger.hoursUntilExhausted(0)));
}

void TestQuotaLedger::recentRateIsWhatWasSpent()
{
    QTemporaryDir dir;
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QuotaLedger ledger(dir.filePath(QStringLiteral("q.json")));
    QCOMPARE(ledger.recentUnitsPerHour(), 0.0);
    const QDateTime now = created.addSecs(20 * 60);
    ledger.record(QStringLiteral("liveBroadcasts.insert"), -1, now.addSecs(-30 * 60)); // too old
    ledger.record(QStringLiteral("liveBroadcasts.bind"), -1, now.addSecs(-5 * 60));
    for (int i = 0; i < 3; ++i)
        ledger.record(QStringLiteral("liveStreams.list"), -1, now.addSecs(-60 + i));
    // 53 units over the last 10 minutes: 318 an hour.
    QCOMPARE(ledger.recentUnitsPerHour(600, now), 318.0);
    // Over the last 2 minutes: the 3 reads.
    QCOMPARE(ledger.recentUnitsPerHour(120, now), 90.0);
    // Two minutes after start-up the window is still ten minutes: a set-up write is not
    // extrapolated from the two minutes (that read as 1 500 units an hour).
    QTemporaryDir dir2;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QuotaLedger fresh(dir2.filePath(QStringLiteral("q.json")));
    fresh.record(QStringLiteral("liveBroadcasts.insert"), -1, start.addSecs(30));
    QCOMPARE(fresh.recentUnitsPerHour(600, start.addSecs(120)), 300.0);
}

void TestQuotaLedger::defaultLocationIsAppData()
{
    QCoreApplication::setApplicationName(QStringLiteral("OnAirTest"));
    QuotaLedger ledger;
    QVERIFY(ledger.filePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestQuotaLedger::ledgerPerQuotaOwner()
{
    QTemporaryDir dir;
    // Quota belongs to the Google Cloud project, i.e. the OAuth client; the sandbox apart.
    const QString projectA =
        QuotaLedger::pathForKey(QStringLiteral("1234-abc.apps.googleusercontent.com"), dir.path());
    const QString projectB =
        QuotaLedger::pathForKey(QStringLiteral("5678-xyz.apps.googleusercontent.com"), dir.path());
    const QString sandbox = QuotaLedger::pathForKey(QStringLiteral("sandbox"), dir.path());
    QCOMPARE(QSet<QString>({projectA, projectB, sandbox}).size(), 3);
    QCOMPARE(QFileInfo(projectA).fileName(),
             QStringLiteral("1234-abc.apps.googleusercontent.com.json"));
    for (const QString &key : {QStringLiteral("../x"), QStringLiteral(".."), QString()})
        QCOMPARE(QFileInfo(QuotaLedger::pathForKey(key, dir.path())).absolutePath(),
                 QFileInfo(dir.path()).absoluteFilePath());

    QuotaLedger ledger(sandbox);
    QSignalSpy changed(&ledger, &QuotaLedger::changed);
    ledger.record(QStringLiteral("liveBroadcasts.insert")); // a rehearsal
    QCOMPARE(ledger.spentToday(), 50);
    ledger.setFilePath(projectA); // the real show's project: the rehearsal is not counted
    QCOMPARE(changed.size(), 2);
    QCOMPARE(ledger.spentToday(), 0);
    ledger.setDailyLimit(20000);
    ledger.record(QStringLiteral("channels.list"));
    ledger.setFilePath(projectB);
    QCOMPARE(ledger.spentToday(), 0);
    QCOMPARE(ledger.dailyLimit(), QuotaLedger::kDefaultDailyLimit);
    ledger.setFilePath(sandbox);
    QCOMPARE(ledger.spentToday(), 50);
    ledger.setFilePath(projectA);
    QCOMPARE(ledger.spentToday(), 1);
    QCOMPARE(ledger.dailyLimit(), 20000);
}

QTEST_GUILESS_MAIN(TestQuotaLedger)
#include "tst_quotaledger.moc"
