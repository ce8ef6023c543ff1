#pragma once

#include "kernel/HttpReply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QUrlQuery;

namespace onair::sandbox {

// What a valid access token stands for.
struct AccessGrant
{
    QString channelId;
    QStringList scopes;
};

// Google's OAuth 2.0 endpoints for installed apps: the authorization page (with a consent
// form offering the two sandbox channels), the token endpoint (authorization_code with PKCE,
// refresh_token) and the revoke endpoint.
class OAuthService : public QObject
{
public:
    explicit OAuthService(bool autoConsent, int tokenTtlSeconds, QObject *parent = nullptr);

    QString clientId() const;
    QString clientSecret() const;
    void setOrigin(const QString &origin); // "http://127.0.0.1:P" once the port is known

    // Serves GET /o/oauth2/v2/auth (+ its consent form), POST /token, POST /revoke. Returns
    // false (touching nothing) when the request is not one of its paths.
    bool handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    // The JSON endpoints (POST /token, POST /revoke) as a value, so that the server can
    // delay the answer (latency faults); `endpoint` names it ("oauth2.token",
    // "oauth2.revoke"). nullopt for any other path.
    std::optional<HttpReply> answer(const QHttpServerRequest &request, QString *endpoint = nullptr);

    // nullopt: unknown, expired or revoked.
    std::optional<AccessGrant> validateAccessToken(const QString &accessToken) const;
    void expireAllAccessTokens(); // fault: every access token expires now

    QJsonObject saveState() const; // for --data-dir
    void restoreState(const QJsonObject &state);

private:
    struct AuthRequest
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString state;
        QString codeChallenge;
        QString codeChallengeMethod;
    };
    struct ConsentTicket
    {
        AuthRequest request;
        QDateTime expiresAt;
    };
    struct PendingCode
    {
        AuthRequest request;
        QString channelId;
        QDateTime expiresAt;
    };
    struct RefreshGrant
    {
        QString channelId;
        QStringList scopes;
    };
    struct AccessToken
    {
        QString channelId;
        QStringList scopes;
        QString refreshToken; // empty when none (never happens here, kept for revoke)
        QDateTime expiresAt;
    };

    void serveAuthorize(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void serveConsent(const QHttpServerRequest &request, QHttpServerResponder &responder);
    HttpReply serveToken(const QHttpServerRequest &request);
    HttpReply serveRevoke(const QHttpServerRequest &request);

    // Checks an authorization request as Google does; on failure answers with the error page
    // and returns nullopt.
    std::optional<AuthRequest> checkAuthRequest(const QUrlQuery &query,
                                                QHttpServerResponder &responder) const;
    void redirectWithCode(const AuthRequest &request, const QString &channelId,
                          QHttpServerResponder &responder);
    QJsonObject issueTokens(const QString &channelId, const QStringList &scopes,
                            const QString &refreshToken, bool includeRefreshToken);

    bool m_autoConsent;
    int m_tokenTtlSeconds;
    QString m_origin;
    QString m_clientId;
    QString m_clientSecret;
    QHash<QString, ConsentTicket> m_consentTickets; // form ticket → pending consent
    QHash<QString, PendingCode> m_codes;            // authorization code → what it grants
    QHash<QString, RefreshGrant> m_refreshTokens;   // refresh token → grant
    QHash<QString, AccessToken> m_accessTokens;     // access token → grant
};

} // namespace onair::sandbox
