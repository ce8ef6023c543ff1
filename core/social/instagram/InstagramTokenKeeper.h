#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace onair {

class AnnouncementStore;
class InstagramClient;
class SecretStore;
struct SocialAccount;

// Keeps the Instagram accounts' long-lived tokens alive: twice a day (and at start) each token
// that TokenLifetime says is due is refreshed with ig_refresh_token, the new token written to the
// keychain and its dates to the account; a token within 7 days of expiry (or expired) is said
// through expiring() so the window can warn before it is lost for good.
class InstagramTokenKeeper : public QObject
{
    Q_OBJECT

public:
    using ClientFor = std::function<InstagramClient *(const SocialAccount &)>;

    InstagramTokenKeeper(AnnouncementStore *store, SecretStore *secrets, ClientFor clientFor,
                         QObject *parent = nullptr);

    void start();
    void checkNow();

Q_SIGNALS:
    void expiring(const QString &accountId, const QDateTime &expiresAt);
    void refreshed(const QString &accountId, const QDateTime &expiresAt);
    void refreshFailed(const QString &accountId, const QString &why);

private:
    AnnouncementStore *m_store;
    SecretStore *m_secrets;
    ClientFor m_clientFor;
    QTimer m_timer;
};

} // namespace onair
