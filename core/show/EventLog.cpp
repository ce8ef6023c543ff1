#include "show/EventLog.h"

#include <QJsonObject>

namespace onair {

namespace {

QString outcomeName(EventLog::Outcome o)
{
    switch (o) {
    case EventLog::Outcome::Ok:
        return QStringLiteral("ok");
    case EventLog::Outcome::Failed:
        return QStringLiteral("failed");
    case EventLog::Outcome::Info:
        break;
    }
    return QStringLiteral("info");
}

EventLog::Outcome outcomeFrom(const QString &s)
{
    if (s == QLatin1String("ok"))
        return EventLog::Outcome::Ok;
    if (s == QLatin1String("failed"))
        return EventLog::Outcome::Failed;
    return EventLog::Outcome::Info;
}

} // namespace

EventLog::EventLog(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventLog::add(const QString &action, Outcome outcome, const QString &result,
                   const QString &reason)
{
    append({QDateTime::currentDateTimeUtc(), action, outcome, result, reason});
}

void EventLog::append(const Entry &entry)
{
    if (m_entries.size() >= kMaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, m_entries.size(), m_entries.size());
    m_entries.append(entry);
    endInsertRows();
    Q_EMIT entryAdded(entry);
}

void EventLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QJsonArray EventLog::toJson() const
{
    QJsonArray a;
    for (const Entry &e : m_entries) {
        a.append(QJsonObject{{QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("outcome"), outcomeName(e.outcome)},
                             {QStringLiteral("result"), e.result},
                             {QStringLiteral("reason"), e.reason}});
    }
    return a;
}

void EventLog::restore(const QJsonArray &json)
{
    beginResetModel();
    m_entries.clear();
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        const QDateTime time =
            QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            continue; // a damaged entry is dropped, the rest of the log survives
        m_entries.append({time.toUTC(), o.value(QLatin1String("action")).toString(),
                          outcomeFrom(o.value(QLatin1String("outcome")).toString()),
                          o.value(QLatin1String("result")).toString(),
                          o.value(QLatin1String("reason")).toString()});
    }
    while (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    endResetModel();
}

int EventLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EventLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case ActionColumn:
            return e.action;
        case ResultColumn:
            return e.result;
        case ReasonColumn:
            return e.reason;
        default:
            return {};
        }
    }
    if (role == OutcomeRole)
        return static_cast<int>(e.outcome);
    return {};
}

QVariant EventLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("API reason");
    default:
        return {};
    }
}

} // namespace onair
