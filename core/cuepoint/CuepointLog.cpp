#include "cuepoint/CuepointLog.h"

#include "net/JsonReader.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace onair {

namespace {

QString csvTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

QString csvNumber(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace

CuepointLog::CuepointLog(QObject *parent)
    : QObject(parent)
{}

int CuepointLog::indexOf(int id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<CuepointLogEntry> CuepointLog::entry(int id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i);
}

int CuepointLog::add(CuepointLogEntry entry)
{
    entry.id = m_nextId++;
    m_entries.append(std::move(entry));
    Q_EMIT entryAdded(size() - 1);
    return m_entries.constLast().id;
}

bool CuepointLog::update(const CuepointLogEntry &entry)
{
    const int i = indexOf(entry.id);
    if (i < 0)
        return false;
    m_entries[i] = entry;
    Q_EMIT entryUpdated(i);
    return true;
}

bool CuepointLog::markConfirmed(int id, const QString &cuepointId, const QDateTime &at)
{
    std::optional<CuepointLogEntry> e = entry(id);
    if (!e)
        return false;
    e->state = CuepointLogEntry::State::Confirmed;
    e->cuepointId = cuepointId;
    e->failureReason.clear();
    e->failureMessage.clear();
    e->answeredAt = at.toUTC();
    return update(*e);
}

bool CuepointLog::markFailed(int id, const QString &reason, const QString &message,
                             const QDateTime &at)
{
    std::optional<CuepointLogEntry> e = entry(id);
    if (!e)
        return false;
    e->state = CuepointLogEntry::State::Failed;
    e->failureReason = reason;
    e->failureMessage = message;
    e->answeredAt = at.toUTC();
    return update(*e);
}

bool CuepointLog::markUnconfirmed(int id, const QString &message, const QDateTime &at)
{
    std::optional<CuepointLogEntry> e = entry(id);
    if (!e)
        return false;
    e->state = CuepointLogEntry::State::Unconfirmed;
    e->failureMessage = message;
    e->answeredAt = at.toUTC();
    return update(*e);
}

void CuepointLog::clear()
{
    m_entries.clear();
    m_nextId = 1;
    Q_EMIT entriesReset();
}

QJsonObject CuepointLog::toJson() const
{
    QJsonArray entries;
    for (const CuepointLogEntry &e : m_entries)
        entries.append(e.toJson());
    QJsonObject o;
    o.insert(QLatin1String("schemaVersion"), kSchemaVersion);
    o.insert(QLatin1String("nextId"), m_nextId);
    o.insert(QLatin1String("entries"), entries);
    return o;
}

std::optional<ApiError> CuepointLog::restore(const QJsonObject &json)
{
    JsonReader r(json);
    const qint64 version = r.int64("schemaVersion", -1);
    if (r.ok() && version != kSchemaVersion)
        r.fail("schemaVersion", QStringLiteral("unsupported version %1").arg(version));
    const qint64 nextId = r.int64("nextId", 1);
    const QJsonArray array = r.array("entries");
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("cuepoint log: ") + r.error());

    QList<CuepointLogEntry> entries;
    entries.reserve(array.size());
    int maxId = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("cuepoint log: entries[%1]").arg(i);
        if (!array.at(i).isObject())
            return ApiError::badResponse(where + QStringLiteral(": expected an object"));
        Result<CuepointLogEntry> e = CuepointLogEntry::fromJson(array.at(i).toObject());
        if (!e.isOk())
            return ApiError::badResponse(where + QStringLiteral(": ") + e.error().message);
        const bool duplicate = std::any_of(entries.cbegin(), entries.cend(),
                                           [&](const auto &x) { return x.id == e.value().id; });
        if (duplicate)
            return ApiError::badResponse(where +
                                         QStringLiteral(": duplicate id %1").arg(e.value().id));
        maxId = std::max(maxId, e.value().id);
        entries.append(std::move(e).value());
    }
    m_entries = std::move(entries);
    // Ids are never reused, even if the file's nextId lags behind its entries.
    m_nextId =
        static_cast<int>(std::clamp<qint64>(nextId, maxId + 1, std::numeric_limits<int>::max()));
    Q_EMIT entriesReset();
    return std::nullopt;
}

QString CuepointLog::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CuepointLog::toCsv() const
{
    const QStringList header = {
        QStringLiteral("id"),
        QStringLiteral("requested_at_utc"),
        QStringLiteral("mode"),
        QStringLiteral("offset_ms"),
        QStringLiteral("walltime_ms"),
        QStringLiteral("walltime_utc"),
        QStringLiteral("duration_secs"),
        QStringLiteral("cuepoint_id"),
        QStringLiteral("state"),
        QStringLiteral("failure_reason"),
        QStringLiteral("failure_message"),
        QStringLiteral("elapsed_source"),
        QStringLiteral("elapsed_ms"),
        QStringLiteral("answered_at_utc"),
    };
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const CuepointLogEntry &e : m_entries) {
        const QStringList fields = {
            QString::number(e.id),
            csvTime(e.requestedAt),
            CuepointLogEntry::modeToString(e.mode),
            csvNumber(e.offsetMs),
            csvNumber(e.walltimeMs),
            e.walltimeMs ? csvTime(QDateTime::fromMSecsSinceEpoch(*e.walltimeMs, QTimeZone::utc()))
                         : QString(),
            QString::number(e.durationSecs),
            e.cuepointId,
            CuepointLogEntry::stateToString(e.state),
            e.failureReason,
            e.failureMessage,
            elapsedSourceToString(e.elapsedSource),
            csvNumber(e.elapsedMs),
            csvTime(e.answeredAt),
        };
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace onair
