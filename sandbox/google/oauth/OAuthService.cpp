#include "google/oauth/OAuthService.h"

#include "google/SandboxChannels.h"
#include "google/oauth/OAuthWire.h"
#include "kernel/WebResponse.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace onair::sandbox {

using namespace oauthwire;

namespace {

const auto authPath = QStringLiteral("/o/oauth2/v2/auth");
const auto consentPath = QStringLiteral("/o/oauth2/v2/auth/consent");
const auto tokenPath = QStringLiteral("/token");
const auto revokePath = QStringLiteral("/revoke");
constexpr int codeLifetimeSeconds = 600;
constexpr int consentLifetimeSeconds = 3600;

} // namespace

OAuthService::OAuthService(bool autoConsent, int tokenTtlSeconds, QObject *parent)
    : QObject(parent)
    , m_autoConsent(autoConsent)
    , m_tokenTtlSeconds(tokenTtlSeconds > 0 ? tokenTtlSeconds : 3599)
    , m_clientId(QStringLiteral("407408718192-onairsandbox.apps.googleusercontent.com"))
    , m_clientSecret(QStringLiteral("GOCSPX-onair-sandbox-secret"))
{}

QString OAuthService::clientId() const
{
    return m_clientId;
}

QString OAuthService::clientSecret() const
{
    return m_clientSecret;
}

void OAuthService::setOrigin(const QString &origin)
{
    m_origin = origin;
    while (m_origin.endsWith(QLatin1Char('/')))
        m_origin.chop(1);
}

bool OAuthService::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (path == authPath) {
        if (method != QHttpServerRequest::Method::Get)
            authErrorPage(responder, Status::MethodNotAllowed, QStringLiteral("invalid_request"),
                          QStringLiteral("The authorization endpoint takes GET requests."));
        else
            serveAuthorize(request, responder);
        return true;
    }
    if (path == consentPath) {
        if (method != QHttpServerRequest::Method::Post)
            authErrorPage(responder, Status::MethodNotAllowed, QStringLiteral("invalid_request"),
                          QStringLiteral("The consent form is submitted with POST."));
        else
            serveConsent(request, responder);
        return true;
    }
    if (const std::optional<HttpReply> reply = answer(request)) {
        web::reply(responder, Status(reply->status), reply->contentType, reply->body,
                   reply->headers);
        return true;
    }
    return false;
}

std::optional<OAuthService::AuthRequest>
OAuthService::checkAuthRequest(const QUrlQuery &query, QHttpServerResponder &responder) const
{
    const auto missing = [&](const QString &name) {
        authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_request"),
                      QStringLiteral("Required parameter is missing: ") + name);
        return std::nullopt;
    };
    for (const QString &name :
         {QStringLiteral("client_id"), QStringLiteral("redirect_uri"),
          QStringLiteral("response_type"), QStringLiteral("scope"), QStringLiteral("state"),
          QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method")}) {
        if (isDuplicated(query, name)) {
            authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("Parameter is duplicated: ") + name);
            return std::nullopt;
        }
    }

    AuthRequest auth;
    auth.clientId = value(query, QStringLiteral("client_id"));
    if (auth.clientId.isEmpty())
        return missing(QStringLiteral("client_id"));
    if (auth.clientId != m_clientId) {
        authErrorPage(responder, Status::Unauthorized, QStringLiteral("invalid_client"),
                      QStringLiteral("The OAuth client was not found."));
        return std::nullopt;
    }
    auth.redirectUri = value(query, QStringLiteral("redirect_uri"));
    if (auth.redirectUri.isEmpty())
        return missing(QStringLiteral("redirect_uri"));
    if (!isLoopbackRedirect(auth.redirectUri)) {
        authErrorPage(responder, Status::BadRequest, QStringLiteral("redirect_uri_mismatch"),
                      QStringLiteral("You can't sign in to this app because it doesn't comply "
                                     "with Google's OAuth 2.0 policy. Desktop apps must use a "
                                     "loopback redirect URI (http://127.0.0.1:port, "
                                     "http://[::1]:port or http://localhost:port); got ") +
                          auth.redirectUri);
        return std::nullopt;
    }
    const QString responseType = value(query, QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return missing(QStringLiteral("response_type"));
    if (responseType != QLatin1String("code")) {
        authErrorPage(responder, Status::BadRequest, QStringLiteral("unsupported_response_type"),
                      QStringLiteral("Invalid response_type: ") + responseType);
        return std::nullopt;
    }
    auth.scope = splitScopes(value(query, QStringLiteral("scope"))).join(QLatin1Char(' '));
    if (auth.scope.isEmpty())
        return missing(QStringLiteral("scope"));
    for (const QString &scope : splitScopes(auth.scope)) {
        if (!isKnownScope(scope)) {
            authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_scope"),
                          QStringLiteral("Some requested scopes were invalid: ") + scope);
            return std::nullopt;
        }
    }
    auth.state = value(query, QStringLiteral("state"));
    auth.codeChallenge = value(query, QStringLiteral("code_challenge"));
    auth.codeChallengeMethod = value(query, QStringLiteral("code_challenge_method"));
    if (!auth.codeChallengeMethod.isEmpty() && auth.codeChallengeMethod != QLatin1String("S256") &&
        auth.codeChallengeMethod != QLatin1String("plain")) {
        authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_request"),
                      QStringLiteral("Invalid code_challenge_method: ") + auth.codeChallengeMethod);
        return std::nullopt;
    }
    if (!auth.codeChallengeMethod.isEmpty() && auth.codeChallenge.isEmpty()) {
        authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_grant"),
                      QStringLiteral("Missing code_challenge."));
        return std::nullopt;
    }
    if (!auth.codeChallenge.isEmpty()) {
        if (auth.codeChallengeMethod.isEmpty())
            auth.codeChallengeMethod = QStringLiteral("plain"); // Google's default
        // An S256 challenge is 32 bytes in base64url: 43 characters of the same alphabet.
        const bool wellFormed =
            auth.codeChallengeMethod == QLatin1String("S256")
                ? auth.codeChallenge.size() == 43 && isPkceString(auth.codeChallenge)
                : isPkceString(auth.codeChallenge);
        if (!wellFormed) {
            authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_grant"),
                          QStringLiteral("Invalid code_challenge."));
            return std::nullopt;
        }
    }
    return auth;
}

void OAuthService::serveAuthorize(const QHttpServerRequest &request,
                                  QHttpServerResponder &responder)
{
    const QUrlQuery query = web::formQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    const auto auth = checkAuthRequest(query, responder);
    if (!auth)
        return;
    if (m_autoConsent) {
        redirectWithCode(*auth, sandboxChannels().constFirst().id, responder);
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_consentTickets.begin(); it != m_consentTickets.end();) {
        if (it->expiresAt < now)
            it = m_consentTickets.erase(it);
        else
            ++it;
    }
    const QString ticket = randomToken(24);
    m_consentTickets.insert(ticket, {*auth, now.addSecs(consentLifetimeSeconds)});

    QString channels;
    bool first = true;
    for (const SandboxChannel &channel : sandboxChannels()) {
        channels += QStringLiteral("<label class=\"channel\"><input type=\"radio\" "
                                   "name=\"channel\" value=\"") +
                    web::htmlEscaped(channel.id) + QLatin1Char('"') +
                    (first ? QStringLiteral(" checked") : QString()) + QStringLiteral("> <b>") +
                    web::htmlEscaped(channel.title) + QStringLiteral("</b><br><small>") +
                    web::htmlEscaped(channel.description) + QStringLiteral("</small></label>");
        first = false;
    }
    QString scopes;
    for (const QString &scope : splitScopes(auth->scope))
        scopes +=
            QStringLiteral("<li><code>") + web::htmlEscaped(scope) + QStringLiteral("</code></li>");
    const QString body =
        QStringLiteral("<h1>Sign in with the OnAir sandbox</h1>"
                       "<p>An app wants to use one of the sandbox's YouTube channels with "
                       "these permissions:</p><ul>") +
        scopes + QStringLiteral("</ul><form method=\"post\" action=\"") + consentPath +
        QStringLiteral("\"><input type=\"hidden\" name=\"ticket\" value=\"") +
        web::htmlEscaped(ticket) + QStringLiteral("\"><p>Choose a channel:</p>") + channels +
        QStringLiteral("<button type=\"submit\" name=\"decision\" value=\"allow\" "
                       "id=\"allow\">Allow</button><button type=\"submit\" name=\"decision\" "
                       "value=\"deny\" id=\"deny\">Cancel</button></form>");
    web::reply(responder, Status::Ok, "text/html; charset=utf-8",
               page(QStringLiteral("Sign in - OnAir sandbox"), body),
               {{"Cache-Control", "no-store"}, {"X-Frame-Options", "DENY"}});
}

void OAuthService::serveConsent(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QUrlQuery form = web::formQuery(request.body());
    const auto ticket = m_consentTickets.find(value(form, QStringLiteral("ticket")));
    if (ticket == m_consentTickets.end() || ticket->expiresAt < QDateTime::currentDateTimeUtc()) {
        authErrorPage(responder, Status::BadRequest, QStringLiteral("invalid_request"),
                      QStringLiteral("This sign-in page has expired or was already used. "
                                     "Start the sign-in again from the app."));
        return;
    }
    const AuthRequest auth = ticket->request;
    m_consentTickets.erase(ticket);

    if (value(form, QStringLiteral("decision")) != QLatin1String("allow")) {
        QUrl location(auth.redirectUri);
        QString query = location.query(QUrl::FullyEncoded);
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QStringLiteral("error=access_denied");
        if (!auth.state.isEmpty())
            query += QStringLiteral("&state=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(auth.state));
        location.setQuery(query, QUrl::StrictMode);
        web::redirect(responder, location);
        return;
    }
    const QString channelId = value(form, QStringLiteral("channel"));
    const auto &channels = sandboxChannels();
    const bool known = std::any_of(channels.cbegin(), channels.cend(),
                                   [&](const SandboxChannel &c) { return c.id == channelId; });
    redirectWithCode(auth, known ? channelId : channels.constFirst().id, responder);
}

void OAuthService::redirectWithCode(const AuthRequest &request, const QString &channelId,
                                    QHttpServerResponder &responder)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (it->expiresAt < now)
            it = m_codes.erase(it);
        else
            ++it;
    }
    // Google's codes look like "4/0A…"; the slash is legal in a query and sent unescaped.
    const QString code = QStringLiteral("4/0Asbx") + randomToken(48);
    m_codes.insert(code, {request, channelId, now.addSecs(codeLifetimeSeconds)});

    QUrl location(request.redirectUri);
    QString query = location.query(QUrl::FullyEncoded);
    const auto add = [&](const QString &key, const QString &text, const QByteArray &keep) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
    };
    if (!request.state.isEmpty())
        add(QStringLiteral("state"), request.state, QByteArray());
    add(QStringLiteral("code"), code, "/");
    add(QStringLiteral("scope"), request.scope, ":/");
    location.setQuery(query, QUrl::StrictMode);
    web::redirect(responder, location);
}

QJsonObject OAuthService::issueTokens(const QString &channelId, const QStringList &scopes,
                                      const QString &refreshToken, bool includeRefreshToken)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forget tokens that expired long ago: nobody can use them any more.
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();) {
        if (it->expiresAt.addSecs(3600) < now)
            it = m_accessTokens.erase(it);
        else
            ++it;
    }
    const QString accessToken = QStringLiteral("ya29.sbx") + randomToken(48);
    m_accessTokens.insert(accessToken,
                          {channelId, scopes, refreshToken, now.addSecs(m_tokenTtlSeconds)});
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("expires_in"), m_tokenTtlSeconds},
                     {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (includeRefreshToken)
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    return body;
}

HttpReply OAuthService::serveToken(const QHttpServerRequest &request)
{
    const QUrlQuery form = tokenRequestFields(request);
    for (const auto &item : form.queryItems()) {
        if (isDuplicated(form, item.first)) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("Duplicate parameter: ") + item.first);
        }
    }

    // Client authentication: form fields, or HTTP Basic as RFC 6749 allows.
    QString clientId = value(form, QStringLiteral("client_id"));
    QString clientSecret = value(form, QStringLiteral("client_secret"));
    const QByteArray authorization = request.value("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }

    const QString grantType = value(form, QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                         QStringLiteral("Required parameter is missing: grant_type"));
    }
    if (clientId.isEmpty()) {
        return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                         QStringLiteral("Could not determine client ID from request."));
    }
    if (clientId != m_clientId) {
        return jsonError(Status::Unauthorized, QStringLiteral("invalid_client"),
                         QStringLiteral("The OAuth client was not found."));
    }
    if (clientSecret.isEmpty()) {
        return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                         QStringLiteral("client_secret is missing."));
    }
    if (clientSecret != m_clientSecret) {
        return jsonError(Status::Unauthorized, QStringLiteral("invalid_client"),
                         QStringLiteral("Unauthorized"));
    }

    if (grantType == QLatin1String("authorization_code")) {
        const QString code = value(form, QStringLiteral("code"));
        if (code.isEmpty()) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: code"));
        }
        const QString redirectUri = value(form, QStringLiteral("redirect_uri"));
        if (redirectUri.isEmpty()) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing parameter: redirect_uri"));
        }
        // A code is spent by its first exchange attempt, whatever the outcome.
        const auto pending = m_codes.take(code);
        if (pending.channelId.isEmpty()) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_grant"),
                             code.startsWith(QLatin1String("4/"))
                                 ? QStringLiteral("Bad Request")
                                 : QStringLiteral("Malformed auth code."));
        }
        if (pending.expiresAt < QDateTime::currentDateTimeUtc() ||
            pending.request.redirectUri != redirectUri) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_grant"),
                             QStringLiteral("Bad Request"));
        }
        if (!pending.request.codeChallenge.isEmpty()) {
            const QString verifier = value(form, QStringLiteral("code_verifier"));
            if (verifier.isEmpty()) {
                return jsonError(Status::BadRequest, QStringLiteral("invalid_grant"),
                                 QStringLiteral("Missing code verifier."));
            }
            const QString expected = pending.request.codeChallengeMethod == QLatin1String("S256")
                                         ? s256(verifier)
                                         : verifier;
            if (!isPkceString(verifier) || expected != pending.request.codeChallenge) {
                return jsonError(Status::BadRequest, QStringLiteral("invalid_grant"),
                                 QStringLiteral("Invalid code verifier."));
            }
        }
        const QStringList scopes = splitScopes(pending.request.scope);
        const QString refreshToken = QStringLiteral("1//0sbx") + randomToken(48);
        m_refreshTokens.insert(refreshToken, {pending.channelId, scopes});
        const QJsonObject body = issueTokens(pending.channelId, scopes, refreshToken, true);
        return jsonReply(Status::Ok, QJsonDocument(body).toJson(QJsonDocument::Indented));
    }

    if (grantType == QLatin1String("refresh_token")) {
        const QString refreshToken = value(form, QStringLiteral("refresh_token"));
        if (refreshToken.isEmpty()) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                             QStringLiteral("Missing required parameter: refresh_token"));
        }
        const auto grant = m_refreshTokens.constFind(refreshToken);
        if (grant == m_refreshTokens.constEnd()) {
            return jsonError(Status::BadRequest, QStringLiteral("invalid_grant"),
                             QStringLiteral("Token has been expired or revoked."));
        }
        QStringList scopes = grant->scopes;
        const QStringList narrowed = splitScopes(value(form, QStringLiteral("scope")));
        if (!narrowed.isEmpty()) {
            for (const QString &scope : narrowed) {
                if (!grant->scopes.contains(scope)) {
                    return jsonError(Status::BadRequest, QStringLiteral("invalid_scope"),
                                     QStringLiteral("Some requested scopes were invalid. {invalid="
                                                    "[") +
                                         scope + QStringLiteral("]}"));
                }
            }
            scopes = narrowed;
        }
        const QJsonObject body = issueTokens(grant->channelId, scopes, refreshToken, false);
        return jsonReply(Status::Ok, QJsonDocument(body).toJson(QJsonDocument::Indented));
    }

    return jsonError(Status::BadRequest, QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("Invalid grant_type: ") + grantType);
}

HttpReply OAuthService::serveRevoke(const QHttpServerRequest &request)
{
    const QString token = value(requestForm(request), QStringLiteral("token"));
    if (token.isEmpty()) {
        return jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                         QStringLiteral("Bad Request"));
    }
    QString refreshToken;
    if (m_refreshTokens.contains(token)) {
        refreshToken = token;
    } else if (const auto access = m_accessTokens.constFind(token);
               access != m_accessTokens.constEnd() &&
               access->expiresAt > QDateTime::currentDateTimeUtc()) {
        refreshToken = access->refreshToken;
    } else {
        return jsonError(Status::BadRequest, QStringLiteral("invalid_token"),
                         QStringLiteral("Token expired or revoked"));
    }
    // Revoking either token ends the whole grant: the refresh token and its access tokens.
    m_refreshTokens.remove(refreshToken);
    m_accessTokens.remove(token);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();) {
        if (!refreshToken.isEmpty() && it->refreshToken == refreshToken)
            it = m_accessTokens.erase(it);
        else
            ++it;
    }
    return jsonReply(Status::Ok, "{}\n");
}

std::optional<HttpReply> OAuthService::answer(const QHttpServerRequest &request, QString *endpoint)
{
    const QString path = request.url().path();
    if (path != tokenPath && path != revokePath)
        return std::nullopt;
    if (endpoint)
        *endpoint =
            path == tokenPath ? QStringLiteral("oauth2.token") : QStringLiteral("oauth2.revoke");
    if (request.method() != QHttpServerRequest::Method::Post)
        return jsonError(Status::MethodNotAllowed, QStringLiteral("invalid_request"),
                         QStringLiteral("Invalid request method: use POST."));
    return path == tokenPath ? serveToken(request) : serveRevoke(request);
}

std::optional<AccessGrant> OAuthService::validateAccessToken(const QString &accessToken) const
{
    const auto token = m_accessTokens.constFind(accessToken);
    if (token == m_accessTokens.constEnd() || token->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return AccessGrant{token->channelId, token->scopes};
}

void OAuthService::expireAllAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessToken &token : m_accessTokens)
        token.expiresAt = std::min(token.expiresAt, past);
}

QJsonObject OAuthService::saveState() const
{
    QJsonArray refresh;
    for (auto it = m_refreshTokens.cbegin(); it != m_refreshTokens.cend(); ++it) {
        refresh.append(
            QJsonObject{{QStringLiteral("token"), it.key()},
                        {QStringLiteral("channelId"), it->channelId},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(it->scopes)}});
    }
    QJsonArray access;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_accessTokens.cbegin(); it != m_accessTokens.cend(); ++it) {
        if (it->expiresAt <= now)
            continue;
        access.append(
            QJsonObject{{QStringLiteral("token"), it.key()},
                        {QStringLiteral("channelId"), it->channelId},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(it->scopes)},
                        {QStringLiteral("refreshToken"), it->refreshToken},
                        {QStringLiteral("expiresAt"), it->expiresAt.toString(Qt::ISODateWithMs)}});
    }
    return {{QStringLiteral("refreshTokens"), refresh}, {QStringLiteral("accessTokens"), access}};
}

void OAuthService::restoreState(const QJsonObject &state)
{
    m_refreshTokens.clear();
    m_accessTokens.clear();
    for (const QJsonValue &item : state.value(QStringLiteral("refreshTokens")).toArray()) {
        const QJsonObject object = item.toObject();
        const QString token = object.value(QStringLiteral("token")).toString();
        if (!token.isEmpty())
            m_refreshTokens.insert(token, {object.value(QStringLiteral("channelId")).toString(),
                                           toStringList(object.value(QStringLiteral("scopes")))});
    }
    for (const QJsonValue &item : state.value(QStringLiteral("accessTokens")).toArray()) {
        const QJsonObject object = item.toObject();
        const QString token = object.value(QStringLiteral("token")).toString();
        const QDateTime expiresAt = QDateTime::fromString(
            object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        if (!token.isEmpty() && expiresAt.isValid())
            m_accessTokens.insert(token, {object.value(QStringLiteral("channelId")).toString(),
                                          toStringList(object.value(QStringLiteral("scopes"))),
                                          object.value(QStringLiteral("refreshToken")).toString(),
                                          expiresAt.toUTC()});
    }
}

} // namespace onair::sandbox
