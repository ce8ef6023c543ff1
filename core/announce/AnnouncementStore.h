#pragma once

#include "announce/Announcement.h"
#include "social/SocialAccount.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>

#include <optional>

namespace onair {

// The announcement queue and the accounts, in one SQLite database (Qt Sql, WAL) that the window
// and a headless runner share: one of them runs the queue (Announcements::run), the other reads
// it. Every change is committed before the call returns, so what a crash of OnAir leaves is what
// was written. These commits are synchronous=NORMAL: the caller's thread never waits for the
// disk. The one write that must also outlive a power cut — the write-ahead before a request that
// posts — is commitAhead(): synchronous=FULL, on the store's own writer thread.
//
// A row that cannot be read (an unknown status or platform, a broken date) is never deleted nor
// scheduled: it is listed in damaged() with the reason, and the other rows carry on.
class AnnouncementStore : public QObject
{
    Q_OBJECT

public:
    explicit AnnouncementStore(QObject *parent = nullptr);
    ~AnnouncementStore() override;

    // Opens (creating it when absent) the database at `path`; false with error() when it
    // cannot be opened or is not ours (nothing is written to a file that is not).
    bool open(const QString &path);
    const QString &error() const { return m_error; }
    QString path() const;
    // AppDataLocation/announcements.sqlite
    static QString defaultPath();

    // Accounts (tokens are in the keychain, not here).
    bool saveAccount(const SocialAccount &account);
    bool removeAccount(const QString &id);
    QList<SocialAccount> accounts() const;
    std::optional<SocialAccount> account(const QString &id) const;

    // Queue. add() returns the new id (0 on failure; an item whose showKey exists is not added
    // again and returns the existing id).
    qint64 add(Announcement item);
    std::optional<Announcement> get(qint64 id) const;
    // The item of a show's trigger (the UNIQUE show_key's index).
    std::optional<Announcement> findByShowKey(const QString &showKey) const;
    // The whole queue: a full scan, for tests and the headless runner. The window reads it off
    // its thread through readAll().
    QList<Announcement> all() const;
    // An account's readable pending items (the pending part of the (status, due_at) index).
    QList<Announcement> pendingOf(const QString &accountId) const;
    // Readable items whose last attempt started at or after `since`, oldest attempt first (the
    // sending_since index).
    QList<Announcement> sentSince(const QDateTime &since) const;
    // Readable pending items due at or before `now`, oldest first, at most `limit` of them.
    QList<Announcement> due(const QDateTime &now, int limit = 50) const;
    // The earliest due time of a readable pending item; invalid when none. Walks the
    // (status, due_at) index from the earliest and reads only the rows it meets, so that a
    // damaged row is found (and looked past from then on) without a scan of the queue.
    QDateTime nextDue() const;
    struct Damaged
    {
        qint64 id = 0;
        QString problem;
    };
    // Every row that cannot be read: a full scan (the window gets them from readAll()).
    QList<Damaged> damaged() const;

    // For a reader on another thread (a Qt Sql connection may only be used by the thread that
    // made it): reads the queue through `db` in all()'s order, handing over `batchSize` rows (and
    // the damaged ones met) at a time; stops early when `batch` returns false.
    static bool readAll(const QSqlDatabase &db, int batchSize,
                        const std::function<bool(QList<Announcement>, QList<Damaged>)> &batch);

    // Writes the whole row (the post, status, attempts, ids, log, times; not its account, show
    // key or the item it edits) and announces the change. With
    // `expected`, only while the row's status is still that one (false otherwise: another
    // write, here or in another process, came first).
    bool update(const Announcement &item,
                std::optional<Announcement::Status> expected = std::nullopt);

    // The write-ahead before a request that posts: the whole row, written durably (on the disk,
    // not only in the system's cache, so that a power cut cannot lose it) on the store's writer
    // thread, only while the row's status is still `expected` (an operator's cancel made
    // meanwhile wins). `done` is called on the
    // store's thread once the row is on the disk (Written), found changed (Changed: nothing may be
    // sent) or not written (Failed: error() says why); never if `context` is gone by then.
    enum class Ahead
    {
        Written,
        Changed,
        Failed,
    };
    void commitAhead(const Announcement &item, Announcement::Status expected, QObject *context,
                     std::function<void(Ahead)> done);
    // Appends a line stamped with the time (UTC) to the item's log.
    static void appendLog(Announcement &item, const QString &line);

    // Start-up: every row left `sending` by a process that died. Telegram rows become
    // unconfirmed (there is no way to read back a post); Instagram rows pending (the container's
    // status decides before any publish). Returns how many rows were found.
    int recoverInterrupted();
    // True when another process (the runner, or the window beside it) committed since the last
    // call (SQLite's data_version; this store's own writer thread does not count).
    bool changedElsewhere();

Q_SIGNALS:
    void changed(qint64 id);
    void accountsChanged();

private:
    bool exec(const QString &sql);
    int dataVersion() const;
    // The writer thread's job for commitAhead (on that thread, with its own connection).
    static Ahead writeAhead(const QString &connection, const QString &path,
                            const Announcement &item, Announcement::Status expected,
                            QString *error);
    static std::optional<Announcement> read(const class QSqlQuery &q, QString *problem);
    QList<Announcement> select(const QString &where, const QVariantList &binds) const;

    QString m_connection;
    QString m_error;
    // Rows that could not be read: never scheduled (nextDue() looks past them).
    mutable QSet<qint64> m_damaged;
    int m_seenVersion = -1;
    QThread *m_writer = nullptr;        // commitAhead's thread, made at its first use
    QObject *m_writerContext = nullptr; // lives in m_writer
};

} // namespace onair
