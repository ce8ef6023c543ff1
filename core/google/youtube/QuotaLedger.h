#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>

namespace onair {

// Units of YouTube Data API quota spent per method per quota day. The quota day resets at
// midnight America/Los_Angeles (PST/PDT). Costs follow reference §8: lists 1, writes 50.
// Persisted as JSON (QSaveFile) so a restart keeps today's count; a corrupt file is moved
// aside and the ledger starts fresh.
class QuotaLedger : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDailyLimit = 10000;
    // videos.insert has its own bucket since 2026-06-01 (reference §8): calls per day, each
    // upload counted once, at its session's start.
    static constexpr int kDefaultUploadDailyLimit = 100;

    struct PollRate
    {
        QString method; // e.g. "liveStreams.list"
        double intervalSeconds = 0;
    };

    // `filePath` empty: AppDataLocation/quota-ledger.json.
    explicit QuotaLedger(const QString &filePath = QString(), QObject *parent = nullptr);
    ~QuotaLedger() override;

    // The documented cost of one request to `method` (discovery method names such as
    // "liveBroadcasts.insert"); unknown methods cost 1, as every request costs at least 1.
    static int costOf(const QString &method);
    // The quota day (a Pacific-time calendar date) a moment belongs to.
    static QDate quotaDayOf(const QDateTime &moment);
    // The next midnight in Pacific time after `moment`, in UTC.
    static QDateTime nextResetAfter(const QDateTime &moment);
    // Units per hour that polling at these rates costs.
    static double unitsPerHour(const QList<PollRate> &rates);

    // Records one request. `units` < 0 means costOf(method).
    void record(const QString &method, int units = -1,
                const QDateTime &when = QDateTime::currentDateTimeUtc());

    // Whether `method` is counted in the upload bucket instead of the shared units.
    static bool inUploadBucket(const QString &method);

    // The shared units (every method but those of the upload bucket).
    int spent(const QDate &day) const;
    int spentToday() const { return spent(quotaDayOf(QDateTime::currentDateTimeUtc())); }
    int remaining(const QDate &day) const;
    int remainingToday() const { return remaining(quotaDayOf(QDateTime::currentDateTimeUtc())); }
    QHash<QString, int> spentByMethod(const QDate &day) const;

    int dailyLimit() const { return m_dailyLimit; }
    void setDailyLimit(int units);

    // The upload bucket: videos.insert calls of a quota day.
    int uploadsSpent(const QDate &day) const;
    int uploadsSpentToday() const
    {
        return uploadsSpent(quotaDayOf(QDateTime::currentDateTimeUtc()));
    }
    int uploadDailyLimit() const { return m_uploadDailyLimit; }
    void setUploadDailyLimit(int calls);

    // Hours until today's remaining units run out at `unitsPerHour` (infinity when 0).
    double hoursUntilExhausted(double unitsPerHour) const;

    // What was actually spent recently (recorded in this run; not saved), as units per hour:
    // the units of the last `windowSeconds` over that whole window (a moving average).
    static constexpr int kRecentWindowSeconds = 600;
    double recentUnitsPerHour(int windowSeconds = kRecentWindowSeconds,
                              const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QString filePath() const { return m_filePath; }
    // The ledger file of one quota owner: quota belongs to the Google Cloud project, so the
    // key is the OAuth client id (the sandbox has its own key, "sandbox"). The file is
    // AppDataLocation/quota/<key>.json (`dir` instead of AppDataLocation/quota when given).
    static QString pathForKey(const QString &key, const QString &dir = QString());
    // Writes what is pending to the current file, then counts in `filePath` (read if there).
    void setFilePath(const QString &filePath);
    // Writes pending changes now (also done shortly after each record and on destruction).
    bool flush();

Q_SIGNALS:
    void changed();

private:
    void load();

    QString m_filePath;
    int m_dailyLimit = kDefaultDailyLimit;
    int m_uploadDailyLimit = kDefaultUploadDailyLimit;
    QHash<QDate, QHash<QString, int>> m_days;
    QTimer m_saveTimer;
    bool m_dirty = false;
    // Recent records (msecs since epoch, units), at most an hour old, for recentUnitsPerHour.
    QList<QPair<qint64, int>> m_recent;
};

} // namespace onair
