#pragma once

#include "google/oauth/AccountSession.h"
#include "google/oauth/ClientCredentials.h"
#include "google/oauth/SignInFlow.h"
#include "net/Result.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace onair {

// The accounts (channels) OnAir knows, side by side. Each is identified by its channel id and
// knows its title (channels.list mine=true at sign-in). The list (ids, titles, OAuth client
// ids and endpoints, API roots) lives in AppConfigLocation/accounts.json, which holds no
// secret; refresh tokens and client secrets are in the keychain through SecretStore.
class AccountManager : public QObject
{
    Q_OBJECT

public:
    // `filePath` empty: AppConfigLocation/accounts.json. `nam`: the app's one
    // QNetworkAccessManager, handed to every account's token endpoint and client.
    AccountManager(SecretStore *store, const QString &filePath, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);
    // Without the app's manager (tests): each endpoint makes its own when first needed.
    AccountManager(SecretStore *store, const QString &filePath = QString(),
                   QObject *parent = nullptr);

    QList<AccountSession *> accounts() const { return m_accounts; }
    AccountSession *account(const QString &id) const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    QString filePath() const { return m_filePath; }

    // Reads the list and each account's secrets; done(number signed in).
    void restore(QObject *context, std::function<void(int)> done);

    // The whole sign-in: browser and loopback (SignInFlow), code exchange, channels.list
    // mine=true at `apiRoot`, secrets into the keychain, the list saved. Signing in again to a
    // known channel replaces its tokens.
    void signIn(const ClientCredentials &client, const QUrl &apiRoot,
                SignInFlow::BrowserOpener openBrowser, QObject *context,
                std::function<void(Result<AccountSession *>)> done);
    // The sign-in under way, if any (to cancel it, or for tests to see its listener).
    SignInFlow *currentSignIn() const { return m_flow; }

    // Revokes and forgets the account: tokens and client secret leave the keychain.
    void removeAccount(const QString &id, QObject *context, std::function<void(Result<bool>)> done);

    bool save() const;

Q_SIGNALS:
    void accountsChanged();
    // An account's refresh token stopped working: it needs a new sign-in.
    void accountSignedOut(onair::AccountSession *account, const onair::ApiError &why);

private:
    AccountSession *addSession(const QString &id, const ClientCredentials &client,
                               const QUrl &apiRoot);
    void load();

    QPointer<SecretStore> m_store;
    QString m_filePath;
    QNetworkAccessManager *m_nam;
    QList<AccountSession *> m_accounts;
    QPointer<SignInFlow> m_flow;
};

} // namespace onair
