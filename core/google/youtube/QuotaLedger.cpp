#include "google/youtube/QuotaLedger.h"

#include "persistence/KeyedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

#include <limits>

Q_LOGGING_CATEGORY(lcQuota, "onair.quota")

namespace onair {

namespace {

constexpr int kSaveDelayMs = 500;
constexpr int kDaysKept = 14;
constexpr int kFormatVersion = 1;

const QTimeZone &pacific()
{
    static const QTimeZone zone("America/Los_Angeles");
    return zone;
}

} // namespace

QuotaLedger::QuotaLedger(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    if (m_filePath.isEmpty()) {
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/quota-ledger.json");
    }
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { flush(); });
    load();
}

QuotaLedger::~QuotaLedger()
{
    if (m_dirty)
        flush();
}

int QuotaLedger::costOf(const QString &method)
{
    // Reference §8: lists 1; videos.update, thumbnails.set and the live writes 50.
    static const QHash<QString, int> costs = {
        {QStringLiteral("liveBroadcasts.list"), 1},
        {QStringLiteral("liveBroadcasts.insert"), 50},
        {QStringLiteral("liveBroadcasts.update"), 50},
        {QStringLiteral("liveBroadcasts.delete"), 50},
        {QStringLiteral("liveBroadcasts.bind"), 50},
        {QStringLiteral("liveBroadcasts.transition"), 50},
        {QStringLiteral("liveBroadcasts.insertCuepoint"), 50},
        {QStringLiteral("liveBroadcasts.cuepoint"), 50}, // the doc name of insertCuepoint
        {QStringLiteral("liveStreams.list"), 1},
        {QStringLiteral("liveStreams.insert"), 50},
        {QStringLiteral("liveStreams.update"), 50},
        {QStringLiteral("liveStreams.delete"), 50},
        {QStringLiteral("videos.list"), 1},
        {QStringLiteral("videos.update"), 50},
        // Its own bucket (inUploadBucket): one call per upload, charged when the session
        // opens; the chunks, status queries and cancel of the session cost nothing more.
        {QStringLiteral("videos.insert"), 1},
        {QStringLiteral("videos.insert.media"), 0},
        {QStringLiteral("channels.list"), 1},
        {QStringLiteral("thumbnails.set"), 50},
        {QStringLiteral("liveChatMessages.list"), 5},
        {QStringLiteral("liveChatMessages.insert"), 200},
        {QStringLiteral("search.list"), 100},
    };
    return costs.value(method, 1);
}

QDate QuotaLedger::quotaDayOf(const QDateTime &moment)
{
    return moment.toTimeZone(pacific()).date();
}

QDateTime QuotaLedger::nextResetAfter(const QDateTime &moment)
{
    const QDate next = quotaDayOf(moment).addDays(1);
    return QDateTime(next, QTime(0, 0), pacific()).toUTC();
}

double QuotaLedger::unitsPerHour(const QList<PollRate> &rates)
{
    double total = 0;
    for (const PollRate &r : rates) {
        if (r.intervalSeconds > 0)
            total += costOf(r.method) * (3600.0 / r.intervalSeconds);
    }
    return total;
}

void QuotaLedger::record(const QString &method, int units, const QDateTime &when)
{
    const int cost = units < 0 ? costOf(method) : units;
    m_days[quotaDayOf(when)][method] += cost;
    const qint64 at = when.toMSecsSinceEpoch();
    while (!m_recent.isEmpty() && m_recent.constFirst().first < at - 3600000)
        m_recent.removeFirst();
    if (!inUploadBucket(method))
        m_recent.append({at, cost});
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
    Q_EMIT changed();
}

bool QuotaLedger::inUploadBucket(const QString &method)
{
    return method == QLatin1String("videos.insert");
}

int QuotaLedger::spent(const QDate &day) const
{
    int total = 0;
    const auto it = m_days.constFind(day);
    if (it == m_days.cend())
        return 0;
    for (auto m = it->cbegin(); m != it->cend(); ++m) {
        if (!inUploadBucket(m.key()))
            total += m.value();
    }
    return total;
}

int QuotaLedger::uploadsSpent(const QDate &day) const
{
    int total = 0;
    const auto it = m_days.constFind(day);
    if (it == m_days.cend())
        return 0;
    for (auto m = it->cbegin(); m != it->cend(); ++m) {
        if (inUploadBucket(m.key()))
            total += m.value();
    }
    return total;
}

void QuotaLedger::setUploadDailyLimit(int calls)
{
    if (calls <= 0 || calls == m_uploadDailyLimit)
        return;
    m_uploadDailyLimit = calls;
    Q_EMIT changed();
}

int QuotaLedger::remaining(const QDate &day) const
{
    return qMax(0, m_dailyLimit - spent(day));
}

QHash<QString, int> QuotaLedger::spentByMethod(const QDate &day) const
{
    return m_days.value(day);
}

void QuotaLedger::setDailyLimit(int units)
{
    if (units <= 0 || units == m_dailyLimit)
        return;
    m_dailyLimit = units;
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
    Q_EMIT changed();
}

double QuotaLedger::hoursUntilExhausted(double unitsPerHour) const
{
    if (unitsPerHour <= 0)
        return std::numeric_limits<double>::infinity();
    return remainingToday() / unitsPerHour;
}

double QuotaLedger::recentUnitsPerHour(int windowSeconds, const QDateTime &now) const
{
    if (windowSeconds <= 0)
        return 0;
    const qint64 end = now.toMSecsSinceEpoch();
    // Always over the whole window, also just after start-up: the set-up's writes (50 units
    // each) spread over minutes are not a rate to extrapolate (seen: 319 units of set-up read
    // as "19140 units/hour" a minute in).
    const qint64 spanMs = qint64(windowSeconds) * 1000;
    qint64 units = 0;
    for (const auto &r : m_recent) {
        if (r.first > end - spanMs && r.first <= end)
            units += r.second;
    }
    return double(units) * 3600000.0 / double(spanMs);
}

void QuotaLedger::load()
{
    QFile file(m_filePath);
    if (!file.exists())
        return;
    bool good = file.open(QIODevice::ReadOnly);
    QJsonObject root;
    if (good) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        good = parseError.error == QJsonParseError::NoError && doc.isObject();
        root = doc.object();
        good = good && root.value(QLatin1String("version")).toInt() == kFormatVersion &&
               root.value(QLatin1String("days")).isObject();
    }
    QHash<QDate, QHash<QString, int>> days;
    if (good) {
        const QJsonObject daysJson = root.value(QLatin1String("days")).toObject();
        for (auto d = daysJson.begin(); d != daysJson.end() && good; ++d) {
            const QDate date = QDate::fromString(d.key(), Qt::ISODate);
            if (!date.isValid() || !d.value().isObject()) {
                good = false;
                break;
            }
            const QJsonObject methods = d.value().toObject();
            for (auto m = methods.begin(); m != methods.end(); ++m) {
                const double units = m.value().toDouble(-1);
                if (units < 0 || units > 1e9 || units != static_cast<int>(units)) {
                    good = false;
                    break;
                }
                days[date][m.key()] = static_cast<int>(units);
            }
        }
    }
    if (!good) {
        // Never crash and never lose the evidence: keep the bad file aside, start fresh.
        const QString aside =
            m_filePath + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::remove(aside);
        if (!QFile::rename(m_filePath, aside))
            QFile::remove(m_filePath);
        qCWarning(lcQuota) << "quota ledger file unreadable; moved to" << aside;
        return;
    }
    m_days = days;
    const int limit = root.value(QLatin1String("dailyLimit")).toInt(kDefaultDailyLimit);
    if (limit > 0)
        m_dailyLimit = limit;
}

QString QuotaLedger::pathForKey(const QString &key, const QString &dir)
{
    return KeyedFile::path(QStringLiteral("quota"), key, dir);
}

void QuotaLedger::setFilePath(const QString &filePath)
{
    if (filePath == m_filePath)
        return;
    if (m_dirty)
        flush();
    m_saveTimer.stop();
    m_dirty = false;
    m_days.clear();
    m_dailyLimit = kDefaultDailyLimit;
    m_filePath = filePath;
    load();
    Q_EMIT changed();
}

bool QuotaLedger::flush()
{
    m_saveTimer.stop();
    // Keep only recent days: the file stays small over months of use.
    const QDate oldest = quotaDayOf(QDateTime::currentDateTimeUtc()).addDays(-kDaysKept);
    QJsonObject days;
    for (auto d = m_days.cbegin(); d != m_days.cend(); ++d) {
        if (d.key() < oldest)
            continue;
        QJsonObject methods;
        for (auto m = d.value().cbegin(); m != d.value().cend(); ++m)
            methods.insert(m.key(), m.value());
        days.insert(d.key().toString(Qt::ISODate), methods);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), kFormatVersion);
    root.insert(QLatin1String("dailyLimit"), m_dailyLimit);
    root.insert(QLatin1String("timeZone"), QStringLiteral("America/Los_Angeles"));
    root.insert(QLatin1String("days"), days);

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcQuota) << "cannot write quota ledger" << m_filePath << file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        qCWarning(lcQuota) << "cannot write quota ledger" << m_filePath << file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}

} // namespace onair
