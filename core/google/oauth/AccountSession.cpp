#include "google/oauth/AccountSession.h"

#include "google/oauth/AuthLogging.h"
#include "secrets/SecretStore.h"

#include <algorithm>
#include <memory>

namespace onair {

namespace {

const QString kRefreshTokenKey = QStringLiteral("refreshToken");
const QString kClientSecretKey = QStringLiteral("clientSecret");

ApiError signedOutError(const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::SignedOut;
    e.httpStatus = 401;
    e.reason = QStringLiteral("signedOut");
    e.message = message;
    return e;
}

} // namespace

AccountSession::AccountSession(const QString &accountId, const ClientCredentials &client,
                               SecretStore *store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_client(client)
    , m_store(store)
    , m_tokens(nam)
{}

void AccountSession::setChannel(const QString &channelId, const QString &title)
{
    m_channelId = channelId;
    m_channelTitle = title;
}

void AccountSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AccountSession::restore(QObject *context, std::function<void(Result<bool>)> done)
{
    QPointer<QObject> guard(context);
    if (!m_store) {
        if (guard)
            done(isSignedIn());
        return;
    }
    m_store->read(m_accountId, kClientSecretKey, this,
                  [this, guard, done](const SecretStore::Outcome &secret) {
                      if (!secret.ok) {
                          if (guard)
                              done(ApiError::transport(secret.error));
                          return;
                      }
                      if (secret.value)
                          m_client.clientSecret = *secret.value;
                      m_store->read(m_accountId, kRefreshTokenKey, this,
                                    [this, guard, done](const SecretStore::Outcome &refresh) {
                                        if (!refresh.ok) {
                                            if (guard)
                                                done(ApiError::transport(refresh.error));
                                            return;
                                        }
                                        m_refreshToken = refresh.value.value_or(QString());
                                        setState(m_refreshToken.isEmpty() ? State::SignedOut
                                                                          : State::SignedIn);
                                        if (guard)
                                            done(isSignedIn());
                                    });
                  });
}

void AccountSession::adopt(const TokenSet &tokens, QObject *context,
                           std::function<void(Result<bool>)> done)
{
    m_accessToken = tokens.accessToken;
    m_expiresAt = tokens.expiresAt;
    m_issuedAt = QDateTime::currentDateTimeUtc();
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    if (!tokens.scopes.isEmpty())
        m_scopes = tokens.scopes;
    setState(m_refreshToken.isEmpty() ? State::SignedOut : State::SignedIn);

    QPointer<QObject> guard(context);
    if (!m_store) {
        if (guard)
            done(true);
        return;
    }
    m_store->write(m_accountId, kClientSecretKey, m_client.clientSecret, this,
                   [this, guard, done](const SecretStore::Outcome &o) {
                       if (!o.ok) {
                           if (guard)
                               done(ApiError::transport(o.error));
                           return;
                       }
                       m_store->write(m_accountId, kRefreshTokenKey, m_refreshToken, this,
                                      [guard, done](const SecretStore::Outcome &o2) {
                                          if (!guard)
                                              return;
                                          if (!o2.ok)
                                              done(ApiError::transport(o2.error));
                                          else
                                              done(true);
                                      });
                   });
}

void AccountSession::accessToken(QObject *context, std::function<void(Result<QString>)> done)
{
    if (m_state == State::SignedOut)
        return done(signedOutError(QStringLiteral("account ") + m_accountId +
                                   QStringLiteral(" is signed out")));
    if (!m_accessToken.isEmpty() && m_expiresAt.isValid()) {
        // Refresh ahead of expiry: a minute early, or a fifth of a short lifetime (at least
        // a second), so a token never runs out on its way to the server.
        const qint64 lifetimeMs = std::max<qint64>(1, m_issuedAt.msecsTo(m_expiresAt));
        const qint64 marginMs =
            std::min<qint64>(kRefreshMarginSecs * 1000, std::max<qint64>(1000, lifetimeMs / 5));
        if (QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) > marginMs)
            return done(m_accessToken);
    }
    m_waiters.append({context, std::move(done)});
    startRefresh();
}

void AccountSession::invalidateAccessToken(const QString &token)
{
    if (token == m_accessToken)
        m_accessToken.clear();
}

void AccountSession::startRefresh()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        becomeSignedOut(signedOutError(QStringLiteral("no refresh token")));
        return;
    }
    m_refreshing = true;
    qCDebug(lcAuth) << "refreshing the access token of" << m_accountId;
    m_tokens.refresh(m_client, m_refreshToken, this, [this](Result<TokenSet> result) {
        m_refreshing = false;
        if (result) {
            m_accessToken = result.value().accessToken;
            m_expiresAt = result.value().expiresAt;
            m_issuedAt = QDateTime::currentDateTimeUtc();
            if (!result.value().scopes.isEmpty())
                m_scopes = result.value().scopes;
            // Google normally keeps the refresh token; if it sends a new one, keep that.
            if (!result.value().refreshToken.isEmpty() &&
                result.value().refreshToken != m_refreshToken) {
                m_refreshToken = result.value().refreshToken;
                if (m_store)
                    m_store->write(m_accountId, kRefreshTokenKey, m_refreshToken, this,
                                   [](const SecretStore::Outcome &) {});
            }
            finishWaiters(m_accessToken);
            return;
        }
        const ApiError &e = result.error();
        if (e.reason == QLatin1String("invalid_grant")) {
            qCWarning(lcAuth) << "refresh token of" << m_accountId
                              << "no longer works:" << e.message;
            becomeSignedOut(signedOutError(e.message));
            return;
        }
        // A network problem or a server error: the account stays signed in; callers see
        // the failure and may try again.
        qCWarning(lcAuth) << "token refresh failed:" << e.summary();
        finishWaiters(e);
    });
}

void AccountSession::finishWaiters(const Result<QString> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(result);
    }
}

void AccountSession::becomeSignedOut(const ApiError &why)
{
    m_accessToken.clear();
    m_refreshToken.clear();
    const bool wasSignedIn = m_state == State::SignedIn;
    setState(State::SignedOut);
    if (m_store)
        m_store->remove(m_accountId, kRefreshTokenKey, this, [](const SecretStore::Outcome &) {});
    finishWaiters(why);
    if (wasSignedIn)
        Q_EMIT signedOut(why);
}

void AccountSession::signOut(QObject *context, std::function<void(Result<bool>)> done)
{
    QPointer<QObject> guard(context);
    // Revoking the refresh token also ends its access tokens.
    const QString token = !m_refreshToken.isEmpty() ? m_refreshToken : m_accessToken;
    m_accessToken.clear();
    m_refreshToken.clear();
    setState(State::SignedOut);
    finishWaiters(signedOutError(QStringLiteral("signed out")));

    auto removeEntry = [this, guard, done](Result<bool> revoked) {
        if (!revoked)
            qCWarning(lcAuth) << "token revocation failed:" << revoked.error().summary();
        if (!m_store) {
            if (guard)
                done(true);
            return;
        }
        m_store->remove(m_accountId, kRefreshTokenKey, this,
                        [guard, done](const SecretStore::Outcome &o) {
                            if (!guard)
                                return;
                            if (!o.ok)
                                done(ApiError::transport(o.error));
                            else
                                done(true);
                        });
    };
    if (token.isEmpty())
        removeEntry(true);
    else
        m_tokens.revoke(m_client, token, this, removeEntry);
}

void AccountSession::forget(QObject *context, std::function<void(Result<bool>)> done)
{
    QPointer<QObject> guard(context);
    signOut(this, [this, guard, done](Result<bool> r) {
        if (!m_store) {
            if (guard)
                done(r);
            return;
        }
        m_store->remove(m_accountId, kClientSecretKey, this,
                        [guard, done, r](const SecretStore::Outcome &o) {
                            if (!guard)
                                return;
                            if (!r)
                                done(r);
                            else if (!o.ok)
                                done(ApiError::transport(o.error));
                            else
                                done(true);
                        });
    });
}

} // namespace onair
