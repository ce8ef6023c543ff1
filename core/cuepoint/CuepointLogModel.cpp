#include "cuepoint/CuepointLogModel.h"

#include "cuepoint/CuepointLog.h"
#include "cuepoint/CuepointOffset.h"

#include <QTimeZone>

namespace onair {

CuepointLogModel::CuepointLogModel(CuepointLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(log ? log->size() : 0)
{
    // The log has already appended when it signals: the model keeps its own row count so that
    // views see the old count until endInsertRows().
    connect(log, &CuepointLog::entryAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        ++m_rows;
        endInsertRows();
    });
    connect(log, &CuepointLog::entryUpdated, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(log, &CuepointLog::entriesReset, this, [this] {
        beginResetModel();
        m_rows = m_log ? m_log->size() : 0;
        endResetModel();
    });
    connect(log, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

int CuepointLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_rows;
}

int CuepointLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CuepointLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !index.isValid() || index.row() >= m_rows || index.row() >= m_log->size())
        return {};
    const CuepointLogEntry &e = m_log->entries().at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == StateRole)
        return static_cast<int>(e.state);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !e.failureMessage.isEmpty())
        return e.failureMessage;
    if (role != Qt::DisplayRole)
        return {};

    const QString timeFormat = QStringLiteral("HH:mm:ss");
    switch (static_cast<Column>(index.column())) {
    case RequestedColumn:
        return e.requestedAt.toLocalTime().toString(timeFormat);
    case ModeColumn:
        switch (e.mode) {
        case CuepointLogEntry::Mode::Now:
            return tr("now");
        case CuepointLogEntry::Mode::WallTime:
            return tr("wall time");
        case CuepointLogEntry::Mode::Offset:
            return tr("offset");
        }
        break;
    case PlacementColumn:
        if (e.offsetMs)
            return CuepointOffset::formatMs(*e.offsetMs);
        if (e.walltimeMs)
            return QDateTime::fromMSecsSinceEpoch(*e.walltimeMs, QTimeZone::utc())
                .toLocalTime()
                .toString(timeFormat);
        return QString();
    case DurationColumn:
        return tr("%1 s").arg(e.durationSecs);
    case CuepointIdColumn:
        return e.cuepointId;
    case StateColumn:
        switch (e.state) {
        case CuepointLogEntry::State::Sent:
            return tr("sent");
        case CuepointLogEntry::State::Confirmed:
            return tr("confirmed");
        case CuepointLogEntry::State::Failed:
            return e.failureReason.isEmpty() ? tr("failed") : tr("failed: %1").arg(e.failureReason);
        case CuepointLogEntry::State::Unconfirmed:
            return tr("unconfirmed");
        }
        break;
    case SourceColumn:
        switch (e.elapsedSource) {
        case ElapsedSource::Player:
            return tr("player");
        case ElapsedSource::SessionClock:
            return tr("session clock");
        case ElapsedSource::None:
            return QString();
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CuepointLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case RequestedColumn:
        return tr("Asked at");
    case ModeColumn:
        return tr("Mode");
    case PlacementColumn:
        return tr("Offset / time");
    case DurationColumn:
        return tr("Duration");
    case CuepointIdColumn:
        return tr("Cuepoint id");
    case StateColumn:
        return tr("State");
    case SourceColumn:
        return tr("Elapsed from");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace onair
