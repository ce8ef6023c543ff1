#include "google/oauth/SignInFlow.h"

#include "google/oauth/AuthLogging.h"
#include "google/oauth/Pkce.h"

#include <QUrlQuery>

namespace onair {

namespace {

ApiError authError(const QString &reason, const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.reason = reason;
    e.domain = QStringLiteral("oauth2");
    e.message = message;
    return e;
}

} // namespace

QStringList SignInFlow::defaultScopes()
{
    return {QStringLiteral("https://www.googleapis.com/auth/youtube.force-ssl")};
}

QStringList SignInFlow::contentIdScopes()
{
    return defaultScopes() << QStringLiteral("https://www.googleapis.com/auth/youtubepartner");
}

SignInFlow::SignInFlow(const ClientCredentials &client, BrowserOpener openBrowser,
                       QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_openBrowser(std::move(openBrowser))
    , m_tokens(nam)
    , m_scopes(defaultScopes())
{
    connect(&m_listener, &LoopbackListener::redirectReceived, this, &SignInFlow::onRedirect);
    connect(&m_listener, &LoopbackListener::timedOut, this, [this] {
        finish(authError(QStringLiteral("signInTimedOut"),
                         QStringLiteral("no answer from the browser in time")));
    });
}

void SignInFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_client.isComplete()) {
        finish(authError(QStringLiteral("invalid_client"),
                         QStringLiteral("the OAuth client has no id or endpoints")));
        return;
    }
    m_verifier = Pkce::generateVerifier(64);
    m_state = Pkce::generateState();
    if (!m_listener.listen(m_state, m_timeoutMs)) {
        finish(ApiError::transport(QStringLiteral("cannot listen on 127.0.0.1")));
        return;
    }

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_listener.redirectUri().toString());
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(Pkce::challengeS256(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    q.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    if (!m_loginHint.isEmpty())
        q.addQueryItem(QStringLiteral("login_hint"), m_loginHint);
    // Every value above is URL-safe except the scope's and redirect's ':' and '/', which
    // QUrlQuery encodes as needed.
    m_authorizationUrl = m_client.authUri;
    m_authorizationUrl.setQuery(q);

    qCInfo(lcAuth) << "sign-in: listening on 127.0.0.1:" << m_listener.port()
                   << ", opening the browser at" << m_client.authUri.host();
    if (!m_openBrowser || !m_openBrowser(m_authorizationUrl)) {
        finish(authError(QStringLiteral("browserUnavailable"),
                         QStringLiteral("the system browser could not be opened")));
    }
}

void SignInFlow::cancel()
{
    if (!m_running)
        return;
    finish(authError(QStringLiteral("access_denied"), QStringLiteral("sign-in cancelled")));
}

void SignInFlow::onRedirect(const OAuthRedirect &redirect)
{
    if (!m_running)
        return;
    if (redirect.kind == OAuthRedirect::Kind::Error) {
        finish(authError(redirect.error, redirect.errorDescription));
        return;
    }
    m_tokens.exchangeCode(
        m_client, redirect.code, m_verifier, m_listener.redirectUri(), this,
        [this](Result<TokenSet> result) {
            if (result && !result.value().scopes.isEmpty() &&
                !TokenSet::grantsYouTube(result.value().scopes)) {
                finish(authError(QStringLiteral("missingScope"),
                                 QStringLiteral("granted: ") +
                                     result.value().scopes.join(QLatin1Char(' '))));
                return;
            }
            if (result && result.value().refreshToken.isEmpty()) {
                finish(ApiError::badResponse(QStringLiteral("token response: no refresh_token")));
                return;
            }
            finish(result);
        });
}

void SignInFlow::finish(const Result<TokenSet> &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_listener.close();
    m_verifier.fill('\0');
    m_verifier.clear();
    if (result)
        qCInfo(lcAuth) << "sign-in: tokens received";
    else
        qCWarning(lcAuth) << "sign-in failed:" << result.error().reason;
    Q_EMIT finished(result);
}

} // namespace onair
