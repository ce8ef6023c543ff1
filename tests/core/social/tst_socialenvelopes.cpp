#include "social/instagram/GraphErrorEnvelope.h"
#include "social/instagram/TokenLifetime.h"
#include "social/telegram/TelegramClient.h"
#include "social/telegram/TelegramErrorEnvelope.h"

#include <QTest>

using namespace onair;

class TestSocialEnvelopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void telegramReasons_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("flood")
            << 429
            << QByteArray(
                   R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 12","parameters":{"retry_after":12}})")
            << "floodWait";
        QTest::newRow("token")
            << 401 << QByteArray(R"({"ok":false,"error_code":401,"description":"Unauthorized"})")
            << "unauthorized";
        QTest::newRow("admin")
            << 400
            << QByteArray(
                   R"({"ok":false,"error_code":400,"description":"Bad Request: need administrator rights in the channel chat"})")
            << "rightsMissing";
        QTest::newRow("kicked")
            << 403
            << QByteArray(
                   R"({"ok":false,"error_code":403,"description":"Forbidden: bot was kicked from the channel chat"})")
            << "rightsMissing";
        QTest::newRow("same")
            << 400
            << QByteArray(
                   R"({"ok":false,"error_code":400,"description":"Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"})")
            << "notModified";
        QTest::newRow("entities")
            << 400
            << QByteArray(
                   R"({"ok":false,"error_code":400,"description":"Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3"})")
            << "parseEntities";
        QTest::newRow("proxy") << 502 << QByteArray("<html>Bad Gateway</html>") << "serverError";
    }

    void telegramReasons()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const ApiError e = TelegramErrorEnvelope::parse(status, body);
        QCOMPARE(e.reason, reason);
        QCOMPARE(e.httpStatus, status);
    }

    void telegramFloodCarriesRetryAfter()
    {
        const ApiError e = TelegramErrorEnvelope::parse(
            429,
            R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 12","parameters":{"retry_after":12}})");
        QVERIFY(e.rateLimited);
        QCOMPARE(e.retryAfterMs, 12000);
        QCOMPARE(e.message, QStringLiteral("Too Many Requests: retry after 12"));
    }

    void telegramMigrationCarriesTheNewChat()
    {
        const ApiError e = TelegramErrorEnvelope::parse(
            400,
            R"({"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234567890}})");
        QCOMPARE(e.reason, QStringLiteral("chatMigrated"));
        QCOMPARE(e.status, QStringLiteral("-1001234567890"));
    }

    void telegramLinks()
    {
        TelegramMessage m;
        m.messageId = 812;
        m.chatUsername = QStringLiteral("nightshow");
        QCOMPARE(TelegramClient::messageLink(m),
                 QUrl(QStringLiteral("https://t.me/nightshow/812")));
        m.chatUsername.clear();
        m.chatId = -1001234567890;
        QCOMPARE(TelegramClient::messageLink(m),
                 QUrl(QStringLiteral("https://t.me/c/1234567890/812")));
        m.messageId = 0; // accepted, id unknown: no link
        QVERIFY(TelegramClient::messageLink(m).isEmpty());
    }

    void graphCodesNotHttpStatus()
    {
        const ApiError throttle = GraphErrorEnvelope::parse(
            400,
            R"({"error":{"message":"Application request limit reached","type":"OAuthException","code":4,"is_transient":true}})");
        QVERIFY(throttle.rateLimited);
        QCOMPARE(GraphErrorEnvelope::code(throttle), 4);
        const ApiError spam = GraphErrorEnvelope::parse(
            400, R"({"error":{"message":"x","code":4,"error_subcode":2207051}})");
        QVERIFY(!spam.rateLimited);
        QCOMPARE(GraphErrorEnvelope::subcode(spam), 2207051);
        const ApiError expired = GraphErrorEnvelope::parse(
            400,
            R"({"error":{"message":"Error validating access token: Session has expired","code":190,"error_subcode":463}})");
        QVERIFY(GraphErrorEnvelope::isTokenDead(expired));
        QCOMPARE(expired.reason, QStringLiteral("190/463"));
        const ApiError bucket =
            GraphErrorEnvelope::parse(400, R"({"error":{"message":"x","code":80002}})");
        QVERIFY(bucket.rateLimited);
        const ApiError unknown = GraphErrorEnvelope::parse(
            500,
            R"({"error":{"message":"An unknown error occurred","code":1,"is_transient":true}})");
        QVERIFY(GraphErrorEnvelope::isTransient(unknown));
    }

    void tokenLifetime()
    {
        const QDateTime issued(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        const QDateTime expires = issued.addDays(60);
        const auto at = [&](int days) {
            return TokenLifetime::at(issued, expires, issued.addDays(days));
        };
        QVERIFY(!at(0).refreshNow); // the endpoint refuses a token under 24 h old
        QVERIFY(!at(49).refreshNow);
        QVERIFY(at(50).refreshNow);
        QVERIFY(!at(52).warn);
        QVERIFY(at(54).warn); // 6 days left
        QVERIFY(at(60).expired);
        QVERIFY(!at(60).refreshNow); // a lapsed token cannot be refreshed
    }
};

QTEST_GUILESS_MAIN(TestSocialEnvelopes)
#include "tst_socialenvelopes.moc"
