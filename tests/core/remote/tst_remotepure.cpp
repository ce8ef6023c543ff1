#include "remote/ArmedAction.h"
#include "remote/RateLimiter.h"
#include "remote/ShowState.h"
#include "remote/http/HttpRequestParser.h"

#include <QTest>

using namespace onair;
using State = HttpRequestParser::State;

Q_DECLARE_METATYPE(HttpRequestParser::State)
Q_DECLARE_METATYPE(onair::Tally)
Q_DECLARE_METATYPE(std::optional<onair::LifeCycleStatus>)

// The remote layer's pure rules: arm-then-confirm within 5 s from the same origin, the rate
// limit, the tally a light shows, and the HTTP request parser's strictness and limits.
class TestRemotePure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void armThenConfirm();
    void rateLimit();
    void tally_data();
    void tally();
    void parser_data();
    void parser();
    void parserTakesOneRequestAtATime();
    void parserNeedsMoreForEveryPrefix();
};

void TestRemotePure::armThenConfirm()
{
    const QString live = QStringLiteral("live");
    ArmedAction a;
    // Nothing armed: a confirmation alone does nothing.
    QVERIFY(!a.confirm(live, ActionOrigin::Http, 1000));
    a.arm(live, ActionOrigin::Http, 1000);
    QCOMPARE(a.armed(5999), live);
    QVERIFY(a.confirm(live, ActionOrigin::Http, 5999));
    // Used up.
    QVERIFY(!a.confirm(live, ActionOrigin::Http, 6000));
    // Too late: exactly 5 s is too late.
    a.arm(live, ActionOrigin::Http, 10'000);
    QVERIFY(a.armed(15'000).isEmpty());
    QVERIFY(!a.confirm(live, ActionOrigin::Http, 15'000));
    // Another origin, or another action, does not confirm (and uses the arm up).
    a.arm(live, ActionOrigin::DBus, 20'000);
    QVERIFY(!a.confirm(live, ActionOrigin::Http, 20'100));
    QVERIFY(!a.confirm(live, ActionOrigin::DBus, 20'200));
    a.arm(live, ActionOrigin::DBus, 30'000);
    QVERIFY(!a.confirm(QStringLiteral("end"), ActionOrigin::DBus, 30'100));
    // A newer arm replaces an older one.
    a.arm(live, ActionOrigin::Ctl, 40'000);
    a.arm(QStringLiteral("end"), ActionOrigin::Ctl, 40'500);
    QVERIFY(!a.confirm(live, ActionOrigin::Ctl, 41'000));
    // A clock that stepped back does not confirm.
    a.arm(live, ActionOrigin::Ctl, 50'000);
    QVERIFY(!a.confirm(live, ActionOrigin::Ctl, 49'000));
}

void TestRemotePure::rateLimit()
{
    RateLimiter r(3, 500);
    QVERIFY(r.take(0));
    QVERIFY(r.take(0));
    QVERIFY(r.take(0));
    QVERIFY(!r.take(0));
    QCOMPARE(r.waitMs(0), 500);
    QVERIFY(!r.take(499));
    QVERIFY(r.take(500));
    QVERIFY(!r.take(500));
    // Refills up to the burst, not beyond.
    QVERIFY(r.take(100'000));
    QVERIFY(r.take(100'000));
    QVERIFY(r.take(100'000));
    QVERIFY(!r.take(100'000));
    // A clock stepping back adds nothing.
    QVERIFY(!r.take(50'000));
}

void TestRemotePure::tally_data()
{
    QTest::addColumn<std::optional<LifeCycleStatus>>("status");
    QTest::addColumn<StreamStatus>("stream");
    QTest::addColumn<Tally>("tally");
    QTest::addColumn<QString>("name");
    const auto S = [](LifeCycleStatus s) { return std::optional(s); };
    QTest::newRow("no broadcast") << std::optional<LifeCycleStatus>() << StreamStatus::Active
                                  << Tally::OffAir << QStringLiteral("offAir");
    QTest::newRow("created") << S(LifeCycleStatus::Created) << StreamStatus::Active << Tally::OffAir
                             << QStringLiteral("offAir");
    QTest::newRow("ready, no data is not ready") << S(LifeCycleStatus::Ready) << StreamStatus::Ready
                                                 << Tally::NoSignal << QStringLiteral("noSignal");
    QTest::newRow("ready, encoder lost") << S(LifeCycleStatus::Ready) << StreamStatus::Inactive
                                         << Tally::NoSignal << QStringLiteral("noSignal");
    QTest::newRow("ready, active") << S(LifeCycleStatus::Ready) << StreamStatus::Active
                                   << Tally::Ready << QStringLiteral("ready");
    QTest::newRow("testStarting") << S(LifeCycleStatus::TestStarting) << StreamStatus::Active
                                  << Tally::Testing << QStringLiteral("testing");
    QTest::newRow("testing") << S(LifeCycleStatus::Testing) << StreamStatus::Active
                             << Tally::Testing << QStringLiteral("testing");
    QTest::newRow("liveStarting is on air")
        << S(LifeCycleStatus::LiveStarting) << StreamStatus::Active << Tally::Live
        << QStringLiteral("live");
    QTest::newRow("live") << S(LifeCycleStatus::Live) << StreamStatus::Active << Tally::Live
                          << QStringLiteral("live");
    QTest::newRow("complete") << S(LifeCycleStatus::Complete) << StreamStatus::Inactive
                              << Tally::Ended << QStringLiteral("ended");
    QTest::newRow("revoked") << S(LifeCycleStatus::Revoked) << StreamStatus::Inactive
                             << Tally::Ended << QStringLiteral("ended");
}

// One mapping serves the window and the remote callers (show/Tally.h).
void TestRemotePure::tally()
{
    QFETCH(std::optional<LifeCycleStatus>, status);
    QFETCH(StreamStatus, stream);
    QFETCH(Tally, tally);
    QFETCH(QString, name);
    QCOMPARE(tallyOf(status, stream), tally);
    QCOMPARE(tallyName(tally), name);
}

void TestRemotePure::parser_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("status");

    const QByteArray host = "Host: 127.0.0.1:8723\r\n";
    QTest::newRow("GET") << QByteArray("GET /v1/state HTTP/1.1\r\n" + host + "\r\n")
                         << State::Complete << 0;
    QTest::newRow("POST with a body")
        << QByteArray("POST /v1/breaks HTTP/1.1\r\n" + host +
                      "Content-Type: application/json\r\nContent-Length: 15\r\n\r\n"
                      "{\"seconds\": 60}")
        << State::Complete << 0;
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << State::Complete << 0;
    QTest::newRow("body not all there")
        << QByteArray("POST /v1/breaks HTTP/1.1\r\n" + host + "Content-Length: 15\r\n\r\n{\"sec")
        << State::NeedMore << 0;
    QTest::newRow("head not all there")
        << QByteArray("GET /v1/state HTTP/1.1\r\nHo") << State::NeedMore << 0;
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET / HTTP/1.1\r\n\r\n") << State::Error << 400;
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n")
                               << State::Error << 400;
    QTest::newRow("absolute target")
        << QByteArray("GET http://evil/ HTTP/1.1\r\n" + host + "\r\n") << State::Error << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n" + host + "\r\n") << State::Error
                                << 400;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\n" + host + "\r\n") << State::Error
                             << 400;
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: b\r\n c\r\n\r\n") << State::Error << 400;
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n") << State::Error << 400;
    QTest::newRow("control character in a value")
        << QByteArray("GET / HTTP/1.1\r\n" + host + QByteArray("X-A: b\x01\r\n\r\n"))
        << State::Error << 400;
    QTest::newRow("NUL before the end of the head")
        << QByteArray("GET / HTTP/1.1\r\nX\0", 18) << State::Error << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << State::Error
                            << 505;
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.0\r\n" + host + "\r\n") << State::Error
                              << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\n" + host +
                                           "Transfer-Encoding: chunked\r\n\r\n")
                             << State::Error << 501;
    QTest::newRow("signed Content-Length")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: +5\r\n\r\n") << State::Error
        << 400;
    QTest::newRow("two different Content-Lengths")
        << QByteArray("POST / HTTP/1.1\r\n" + host +
                      "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        << State::Error << 400;
    QTest::newRow("body too large")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 16385\r\n\r\n")
        << State::Error << 413;
    QTest::newRow("huge Content-Length")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999\r\n\r\n")
        << State::Error << 400;
    QTest::newRow("target too long")
        << QByteArray("GET /" + QByteArray(3000, 'a') + " HTTP/1.1\r\n" + host + "\r\n")
        << State::Error << 414;
    QTest::newRow("request line never ends")
        << QByteArray("GET /" + QByteArray(3000, 'a')) << State::Error << 414;
    QTest::newRow("header section too large")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: " + QByteArray(9000, 'a') + "\r\n\r\n")
        << State::Error << 431;
    QByteArray many = "GET / HTTP/1.1\r\n" + host;
    for (int i = 0; i < 70; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("too many headers") << QByteArray(many + "\r\n") << State::Error << 431;
    QTest::newRow("empty") << QByteArray() << State::NeedMore << 0;
    QTest::newRow("only CRLFs") << QByteArray("\r\n\r\n") << State::Error << 400;
}

void TestRemotePure::parser()
{
    QFETCH(QByteArray, data);
    QFETCH(State, state);
    QFETCH(int, status);
    const HttpRequestParser::Result r = HttpRequestParser::parse(data);
    QVERIFY2(r.state == state,
             qPrintable(QStringLiteral("state %1 (%2)").arg(int(r.state)).arg(r.error)));
    QCOMPARE(r.status, status);
    if (state == State::Complete)
        QCOMPARE(r.consumed, data.size());
}

void TestRemotePure::parserTakesOneRequestAtATime()
{
    const QByteArray one =
        "POST /v1/breaks?x=1&access_token=a%2Bb HTTP/1.1\r\nHost: localhost:1\r\n"
        "content-length: 2\r\nAuthorization: Bearer  abc \r\n\r\n{}";
    const HttpRequestParser::Result r =
        HttpRequestParser::parse(QByteArray(one + "GET / HTTP/1.1\r\n"));
    QCOMPARE(r.state, State::Complete);
    QCOMPARE(r.consumed, one.size());
    QCOMPARE(r.request.method, QByteArray("POST"));
    QCOMPARE(r.request.path, QByteArray("/v1/breaks"));
    QCOMPARE(r.request.queryValue("access_token"), QByteArray("a+b"));
    QCOMPARE(r.request.header("authorization"), QByteArray("Bearer  abc"));
    QCOMPARE(r.request.header("host"), QByteArray("localhost:1"));
    QCOMPARE(r.request.body, QByteArray("{}"));
}

void TestRemotePure::parserNeedsMoreForEveryPrefix()
{
    // A request that arrives a byte at a time is never an error before it is whole.
    const QByteArray whole = "POST /v1/breaks HTTP/1.1\r\nHost: 127.0.0.1:1\r\n"
                             "Content-Length: 4\r\n\r\n{  }";
    for (qsizetype n = 0; n < whole.size(); ++n)
        QCOMPARE(HttpRequestParser::parse(whole.left(n)).state, State::NeedMore);
    QCOMPARE(HttpRequestParser::parse(whole).state, State::Complete);
}

QTEST_GUILESS_MAIN(TestRemotePure)
#include "tst_remotepure.moc"
