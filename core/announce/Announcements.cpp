#include "announce/Announcements.h"

#include "announce/AnnouncementScheduler.h"
#include "announce/AnnouncementStore.h"
#include "secrets/SecretStore.h"
#include "social/instagram/InstagramClient.h"
#include "social/instagram/InstagramTokenKeeper.h"
#include "social/telegram/TelegramClient.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace onair {

Announcements::Announcements(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_store(new AnnouncementStore(this))
{
    m_takeOver.setInterval(kTakeOverRetryMs);
    connect(&m_takeOver, &QTimer::timeout, this, [this] {
        if (run())
            Q_EMIT tookOver();
    });
}

Announcements::~Announcements() = default;

QString Announcements::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

bool Announcements::open(const QString &databasePath)
{
    const QString path = databasePath.isEmpty() ? AnnouncementStore::defaultPath() : databasePath;
    if (!m_store->open(path)) {
        m_error = m_store->error();
        return false;
    }
    return true;
}

bool Announcements::run()
{
    if (m_scheduler)
        return true;
    m_lock = std::make_unique<QLockFile>(lockPath(m_store->path()));
    // Never stale by age: only a lock whose process is gone is taken over.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_error = tr("The announcement queue is run by another OnAir (process %1).").arg(pid);
        m_lock.reset();
        m_takeOver.start();
        return false;
    }
    m_takeOver.stop();
    SecretStore *secrets = m_secrets;
    auto tokens = [secrets](const QString &accountId, QObject *context,
                            std::function<void(const QString &, const QString &)> done) {
        secrets->read(accountId, QStringLiteral("token"), context,
                      [done](const SecretStore::Outcome &o) {
                          done(o.ok && o.value ? *o.value : QString(), o.error);
                      });
    };
    m_publisher = new AnnouncementPublisher(m_store, m_nam, tokens, this);
    m_scheduler = new AnnouncementScheduler(m_store, m_publisher, this);
    connect(m_scheduler, &AnnouncementScheduler::writeFailed, this, [this](const QString &error) {
        Q_EMIT trouble(tr("A due post could not be marked as being sent, so it was not sent; "
                          "OnAir tries again in a few seconds: %1")
                           .arg(error));
    });
    m_scheduler->start();
    m_tokenKeeper = new InstagramTokenKeeper(
        m_store, m_secrets,
        [this](const SocialAccount &account) { return m_publisher->instagram(account); }, this);
    m_tokenKeeper->start();
    return true;
}

void Announcements::saveAccount(const SocialAccount &account, const QString &token,
                                QObject *context, std::function<void(bool, const QString &)> done)
{
    m_secrets->write(account.id, QStringLiteral("token"), token, context,
                     [this, account, done](const SecretStore::Outcome &o) {
                         if (!o.ok)
                             return done(false, o.error);
                         if (m_publisher)
                             m_publisher->forget(account.id);
                         const bool saved = m_store->saveAccount(account);
                         done(saved, saved ? QString() : m_store->error());
                     });
}

void Announcements::checkTelegram(const QUrl &apiRoot, const QString &token, const QString &chat,
                                  QObject *context, TelegramAccountCheck::Done done)
{
    auto *client = new TelegramClient(m_nam, apiRoot, this);
    client->setToken(token);
    TelegramAccountCheck::run(client, chat, context,
                              [client, done](const TelegramAccountCheck::Outcome &o) {
                                  client->deleteLater();
                                  done(o);
                              });
}

void Announcements::checkInstagram(const QUrl &graphRoot, const QString &token, QObject *context,
                                   InstagramAccountCheck::Done done)
{
    auto *client = new InstagramClient(m_nam, graphRoot, this);
    client->setToken(token);
    InstagramAccountCheck::run(client, context,
                               [client, done](const InstagramAccountCheck::Outcome &o) {
                                   client->deleteLater();
                                   done(o);
                               });
}

qint64 Announcements::schedule(const Announcement &item)
{
    return m_store->add(item);
}

bool Announcements::move(qint64 id, QList<Announcement::Status> from, Announcement::Status to,
                         const QString &line, bool dueNow)
{
    auto item = m_store->get(id);
    if (!item || !from.contains(item->status))
        return false;
    const Announcement::Status was = item->status;
    item->status = to;
    if (dueNow) {
        item->dueAt = QDateTime::currentDateTimeUtc();
        item->scheduledAt = item->dueAt; // not late any more: the operator said now
    }
    if (to == Announcement::Status::Published)
        item->publishedAt = QDateTime::currentDateTimeUtc();
    AnnouncementStore::appendLog(*item, line);
    // Only over what was read: a runner that started sending it meanwhile wins.
    return m_store->update(*item, was);
}

bool Announcements::cancel(qint64 id)
{
    using S = Announcement::Status;
    return move(id, {S::Pending, S::Held, S::Failed, S::Unconfirmed}, S::Cancelled,
                tr("Cancelled by the operator."), false);
}

bool Announcements::retry(qint64 id)
{
    using S = Announcement::Status;
    auto item = m_store->get(id);
    if (!item || item->status != S::Failed)
        return false;
    item->attempts = 0;
    m_store->update(*item);
    return move(id, {S::Failed}, S::Pending, tr("Retried by the operator."), true);
}

bool Announcements::confirmPosted(qint64 id)
{
    using S = Announcement::Status;
    return move(id, {S::Unconfirmed}, S::Published,
                tr("The operator saw the post in the channel (\"It's there\")."), false);
}

bool Announcements::sendAgain(qint64 id)
{
    using S = Announcement::Status;
    auto item = m_store->get(id);
    if (!item || item->status != S::Unconfirmed)
        return false;
    item->attempts = 0;
    m_store->update(*item);
    return move(id, {S::Unconfirmed}, S::Pending,
                tr("The operator found no post and asked to send it again."), true);
}

bool Announcements::sendHeld(qint64 id)
{
    using S = Announcement::Status;
    return move(id, {S::Held}, S::Pending, tr("Sent late at the operator's word."), true);
}

bool Announcements::edit(const Announcement &edited)
{
    using S = Announcement::Status;
    auto item = m_store->get(edited.id);
    if (!item || !QList<S>{S::Pending, S::Held, S::Failed}.contains(item->status))
        return false;
    const S was = item->status;
    item->text = edited.text;
    item->label = edited.label;
    item->buttonText = edited.buttonText;
    item->buttonUrl = edited.buttonUrl;
    item->imageUrl = edited.imageUrl;
    item->scheduledAt = edited.scheduledAt;
    item->dueAt = edited.scheduledAt;
    AnnouncementStore::appendLog(*item, tr("Edited by the operator."));
    // Only over what was read: a runner that started sending it meanwhile wins.
    return m_store->update(*item, was);
}

qint64 Announcements::duplicate(qint64 id, const QDateTime &at)
{
    auto item = m_store->get(id);
    if (!item)
        return 0;
    Announcement copy;
    copy.accountId = item->accountId;
    copy.platform = item->platform;
    copy.label = item->label;
    copy.text = item->text;
    copy.buttonText = item->buttonText;
    copy.buttonUrl = item->buttonUrl;
    copy.imageUrl = item->imageUrl;
    copy.scheduledAt = at;
    return m_store->add(copy);
}

bool Announcements::refreshIfChangedElsewhere()
{
    if (!m_store->changedElsewhere())
        return false;
    Q_EMIT changedElsewhere();
    return true;
}

} // namespace onair
