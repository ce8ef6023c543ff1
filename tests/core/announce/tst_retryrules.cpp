#include "announce/RetryRules.h"
#include "social/instagram/GraphErrorEnvelope.h"
#include "social/telegram/TelegramErrorEnvelope.h"

#include <QTest>

using namespace onair;
using A = RetryRules::Action;

class TestRetryRules : public QObject
{
    Q_OBJECT

private:
    static ApiError tg(int status, const char *body)
    {
        return TelegramErrorEnvelope::parse(status, QByteArray(body));
    }
    static ApiError ig(const char *body)
    {
        return GraphErrorEnvelope::parse(400, QByteArray(body));
    }

private Q_SLOTS:
    void telegramUnknownOutcomeIsNeverRetried()
    {
        NetCallInfo unknown{true, false};
        QCOMPARE(
            RetryRules::telegram(ApiError::timeout(QStringLiteral("t")), unknown, false, 1, 1000)
                .action,
            A::Unconfirmed);
        // An edit repeated only says the same again.
        QCOMPARE(
            RetryRules::telegram(ApiError::timeout(QStringLiteral("t")), unknown, true, 1, 1000)
                .action,
            A::Retry);
    }

    void telegramNotSentIsRetriedWithBackoff()
    {
        const auto d = RetryRules::telegram(ApiError::transport(QStringLiteral("refused")), {},
                                            false, 2, 1000);
        QCOMPARE(d.action, A::Retry);
        QCOMPARE(d.delayMs, 2000);
        QCOMPARE(
            RetryRules::telegram(ApiError::transport(QStringLiteral("refused")), {}, false, 3, 1000)
                .action,
            A::Fail); // three attempts, as the seed
    }

    void telegramFloodWaitsRetryAfter()
    {
        const auto d = RetryRules::telegram(
            tg(429,
               R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 30","parameters":{"retry_after":30}})"),
            {}, false, 3, 1000);
        QCOMPARE(d.action, A::Wait); // not executed: even after the last attempt
        QCOMPARE(d.delayMs, 30000);
    }

    void telegramRefusalsAreFinal()
    {
        QCOMPARE(
            RetryRules::telegram(
                tg(400,
                   R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})"),
                {}, false, 1, 1000)
                .action,
            A::Fail);
        QCOMPARE(
            RetryRules::telegram(
                tg(400,
                   R"({"ok":false,"error_code":400,"description":"Bad Request: message is too long"})"),
                {}, false, 1, 1000)
                .action,
            A::Fail);
        QCOMPARE(RetryRules::telegram(
                     tg(401, R"({"ok":false,"error_code":401,"description":"Unauthorized"})"), {},
                     false, 1, 1000)
                     .action,
                 A::StopAccount);
    }

    void instagramRules()
    {
        QCOMPARE(
            RetryRules::instagram(ig(R"({"error":{"code":4,"error_subcode":2207051}})"), 1, 1000)
                .action,
            A::Fail);
        for (int code : {4, 17, 32, 613, 80002}) {
            const auto throttle = RetryRules::instagram(
                ig(QStringLiteral(R"({"error":{"code":%1}})").arg(code).toUtf8().constData()), 3,
                1000);
            QCOMPARE(throttle.action, A::Wait);
            QVERIFY(throttle.delayMs >= 60000);
        }
        const auto quota =
            RetryRules::instagram(ig(R"({"error":{"code":9,"error_subcode":2207042}})"), 1, 1000);
        QCOMPARE(quota.action, A::Retry);
        QCOMPARE(quota.delayMs, 3600 * 1000);
        QCOMPARE(RetryRules::instagram(ig(R"({"error":{"code":190,"error_subcode":463}})"), 1, 1000)
                     .action,
                 A::StopAccount);
        QCOMPARE(RetryRules::instagram(ig(R"({"error":{"code":36001,"error_subcode":2207005}})"), 1,
                                       1000)
                     .action,
                 A::Fail);
        QVERIFY(
            RetryRules::needsNewContainer(ig(R"({"error":{"code":-2,"error_subcode":2207020}})")));
        QCOMPARE(
            RetryRules::instagram(ig(R"({"error":{"code":-2,"error_subcode":2207020}})"), 3, 1000)
                .action,
            A::Fail);
    }
};

QTEST_GUILESS_MAIN(TestRetryRules)
#include "tst_retryrules.moc"
