#include "google/ErrorMessages.h"
#include "google/oauth/AccountSession.h"
#include "google/youtube/YouTubeClient.h"

#include "ScriptedServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace onair;

namespace {

TokenSet longLivedToken()
{
    TokenSet t;
    t.accessToken = QStringLiteral("test-access-token");
    t.refreshToken = QStringLiteral("test-refresh-token");
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return t;
}

} // namespace

// The client's transport guarantees, against a scripted local server: a dropped answer to a
// cuepoint is never re-sent (not by us, and not silently by Qt), a dropped answer to a read
// is retried, a stalled request times out.
class TestClientTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void droppedCuepointIsUnconfirmedAndSentOnce();
    void droppedReadIsRetried();
    void stalledRequestTimesOut();
    void refusedConnectionIsNotSent();
    void refusedCuepointIsNeverSentAfterTwoSeconds();
    void cuepointResendAsksFirst();
    void contextGoneMeansNoCallback();
    void signedOutFailsLaterWithoutSending();
    void sharedNetworkAccessManager();

private:
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<YouTubeClient> m_client;
    std::unique_ptr<ScriptedServer> m_server;
};

void TestClientTransport::init()
{
    m_account = std::make_unique<AccountSession>(QStringLiteral("t"), ClientCredentials(), nullptr,
                                                 nullptr);
    m_account->adopt(longLivedToken(), this, [](Result<bool>) {});
    m_client = std::make_unique<YouTubeClient>(m_account.get());
    RetryPolicy::Limits fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    m_client->setRetryPolicy(RetryPolicy(fast));
    m_server = std::make_unique<ScriptedServer>();
    m_client->setRootUrl(m_server->root());
}

void TestClientTransport::cleanup()
{
    m_client.reset();
    m_account.reset();
    m_server.reset();
}

void TestClientTransport::droppedCuepointIsUnconfirmedAndSentOnce()
{
    m_server->script = {ScriptedServer::Mode::Drop, ScriptedServer::Mode::Drop,
                        ScriptedServer::Mode::Drop};
    std::optional<CuepointOutcome> outcome;
    QSignalSpy finished(m_client.get(), &YouTubeClient::requestFinished);
    m_client->broadcasts().insertCuepoint(QStringLiteral("abcdefghijk"), Cuepoint::now(), this,
                                          [&](CuepointOutcome o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(outcome->confirmation, WriteConfirmation::Unconfirmed);
    QVERIFY(!outcome->result);
    QCOMPARE(outcome->result.error().reason, YouTubeClient::kWriteUnconfirmed);
    QVERIFY(!ErrorMessages::describe(outcome->result.error()).isEmpty());
    // Give a silent resend every chance to show up before counting.
    QTest::qWait(500);
    QCOMPARE(m_server->requestLines.size(), 1);
    QVERIFY(m_server->requestLines.first().startsWith(
        "POST /youtube/v3/liveBroadcasts/cuepoint?id=abcdefghijk"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("liveBroadcasts.insertCuepoint"));
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(finished.first().at(2).toInt(), 50); // it may have reached YouTube: counted
}

void TestClientTransport::droppedReadIsRetried()
{
    m_server->script = {ScriptedServer::Mode::Drop, ScriptedServer::Mode::Drop};
    m_server->answerBody = "{\"kind\":\"youtube#liveStreamListResponse\",\"items\":[],"
                           "\"pageInfo\":{\"totalResults\":0,\"resultsPerPage\":5}}";
    std::optional<Result<Page<LiveStream>>> result;
    QSignalSpy retries(m_client.get(), &YouTubeClient::retryScheduled);
    m_client->streams().list({}, {QStringLiteral("id")}, QString(), 5, this,
                             [&](Result<Page<LiveStream>> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(*result, qPrintable(result->error().summary()));
    QVERIFY(result->value().items.isEmpty());
    // Qt may itself resend an idempotent GET once on a dropped connection; either way the
    // read ends with the answer, after at most our bounded number of attempts.
    QVERIFY(m_server->requestLines.size() >= 3);
    QVERIFY(retries.size() >= 1);
    QVERIFY(m_server->requestLines.first().contains("part=id"));
    QVERIFY(m_server->requestLines.first().contains("mine=true"));
}

void TestClientTransport::stalledRequestTimesOut()
{
    m_client->setTimeouts(300, 300, 300);
    RetryPolicy::Limits once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(RetryPolicy(once));
    m_server->script = {ScriptedServer::Mode::Stall};
    std::optional<Result<LiveBroadcast>> result;
    m_client->broadcasts().get(QStringLiteral("abcdefghijk"), {QStringLiteral("status")}, this,
                               [&](Result<LiveBroadcast> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(m_server->requestLines.size(), 1);
}

void TestClientTransport::refusedConnectionIsNotSent()
{
    // A port nobody listens on: grab one, then close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_client->setRootUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    QSignalSpy finished(m_client.get(), &YouTubeClient::requestFinished);
    QSignalSpy retries(m_client.get(), &YouTubeClient::retryScheduled);
    std::optional<CuepointOutcome> outcome;
    m_client->broadcasts().insertCuepoint(QStringLiteral("abcdefghijk"), Cuepoint::now(), this,
                                          [&](CuepointOutcome o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    // Nothing reached a server: safe to send again, and no quota counted.
    QCOMPARE(outcome->confirmation, WriteConfirmation::NotCreated);
    QCOMPARE(retries.size(), m_client->retryPolicy().limits().maxAttempts - 1);
    for (const auto &f : finished)
        QCOMPARE(f.at(2).toInt(), 0);
}

namespace {
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

void TestClientTransport::refusedCuepointIsNeverSentAfterTwoSeconds()
{
    // A retry policy that would go on resending for a long time: the 2 s limit holds anyway.
    RetryPolicy::Limits patient;
    patient.maxAttempts = 1000;
    patient.baseDelayMs = 150;
    patient.maxDelayMs = 300;
    patient.totalBudgetMs = 600000;
    m_client->setRetryPolicy(RetryPolicy(patient));
    m_client->setRootUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())));
    QElapsedTimer sinceCall;
    QList<qint64> attemptsAt;
    connect(m_client.get(), &YouTubeClient::requestFinished, this,
            [&] { attemptsAt << sinceCall.elapsed(); });
    std::optional<CuepointOutcome> outcome;
    qint64 answeredAt = -1;
    sinceCall.start();
    m_client->broadcasts().insertCuepoint(QStringLiteral("abcdefghijk"), Cuepoint::now(), this,
                                          [&](CuepointOutcome o) {
                                              answeredAt = sinceCall.elapsed();
                                              outcome = o;
                                          });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(outcome->confirmation, WriteConfirmation::NotCreated);
    QCOMPARE(outcome->result.error().reason, YouTubeClient::kCuepointNotSent);
    QVERIFY(!ErrorMessages::describe(outcome->result.error()).isEmpty());
    QVERIFY2(attemptsAt.size() >= 2, "the refused connection was not tried again at all");
    // A refused connection fails at once, so each attempt ends within a few ms of its start.
    for (const qint64 at : std::as_const(attemptsAt))
        QVERIFY2(at <= YouTubeClient::kCuepointSendWithinMs + 100,
                 qPrintable(QStringLiteral("an attempt %1 ms after the call").arg(at)));
    // And the operator hears about it without waiting for a resend that may not go out.
    QVERIFY2(answeredAt <= YouTubeClient::kCuepointSendWithinMs + 500,
             qPrintable(QStringLiteral("answered after %1 ms").arg(answeredAt)));
    QTest::qWait(500);
    const qsizetype attempts = attemptsAt.size();
    QTest::qWait(500);
    QCOMPARE(attemptsAt.size(), attempts);
}

void TestClientTransport::cuepointResendAsksFirst()
{
    m_client->setRootUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())));
    QSignalSpy finished(m_client.get(), &YouTubeClient::requestFinished);
    int asked = 0;
    const QString why = QStringLiteral("the offset 485 s has left the window.");
    std::optional<CuepointOutcome> outcome;
    m_client->broadcasts().insertCuepoint(
        QStringLiteral("abcdefghijk"), Cuepoint::now(),
        [&] {
            ++asked;
            return why;
        },
        this, [&](CuepointOutcome o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    // Asked before the resend only (the first send follows the caller's own checks), and
    // its answer ends the call: nothing more goes out.
    QCOMPARE(asked, 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome->confirmation, WriteConfirmation::NotCreated);
    QCOMPARE(outcome->result.error().reason, YouTubeClient::kCuepointNotSent);
    QCOMPARE(outcome->result.error().message, why);
}

void TestClientTransport::contextGoneMeansNoCallback()
{
    m_server->script = {ScriptedServer::Mode::Answer};
    m_server->answerBody = "{\"items\":[]}";
    bool called = false;
    auto *context = new QObject;
    QSignalSpy finished(m_client.get(), &YouTubeClient::requestFinished);
    m_client->broadcasts().list(BroadcastFilter::Mine, {QStringLiteral("id")}, QString(), 5,
                                context, [&](Result<Page<LiveBroadcast>>) { called = true; });
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestClientTransport::signedOutFailsLaterWithoutSending()
{
    AccountSession signedOut(QStringLiteral("nobody"), ClientCredentials(), nullptr, nullptr);
    QVERIFY(!signedOut.isSignedIn());
    m_client->setAccount(&signedOut);
    std::optional<Result<Channel>> result;
    m_client->channels().mine(this, [&](Result<Channel> r) { result = r; });
    QVERIFY(!result.has_value()); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ApiError::Kind::SignedOut);
    QCOMPARE(m_server->requestLines.size(), 0);
    m_client->setAccount(m_account.get());
}

void TestClientTransport::sharedNetworkAccessManager()
{
    QNetworkAccessManager shared;
    m_client->setNetworkAccessManager(&shared);
    QCOMPARE(m_client->networkAccessManager(), &shared);
    m_server->answerBody = "{\"items\":[{\"kind\":\"youtube#channel\",\"id\":\"UCx\","
                           "\"snippet\":{\"title\":\"X\"}}]}";
    std::optional<Result<Channel>> result;
    m_client->channels().mine(this, [&](Result<Channel> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(*result, qPrintable(result->error().summary()));
    QCOMPARE(result->value().id, QStringLiteral("UCx"));
    QCOMPARE(result->value().title, QStringLiteral("X"));
    QVERIFY(m_server->requestLines.first().contains("part=id%2Csnippet") ||
            m_server->requestLines.first().contains("part=id,snippet"));
    m_client.reset(); // before `shared` goes away
}

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"
