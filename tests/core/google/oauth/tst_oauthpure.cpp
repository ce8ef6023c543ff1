#include "google/oauth/ClientCredentials.h"
#include "google/oauth/OAuthRedirect.h"
#include "google/oauth/Pkce.h"
#include "google/oauth/TokenSet.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace onair;

Q_DECLARE_METATYPE(onair::OAuthRedirect::Kind)

// The pure parts of sign-in: PKCE, the loopback redirect parser, client_secret.json import
// and the token answer.
class TestOAuthPure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceRfc7636Vector();
    void pkceVerifierShape();
    void stateIsRandom();
    void redirect_data();
    void redirect();
    void redirectTooLong();
    void redirectSurvivesGarbage();
    void clientSecretInstalled();
    void clientSecretPlainFields();
    void clientSecretFile();
    void clientSecretRejected_data();
    void clientSecretRejected();
    void publicJsonHasNoSecret();
    void tokenResponse();
};

void TestOAuthPure::pkceRfc7636Vector()
{
    // RFC 7636 Appendix B.
    const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuthPure::pkceVerifierShape()
{
    QSet<QByteArray> seen;
    for (int len : {1, 43, 64, 128, 500}) {
        const QByteArray v = Pkce::generateVerifier(len);
        QVERIFY(v.size() >= Pkce::kMinLength && v.size() <= Pkce::kMaxLength);
        QCOMPARE(v.size(), qBound(43, len, 128));
        QVERIFY2(Pkce::isValidVerifier(v), v.constData());
        seen.insert(v);
    }
    QCOMPARE(seen.size(), 5);
    QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(43, 'a') + '+'));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(43, 'a') + '/'));
    QVERIFY(Pkce::isValidVerifier(QByteArray(40, 'a') + "-._~"));
    // The challenge is base64url without padding: 43 characters for SHA-256.
    const QByteArray c = Pkce::challengeS256(Pkce::generateVerifier());
    QCOMPARE(c.size(), 43);
    QVERIFY(!c.contains('=') && !c.contains('+') && !c.contains('/'));
}

void TestOAuthPure::stateIsRandom()
{
    const QByteArray a = Pkce::generateState();
    const QByteArray b = Pkce::generateState();
    QVERIFY(a != b);
    QVERIFY(a.size() >= 43);
}

void TestOAuthPure::redirect_data()
{
    using K = OAuthRedirect::Kind;
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("error");

    QTest::newRow("code") << QByteArray("GET "
                                        "/?code=4%2F0AbC-d_e&scope=https%3A%2F%2Fwww.googleapis."
                                        "com%2Fauth%2Fyoutube&state=xyz HTTP/1.1\r\n")
                          << K::Code << QStringLiteral("4/0AbC-d_e") << QStringLiteral("xyz")
                          << QString();
    QTest::newRow("code unencoded slash")
        << QByteArray("GET /?state=s1&code=4/abc HTTP/1.1") << K::Code << QStringLiteral("4/abc")
        << QStringLiteral("s1") << QString();
    QTest::newRow("error") << QByteArray("GET /?error=access_denied&state=abc HTTP/1.1\r\n")
                           << K::Error << QString() << QStringLiteral("abc")
                           << QStringLiteral("access_denied");
    QTest::newRow("error wins over code")
        << QByteArray("GET /?code=c&error=access_denied&state=s HTTP/1.1") << K::Error
        << QStringLiteral("c") << QStringLiteral("s") << QStringLiteral("access_denied");
    QTest::newRow("path kept") << QByteArray("GET /callback?code=c&state=s HTTP/1.0") << K::Code
                               << QStringLiteral("c") << QStringLiteral("s") << QString();
    QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1") << K::Unrelated << QString()
                             << QString() << QString();
    QTest::newRow("no state") << QByteArray("GET /?code=c HTTP/1.1") << K::Code
                              << QStringLiteral("c") << QString() << QString();
    QTest::newRow("POST") << QByteArray("POST /?code=c&state=s HTTP/1.1") << K::Invalid << QString()
                          << QString() << QString();
    QTest::newRow("absolute form") << QByteArray("GET http://evil/?code=c&state=s HTTP/1.1")
                                   << K::Invalid << QString() << QString() << QString();
    QTest::newRow("no version") << QByteArray("GET /?code=c&state=s") << K::Invalid << QString()
                                << QString() << QString();
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0") << K::Invalid << QString() << QString() << QString();
    QTest::newRow("extra spaces") << QByteArray("GET  /?code=c HTTP/1.1") << K::Invalid << QString()
                                  << QString() << QString();
    QTest::newRow("duplicate state") << QByteArray("GET /?code=c&state=a&state=b HTTP/1.1")
                                     << K::Invalid << QString() << QString() << QString();
    QTest::newRow("duplicate code") << QByteArray("GET /?code=a&code=b&state=s HTTP/1.1")
                                    << K::Invalid << QString() << QString() << QString();
    QTest::newRow("control char") << QByteArray("GET /?code=a\x01&state=s HTTP/1.1") << K::Invalid
                                  << QString() << QString() << QString();
    QTest::newRow("high byte") << QByteArray("GET /?code=\xc3\xa9&state=s HTTP/1.1") << K::Invalid
                               << QString() << QString() << QString();
    QTest::newRow("empty") << QByteArray() << K::Invalid << QString() << QString() << QString();
    QTest::newRow("nul") << QByteArray("GET /?code=a\0b HTTP/1.1", 24) << K::Invalid << QString()
                         << QString() << QString();
}

void TestOAuthPure::redirect()
{
    QFETCH(QByteArray, line);
    QFETCH(OAuthRedirect::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, state);
    QFETCH(QString, error);
    const OAuthRedirect r = OAuthRedirect::parseRequestLine(line);
    QCOMPARE(r.kind, kind);
    if (kind == OAuthRedirect::Kind::Invalid)
        return;
    QCOMPARE(r.code, code);
    QCOMPARE(r.state, state);
    QCOMPARE(r.error, error);
}

void TestOAuthPure::redirectTooLong()
{
    const QByteArray line =
        "GET /?code=" + QByteArray(OAuthRedirect::kMaxRequestLine, 'a') + "&state=s HTTP/1.1";
    QCOMPARE(OAuthRedirect::parseRequestLine(line).kind, OAuthRedirect::Kind::Invalid);
}

void TestOAuthPure::redirectSurvivesGarbage()
{
    // A poor man's fuzz run: random bytes and mutated valid lines never crash the parser,
    // and only well-formed GET lines are ever anything but Invalid.
    QRandomGenerator rng(20261121);
    const QByteArray valid("GET /?code=4%2Fabc&state=xyz&scope=a%20b HTTP/1.1\r\n");
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        if (i % 2 == 0) {
            line.resize(rng.bounded(300));
            for (char &c : line)
                c = static_cast<char>(rng.bounded(256));
        } else {
            line = valid;
            for (int m = rng.bounded(1, 6); m > 0; --m)
                line[rng.bounded(int(line.size()))] = static_cast<char>(rng.bounded(256));
        }
        const OAuthRedirect r = OAuthRedirect::parseRequestLine(line);
        if (r.kind != OAuthRedirect::Kind::Invalid)
            QVERIFY(line.startsWith("GET /"));
    }
}

void TestOAuthPure::clientSecretInstalled()
{
    const QByteArray json =
        "{\"installed\":{\"client_id\":\"123-abc.apps.googleusercontent.com\","
        "\"project_id\":\"onair-test\",\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\","
        "\"token_uri\":\"https://oauth2.googleapis.com/token\","
        "\"auth_provider_x509_cert_url\":\"https://www.googleapis.com/oauth2/v1/certs\","
        "\"client_secret\":\"GOCSPX-secret\",\"redirect_uris\":[\"http://localhost\"]}}";
    const Result<ClientCredentials> c = ClientCredentials::fromClientSecretJson(json);
    QVERIFY2(c, qPrintable(c.error().message));
    QCOMPARE(c.value().clientId, QStringLiteral("123-abc.apps.googleusercontent.com"));
    QCOMPARE(c.value().clientSecret, QStringLiteral("GOCSPX-secret"));
    QCOMPARE(c.value().authUri, ClientCredentials::googleAuthUri()); // v1 → v2
    QCOMPARE(c.value().tokenUri, ClientCredentials::googleTokenUri());
    QCOMPARE(c.value().revokeUri, ClientCredentials::googleRevokeUri());
}

void TestOAuthPure::clientSecretPlainFields()
{
    const Result<ClientCredentials> c = ClientCredentials::fromClientSecretJson(
        "{\"client_id\":\" id-1 \",\"client_secret\":\"s-1\"}");
    QVERIFY2(c, qPrintable(c.error().message));
    QCOMPARE(c.value().clientId, QStringLiteral("id-1"));
    QCOMPARE(c.value().clientSecret, QStringLiteral("s-1"));
    QCOMPARE(c.value().tokenUri, ClientCredentials::googleTokenUri());

    const Result<ClientCredentials> custom = ClientCredentials::fromClientSecretJson(
        "{\"client_id\":\"id\",\"auth_uri\":\"http://127.0.0.1:9/o/oauth2/v2/auth\","
        "\"token_uri\":\"http://127.0.0.1:9/token\"}");
    QVERIFY(custom);
    QCOMPARE(custom.value().authUri.port(), 9);
    QVERIFY(custom.value().clientSecret.isEmpty());
}

void TestOAuthPure::clientSecretFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client_secret_123.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"installed\":{\"client_id\":\"file-id\",\"client_secret\":\"file-secret\"}}");
    f.close();
    const Result<ClientCredentials> c = ClientCredentials::fromClientSecretFile(path);
    QVERIFY(c);
    QCOMPARE(c.value().clientId, QStringLiteral("file-id"));
    QCOMPARE(c.value().clientSecret, QStringLiteral("file-secret"));
    const Result<ClientCredentials> missing =
        ClientCredentials::fromClientSecretFile(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().reason, QStringLiteral("invalidClientSecretFile"));
}

void TestOAuthPure::clientSecretRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("web client") << QByteArray(
        "{\"web\":{\"client_id\":\"x\",\"client_secret\":\"y\"}}");
    QTest::newRow("no id") << QByteArray("{\"installed\":{\"client_secret\":\"y\"}}");
    QTest::newRow("id not a string") << QByteArray("{\"client_id\":5}");
    QTest::newRow("not json") << QByteArray("client_id=x");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("bad token uri")
        << QByteArray("{\"client_id\":\"x\",\"token_uri\":\"ftp://host/token\"}");
}

void TestOAuthPure::clientSecretRejected()
{
    QFETCH(QByteArray, json);
    const Result<ClientCredentials> c = ClientCredentials::fromClientSecretJson(json);
    QVERIFY(!c);
    QCOMPARE(c.error().reason, QStringLiteral("invalidClientSecretFile"));
}

void TestOAuthPure::publicJsonHasNoSecret()
{
    ClientCredentials c;
    c.clientId = QStringLiteral("id");
    c.clientSecret = QStringLiteral("very-secret-value");
    c.authUri = ClientCredentials::googleAuthUri();
    c.tokenUri = ClientCredentials::googleTokenUri();
    c.revokeUri = ClientCredentials::googleRevokeUri();
    const QByteArray json = QJsonDocument(c.toPublicJson()).toJson();
    QVERIFY(!json.contains("very-secret-value"));
    const ClientCredentials back = ClientCredentials::fromPublicJson(c.toPublicJson());
    QCOMPARE(back.clientId, c.clientId);
    QCOMPARE(back.tokenUri, c.tokenUri);
    QCOMPARE(back.revokeUri, c.revokeUri);
    QVERIFY(back.clientSecret.isEmpty());
}

void TestOAuthPure::tokenResponse()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const Result<TokenSet> t = TokenSet::fromTokenResponse(
        "{\"access_token\":\"ya29.x\",\"expires_in\":3599,\"refresh_token\":\"1//r\","
        "\"scope\":\"https://www.googleapis.com/auth/youtube.force-ssl\",\"token_type\":\"Bearer\","
        "\"unknown\":true}",
        now);
    QVERIFY(t);
    QCOMPARE(t.value().expiresAt, now.addSecs(3599));
    QCOMPARE(t.value().refreshToken, QStringLiteral("1//r"));
    QVERIFY(TokenSet::grantsYouTube(t.value().scopes));
    QVERIFY(!TokenSet::grantsYouTube(
        {QStringLiteral("https://www.googleapis.com/auth/youtube.readonly")}));
    QVERIFY(!TokenSet::fromTokenResponse("{\"expires_in\":5}", now));
    QVERIFY(!TokenSet::fromTokenResponse("{\"access_token\":\"a\"}", now));
    QVERIFY(!TokenSet::fromTokenResponse(
        "{\"access_token\":\"a\",\"expires_in\":5,\"token_type\":\"mac\"}", now));
}

QTEST_GUILESS_MAIN(TestOAuthPure)
#include "tst_oauthpure.moc"
