#pragma once

#include "announce/Announcement.h"
#include "announce/AnnouncementStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace onair {

// The queue as a table for the Announcements panel: one row per post. The whole queue is never
// read on the caller's (the window's) thread: a reader thread with a connection of its own reads
// it and hands the rows over in batches (at start and on refresh(), when another process — a
// headless runner — committed). A change made in this process updates its one row (an indexed
// read by id), in place or at the end. Rows are never removed (the store deletes none), so a
// refresh merges: the selection and the scroll position stay.
//
// Columns: status (words), when, account (its name), post, link, next attempt. Roles below give
// the raw values; NeedsDecisionRole is true for unconfirmed and held rows, which stand out until
// the operator decides.
class AnnouncementQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        WhenColumn,
        AccountColumn,
        PostColumn,
        LinkColumn,
        NextColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,        // Announcement::Status as int
        LogRole,           // the whole log
        NeedsDecisionRole, // unconfirmed or held
        LinkRole,          // the external link (QUrl)
    };

    explicit AnnouncementQueueModel(AnnouncementStore *store, QObject *parent = nullptr);
    ~AnnouncementQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Announcement *at(int row) const;
    // The row of item `id` (-1 when absent).
    int rowOf(qint64 id) const;
    int count(Announcement::Status status) const;
    // The rows that could not be read, as of the last whole read.
    const QList<AnnouncementStore::Damaged> &damaged() const { return m_damaged; }
    bool isLoading() const { return m_loading; }

    // Reads the whole queue again, off this thread (another process committed).
    void refresh();

    // What the status column says (words, never colour alone).
    static QString statusText(const Announcement &item, const QDateTime &now);

Q_SIGNALS:
    // A whole read (start or refresh()) has been applied.
    void loaded();

private:
    struct Batch
    {
        int generation = 0;
        QList<Announcement> rows;
        QList<AnnouncementStore::Damaged> damaged;
        bool last = false;
    };
    // One batch per turn of the event loop, however fast the reader hands them over.
    void applyNext();
    void apply(const Batch &batch);
    void updateRow(qint64 id);
    void loadAccountNames();

    AnnouncementStore *m_store;
    QList<Announcement> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<QString, QString> m_accountNames; // id → the operator's name for it
    QList<AnnouncementStore::Damaged> m_damaged, m_damagedLoading;
    // Rows changed here since the read under way began: fresher than what it brings.
    QSet<qint64> m_changedWhileLoading;
    bool m_loading = false;
    QList<Batch> m_incoming;
    QTimer m_applyTimer;
    // The read under way; a reader that sees a newer one stops. Shared with the reader thread.
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    QThread m_thread;
    QObject m_reader; // lives in m_thread: the context of the reads
};

} // namespace onair
