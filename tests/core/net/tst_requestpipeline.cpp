#include "net/RequestPipeline.h"

#include "ScriptedServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace onair;

Q_DECLARE_METATYPE(onair::RetryPolicy::Replay)

// The pipeline's own guarantees, service-neutral, against a scripted server on 127.0.0.1:
// the timeout, the answer cap, one refresh-and-replay on 401, no resend of a write whose
// outcome is unknown, and one quota charge per attempt that reached the server.
class TestRequestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stalledAnswerTimesOut();
    void oversizedAnswerIsRefusedUnread();
    void unauthorizedRefreshesAndReplaysOnce();
    void writeWithUnknownOutcomeIsNotResent_data();
    void writeWithUnknownOutcomeIsNotResent();
    void quotaChargedOncePerAttemptThatReachedServer();
    void refusedConnectionIsNotCharged();

private:
    struct Outcome
    {
        Result<NetReply> result;
        NetCallInfo info;
    };
    NetRequest request(const QByteArray &verb = "GET") const;
    std::optional<Outcome> run(NetRequest request);

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<RequestPipeline> m_pipeline;
};

void TestRequestPipeline::init()
{
    m_server = std::make_unique<ScriptedServer>();
    m_pipeline = std::make_unique<RequestPipeline>(nullptr);
    RetryPolicy::Limits fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    m_pipeline->setRetryPolicy(RetryPolicy(fast));
}

void TestRequestPipeline::cleanup()
{
    m_pipeline.reset();
    m_server.reset();
}

NetRequest TestRequestPipeline::request(const QByteArray &verb) const
{
    NetRequest r;
    r.method = QStringLiteral("things.call");
    r.verb = verb;
    r.url = m_server->root().resolved(QUrl(QStringLiteral("v1/things")));
    r.timeoutMs = 10000;
    if (verb != "GET") {
        r.body = "{\"name\":\"a\"}";
        r.contentType = "application/json";
    }
    return r;
}

std::optional<TestRequestPipeline::Outcome> TestRequestPipeline::run(NetRequest request)
{
    std::optional<Outcome> outcome;
    m_pipeline->send(std::move(request), this, [&](Result<NetReply> r, NetCallInfo info) {
        outcome = Outcome{std::move(r), info};
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        qWarning() << "the call did not end within 20 s";
    return outcome;
}

void TestRequestPipeline::stalledAnswerTimesOut()
{
    RetryPolicy::Limits once;
    once.maxAttempts = 1;
    m_pipeline->setRetryPolicy(RetryPolicy(once));
    m_server->script = {ScriptedServer::Mode::Stall};
    NetRequest r = request();
    r.timeoutMs = 300;
    QSignalSpy finished(m_pipeline.get(), &RequestPipeline::requestFinished);
    const auto outcome = run(std::move(r));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->result);
    QCOMPARE(outcome->result.error().kind, ApiError::Kind::Timeout);
    QVERIFY(outcome->info.outcomeUnknown);
    QCOMPARE(m_server->requestLines.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 0);
}

void TestRequestPipeline::oversizedAnswerIsRefusedUnread()
{
    m_pipeline->setMaxAnswerBytes(64 * 1024);
    m_server->script = {ScriptedServer::Mode::Oversized};
    m_server->oversizedBytes = 100 * 1024 * 1024; // announced, never sent
    NetRequest r = request();
    r.timeoutMs = 8000; // far beyond the refusal, which needs no more than the headers
    RetryPolicy::Limits once;
    once.maxAttempts = 1;
    m_pipeline->setRetryPolicy(RetryPolicy(once));
    const auto outcome = run(std::move(r));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->result);
    QCOMPARE(outcome->result.error().kind, ApiError::Kind::BadResponse);
    QVERIFY(outcome->result.error().message.contains(QLatin1String("more than")));
}

void TestRequestPipeline::unauthorizedRefreshesAndReplaysOnce()
{
    int tokensGiven = 0;
    QStringList refused;
    RequestHooks hooks;
    hooks.bearerToken = [&](QObject *, RequestHooks::TokenDone done) {
        ++tokensGiven;
        done(QStringLiteral("token-%1").arg(tokensGiven));
    };
    hooks.tokenRefused = [&](const QString &token) { refused.append(token); };
    m_pipeline->setHooks(hooks);
    m_server->statuses = {401, 401, 200};

    const auto outcome = run(request());
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->result);
    QCOMPARE(outcome->result.error().httpStatus, 401);
    // The first 401 refreshes and replays; the second is final.
    QCOMPARE(m_server->requestHeads.size(), 2);
    QVERIFY(m_server->requestHeads.at(0).contains("Authorization: Bearer token-1"));
    QVERIFY(m_server->requestHeads.at(1).contains("Authorization: Bearer token-2"));
    QCOMPARE(refused, QStringList{QStringLiteral("token-1")});

    // A replay that succeeds ends the call with the answer.
    m_server->statuses = {401, 200};
    m_server->requestHeads.clear();
    const auto second = run(request());
    QVERIFY(second.has_value());
    QVERIFY2(second->result, qPrintable(second->result.error().summary()));
    QCOMPARE(m_server->requestHeads.size(), 2);
}

void TestRequestPipeline::writeWithUnknownOutcomeIsNotResent_data()
{
    QTest::addColumn<RetryPolicy::Replay>("replay");
    QTest::newRow("never") << RetryPolicy::Replay::Never;
    QTest::newRow("after reconcile") << RetryPolicy::Replay::AfterReconcile;
}

void TestRequestPipeline::writeWithUnknownOutcomeIsNotResent()
{
    QFETCH(RetryPolicy::Replay, replay);
    m_server->script = {ScriptedServer::Mode::Drop, ScriptedServer::Mode::Drop};
    NetRequest r = request("POST");
    r.replay = replay;
    QSignalSpy retries(m_pipeline.get(), &RequestPipeline::retryScheduled);
    const auto outcome = run(std::move(r));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->result);
    QVERIFY(outcome->info.outcomeUnknown);
    // Give a resend (ours, or Qt's own on a dropped connection) every chance to show up.
    QTest::qWait(500);
    QCOMPARE(m_server->requestLines.size(), 1);
    QCOMPARE(retries.size(), 0);
}

void TestRequestPipeline::quotaChargedOncePerAttemptThatReachedServer()
{
    QStringList charged;
    RequestHooks hooks;
    hooks.chargeQuota = [&](const QString &method) {
        charged.append(method);
        return 7;
    };
    m_pipeline->setHooks(hooks);
    m_server->statuses = {503, 500, 200};
    QSignalSpy finished(m_pipeline.get(), &RequestPipeline::requestFinished);
    const auto outcome = run(request());
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->result, qPrintable(outcome->result.error().summary()));
    QCOMPARE(m_server->requestLines.size(), 3);
    QCOMPARE(charged.size(), 3);
    QCOMPARE(finished.size(), 3);
    for (const QList<QVariant> &f : finished) {
        QCOMPARE(f.at(0).toString(), QStringLiteral("things.call"));
        QCOMPARE(f.at(2).toInt(), 7);
    }
}

void TestRequestPipeline::refusedConnectionIsNotCharged()
{
    int charges = 0;
    RequestHooks hooks;
    hooks.chargeQuota = [&](const QString &) {
        ++charges;
        return 7;
    };
    m_pipeline->setHooks(hooks);
    RetryPolicy::Limits twice;
    twice.maxAttempts = 2;
    twice.baseDelayMs = 10;
    m_pipeline->setRetryPolicy(RetryPolicy(twice));
    // A port nobody listens on: bind one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    NetRequest r = request();
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/things").arg(port));
    QSignalSpy finished(m_pipeline.get(), &RequestPipeline::requestFinished);
    const auto outcome = run(std::move(r));
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->result);
    QVERIFY(!outcome->info.outcomeUnknown);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(charges, 0);
}

QTEST_GUILESS_MAIN(TestRequestPipeline)
#include "tst_requestpipeline.moc"
