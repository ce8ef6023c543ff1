#pragma once

#include "announce/Announcement.h"
#include "announce/AnnouncementPublisher.h"
#include "social/SocialAccount.h"
#include "social/instagram/InstagramAccountCheck.h"
#include "social/telegram/TelegramAccountCheck.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace onair {

class AnnouncementScheduler;
class AnnouncementStore;
class InstagramTokenKeeper;
class SecretStore;

// What the Announcements panel and the headless runner use: the queue (AnnouncementStore), and
// — in the one process that holds the queue's lock — the scheduler and publisher that run it.
// The other process (the window while `onair --headless` runs) only reads and edits rows; the
// runner's timer re-arms on its writes, and the window sees the runner's progress through
// refreshIfChangedElsewhere() (SQLite's data_version). It also tries the lock again every
// kTakeOverRetryMs: once the runner stopped (or died: its lock is then stale), it takes the
// queue over (tookOver()) as a runner does at start — rows the runner left `sending` are
// recovered first (Telegram → unconfirmed, Instagram → its container decides), never re-sent.
//
// Operator actions, each a row change: schedule, edit, cancel, retry (failed → pending now),
// confirmPosted ("It's there": unconfirmed → published), sendAgain (unconfirmed → pending, a
// second post accepted by the operator), sendHeld (a late item: pending now), duplicate.
class Announcements : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTakeOverRetryMs = 1000;

    Announcements(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);
    ~Announcements() override;

    // Opens the queue at `databasePath` (default AnnouncementStore::defaultPath()). false with
    // error() when it cannot be opened.
    bool open(const QString &databasePath = QString());
    const QString &error() const { return m_error; }
    // Takes the queue's lock (a QLockFile beside the database) and starts the scheduler; false
    // when another process (a headless runner, another window) runs it: the lock is then tried
    // again every kTakeOverRetryMs until it is free, and tookOver() says when it was taken.
    bool run();
    bool isRunner() const { return m_scheduler != nullptr; }

    AnnouncementStore *store() const { return m_store; }
    AnnouncementScheduler *scheduler() const { return m_scheduler; }
    AnnouncementPublisher *publisher() const { return m_publisher; }
    // Instagram tokens refreshed before they lapse, warnings before expiry (runner only).
    InstagramTokenKeeper *tokenKeeper() const { return m_tokenKeeper; }

    // Accounts: the token goes to the keychain, the rest to the database.
    void saveAccount(const SocialAccount &account, const QString &token, QObject *context,
                     std::function<void(bool ok, const QString &error)> done);

    // The window's "Check" before an account is saved, with the pasted token (clients of their
    // own, dropped afterwards): Telegram getMe + getChat + getChatMember, Instagram `me`.
    void checkTelegram(const QUrl &apiRoot, const QString &token, const QString &chat,
                       QObject *context, TelegramAccountCheck::Done done);
    void checkInstagram(const QUrl &graphRoot, const QString &token, QObject *context,
                        InstagramAccountCheck::Done done);

    qint64 schedule(const Announcement &item);
    bool cancel(qint64 id);
    bool retry(qint64 id);
    bool confirmPosted(qint64 id);
    bool sendAgain(qint64 id);
    bool sendHeld(qint64 id);
    // The operator's new text, label, button, image and time for an item still waiting
    // (pending, held or failed); false (nothing changed) when it no longer waits.
    bool edit(const Announcement &edited);
    qint64 duplicate(qint64 id, const QDateTime &at);

    // True (and changedElsewhere() emitted) when another process committed since the last call.
    bool refreshIfChangedElsewhere();

    static QString lockPath(const QString &databasePath);

Q_SIGNALS:
    void changedElsewhere();
    // The process that ran the queue stopped: this one runs it now (after run() returned false).
    void tookOver();
    // Something the operator must hear about the queue that no row can say (the database
    // refused a write).
    void trouble(const QString &why);

private:
    bool move(qint64 id, QList<Announcement::Status> from, Announcement::Status to,
              const QString &line, bool dueNow);

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AnnouncementStore *m_store;
    AnnouncementPublisher *m_publisher = nullptr;
    AnnouncementScheduler *m_scheduler = nullptr;
    InstagramTokenKeeper *m_tokenKeeper = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_takeOver; // while another process runs the queue: run() again
    QString m_error;
};

} // namespace onair
