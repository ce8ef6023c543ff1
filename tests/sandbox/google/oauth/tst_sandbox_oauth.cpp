#include "tst_sandbox_oauth.h"

#include "google/SandboxChannels.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using onair::sandbox::OAuthService;
using onair::sandbox::sandboxChannels;

namespace onair::test {

namespace {

const auto redirect = QStringLiteral("http://127.0.0.1:48123/callback");
const auto youtubeScope = QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl");
const auto readonlyScope = QStringLiteral("https://www.googleapis.com/auth/youtube.readonly");
// BASE64URL(SHA-256(verifier)), computed independently (Python hashlib).
const auto verifier = QStringLiteral("onair-sandbox-test-verifier_0123456789.abcdefghijklmnop~XYZ");
const auto challenge = QStringLiteral("jb7IvQYrgGEwN-xjovnV8-x0rQiZJTjTOphS_8ooUg4");

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

bool OAuthTestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    if (!m_service->handle(request, responder))
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    return true;
}

void OAuthTestServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

void TestSandboxOAuth::useService(bool autoConsent, int ttlSeconds)
{
    m_service = std::make_unique<OAuthService>(autoConsent, ttlSeconds);
    m_service->setOrigin(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    m_server->setService(m_service.get());
}

void TestSandboxOAuth::init()
{
    m_service = std::make_unique<OAuthService>(true, 3599);
    m_server = std::make_unique<OAuthTestServer>(m_service.get());
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_service->setOrigin(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void TestSandboxOAuth::cleanup()
{
    m_server.reset();
    m_service.reset();
}

QUrl TestSandboxOAuth::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl TestSandboxOAuth::authUrl(const QList<QPair<QString, QString>> &overrides,
                               const QStringList &omit) const
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), m_service->clientId()},
        {QStringLiteral("redirect_uri"), redirect},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("scope"), youtubeScope + QLatin1Char(' ') + readonlyScope},
        {QStringLiteral("state"), QStringLiteral("st&te/with=odd chars")},
        {QStringLiteral("code_challenge"), challenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("access_type"), QStringLiteral("offline")},
        {QStringLiteral("prompt"), QStringLiteral("consent")},
    };
    for (const auto &override : overrides) {
        bool replaced = false;
        for (auto &field : fields) {
            if (field.first == override.first) {
                field.second = override.second;
                replaced = true;
            }
        }
        if (!replaced)
            fields.append(override);
    }
    QList<QPair<QString, QString>> kept;
    for (const auto &field : fields) {
        if (!omit.contains(field.first))
            kept.append(field);
    }
    QUrl result = url(QStringLiteral("/o/oauth2/v2/auth"));
    result.setQuery(QString::fromLatin1(TestHttpClient::formEncode(kept)), QUrl::StrictMode);
    return result;
}

QUrlQuery TestSandboxOAuth::authorize(const QString &codeChallenge, const QString &method,
                                      const QString &redirectUri)
{
    const auto reply = m_http.get(authUrl({{QStringLiteral("code_challenge"), codeChallenge},
                                           {QStringLiteral("code_challenge_method"), method},
                                           {QStringLiteral("redirect_uri"), redirectUri}}));
    if (reply.status != 302)
        qWarning() << "authorization answered" << reply.status << reply.body;
    return QUrlQuery(reply.location());
}

TestHttpClient::Reply TestSandboxOAuth::exchange(const QString &code, const QString &codeVerifier,
                                                 const QString &redirectUri)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), m_service->clientId()},
        {QStringLiteral("client_secret"), m_service->clientSecret()},
        {QStringLiteral("code"), code},
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("redirect_uri"), redirectUri},
    };
    if (!codeVerifier.isEmpty())
        fields.append({QStringLiteral("code_verifier"), codeVerifier});
    return m_http.postForm(url(QStringLiteral("/token")), fields);
}

void TestSandboxOAuth::consentPageFormFlow()
{
    useService(false, 3599);
    const auto page = m_http.get(authUrl());
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    // Both sandbox channels are offered.
    for (const auto &channel : sandboxChannels()) {
        QVERIFY2(html.contains(channel.id), qPrintable(channel.id));
        QVERIFY(html.contains(channel.title.toHtmlEscaped()));
    }
    static const QRegularExpression actionPattern(QStringLiteral("action=\"([^\"]+)\""));
    static const QRegularExpression ticketPattern(
        QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
    const auto action = actionPattern.match(html);
    const auto ticket = ticketPattern.match(html);
    QVERIFY(action.hasMatch());
    QVERIFY(ticket.hasMatch());

    // The user picks the second channel and allows.
    const QString second = sandboxChannels().at(1).id;
    const auto decision = m_http.postForm(url(action.captured(1)),
                                          {{QStringLiteral("ticket"), ticket.captured(1)},
                                           {QStringLiteral("channel"), second},
                                           {QStringLiteral("decision"), QStringLiteral("allow")}});
    QCOMPARE(decision.status, 302);
    const QUrl location = decision.location();
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), redirect);
    const QUrlQuery query(location);
    QCOMPARE(queryValue(query, QStringLiteral("state")), QStringLiteral("st&te/with=odd chars"));
    QCOMPARE(queryValue(query, QStringLiteral("scope")),
             youtubeScope + QLatin1Char(' ') + readonlyScope);
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));

    const auto tokens = exchange(queryValue(query, QStringLiteral("code")), verifier, redirect);
    QCOMPARE(tokens.status, 200);
    const auto grant = m_service->validateAccessToken(
        tokens.json().value(QStringLiteral("access_token")).toString());
    QVERIFY(grant.has_value());
    QCOMPARE(grant->channelId, second);
    QCOMPARE(grant->scopes, QStringList({youtubeScope, readonlyScope}));
}

void TestSandboxOAuth::consentDenied()
{
    useService(false, 3599);
    const auto page = m_http.get(authUrl());
    QCOMPARE(page.status, 200);
    static const QRegularExpression ticketPattern(
        QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
    const auto ticket = ticketPattern.match(QString::fromUtf8(page.body));
    QVERIFY(ticket.hasMatch());
    const auto decision = m_http.postForm(url(QStringLiteral("/o/oauth2/v2/auth/consent")),
                                          {{QStringLiteral("ticket"), ticket.captured(1)},
                                           {QStringLiteral("decision"), QStringLiteral("deny")}});
    QCOMPARE(decision.status, 302);
    const QUrlQuery query(decision.location());
    QCOMPARE(queryValue(query, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(queryValue(query, QStringLiteral("state")), QStringLiteral("st&te/with=odd chars"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestSandboxOAuth::consentTicketIsSingleUse()
{
    useService(false, 3599);
    const auto page = m_http.get(authUrl());
    static const QRegularExpression ticketPattern(
        QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
    const auto ticket = ticketPattern.match(QString::fromUtf8(page.body));
    QVERIFY(ticket.hasMatch());
    const QList<QPair<QString, QString>> form{
        {QStringLiteral("ticket"), ticket.captured(1)},
        {QStringLiteral("decision"), QStringLiteral("allow")}};
    QCOMPARE(m_http.postForm(url(QStringLiteral("/o/oauth2/v2/auth/consent")), form).status, 302);
    QCOMPARE(m_http.postForm(url(QStringLiteral("/o/oauth2/v2/auth/consent")), form).status, 400);
}

void TestSandboxOAuth::autoConsentRedirectsAtOnce()
{
    const auto reply = m_http.get(authUrl());
    QCOMPARE(reply.status, 302);
    const QUrlQuery query(reply.location());
    QVERIFY(queryValue(query, QStringLiteral("code")).size() > 20);
    QCOMPARE(queryValue(query, QStringLiteral("state")), QStringLiteral("st&te/with=odd chars"));
    const auto tokens = exchange(queryValue(query, QStringLiteral("code")), verifier, redirect);
    QCOMPARE(tokens.status, 200);
    const auto grant = m_service->validateAccessToken(
        tokens.json().value(QStringLiteral("access_token")).toString());
    QVERIFY(grant.has_value());
    QCOMPARE(grant->channelId, sandboxChannels().constFirst().id);
}

void TestSandboxOAuth::loopbackRedirects_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("ipv4") << QStringLiteral("http://127.0.0.1:9/");
    QTest::newRow("ipv4 no path") << QStringLiteral("http://127.0.0.1:65000");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:51234/cb");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/oauth2callback");
}

void TestSandboxOAuth::loopbackRedirects()
{
    QFETCH(QString, redirectUri);
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirectUri);
    const QString code = queryValue(query, QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(exchange(code, verifier, redirectUri).status, 200);
}

void TestSandboxOAuth::authorizationPageErrors_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value"); // empty: the parameter is left out
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("nobody")
                                    << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no client") << QStringLiteral("client_id") << QString() << 400
                               << QStringLiteral("invalid_request");
    QTest::newRow("remote redirect")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://example.com:8080/cb") << 400
        << QStringLiteral("redirect_uri_mismatch");
    QTest::newRow("https loopback")
        << QStringLiteral("redirect_uri") << QStringLiteral("https://127.0.0.1:8080/") << 400
        << QStringLiteral("redirect_uri_mismatch");
    QTest::newRow("oob") << QStringLiteral("redirect_uri")
                         << QStringLiteral("urn:ietf:wg:oauth:2.0:oob") << 400
                         << QStringLiteral("redirect_uri_mismatch");
    QTest::newRow("no redirect") << QStringLiteral("redirect_uri") << QString() << 400
                                 << QStringLiteral("invalid_request");
    QTest::newRow("no response_type")
        << QStringLiteral("response_type") << QString() << 400 << QStringLiteral("invalid_request");
    QTest::newRow("token response_type")
        << QStringLiteral("response_type") << QStringLiteral("token") << 400
        << QStringLiteral("unsupported_response_type");
    QTest::newRow("no scope") << QStringLiteral("scope") << QString() << 400
                              << QStringLiteral("invalid_request");
    QTest::newRow("bad scope") << QStringLiteral("scope") << QStringLiteral("everything") << 400
                               << QStringLiteral("invalid_scope");
    QTest::newRow("bad method") << QStringLiteral("code_challenge_method") << QStringLiteral("S512")
                                << 400 << QStringLiteral("invalid_request");
    QTest::newRow("short challenge") << QStringLiteral("code_challenge") << QStringLiteral("abc")
                                     << 400 << QStringLiteral("invalid_grant");
}

void TestSandboxOAuth::authorizationPageErrors()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QUrl target = value.isEmpty() ? authUrl({}, {parameter}) : authUrl({{parameter, value}});
    const auto reply = m_http.get(target);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Location").isEmpty()); // an error page, never a redirect
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY2(reply.body.contains(QByteArray(QByteArray("data-error=\"") + error.toUtf8() + '"')),
             reply.body.constData());
}

void TestSandboxOAuth::pkceS256GoodVerifier()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    QCOMPARE(queryValue(query, QStringLiteral("scope")),
             youtubeScope + QLatin1Char(' ') + readonlyScope);
    const auto reply = exchange(queryValue(query, QStringLiteral("code")), verifier, redirect);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = reply.json();
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3599);
    QVERIFY(body.value(QStringLiteral("expires_in")).isDouble());
    QCOMPARE(body.value(QStringLiteral("scope")).toString(),
             youtubeScope + QLatin1Char(' ') + readonlyScope);
    QVERIFY(m_service->validateAccessToken(body.value(QStringLiteral("access_token")).toString()));
    QVERIFY(
        !m_service->validateAccessToken(body.value(QStringLiteral("refresh_token")).toString()));
}

void TestSandboxOAuth::pkceS256BadVerifier()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QString code = queryValue(query, QStringLiteral("code"));
    const auto wrong = exchange(code, QString(verifier).replace(0, 1, QLatin1Char('e')), redirect);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.json().value(QStringLiteral("error_description")).toString().isEmpty());
    // The failed attempt spent the code: the right verifier comes too late.
    const auto retry = exchange(code, verifier, redirect);
    QCOMPARE(retry.status, 400);
    QCOMPARE(retry.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::pkceMissingVerifier()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const auto reply = exchange(queryValue(query, QStringLiteral("code")), QString(), redirect);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(reply.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Missing code verifier."));
}

void TestSandboxOAuth::pkcePlain()
{
    const QString plain = QStringLiteral("plain-verifier-0123456789-0123456789-abcdefgh");
    const QUrlQuery query = authorize(plain, QStringLiteral("plain"), redirect);
    QCOMPARE(exchange(queryValue(query, QStringLiteral("code")), plain, redirect).status, 200);
    const QUrlQuery second = authorize(plain, QStringLiteral("plain"), redirect);
    QCOMPARE(exchange(queryValue(second, QStringLiteral("code")), verifier, redirect).status, 400);
}

void TestSandboxOAuth::codeIsSingleUse()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QString code = queryValue(query, QStringLiteral("code"));
    QCOMPARE(exchange(code, verifier, redirect).status, 200);
    const auto again = exchange(code, verifier, redirect);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(again.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Bad Request"));
}

void TestSandboxOAuth::redirectUriMismatchAtExchange()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const auto reply = exchange(queryValue(query, QStringLiteral("code")), verifier,
                                QStringLiteral("http://127.0.0.1:48124/callback"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::tokenEndpointClientErrors_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString id = QStringLiteral("407408718192-onairsandbox.apps.googleusercontent.com");
    const QString secret = QStringLiteral("GOCSPX-onair-sandbox-secret");
    const QString refresh = QStringLiteral("refresh_token");
    QTest::newRow("bad secret") << id << QStringLiteral("wrong") << refresh << 401
                                << QStringLiteral("invalid_client");
    QTest::newRow("unknown client") << QStringLiteral("x.apps.googleusercontent.com") << secret
                                    << refresh << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no secret") << id << QString() << refresh << 400
                               << QStringLiteral("invalid_request");
    QTest::newRow("no grant type")
        << id << secret << QString() << 400 << QStringLiteral("invalid_request");
    QTest::newRow("password grant") << id << secret << QStringLiteral("password") << 400
                                    << QStringLiteral("unsupported_grant_type");
    QTest::newRow("bad refresh token")
        << id << secret << refresh << 400 << QStringLiteral("invalid_grant");
}

void TestSandboxOAuth::tokenEndpointClientErrors()
{
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(QString, grantType);
    QFETCH(int, status);
    QFETCH(QString, error);
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("refresh_token"), QStringLiteral("1//0sbx-not-issued")}};
    if (!clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), clientSecret});
    if (!grantType.isEmpty())
        fields.append({QStringLiteral("grant_type"), grantType});
    const auto reply = m_http.postForm(url(QStringLiteral("/token")), fields);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(reply.json().value(QStringLiteral("error_description")).isString());
}

void TestSandboxOAuth::refreshGrant()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject first =
        exchange(queryValue(query, QStringLiteral("code")), verifier, redirect).json();
    const QString refreshToken = first.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());

    const auto reply =
        m_http.postForm(url(QStringLiteral("/token")),
                        {{QStringLiteral("client_id"), m_service->clientId()},
                         {QStringLiteral("client_secret"), m_service->clientSecret()},
                         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), refreshToken}});
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QString access = body.value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(access != first.value(QStringLiteral("access_token")).toString());
    QVERIFY(!body.contains(QStringLiteral("refresh_token"))); // the old one stays valid
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("scope")).toString(),
             first.value(QStringLiteral("scope")).toString());
    QVERIFY(m_service->validateAccessToken(access));
    QVERIFY(m_service->validateAccessToken(first.value(QStringLiteral("access_token")).toString()));

    // Client credentials by HTTP Basic work as well (RFC 6749 §2.3.1).
    const QByteArray basic = QByteArray(QUrl::toPercentEncoding(m_service->clientId()) + ':' +
                                        QUrl::toPercentEncoding(m_service->clientSecret()))
                                 .toBase64();
    QNetworkAccessManager network;
    QNetworkRequest request(url(QStringLiteral("/token")));
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
    QNetworkReply *basicReply = network.post(
        request,
        TestHttpClient::formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("refresh_token"), refreshToken}}));
    QTRY_VERIFY_WITH_TIMEOUT(basicReply->isFinished(), 15000);
    QCOMPARE(basicReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete basicReply;
}

void TestSandboxOAuth::tokenEndpointTakesJson()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject body{{QStringLiteral("client_id"), m_service->clientId()},
                           {QStringLiteral("client_secret"), m_service->clientSecret()},
                           {QStringLiteral("code"), queryValue(query, QStringLiteral("code"))},
                           {QStringLiteral("code_verifier"), verifier},
                           {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("redirect_uri"), redirect}};
    const auto reply = m_http.post(url(QStringLiteral("/token")),
                                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                                   "application/json; charset=utf-8");
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(m_service->validateAccessToken(
        reply.json().value(QStringLiteral("access_token")).toString()));
}

void TestSandboxOAuth::accessTokenExpires()
{
    useService(true, 1);
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject body =
        exchange(queryValue(query, QStringLiteral("code")), verifier, redirect).json();
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 1);
    const QString access = body.value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());
    // Bounded wait for the expiry; no claim about how fast it happens.
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->validateAccessToken(access), 15000);

    // The refresh token outlives it and gets a fresh access token.
    const auto refreshed =
        m_http.postForm(url(QStringLiteral("/token")),
                        {{QStringLiteral("client_id"), m_service->clientId()},
                         {QStringLiteral("client_secret"), m_service->clientSecret()},
                         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"),
                          body.value(QStringLiteral("refresh_token")).toString()}});
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.json().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestSandboxOAuth::expireAllAccessTokens()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject body =
        exchange(queryValue(query, QStringLiteral("code")), verifier, redirect).json();
    const QString access = body.value(QStringLiteral("access_token")).toString();
    QVERIFY(m_service->validateAccessToken(access));
    m_service->expireAllAccessTokens();
    QVERIFY(!m_service->validateAccessToken(access));
    QVERIFY(!m_service->validateAccessToken(QStringLiteral("ya29.never-issued")));
}

void TestSandboxOAuth::revokeAccessTokenRevokesGrant()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject body =
        exchange(queryValue(query, QStringLiteral("code")), verifier, redirect).json();
    const QString access = body.value(QStringLiteral("access_token")).toString();
    const QString refreshToken = body.value(QStringLiteral("refresh_token")).toString();

    const auto revoke =
        m_http.postForm(url(QStringLiteral("/revoke")), {{QStringLiteral("token"), access}});
    QCOMPARE(revoke.status, 200);
    QVERIFY(!m_service->validateAccessToken(access));

    const auto refresh =
        m_http.postForm(url(QStringLiteral("/token")),
                        {{QStringLiteral("client_id"), m_service->clientId()},
                         {QStringLiteral("client_secret"), m_service->clientSecret()},
                         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), refreshToken}});
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(refresh.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Token has been expired or revoked."));
}

void TestSandboxOAuth::revokeRefreshTokenInQuery()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject body =
        exchange(queryValue(query, QStringLiteral("code")), verifier, redirect).json();
    const QString access = body.value(QStringLiteral("access_token")).toString();
    QUrl target = url(QStringLiteral("/revoke"));
    target.setQuery(QStringLiteral("token=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(
                            body.value(QStringLiteral("refresh_token")).toString())),
                    QUrl::StrictMode);
    const auto revoke = m_http.post(target, QByteArray(), "application/x-www-form-urlencoded");
    QCOMPARE(revoke.status, 200);
    // The access tokens of a revoked refresh token stop working too.
    QVERIFY(!m_service->validateAccessToken(access));
}

void TestSandboxOAuth::revokeUnknownToken()
{
    const auto reply = m_http.postForm(url(QStringLiteral("/revoke")),
                                       {{QStringLiteral("token"), QStringLiteral("ya29.unknown")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_token"));
    QCOMPARE(m_http.get(url(QStringLiteral("/revoke"))).status, 405);
}

void TestSandboxOAuth::stateSurvivesRestart()
{
    const QUrlQuery query = authorize(challenge, QStringLiteral("S256"), redirect);
    const QJsonObject body =
        exchange(queryValue(query, QStringLiteral("code")), verifier, redirect).json();
    const QJsonObject saved = m_service->saveState();

    OAuthService restored(true, 3599);
    restored.restoreState(saved);
    const auto grant =
        restored.validateAccessToken(body.value(QStringLiteral("access_token")).toString());
    QVERIFY(grant.has_value());
    QCOMPARE(grant->channelId, sandboxChannels().constFirst().id);

    m_server->setService(&restored);
    const auto refresh =
        m_http.postForm(url(QStringLiteral("/token")),
                        {{QStringLiteral("client_id"), restored.clientId()},
                         {QStringLiteral("client_secret"), restored.clientSecret()},
                         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"),
                          body.value(QStringLiteral("refresh_token")).toString()}});
    m_server->setService(m_service.get());
    QCOMPARE(refresh.status, 200);
}

} // namespace onair::test

QTEST_GUILESS_MAIN(onair::test::TestSandboxOAuth)

#include "moc_tst_sandbox_oauth.cpp"
