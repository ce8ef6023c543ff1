#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace onair::sandbox {

// The daily quota: a cost per method (an editable table; Google's figures where they exist,
// "writes 50 / lists 1" where they don't), a daily limit and what was spent, per method too.
// The day ends at midnight Pacific time, as Google's does. Since 2026-06-01 some methods have a
// bucket of their own, counted in calls a day (videos.insert: 100 by default); they do not
// touch the shared units.
class QuotaLedger
{
public:
    explicit QuotaLedger(qint64 dailyLimit = 10000);

    static int defaultCost(const QString &method); // "liveBroadcasts.list" → 1, …
    int cost(const QString &method) const;
    void setCost(const QString &method, int units);

    // A bucket of `callsPerDay` calls for `method`, apart from the shared units.
    void setBucket(const QString &method, qint64 callsPerDay);

    qint64 limit() const { return m_limit; }
    void setLimit(qint64 units) { m_limit = units; }
    qint64 spent();
    qint64 remaining();

    // False (nothing charged) when the request would go past the limit; otherwise charges it.
    bool charge(const QString &method);
    void reset();

    QJsonObject report();
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // The first midnight in America/Los_Angeles after `now`.
    static QDateTime nextPacificMidnight(const QDateTime &now);

private:
    void rollOverIfNeeded();

    qint64 m_limit;
    qint64 m_spent = 0;
    QHash<QString, qint64> m_spentPerMethod;
    QHash<QString, qint64> m_callsPerMethod;
    QHash<QString, int> m_costOverrides;
    QHash<QString, qint64> m_buckets; // method → calls a day
    QDateTime m_resetsAt;
};

} // namespace onair::sandbox
