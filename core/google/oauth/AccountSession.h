#pragma once

#include "google/oauth/ClientCredentials.h"
#include "google/oauth/TokenEndpoint.h"
#include "google/oauth/TokenSet.h"
#include "net/Result.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace onair {

// One signed-in Google account (one channel): its OAuth client, its refresh token (kept in
// the keychain only, under "<accountId>/refreshToken", next to "<accountId>/clientSecret")
// and the current access token (memory only), refreshed ahead of expiry. When the refresh
// token stops working (invalid_grant) the account goes signed-out and says so; the rest of
// the app keeps its state and resumes after a new sign-in.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        SignedIn,
    };

    // Refresh this long before expiry (less for short-lived tokens: a fifth of the lifetime,
    // at least a second).
    static constexpr int kRefreshMarginSecs = 60;

    // `store` may be null: tokens then live in memory only (used during sign-in).
    AccountSession(const QString &accountId, const ClientCredentials &client, SecretStore *store,
                   QNetworkAccessManager *nam, QObject *parent = nullptr);

    QString accountId() const { return m_accountId; }
    const ClientCredentials &client() const { return m_client; }
    QString channelId() const { return m_channelId; }
    QString channelTitle() const { return m_channelTitle; }
    void setChannel(const QString &channelId, const QString &title);
    // Where this account's API lives: Google's root or a sandbox's (not a secret).
    QUrl apiRoot() const { return m_apiRoot; }
    void setApiRoot(const QUrl &root) { m_apiRoot = root; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QStringList grantedScopes() const { return m_scopes; }

    // Reads the client secret and refresh token from the keychain; signed in when both are
    // there (a missing entry means signed out, which is not an error).
    void restore(QObject *context, std::function<void(Result<bool>)> done);
    // Takes the tokens of a completed sign-in and keeps the secrets in the keychain.
    void adopt(const TokenSet &tokens, QObject *context, std::function<void(Result<bool>)> done);
    // A valid access token: the cached one, or a fresh one (callers waiting at the same time
    // share one refresh). Fails with Kind::SignedOut when the account is signed out.
    void accessToken(QObject *context, std::function<void(Result<QString>)> done);
    // The API answered 401 for `token`: drop it, so the next accessToken() refreshes.
    void invalidateAccessToken(const QString &token);
    // Revokes the token at Google, deletes the refresh token from the keychain, signs out.
    void signOut(QObject *context, std::function<void(Result<bool>)> done);
    // Also deletes the client secret: the account is forgotten.
    void forget(QObject *context, std::function<void(Result<bool>)> done);

Q_SIGNALS:
    void stateChanged(onair::AccountSession::State state);
    // The refresh token no longer works (revoked, expired): sign in again.
    void signedOut(const onair::ApiError &why);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(Result<QString>)> done;
    };
    void startRefresh();
    void finishWaiters(const Result<QString> &result);
    void becomeSignedOut(const ApiError &why);
    void setState(State state);

    QString m_accountId;
    ClientCredentials m_client;
    QPointer<SecretStore> m_store;
    TokenEndpoint m_tokens;
    QString m_channelId;
    QString m_channelTitle;
    QUrl m_apiRoot;
    State m_state = State::SignedOut;
    QString m_refreshToken;
    QString m_accessToken;
    QDateTime m_expiresAt;
    QDateTime m_issuedAt;
    QStringList m_scopes;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
};

} // namespace onair
