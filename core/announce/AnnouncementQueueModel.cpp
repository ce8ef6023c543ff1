#include "announce/AnnouncementQueueModel.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QUuid>

namespace onair {

namespace {

// Rows handed to the window at a time: each batch is a short turn of its event loop.
constexpr int kBatchRows = 500;

} // namespace

AnnouncementQueueModel::AnnouncementQueueModel(AnnouncementStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &AnnouncementQueueModel::applyNext);
    m_thread.setObjectName(QStringLiteral("announce-queue-reader"));
    m_reader.moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    connect(m_store, &AnnouncementStore::changed, this, &AnnouncementQueueModel::updateRow);
    connect(m_store, &AnnouncementStore::accountsChanged, this, [this] {
        loadAccountNames();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
    });
    loadAccountNames();
    refresh();
}

AnnouncementQueueModel::~AnnouncementQueueModel()
{
    m_generation->store(-1); // a read under way stops at its next batch
    m_thread.quit();
    m_thread.wait();
}

void AnnouncementQueueModel::loadAccountNames()
{
    m_accountNames.clear();
    for (const SocialAccount &a : m_store->accounts())
        m_accountNames.insert(a.id, a.name);
}

void AnnouncementQueueModel::refresh()
{
    const int generation = m_generation->fetch_add(1) + 1;
    m_loading = true;
    m_changedWhileLoading.clear();
    m_damagedLoading.clear();
    QMetaObject::invokeMethod(
        &m_reader,
        [this, generation, current = m_generation, path = m_store->path()] {
            // A connection of this thread's own, for this read only.
            const QString name = QStringLiteral("announce-reader-") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.setConnectOptions(
                    QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
                const auto hand = [&](QList<Announcement> rows,
                                      QList<AnnouncementStore::Damaged> bad, bool last) {
                    if (current->load() != generation)
                        return false; // a newer read, or the model is going away
                    QMetaObject::invokeMethod(
                        this,
                        [this, batch = Batch{generation, std::move(rows), std::move(bad), last}] {
                            m_incoming.append(batch);
                            m_applyTimer.start();
                        },
                        Qt::QueuedConnection);
                    return true;
                };
                if (db.open())
                    AnnouncementStore::readAll(
                        db, kBatchRows,
                        [&hand](QList<Announcement> rows, QList<AnnouncementStore::Damaged> bad) {
                            return hand(std::move(rows), std::move(bad), false);
                        });
                hand({}, {}, true);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        },
        Qt::QueuedConnection);
}

void AnnouncementQueueModel::applyNext()
{
    if (m_incoming.isEmpty())
        return;
    apply(m_incoming.takeFirst());
    if (!m_incoming.isEmpty())
        m_applyTimer.start();
}

void AnnouncementQueueModel::apply(const Batch &batch)
{
    if (batch.generation != m_generation->load())
        return;
    QList<Announcement> added;
    int firstChanged = -1, lastChanged = -1;
    for (const Announcement &a : batch.rows) {
        if (m_changedWhileLoading.contains(a.id))
            continue; // read before this process's change: ours is fresher
        const auto found = m_rowOf.constFind(a.id);
        if (found == m_rowOf.cend()) {
            added.append(a);
            continue;
        }
        m_rows[*found] = a;
        firstChanged = firstChanged < 0 ? *found : std::min(firstChanged, *found);
        lastChanged = std::max(lastChanged, *found);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Announcement &a : std::as_const(added)) {
            m_rowOf.insert(a.id, int(m_rows.size()));
            m_rows.append(a);
        }
        endInsertRows();
    }
    m_damagedLoading += batch.damaged;
    if (!batch.last)
        return;
    m_damaged = std::exchange(m_damagedLoading, {});
    m_changedWhileLoading.clear();
    m_loading = false;
    Q_EMIT loaded();
}

void AnnouncementQueueModel::updateRow(qint64 id)
{
    const auto item = m_store->get(id); // by primary key
    if (!item)
        return;
    if (m_loading)
        m_changedWhileLoading.insert(id);
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row] = *item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = rowCount();
    beginInsertRows({}, end, end);
    m_rowOf.insert(id, end);
    m_rows.append(*item);
    endInsertRows();
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

int AnnouncementQueueModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

int AnnouncementQueueModel::count(Announcement::Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Announcement &a) { return a.status == status; }));
}

QString AnnouncementQueueModel::statusText(const Announcement &item, const QDateTime &now)
{
    using S = Announcement::Status;
    switch (item.status) {
    case S::Pending:
        if (item.attempts > 0)
            return tr("Waiting to retry (attempt %1 of %2)")
                .arg(item.attempts + 1)
                .arg(Announcement::kMaxAttempts);
        return item.dueAt.isValid() && item.dueAt <= now ? tr("Due") : tr("Waiting");
    case S::Sending:
        return tr("Sending…");
    case S::Published:
        return tr("Published");
    case S::Failed:
        return tr("Failed");
    case S::Unconfirmed:
        return tr("⚠ UNCONFIRMED");
    case S::Held:
        return tr("⚠ LATE, held");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QVariant AnnouncementQueueModel::data(const QModelIndex &index, int role) const
{
    const Announcement *a = at(index.row());
    if (!a)
        return {};
    using S = Announcement::Status;
    switch (role) {
    case IdRole:
        return a->id;
    case StatusRole:
        return static_cast<int>(a->status);
    case LogRole:
        return a->log;
    case NeedsDecisionRole:
        return a->status == S::Unconfirmed || a->status == S::Held;
    case LinkRole:
        return a->link;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case StatusColumn:
        return statusText(*a, QDateTime::currentDateTimeUtc());
    case WhenColumn:
        return when(a->status == S::Published ? a->publishedAt : a->scheduledAt);
    case AccountColumn:
        return m_accountNames.value(a->accountId, a->accountId);
    case PostColumn:
        return a->label.isEmpty() ? a->text.left(60) : a->label;
    case LinkColumn:
        return a->link.isValid() ? a->link.toDisplayString() : QString();
    case NextColumn:
        return a->status == S::Pending && a->dueAt != a->scheduledAt ? when(a->dueAt) : QString();
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
    case StatusColumn:
        return tr("Status");
    case WhenColumn:
        return tr("When");
    case AccountColumn:
        return tr("Account");
    case PostColumn:
        return tr("Post");
    case LinkColumn:
        return tr("Link");
    case NextColumn:
        return tr("Next attempt");
    default:
        return {};
    }
}

} // namespace onair
