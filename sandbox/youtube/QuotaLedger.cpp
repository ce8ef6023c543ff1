#include "youtube/QuotaLedger.h"

#include <QTimeZone>

namespace onair::sandbox {

QuotaLedger::QuotaLedger(qint64 dailyLimit)
    : m_limit(dailyLimit)
    , m_buckets{{QStringLiteral("videos.insert"), 100}}
    , m_resetsAt(nextPacificMidnight(QDateTime::currentDateTimeUtc()))
{}

void QuotaLedger::setBucket(const QString &method, qint64 callsPerDay)
{
    m_buckets.insert(method, qMax<qint64>(0, callsPerDay));
}

int QuotaLedger::defaultCost(const QString &method)
{
    // Reads cost 1 (official table); every write of the live API costs 50 (third-party
    // figures, the reference's recommended default); videos.update and thumbnails.set are 50.
    if (method.endsWith(QLatin1String(".list")))
        return 1;
    return 50;
}

int QuotaLedger::cost(const QString &method) const
{
    return m_costOverrides.value(method, defaultCost(method));
}

void QuotaLedger::setCost(const QString &method, int units)
{
    m_costOverrides.insert(method, qMax(1, units));
}

qint64 QuotaLedger::spent()
{
    rollOverIfNeeded();
    return m_spent;
}

qint64 QuotaLedger::remaining()
{
    rollOverIfNeeded();
    return qMax<qint64>(0, m_limit - m_spent);
}

bool QuotaLedger::charge(const QString &method)
{
    rollOverIfNeeded();
    if (m_buckets.contains(method)) {
        if (m_callsPerMethod.value(method) >= m_buckets.value(method))
            return false;
        m_callsPerMethod[method] += 1;
        return true;
    }
    const int units = cost(method);
    if (m_spent + units > m_limit)
        return false;
    m_spent += units;
    m_spentPerMethod[method] += units;
    m_callsPerMethod[method] += 1;
    return true;
}

void QuotaLedger::reset()
{
    m_spent = 0;
    m_spentPerMethod.clear();
    m_callsPerMethod.clear();
    m_resetsAt = nextPacificMidnight(QDateTime::currentDateTimeUtc());
}

QJsonObject QuotaLedger::report()
{
    rollOverIfNeeded();
    QJsonObject perMethod;
    for (auto it = m_spentPerMethod.cbegin(); it != m_spentPerMethod.cend(); ++it) {
        perMethod.insert(it.key(),
                         QJsonObject{{QStringLiteral("units"), it.value()},
                                     {QStringLiteral("calls"), m_callsPerMethod.value(it.key())},
                                     {QStringLiteral("cost"), cost(it.key())}});
    }
    QJsonObject buckets;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        const qint64 calls = m_callsPerMethod.value(it.key());
        buckets.insert(it.key(), QJsonObject{{QStringLiteral("limit"), it.value()},
                                             {QStringLiteral("calls"), calls},
                                             {QStringLiteral("remaining"),
                                              qMax<qint64>(0, it.value() - calls)}});
    }
    return {{QStringLiteral("limit"), m_limit},
            {QStringLiteral("spent"), m_spent},
            {QStringLiteral("remaining"), qMax<qint64>(0, m_limit - m_spent)},
            {QStringLiteral("resetsAt"), m_resetsAt.toString(Qt::ISODate)},
            {QStringLiteral("perMethod"), perMethod},
            {QStringLiteral("buckets"), buckets}};
}

QJsonObject QuotaLedger::saveState() const
{
    QJsonObject units;
    for (auto it = m_spentPerMethod.cbegin(); it != m_spentPerMethod.cend(); ++it)
        units.insert(it.key(), it.value());
    QJsonObject calls;
    for (auto it = m_callsPerMethod.cbegin(); it != m_callsPerMethod.cend(); ++it)
        calls.insert(it.key(), it.value());
    return {{QStringLiteral("spent"), m_spent},
            {QStringLiteral("units"), units},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("resetsAt"), m_resetsAt.toString(Qt::ISODateWithMs)}};
}

void QuotaLedger::restoreState(const QJsonObject &state)
{
    m_spent = state.value(QStringLiteral("spent")).toInteger();
    m_spentPerMethod.clear();
    m_callsPerMethod.clear();
    const QJsonObject units = state.value(QStringLiteral("units")).toObject();
    for (auto it = units.begin(); it != units.end(); ++it)
        m_spentPerMethod.insert(it.key(), it.value().toInteger());
    const QJsonObject calls = state.value(QStringLiteral("calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it)
        m_callsPerMethod.insert(it.key(), it.value().toInteger());
    const QDateTime resetsAt =
        QDateTime::fromString(state.value(QStringLiteral("resetsAt")).toString(), Qt::ISODate);
    if (resetsAt.isValid())
        m_resetsAt = resetsAt;
    rollOverIfNeeded();
}

QDateTime QuotaLedger::nextPacificMidnight(const QDateTime &now)
{
    const QTimeZone pacific(QByteArrayLiteral("America/Los_Angeles"));
    if (!pacific.isValid()) {
        // No zone database: UTC-8 is Pacific standard time, off by an hour in summer at most.
        const QDateTime local = now.toOffsetFromUtc(-8 * 3600);
        return QDateTime(local.date().addDays(1), QTime(0, 0), Qt::OffsetFromUTC, -8 * 3600)
            .toUTC();
    }
    const QDateTime local = now.toTimeZone(pacific);
    return QDateTime(local.date().addDays(1), QTime(0, 0), pacific).toUTC();
}

void QuotaLedger::rollOverIfNeeded()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now < m_resetsAt)
        return;
    m_spent = 0;
    m_spentPerMethod.clear();
    m_callsPerMethod.clear();
    m_resetsAt = nextPacificMidnight(now);
}

} // namespace onair::sandbox
