#include "cuepoint/CuepointOffset.h"

#include <QTest>

#include <optional>

using namespace onair;

using OptMs = std::optional<qint64>;
Q_DECLARE_METATYPE(OptMs)

// Offset mode: which elapsed time is used, the drift between the two sources, the window and
// the refusal reasons.
class TestCuepointOffset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseElapsed_data();
    void chooseElapsed();
    void validate_data();
    void validate();
    void noWindow_data();
    void noWindow();
    void clamp();
    void formatMs_data();
    void formatMs();
};

void TestCuepointOffset::chooseElapsed_data()
{
    QTest::addColumn<OptMs>("player");
    QTest::addColumn<OptMs>("session");
    QTest::addColumn<int>("source");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<OptMs>("drift");
    QTest::addColumn<bool>("large");

    const int player = int(ElapsedSource::Player);
    const int session = int(ElapsedSource::SessionClock);
    const int none = int(ElapsedSource::None);
    QTest::newRow("both, player ahead")
        << OptMs(540'300) << OptMs(540'000) << player << qint64(540'300) << OptMs(300) << false;
    QTest::newRow("both, player behind by 3 s")
        << OptMs(537'000) << OptMs(540'000) << player << qint64(537'000) << OptMs(-3000) << true;
    QTest::newRow("drift exactly at the limit")
        << OptMs(542'000) << OptMs(540'000) << player << qint64(542'000) << OptMs(2000) << false;
    QTest::newRow("player only") << OptMs(1000) << OptMs() << player << qint64(1000) << OptMs()
                                 << false;
    QTest::newRow("no player: session clock")
        << OptMs() << OptMs(540'000) << session << qint64(540'000) << OptMs() << false;
    QTest::newRow("player negative is no player")
        << OptMs(-1) << OptMs(12'000) << session << qint64(12'000) << OptMs() << false;
    QTest::newRow("nothing") << OptMs() << OptMs() << none << qint64(0) << OptMs() << false;
}

void TestCuepointOffset::chooseElapsed()
{
    QFETCH(OptMs, player);
    QFETCH(OptMs, session);
    QFETCH(int, source);
    QFETCH(qint64, elapsed);
    QFETCH(OptMs, drift);
    QFETCH(bool, large);
    const CuepointOffset::Elapsed e = CuepointOffset::chooseElapsed(player, session);
    QCOMPARE(int(e.source), source);
    QCOMPARE(e.ms, elapsed);
    QCOMPARE(e.driftMs, drift);
    QCOMPARE(e.driftIsLarge(), large);
    QCOMPARE(e.isKnown(), source != int(ElapsedSource::None));
}

void TestCuepointOffset::validate_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");

    // The docs' example: elapsed 540 000, delay 60 000 → [485 000, 535 000].
    const qint64 e = 540'000;
    const qint64 d = 60'000;
    QTest::newRow("window start") << e << d << qint64(485'000) << true << QString();
    QTest::newRow("window end") << e << d << qint64(535'000) << true << QString();
    QTest::newRow("middle") << e << d << qint64(510'000) << true << QString();
    QTest::newRow("already public")
        << e << d << qint64(470'000) << false
        << QStringLiteral("470 000 ms is before the window start 485 000 ms: that part has "
                          "already been shown publicly.");
    QTest::newRow("within the public margin")
        << e << d << qint64(484'999) << false
        << QStringLiteral("484 999 ms is before the window start 485 000 ms: it is within 5 000 "
                          "ms of what the public stream is showing now, where YouTube cannot "
                          "place a break reliably.");
    QTest::newRow("within the live-edge margin")
        << e << d << qint64(535'001) << false
        << QStringLiteral("535 001 ms is after the window end 535 000 ms: it is within 5 000 ms "
                          "of the monitor stream's live edge, where YouTube cannot place a break "
                          "reliably.");
    QTest::newRow("not shown yet")
        << e << d << qint64(600'000) << false
        << QStringLiteral("600 000 ms is after the window end 535 000 ms: the monitor stream has "
                          "not shown that part yet.");
    QTest::newRow("negative") << e << d << qint64(-5) << false
                              << QStringLiteral("-5 ms is negative: an offset counts from the "
                                                "start of the monitor stream.");
    QTest::newRow("no delay") << e << qint64(0) << qint64(500'000) << false
                              << QStringLiteral("The broadcast has no delay: place the break now "
                                                "or at a wall time.");
    // Early in the show the window starts at 0 (offsets are never negative).
    QTest::newRow("early, start clamped") << qint64(20'000) << d << qint64(0) << true << QString();
}

void TestCuepointOffset::validate()
{
    QFETCH(qint64, elapsed);
    QFETCH(qint64, delay);
    QFETCH(qint64, offset);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    const CuepointOffset::Elapsed e = CuepointOffset::chooseElapsed(elapsed, std::nullopt);
    const CuepointOffset::Check check = CuepointOffset::validate(offset, e, delay);
    QCOMPARE(check.accepted, accepted);
    QCOMPARE(check.reason, reason);
    // Accepted offsets are exactly those inside the window.
    QCOMPARE(CuepointOffset::window(e, delay).contains(offset), accepted);
}

void TestCuepointOffset::noWindow_data()
{
    QTest::addColumn<OptMs>("elapsed");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<QString>("reason");
    QTest::newRow("window open") << OptMs(540'000) << qint64(60'000) << QString();
    QTest::newRow("unknown elapsed")
        << OptMs() << qint64(60'000)
        << QStringLiteral("The monitor stream's elapsed time is not known yet: neither the "
                          "player nor the session clock gives one.");
    QTest::newRow("no delay") << OptMs(540'000) << qint64(0)
                              << QStringLiteral("The broadcast has no delay: place the break now "
                                                "or at a wall time.");
    QTest::newRow("delay too short")
        << OptMs(540'000) << qint64(10'000)
        << QStringLiteral("A delay of 10 000 ms is too short for offsets: it must be longer than "
                          "10 000 ms (a 5 s margin on each side).");
    QTest::newRow("just started")
        << OptMs(3000) << qint64(60'000)
        << QStringLiteral("The monitor stream has run for only 3 000 ms: offsets become possible "
                          "after 5 000 ms.");
}

void TestCuepointOffset::noWindow()
{
    QFETCH(OptMs, elapsed);
    QFETCH(qint64, delay);
    QFETCH(QString, reason);
    const CuepointOffset::Elapsed e = CuepointOffset::chooseElapsed(std::nullopt, elapsed);
    QCOMPARE(CuepointOffset::whyNoWindow(e, delay), reason);
    QCOMPARE(CuepointOffset::window(e, delay).isEmpty(), !reason.isEmpty());
    if (!reason.isEmpty()) {
        const CuepointOffset::Check c = CuepointOffset::validate(1000, e, delay);
        QVERIFY(!c.accepted);
        QCOMPARE(c.reason, reason);
    }
}

void TestCuepointOffset::clamp()
{
    const CuepointWindow w = CuepointWindow::compute(540'000, 60'000);
    QCOMPARE(CuepointOffset::clampToWindow(0, w), 485'000);
    QCOMPARE(CuepointOffset::clampToWindow(999'999, w), 535'000);
    QCOMPARE(CuepointOffset::clampToWindow(500'000, w), 500'000);
    QCOMPARE(CuepointOffset::clampToWindow(42, CuepointWindow{}), 42);
}

void TestCuepointOffset::formatMs_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 ms");
    QTest::newRow("999") << qint64(999) << QStringLiteral("999 ms");
    QTest::newRow("1000") << qint64(1000) << QStringLiteral("1 000 ms");
    QTest::newRow("485000") << qint64(485'000) << QStringLiteral("485 000 ms");
    QTest::newRow("1234567") << qint64(1'234'567) << QStringLiteral("1 234 567 ms");
    QTest::newRow("-5000") << qint64(-5000) << QStringLiteral("-5 000 ms");
}

void TestCuepointOffset::formatMs()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(CuepointOffset::formatMs(ms), text);
}

QTEST_GUILESS_MAIN(TestCuepointOffset)
#include "tst_cuepointoffset.moc"
