#include "rehearsal/SandboxEndpoints.h"

#include <QTest>

using namespace onair;

// The sandbox's ready line is read in one place, for the app and the tests alike.
class TestSandboxEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyLineGivesEndpointsAndClient();
    void readyLineGivesTheSeededSocialAccounts();
    void refused_data();
    void refused();
};

namespace {
const QByteArray kReady = "{\"event\":\"ready\",\"api\":\"http://127.0.0.1:4000/\","
                          "\"auth\":\"http://127.0.0.1:4000/o/oauth2/v2/auth\","
                          "\"token\":\"http://127.0.0.1:4000/token\","
                          "\"rtmp\":\"rtmp://127.0.0.1:4001/live2\","
                          "\"client_id\":\"cid\",\"client_secret\":\"cs\"}";
}

void TestSandboxEndpoints::readyLineGivesEndpointsAndClient()
{
    QString error;
    const SandboxEndpoints e = SandboxEndpoints::parse(kReady, &error);
    QVERIFY2(e.isValid(), qPrintable(error));
    QCOMPARE(e.api, QUrl(QStringLiteral("http://127.0.0.1:4000/")));
    QCOMPARE(e.origin(), QUrl(QStringLiteral("http://127.0.0.1:4000")));
    QCOMPARE(e.rtmp, QStringLiteral("rtmp://127.0.0.1:4001/live2"));
    QCOMPARE(e.readyJson.value(QLatin1String("event")).toString(), QStringLiteral("ready"));
    const Result<ClientCredentials> c = e.credentials();
    QVERIFY(c);
    QCOMPARE(c.value().clientId, QStringLiteral("cid"));
    QCOMPARE(c.value().clientSecret, QStringLiteral("cs"));
    QCOMPARE(c.value().authUri, QUrl(QStringLiteral("http://127.0.0.1:4000/o/oauth2/v2/auth")));
    QCOMPARE(c.value().tokenUri, QUrl(QStringLiteral("http://127.0.0.1:4000/token")));
    QCOMPARE(c.value().revokeUri, QUrl(QStringLiteral("http://127.0.0.1:4000/revoke")));
}

void TestSandboxEndpoints::readyLineGivesTheSeededSocialAccounts()
{
    // An older sandbox's line names none: nothing to fill in, but the read-back page is there.
    const SandboxSocial none = SandboxEndpoints::parse(kReady).social();
    QVERIFY(!none.hasTelegram());
    QVERIFY(!none.hasInstagram());
    QCOMPARE(none.postsPage, QUrl(QStringLiteral("http://127.0.0.1:4000/_sandbox/social/posts")));

    QByteArray line = kReady;
    line.chop(1);
    line += ",\"telegram\":\"http://127.0.0.1:4000/\",\"telegram_bot_token\":\"1:abc\","
            "\"telegram_channel\":\"@onair_show\",\"graph\":\"http://127.0.0.1:4000/graph/\","
            "\"instagram_user_id\":\"178\",\"instagram_token\":\"IGQ\"}";
    const SandboxSocial s = SandboxEndpoints::parse(line).social();
    QVERIFY(s.hasTelegram());
    QVERIFY(s.hasInstagram());
    QCOMPARE(s.telegramRoot, QUrl(QStringLiteral("http://127.0.0.1:4000/")));
    QCOMPARE(s.telegramBotToken, QStringLiteral("1:abc"));
    QCOMPARE(s.telegramChannel, QStringLiteral("@onair_show"));
    QCOMPARE(s.graphRoot, QUrl(QStringLiteral("http://127.0.0.1:4000/graph/")));
    QCOMPARE(s.instagramToken, QStringLiteral("IGQ"));
}

void TestSandboxEndpoints::refused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("onair-sandbox: port in use");
    QTest::newRow("another event") << QByteArray(kReady).replace("\"ready\"", "\"stopped\"");
    QTest::newRow("api elsewhere")
        << QByteArray(kReady).replace("http://127.0.0.1:4000/\",", "http://10.0.0.2:4000/\",");
    QTest::newRow("no client") << QByteArray(kReady).replace("\"client_id\":\"cid\",", "");
    QTest::newRow("no token") << QByteArray(kReady).replace(
        "\"token\":\"http://127.0.0.1:4000/token\",", "");
}

void TestSandboxEndpoints::refused()
{
    QFETCH(QByteArray, line);
    QString error;
    const SandboxEndpoints e = SandboxEndpoints::parse(line, &error);
    QVERIFY(!e.isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(!e.credentials());
}

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "tst_sandboxendpoints.moc"
