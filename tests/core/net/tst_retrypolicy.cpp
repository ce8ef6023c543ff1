#include "net/RetryPolicy.h"

#include <QTest>

using namespace onair;

namespace {

ApiError http(int status, const QString &reason = QString())
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.reason = reason;
    // What the service's envelope parser marks (GoogleErrorEnvelope for these reasons).
    e.rateLimited = reason.contains(QLatin1String("ratelimit"), Qt::CaseInsensitive);
    return e;
}

} // namespace

Q_DECLARE_METATYPE(onair::RetryPolicy::Replay)
Q_DECLARE_METATYPE(onair::RetryPolicy::Action)
Q_DECLARE_METATYPE(onair::ApiError)

// The retry decisions: which failures are retried, which reconciled, which never repeated,
// and the bounds on attempts, single waits and total time.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void backoffIsFullJitterAndCapped();
    void attemptsAreBounded();
    void totalTimeIsBounded();
    void rateLimitWaitsLonger();
    void retryAfterIsHonouredUpToTheCap();
    void unauthorizedRefreshesOnlyOnce();
};

void TestRetryPolicy::decide_data()
{
    using R = RetryPolicy::Replay;
    using A = RetryPolicy::Action;
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<R>("replay");
    QTest::addColumn<A>("action");

    const ApiError dropped = ApiError::transport(QStringLiteral("closed"));
    const ApiError timeout = ApiError::timeout(QStringLiteral("30 s"));

    QTest::newRow("read 503") << http(503, QStringLiteral("backendError")) << true << R::Safe
                              << A::Retry;
    QTest::newRow("read 500") << http(500) << true << R::Safe << A::Retry;
    QTest::newRow("read 502") << http(502) << true << R::Safe << A::Retry;
    QTest::newRow("read 504") << http(504) << true << R::Safe << A::Retry;
    QTest::newRow("read 501 not retried") << http(501) << true << R::Safe << A::GiveUp;
    QTest::newRow("read dropped") << dropped << true << R::Safe << A::Retry;
    QTest::newRow("read timeout") << timeout << true << R::Safe << A::Retry;
    QTest::newRow("read refused") << dropped << false << R::Safe << A::Retry;
    QTest::newRow("quotaExceeded")
        << http(403, QStringLiteral("quotaExceeded")) << true << R::Safe << A::GiveUp;
    QTest::newRow("other 403") << http(403, QStringLiteral("insufficientPermissions")) << true
                               << R::Safe << A::GiveUp;
    QTest::newRow("errorStreamInactive")
        << http(403, QStringLiteral("errorStreamInactive")) << true << R::Safe << A::GiveUp;
    QTest::newRow("400") << http(400, QStringLiteral("invalidTitle")) << true << R::Safe
                         << A::GiveUp;
    QTest::newRow("404") << http(404, QStringLiteral("liveBroadcastNotFound")) << true << R::Safe
                         << A::GiveUp;
    QTest::newRow("rateLimitExceeded")
        << http(403, QStringLiteral("rateLimitExceeded")) << true << R::Safe << A::Retry;
    QTest::newRow("userRequestsExceedRateLimit")
        << http(403, QStringLiteral("userRequestsExceedRateLimit")) << true << R::Safe << A::Retry;
    QTest::newRow("429") << http(429) << true << R::Safe << A::Retry;
    QTest::newRow("401 read") << http(401, QStringLiteral("authError")) << true << R::Safe
                              << A::RefreshAndReplay;
    QTest::newRow("bad response") << ApiError::badResponse(QStringLiteral("x")) << true << R::Safe
                                  << A::GiveUp;

    QTest::newRow("insert dropped: reconcile")
        << dropped << true << R::AfterReconcile << A::Reconcile;
    QTest::newRow("insert timeout: reconcile")
        << timeout << true << R::AfterReconcile << A::Reconcile;
    QTest::newRow("insert refused: retry") << dropped << false << R::AfterReconcile << A::Retry;
    QTest::newRow("insert 503: retry") << http(503) << true << R::AfterReconcile << A::Retry;
    QTest::newRow("insert 500: reconcile")
        << http(500) << true << R::AfterReconcile << A::Reconcile;
    QTest::newRow("insert 504: reconcile")
        << http(504) << true << R::AfterReconcile << A::Reconcile;
    QTest::newRow("insert rate limited: retry")
        << http(403, QStringLiteral("userRequestsExceedRateLimit")) << true << R::AfterReconcile
        << A::Retry;
    QTest::newRow("insert 401: replay")
        << http(401) << true << R::AfterReconcile << A::RefreshAndReplay;
    QTest::newRow("insert quota") << http(403, QStringLiteral("quotaExceeded")) << true
                                  << R::AfterReconcile << A::GiveUp;

    QTest::newRow("cuepoint dropped: never") << dropped << true << R::Never << A::GiveUp;
    QTest::newRow("cuepoint timeout: never") << timeout << true << R::Never << A::GiveUp;
    QTest::newRow("cuepoint 503: never") << http(503) << true << R::Never << A::GiveUp;
    QTest::newRow("cuepoint rate limited: never")
        << http(403, QStringLiteral("rateLimitExceeded")) << true << R::Never << A::GiveUp;
    QTest::newRow("cuepoint refused: retry") << dropped << false << R::Never << A::Retry;
    QTest::newRow("cuepoint 401: replay") << http(401) << true << R::Never << A::RefreshAndReplay;
}

void TestRetryPolicy::decide()
{
    QFETCH(ApiError, error);
    QFETCH(bool, sent);
    QFETCH(RetryPolicy::Replay, replay);
    QFETCH(RetryPolicy::Action, action);
    RetryPolicy policy;
    RetryPolicy::Attempt a;
    a.error = error;
    a.requestSent = sent;
    a.replay = replay;
    a.attemptsMade = 1;
    for (double r : {0.0, 0.5, 0.999}) {
        const RetryPolicy::Decision d = policy.decide(a, r);
        QCOMPARE(d.action, action);
        if (d.action == RetryPolicy::Action::Retry) {
            QVERIFY(d.delayMs >= 0);
            QVERIFY(d.delayMs <= policy.limits().rateLimitMaxDelayMs);
        }
    }
}

void TestRetryPolicy::backoffIsFullJitterAndCapped()
{
    RetryPolicy policy;
    const auto &l = policy.limits();
    QCOMPARE(policy.backoffMs(0, false, 0.0), 0);
    QCOMPARE(policy.backoffMs(0, false, 1.0), l.baseDelayMs);
    QCOMPARE(policy.backoffMs(1, false, 1.0), 2 * l.baseDelayMs);
    QCOMPARE(policy.backoffMs(2, false, 1.0), 4 * l.baseDelayMs);
    QCOMPARE(policy.backoffMs(2, false, 0.5), 2 * l.baseDelayMs);
    QCOMPARE(policy.backoffMs(30, false, 1.0), l.maxDelayMs);
    QCOMPARE(policy.backoffMs(30, false, 0.25), l.maxDelayMs / 4);
    // Out-of-range randoms are clamped, not trusted.
    QCOMPARE(policy.backoffMs(0, false, 7.0), l.baseDelayMs);
    QCOMPARE(policy.backoffMs(0, false, -1.0), 0);
}

void TestRetryPolicy::attemptsAreBounded()
{
    RetryPolicy policy;
    RetryPolicy::Attempt a;
    a.error = http(503);
    int retries = 0;
    for (a.attemptsMade = 1; a.attemptsMade < 100; ++a.attemptsMade) {
        if (policy.decide(a, 0.0).action != RetryPolicy::Action::Retry)
            break;
        ++retries;
    }
    QCOMPARE(retries, policy.limits().maxAttempts - 1);
}

void TestRetryPolicy::totalTimeIsBounded()
{
    RetryPolicy policy;
    RetryPolicy::Attempt a;
    a.error = http(503);
    a.attemptsMade = 2;
    a.elapsedMs = policy.limits().totalBudgetMs - 100;
    QCOMPARE(policy.decide(a, 0.0).action, RetryPolicy::Action::Retry);  // waits 0 ms
    QCOMPARE(policy.decide(a, 1.0).action, RetryPolicy::Action::GiveUp); // would overrun
    a.elapsedMs = policy.limits().totalBudgetMs + 1;
    QCOMPARE(policy.decide(a, 0.0).action, RetryPolicy::Action::GiveUp);
}

void TestRetryPolicy::rateLimitWaitsLonger()
{
    RetryPolicy policy;
    for (int i = 0; i < 4; ++i)
        QVERIFY(policy.backoffMs(i, true, 1.0) > policy.backoffMs(i, false, 1.0));
    RetryPolicy::Attempt a;
    a.error = http(403, QStringLiteral("rateLimitExceeded"));
    int retries = 0;
    for (a.attemptsMade = 1; a.attemptsMade < 100; ++a.attemptsMade) {
        if (policy.decide(a, 0.0).action != RetryPolicy::Action::Retry)
            break;
        ++retries;
    }
    QCOMPARE(retries, policy.limits().rateLimitMaxAttempts - 1);
}

void TestRetryPolicy::retryAfterIsHonouredUpToTheCap()
{
    RetryPolicy policy;
    RetryPolicy::Attempt a;
    a.error = http(503);
    a.retryAfterMs = 3000;
    QCOMPARE(policy.decide(a, 0.0).delayMs, 3000);
    a.retryAfterMs = 3600 * 1000;
    QCOMPARE(policy.decide(a, 0.0).delayMs, policy.limits().maxDelayMs);
}

void TestRetryPolicy::unauthorizedRefreshesOnlyOnce()
{
    RetryPolicy policy;
    RetryPolicy::Attempt a;
    a.error = http(401, QStringLiteral("authError"));
    QCOMPARE(policy.decide(a, 0.5).action, RetryPolicy::Action::RefreshAndReplay);
    a.refreshedAlready = true;
    a.attemptsMade = 2;
    QCOMPARE(policy.decide(a, 0.5).action, RetryPolicy::Action::GiveUp);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
