#include "google/oauth/AccountManager.h"

#include "google/oauth/AuthLogging.h"
#include "google/youtube/YouTubeClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace onair {

AccountManager::AccountManager(SecretStore *store, const QString &filePath, QObject *parent)
    : AccountManager(store, filePath, nullptr, parent)
{}

AccountManager::AccountManager(SecretStore *store, const QString &filePath,
                               QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_filePath(filePath)
    , m_nam(nam)
{
    if (m_filePath.isEmpty()) {
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                     QStringLiteral("/accounts.json");
    }
    load();
}

AccountSession *AccountManager::account(const QString &id) const
{
    for (AccountSession *a : m_accounts) {
        if (a->accountId() == id)
            return a;
    }
    return nullptr;
}

AccountSession *AccountManager::addSession(const QString &id, const ClientCredentials &client,
                                           const QUrl &apiRoot)
{
    auto *session = new AccountSession(id, client, m_store, m_nam, this);
    session->setApiRoot(apiRoot);
    connect(session, &AccountSession::signedOut, this,
            [this, session](const ApiError &why) { Q_EMIT accountSignedOut(session, why); });
    m_accounts.append(session);
    return session;
}

void AccountManager::load()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonArray list = doc.object().value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty() || account(id))
            continue;
        AccountSession *s = addSession(
            id, ClientCredentials::fromPublicJson(o.value(QLatin1String("client")).toObject()),
            QUrl(o.value(QLatin1String("apiRoot")).toString(), QUrl::StrictMode));
        s->setChannel(o.value(QLatin1String("channelId")).toString(),
                      o.value(QLatin1String("channelTitle")).toString());
    }
}

bool AccountManager::save() const
{
    QJsonArray list;
    for (const AccountSession *a : m_accounts) {
        QJsonObject o;
        o.insert(QLatin1String("id"), a->accountId());
        o.insert(QLatin1String("channelId"), a->channelId());
        o.insert(QLatin1String("channelTitle"), a->channelTitle());
        o.insert(QLatin1String("apiRoot"), a->apiRoot().toString());
        o.insert(QLatin1String("client"), a->client().toPublicJson()); // no secret
        list.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("accounts"), list);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

void AccountManager::restore(QObject *context, std::function<void(int)> done)
{
    QPointer<QObject> guard(context);
    auto pending = std::make_shared<int>(int(m_accounts.size()));
    auto signedIn = std::make_shared<int>(0);
    if (*pending == 0) {
        if (guard)
            done(0);
        return;
    }
    for (AccountSession *a : std::as_const(m_accounts)) {
        a->restore(this, [guard, done, pending, signedIn](Result<bool> r) {
            if (r && r.value())
                ++*signedIn;
            if (--*pending == 0 && guard)
                done(*signedIn);
        });
    }
}

void AccountManager::signIn(const ClientCredentials &client, const QUrl &apiRoot,
                            SignInFlow::BrowserOpener openBrowser, QObject *context,
                            std::function<void(Result<AccountSession *>)> done)
{
    QPointer<QObject> guard(context);
    if (m_flow)
        m_flow->cancel();
    auto *flow = new SignInFlow(client, std::move(openBrowser), m_nam, this);
    m_flow = flow;
    connect(flow, &SignInFlow::finished, this,
            [this, flow, client, apiRoot, guard, done](const Result<TokenSet> &tokens) {
                flow->deleteLater();
                if (!tokens) {
                    if (guard)
                        done(tokens.error());
                    return;
                }
                // Who is this? Ask with the new tokens, held in memory only for now.
                auto *probe = new AccountSession(QString(), client, nullptr, m_nam, this);
                auto *api = new YouTubeClient(probe, m_nam, probe);
                api->setRootUrl(apiRoot);
                probe->adopt(tokens.value(), probe, [](Result<bool>) {});
                api->channels().mine(probe, [this, probe, client, apiRoot, tokens, guard,
                                             done](Result<Channel> channel) {
                    probe->deleteLater();
                    if (!channel) {
                        if (guard)
                            done(channel.error());
                        return;
                    }
                    const QString id = channel.value().id;
                    if (AccountSession *old = account(id)) {
                        m_accounts.removeOne(old);
                        old->deleteLater();
                    }
                    AccountSession *session = addSession(id, client, apiRoot);
                    session->setChannel(id, channel.value().title);
                    session->adopt(
                        tokens.value(), this, [this, session, guard, done](Result<bool> stored) {
                            if (!stored) {
                                qCWarning(lcAuth) << "cannot keep the sign-in in the keychain:"
                                                  << stored.error().message;
                                if (guard)
                                    done(stored.error());
                                return;
                            }
                            save();
                            qCInfo(lcAuth) << "signed in as channel" << session->channelId();
                            Q_EMIT accountsChanged();
                            if (guard)
                                done(session);
                        });
                });
            });
    flow->start();
}

void AccountManager::removeAccount(const QString &id, QObject *context,
                                   std::function<void(Result<bool>)> done)
{
    QPointer<QObject> guard(context);
    AccountSession *a = account(id);
    if (!a) {
        if (guard)
            done(true);
        return;
    }
    a->forget(this, [this, a, guard, done](Result<bool> r) {
        m_accounts.removeOne(a);
        a->deleteLater();
        save();
        Q_EMIT accountsChanged();
        if (guard)
            done(r);
    });
}

} // namespace onair
