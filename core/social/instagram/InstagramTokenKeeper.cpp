#include "social/instagram/InstagramTokenKeeper.h"

#include "announce/AnnouncementStore.h"
#include "secrets/SecretStore.h"
#include "social/instagram/InstagramClient.h"
#include "social/instagram/TokenLifetime.h"

namespace onair {

InstagramTokenKeeper::InstagramTokenKeeper(AnnouncementStore *store, SecretStore *secrets,
                                           ClientFor clientFor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_clientFor(std::move(clientFor))
{
    m_timer.setInterval(12 * 3600 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &InstagramTokenKeeper::checkNow);
}

void InstagramTokenKeeper::start()
{
    m_timer.start();
    checkNow();
}

void InstagramTokenKeeper::checkNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SocialAccount &account : m_store->accounts()) {
        if (account.platform != SocialAccount::Platform::Instagram)
            continue;
        const TokenLifetime life =
            TokenLifetime::at(account.tokenIssuedAt, account.tokenExpiresAt, now);
        if (life.warn || life.expired)
            Q_EMIT expiring(account.id, account.tokenExpiresAt);
        if (!life.refreshNow)
            continue;
        m_secrets->read(
            account.id, QStringLiteral("token"), this,
            [this, account](const SecretStore::Outcome &o) {
                if (!o.ok || !o.value)
                    return Q_EMIT refreshFailed(account.id, o.error);
                InstagramClient *client = m_clientFor(account);
                client->setToken(*o.value);
                client->refreshToken(this, [this, account](Result<InstagramToken> t, NetCallInfo) {
                    if (!t)
                        return Q_EMIT refreshFailed(account.id, t.error().summary());
                    m_secrets->write(account.id, QStringLiteral("token"), t.value().accessToken,
                                     this, [this, account, t](const SecretStore::Outcome &w) {
                                         if (!w.ok)
                                             return Q_EMIT refreshFailed(account.id, w.error);
                                         SocialAccount updated = account;
                                         updated.tokenIssuedAt = QDateTime::currentDateTimeUtc();
                                         updated.tokenExpiresAt = t.value().expiresAt;
                                         m_store->saveAccount(updated);
                                         Q_EMIT refreshed(account.id, updated.tokenExpiresAt);
                                     });
                });
            });
    }
}

} // namespace onair
