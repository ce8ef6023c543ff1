#pragma once

#include "announce/Announcement.h"

#include <QAbstractTableModel>
#include <QList>

namespace onair {

class AnnouncementStore;

// The queue as a table for the Announcements panel: one row per post, reloaded when the store
// changes (this process) or when refresh() finds another process (a headless runner) committed.
// Columns: what, account, when, status, attempts, next attempt, link. Roles below give the raw
// values; NeedsDecisionRole is true for unconfirmed and held rows, which stand out until the
// operator decides.
class AnnouncementQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Label,
        Account,
        Scheduled,
        Status,
        Attempts,
        NextAttempt,
        Link,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,        // Announcement::Status as int
        LogRole,           // the whole log
        NeedsDecisionRole, // unconfirmed or held
    };

    explicit AnnouncementQueueModel(AnnouncementStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Announcement *at(int row) const;
    void reload();

private:
    AnnouncementStore *m_store;
    QList<Announcement> m_rows;
};

} // namespace onair
