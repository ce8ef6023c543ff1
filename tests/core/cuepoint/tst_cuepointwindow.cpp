#include "cuepoint/CuepointWindow.h"

#include <QTest>

#include <limits>

using namespace onair;

class TestCuepointWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_data();
    void window();
    void contains();
};

void TestCuepointWindow::window_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<qint64>("earliest");
    QTest::addColumn<qint64>("latest");

    // The getting-started guide's example: 5 min test + 4 min live, 60 s delay.
    QTest::newRow("docs example") << qint64(540000) << qint64(60000) << false << qint64(485000)
                                  << qint64(535000);
    QTest::newRow("zero delay") << qint64(540000) << qint64(0) << true << qint64(0) << qint64(-1);
    QTest::newRow("delay 5 s") << qint64(540000) << qint64(5000) << true << qint64(0) << qint64(-1);
    QTest::newRow("delay 9.999 s")
        << qint64(540000) << qint64(9999) << true << qint64(0) << qint64(-1);
    // Exactly two margins leaves no room: the spec asks for delay > 10 s.
    QTest::newRow("delay exactly 10 s")
        << qint64(540000) << qint64(10000) << true << qint64(0) << qint64(-1);
    QTest::newRow("delay 10.001 s")
        << qint64(540000) << qint64(10001) << false << qint64(534999) << qint64(535000);
    // The public stream has not started yet: everything shown so far is still ahead of it,
    // but an offset is never negative.
    QTest::newRow("elapsed shorter than delay")
        << qint64(30000) << qint64(60000) << false << qint64(0) << qint64(25000);
    QTest::newRow("elapsed equals delay")
        << qint64(60000) << qint64(60000) << false << qint64(5000) << qint64(55000);
    QTest::newRow("monitor just started")
        << qint64(4000) << qint64(60000) << true << qint64(0) << qint64(-1);
    QTest::newRow("monitor at 5 s")
        << qint64(5000) << qint64(60000) << false << qint64(0) << qint64(0);
    QTest::newRow("nothing elapsed")
        << qint64(0) << qint64(60000) << true << qint64(0) << qint64(-1);
    QTest::newRow("negative elapsed")
        << qint64(-1000) << qint64(60000) << true << qint64(0) << qint64(-1);
    QTest::newRow("negative delay")
        << qint64(540000) << qint64(-60000) << true << qint64(0) << qint64(-1);
    // A day-long show with a 30-minute delay.
    QTest::newRow("24 h show") << qint64(86400000) << qint64(1800000) << false << qint64(84605000)
                               << qint64(86395000);
    const qint64 huge = std::numeric_limits<qint64>::max();
    const qint64 clamp = huge / 4;
    QTest::newRow("max elapsed") << huge << qint64(60000) << false << clamp - 55000 << clamp - 5000;
    QTest::newRow("max delay") << qint64(540000) << huge << false << qint64(0) << qint64(535000);
    QTest::newRow("both max") << huge << huge << false << qint64(5000) << clamp - 5000;
}

void TestCuepointWindow::window()
{
    QFETCH(qint64, elapsed);
    QFETCH(qint64, delay);
    QFETCH(bool, empty);
    QFETCH(qint64, earliest);
    QFETCH(qint64, latest);

    const CuepointWindow w = CuepointWindow::compute(elapsed, delay);
    QCOMPARE(w.isEmpty(), empty);
    QCOMPARE(w.earliestMs, earliest);
    QCOMPARE(w.latestMs, latest);
    if (!empty)
        QCOMPARE(w.widthMs(), latest - earliest);
    else
        QCOMPARE(w.widthMs(), qint64(0));
}

void TestCuepointWindow::contains()
{
    const CuepointWindow w = CuepointWindow::compute(540000, 60000);
    QVERIFY(w.contains(485000));
    QVERIFY(w.contains(510000));
    QVERIFY(w.contains(535000));
    QVERIFY(!w.contains(484999));
    QVERIFY(!w.contains(535001));
    QVERIFY(!w.contains(-1));
    const CuepointWindow none = CuepointWindow::compute(540000, 0);
    QVERIFY(!none.contains(0));
    QVERIFY(!none.contains(535000));
}

QTEST_GUILESS_MAIN(TestCuepointWindow)
#include "tst_cuepointwindow.moc"
