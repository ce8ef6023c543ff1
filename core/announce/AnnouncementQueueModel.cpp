#include "announce/AnnouncementQueueModel.h"

#include "announce/AnnouncementStore.h"

#include <QLocale>

namespace onair {

AnnouncementQueueModel::AnnouncementQueueModel(AnnouncementStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // Many row changes in one turn of the event loop reload once.
    connect(m_store, &AnnouncementStore::changed, this, [this] {
        QMetaObject::invokeMethod(this, &AnnouncementQueueModel::reload, Qt::QueuedConnection);
    });
    reload();
}

void AnnouncementQueueModel::reload()
{
    beginResetModel();
    m_rows = m_store->all();
    endResetModel();
}

int AnnouncementQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AnnouncementQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Announcement *AnnouncementQueueModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant AnnouncementQueueModel::data(const QModelIndex &index, int role) const
{
    const Announcement *a = at(index.row());
    if (!a)
        return {};
    switch (role) {
    case IdRole:
        return a->id;
    case StatusRole:
        return static_cast<int>(a->status);
    case LogRole:
        return a->log;
    case NeedsDecisionRole:
        return a->status == Announcement::Status::Unconfirmed ||
               a->status == Announcement::Status::Held;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const auto when = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case Label:
        return a->label;
    case Account:
        return a->accountId;
    case Scheduled:
        return when(a->scheduledAt);
    case Status:
        switch (a->status) {
        case Announcement::Status::Pending:
            return tr("Scheduled");
        case Announcement::Status::Sending:
            return tr("Sending");
        case Announcement::Status::Published:
            return tr("Published");
        case Announcement::Status::Failed:
            return tr("Failed");
        case Announcement::Status::Unconfirmed:
            return tr("Unconfirmed: look at the channel");
        case Announcement::Status::Held:
            return tr("Held: too late, send or cancel");
        case Announcement::Status::Cancelled:
            return tr("Cancelled");
        }
        return {};
    case Attempts:
        return QStringLiteral("%1/%2").arg(a->attempts).arg(Announcement::kMaxAttempts);
    case NextAttempt:
        return a->status == Announcement::Status::Pending ? when(a->dueAt) : QString();
    case Link:
        return a->link.toString();
    default:
        return {};
    }
}

QVariant AnnouncementQueueModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Post");
    case Account:
        return tr("Account");
    case Scheduled:
        return tr("When");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Link:
        return tr("Link");
    default:
        return {};
    }
}

} // namespace onair
