#include "youtube/BroadcastStore.h"

#include "google/SandboxChannels.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace onair::sandbox {

namespace {

const QString kIdAlphabet =
    QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

QString randomText(int length, const QString &alphabet)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return out;
}

QString timeOrEmpty(const QDateTime &time)
{
    return time.isValid() ? BroadcastStore::timestamp(time) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

int resolutionLines(const QString &resolution)
{
    const QString digits = resolution.chopped(1);
    return resolution.endsWith(QLatin1Char('p')) ? digits.toInt() : 0;
}

} // namespace

BroadcastStore::BroadcastStore(QObject *parent)
    : QObject(parent)
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &BroadcastStore::tick);
    m_ticker->start();
}

void BroadcastStore::setIngestStatusSource(std::function<IngestStatus(const QString &)> source)
{
    m_ingestSource = std::move(source);
}

void BroadcastStore::setStuckPredicate(std::function<bool(const QString &)> isStuck)
{
    m_isStuck = std::move(isStuck);
}

void BroadcastStore::setSimulatedIngest(const QString &streamKey, const IngestStatus &status)
{
    m_simulated.insert(streamKey, status);
    tick();
}

void BroadcastStore::clearSimulatedIngest(const QString &streamKey)
{
    m_simulated.remove(streamKey);
    tick();
}

IngestStatus BroadcastStore::ingestStatus(const QString &streamKey) const
{
    if (m_simulated.contains(streamKey))
        return m_simulated.value(streamKey);
    return m_ingestSource ? m_ingestSource(streamKey) : IngestStatus{};
}

Broadcast *BroadcastStore::broadcast(const QString &id)
{
    for (Broadcast &b : m_broadcasts) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

Stream *BroadcastStore::stream(const QString &id)
{
    for (Stream &s : m_streams) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Stream *BroadcastStore::streamByKey(const QString &streamKey)
{
    for (Stream &s : m_streams) {
        if (s.streamName == streamKey)
            return &s;
    }
    return nullptr;
}

bool BroadcastStore::isKnownStreamKey(const QString &streamKey) const
{
    return std::any_of(m_streams.cbegin(), m_streams.cend(),
                       [&](const Stream &s) { return s.streamName == streamKey; });
}

QString BroadcastStore::newVideoId() const
{
    // Video ids are 11 characters of base64url; the last one only takes 16 values.
    const QString tail = QStringLiteral("AEIMQUYcgkosw048");
    return randomText(10, kIdAlphabet) + randomText(1, tail);
}

QString BroadcastStore::newStreamId(const QString &channelId) const
{
    // Like YouTube's: the channel id without "UC", then a microsecond timestamp.
    return channelId.mid(2) + QString::number(QDateTime::currentMSecsSinceEpoch() * 1000 +
                                              QRandomGenerator::global()->bounded(1000));
}

QString BroadcastStore::newStreamKey() const
{
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QStringList groups;
    for (int i = 0; i < 5; ++i)
        groups.append(randomText(4, alphabet));
    return groups.join(QLatin1Char('-'));
}

QString BroadcastStore::newCuepointId() const
{
    return randomText(22, kIdAlphabet);
}

QString BroadcastStore::streamStatus(const Stream &stream) const
{
    if (stream.resolution.isEmpty() || stream.frameRate.isEmpty())
        return QStringLiteral("created");
    if (ingestStatus(stream.streamName).publishing)
        return QStringLiteral("active");
    return stream.everActive ? QStringLiteral("inactive") : QStringLiteral("ready");
}

bool BroadcastStore::isStreamActive(const QString &streamId) const
{
    for (const Stream &s : m_streams) {
        if (s.id == streamId)
            return streamStatus(s) == QLatin1String("active");
    }
    return false;
}

void BroadcastStore::beginTransition(Broadcast &broadcast, const QString &target)
{
    if (target == QLatin1String("complete")) {
        complete(broadcast);
        return;
    }
    broadcast.lifeCycleStatus = target == QLatin1String("testing") ? QStringLiteral("testStarting")
                                                                   : QStringLiteral("liveStarting");
    broadcast.transitionTarget = target;
    broadcast.transitionDue =
        QDateTime::currentDateTimeUtc().addMSecs(qint64(m_settings.transitionSeconds * 1000));
    Q_EMIT changed();
}

void BroadcastStore::complete(Broadcast &broadcast)
{
    broadcast.lifeCycleStatus = QStringLiteral("complete");
    broadcast.transitionTarget.clear();
    broadcast.actualEndTime = QDateTime::currentDateTimeUtc();
    if (broadcast.recordingStatus == QLatin1String("recording"))
        broadcast.recordingStatus = QStringLiteral("recorded");
    Q_EMIT changed();
}

void BroadcastStore::settle(Broadcast &broadcast)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (broadcast.transitionTarget == QLatin1String("testing")) {
        broadcast.lifeCycleStatus = QStringLiteral("testing");
        broadcast.testingReached = now;
        if (!broadcast.monitorStart.isValid())
            broadcast.monitorStart = now;
    } else {
        broadcast.lifeCycleStatus = QStringLiteral("live");
        broadcast.actualStartTime = now;
        if (!broadcast.monitorStart.isValid())
            broadcast.monitorStart = now;
        broadcast.recordingStatus = broadcast.recordFromStart ? QStringLiteral("recording")
                                                              : QStringLiteral("notRecording");
    }
    broadcast.transitionTarget.clear();
    broadcast.transitionDue = {};
}

void BroadcastStore::tick()
{
    bool dirty = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Stream &s : m_streams) {
        if (!s.everActive && ingestStatus(s.streamName).publishing) {
            s.everActive = true;
            dirty = true;
        }
    }
    for (Broadcast &b : m_broadcasts) {
        if (!b.transitionTarget.isEmpty() && now >= b.transitionDue &&
            !(m_isStuck && m_isStuck(b.transitionTarget))) {
            settle(b);
            dirty = true;
        }
        const bool active = !b.boundStreamId.isEmpty() && isStreamActive(b.boundStreamId);
        if (b.lifeCycleStatus == QLatin1String("ready") && b.enableAutoStart && active) {
            beginTransition(b, QStringLiteral("live"));
            dirty = true;
        }
        if (b.lifeCycleStatus == QLatin1String("live") && b.enableAutoStop) {
            if (active) {
                b.ingestStoppedAt = {};
            } else if (!b.ingestStoppedAt.isValid()) {
                b.ingestStoppedAt = now;
            } else if (b.ingestStoppedAt.msecsTo(now) >=
                       qint64(m_settings.autoStopSeconds) * 1000) {
                complete(b);
                dirty = true;
            }
        }
    }
    if (dirty)
        Q_EMIT changed();
}

void BroadcastStore::clear()
{
    m_broadcasts.clear();
    m_streams.clear();
    m_cuepoints.clear();
    m_thumbnails.clear();
    m_simulated.clear();
    Q_EMIT changed();
}

void BroadcastStore::setThumbnail(const QString &videoId, const QByteArray &image,
                                  const QByteArray &mime)
{
    m_thumbnails.insert(videoId, {image, mime});
    if (Broadcast *b = broadcast(videoId))
        b->hasThumbnail = true;
    Q_EMIT changed();
}

std::optional<QPair<QByteArray, QByteArray>> BroadcastStore::thumbnail(const QString &videoId) const
{
    if (!m_thumbnails.contains(videoId))
        return std::nullopt;
    return m_thumbnails.value(videoId);
}

QString BroadcastStore::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString BroadcastStore::etagOf(const QJsonObject &object)
{
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString BroadcastStore::embedHtml(const QString &broadcastId) const
{
    return QStringLiteral("<iframe width=\"425\" height=\"344\" src=\"") + m_origin +
           QStringLiteral("/embed/") + broadcastId +
           QStringLiteral("\" frameborder=\"0\" allow=\"autoplay; encrypted-media\" "
                          "allowfullscreen></iframe>");
}

QJsonObject BroadcastStore::thumbnailDetails(const QString &videoId) const
{
    // The sizes YouTube serves for every video; the bytes are the uploaded image, if any.
    struct Size
    {
        const char *name;
        int width;
        int height;
    };
    static const Size sizes[] = {{"default", 120, 90},
                                 {"medium", 320, 180},
                                 {"high", 480, 360},
                                 {"standard", 640, 480},
                                 {"maxres", 1280, 720}};
    QJsonObject details;
    for (const Size &size : sizes) {
        const QString name = QLatin1String(size.name);
        details.insert(name,
                       QJsonObject{{QStringLiteral("url"),
                                    QString(m_origin + QStringLiteral("/vi/") + videoId +
                                            QLatin1Char('/') + name + QStringLiteral(".jpg"))},
                                   {QStringLiteral("width"), size.width},
                                   {QStringLiteral("height"), size.height}});
    }
    return details;
}

QJsonObject BroadcastStore::broadcastJson(const Broadcast &b, const QStringList &parts) const
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#liveBroadcast")},
                    {QStringLiteral("id"), b.id}};
    if (parts.contains(QLatin1String("snippet"))) {
        QJsonObject snippet{{QStringLiteral("publishedAt"), timestamp(b.publishedAt)},
                            {QStringLiteral("channelId"), b.channelId},
                            {QStringLiteral("title"), b.title},
                            {QStringLiteral("description"), b.description},
                            {QStringLiteral("thumbnails"), thumbnailDetails(b.id)},
                            {QStringLiteral("scheduledStartTime"), timestamp(b.scheduledStartTime)},
                            {QStringLiteral("isDefaultBroadcast"), false},
                            {QStringLiteral("categoryId"), b.categoryId}};
        if (b.scheduledEndTime.isValid())
            snippet.insert(QStringLiteral("scheduledEndTime"), timestamp(b.scheduledEndTime));
        if (b.actualStartTime.isValid())
            snippet.insert(QStringLiteral("actualStartTime"), timestamp(b.actualStartTime));
        if (b.actualEndTime.isValid())
            snippet.insert(QStringLiteral("actualEndTime"), timestamp(b.actualEndTime));
        if (b.lifeCycleStatus != QLatin1String("complete"))
            snippet.insert(QStringLiteral("liveChatId"),
                           QString(QStringLiteral("KicKGFVD") + b.id));
        out.insert(QStringLiteral("snippet"), snippet);
    }
    if (parts.contains(QLatin1String("status"))) {
        out.insert(
            QStringLiteral("status"),
            QJsonObject{{QStringLiteral("lifeCycleStatus"), b.lifeCycleStatus},
                        {QStringLiteral("privacyStatus"), b.privacyStatus},
                        {QStringLiteral("recordingStatus"), b.recordingStatus},
                        {QStringLiteral("madeForKids"), b.selfDeclaredMadeForKids},
                        {QStringLiteral("selfDeclaredMadeForKids"), b.selfDeclaredMadeForKids}});
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        QJsonObject monitor{{QStringLiteral("enableMonitorStream"), b.enableMonitorStream},
                            {QStringLiteral("broadcastStreamDelayMs"), b.broadcastStreamDelayMs}};
        if (b.enableMonitorStream)
            monitor.insert(QStringLiteral("embedHtml"), embedHtml(b.id));
        QJsonObject details{
            {QStringLiteral("monitorStream"), monitor},
            {QStringLiteral("enableEmbed"), b.enableEmbed},
            {QStringLiteral("enableDvr"), b.enableDvr},
            {QStringLiteral("recordFromStart"), b.recordFromStart},
            {QStringLiteral("enableClosedCaptions"), b.enableClosedCaptions},
            {QStringLiteral("closedCaptionsType"), b.closedCaptionsType},
            {QStringLiteral("projection"), b.projection},
            {QStringLiteral("enableLowLatency"), b.latencyPreference != QLatin1String("normal")},
            {QStringLiteral("latencyPreference"), b.latencyPreference},
            {QStringLiteral("enableAutoStart"), b.enableAutoStart},
            {QStringLiteral("enableAutoStop"), b.enableAutoStop}};
        if (b.projection != QLatin1String("rectangular"))
            details.insert(QStringLiteral("stereoLayout"), b.stereoLayout);
        if (!b.boundStreamId.isEmpty()) {
            details.insert(QStringLiteral("boundStreamId"), b.boundStreamId);
            details.insert(QStringLiteral("boundStreamLastUpdateTimeMs"),
                           timestamp(b.boundStreamLastUpdate));
        }
        out.insert(QStringLiteral("contentDetails"), details);
    }
    if (parts.contains(QLatin1String("statistics"))) {
        QJsonObject statistics;
        if (b.lifeCycleStatus == QLatin1String("live"))
            statistics.insert(QStringLiteral("concurrentViewers"), QStringLiteral("0"));
        out.insert(QStringLiteral("statistics"), statistics);
    }
    if (parts.contains(QLatin1String("monetizationDetails"))) {
        QJsonObject schedule{{QStringLiteral("enabled"), b.cuepointScheduleEnabled}};
        if (!b.pauseAdsUntil.isEmpty())
            schedule.insert(QStringLiteral("pauseAdsUntil"), b.pauseAdsUntil);
        out.insert(QStringLiteral("monetizationDetails"),
                   QJsonObject{{QStringLiteral("cuepointSchedule"), schedule}});
    }
    out.insert(QStringLiteral("etag"), etagOf(out));
    return out;
}

QJsonObject BroadcastStore::streamJson(const Stream &s, const QStringList &parts) const
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#liveStream")},
                    {QStringLiteral("id"), s.id}};
    if (parts.contains(QLatin1String("snippet"))) {
        out.insert(QStringLiteral("snippet"),
                   QJsonObject{{QStringLiteral("publishedAt"), timestamp(s.publishedAt)},
                               {QStringLiteral("channelId"), s.channelId},
                               {QStringLiteral("title"), s.title},
                               {QStringLiteral("description"), s.description},
                               {QStringLiteral("isDefaultStream"), false}});
    }
    if (parts.contains(QLatin1String("cdn"))) {
        const QJsonObject info{{QStringLiteral("streamName"), s.streamName},
                               {QStringLiteral("ingestionAddress"), m_rtmpUrl},
                               {QStringLiteral("backupIngestionAddress"),
                                QString(m_rtmpUrl + QStringLiteral("?backup=1"))}};
        QJsonObject cdn{{QStringLiteral("ingestionType"), s.ingestionType},
                        {QStringLiteral("ingestionInfo"), info}};
        if (!s.resolution.isEmpty())
            cdn.insert(QStringLiteral("resolution"), s.resolution);
        if (!s.frameRate.isEmpty())
            cdn.insert(QStringLiteral("frameRate"), s.frameRate);
        out.insert(QStringLiteral("cdn"), cdn);
    }
    if (parts.contains(QLatin1String("status"))) {
        const QString status = streamStatus(s);
        const IngestStatus ingest = ingestStatus(s.streamName);
        QJsonArray issues;
        QString health = QStringLiteral("noData");
        if (ingest.publishing) {
            int worst = 0; // 0 none/info, 1 warning, 2 error
            const auto issue = [&](const QString &type, const QString &severity,
                                   const QString &reason, const QString &description) {
                issues.append(QJsonObject{{QStringLiteral("type"), type},
                                          {QStringLiteral("severity"), severity},
                                          {QStringLiteral("reason"), reason},
                                          {QStringLiteral("description"), description}});
                worst = qMax(worst, severity == QLatin1String("error")     ? 2
                                    : severity == QLatin1String("warning") ? 1
                                                                           : 0);
            };
            if (ingest.hasAudio && !ingest.hasVideo) {
                issue(QStringLiteral("noVideoStream"), QStringLiteral("error"),
                      QStringLiteral("No video stream"),
                      QStringLiteral("The stream has no video. Check your encoder's settings."));
            }
            if (ingest.hasVideo && !ingest.hasAudio && ingest.width > 0) {
                issue(QStringLiteral("noAudioStream"), QStringLiteral("warning"),
                      QStringLiteral("No audio stream"),
                      QStringLiteral("The stream has no audio. Check your encoder's settings."));
            }
            const int lines = resolutionLines(s.resolution);
            const int received = qMin(ingest.width, ingest.height);
            if (lines > 0 && received > 0 && received != lines) {
                issue(QStringLiteral("resolutionMismatch"), QStringLiteral("warning"),
                      QStringLiteral("Resolution mismatch"),
                      QStringLiteral("The stream's resolution (%1x%2) does not match the "
                                     "configured resolution (%3).")
                          .arg(ingest.width)
                          .arg(ingest.height)
                          .arg(s.resolution));
            }
            const double configured = s.frameRate == QLatin1String("60fps")   ? 60
                                      : s.frameRate == QLatin1String("30fps") ? 30
                                                                              : 0;
            if (configured > 0 && ingest.frameRate > 0 &&
                qAbs(ingest.frameRate - configured) > 1.5) {
                issue(QStringLiteral("framerateMismatch"), QStringLiteral("warning"),
                      QStringLiteral("Frame rate mismatch"),
                      QStringLiteral("The stream's frame rate (%1 fps) does not match the "
                                     "configured frame rate (%2).")
                          .arg(ingest.frameRate)
                          .arg(s.frameRate));
            }
            health = worst == 2   ? QStringLiteral("bad")
                     : worst == 1 ? QStringLiteral("ok")
                                  : QStringLiteral("good");
        }
        QJsonObject healthStatus{{QStringLiteral("status"), health},
                                 {QStringLiteral("lastUpdateTimeSeconds"),
                                  QString::number(QDateTime::currentSecsSinceEpoch())}};
        if (!issues.isEmpty())
            healthStatus.insert(QStringLiteral("configurationIssues"), issues);
        out.insert(QStringLiteral("status"),
                   QJsonObject{{QStringLiteral("streamStatus"), status},
                               {QStringLiteral("healthStatus"), healthStatus}});
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        out.insert(QStringLiteral("contentDetails"),
                   QJsonObject{{QStringLiteral("isReusable"), s.isReusable}});
    }
    out.insert(QStringLiteral("etag"), etagOf(out));
    return out;
}

QJsonObject BroadcastStore::videoJson(const Broadcast &b, const QStringList &parts) const
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#video")},
                    {QStringLiteral("id"), b.id}};
    const QString life = b.lifeCycleStatus;
    const bool isLive = life == QLatin1String("live");
    const bool isComplete = life == QLatin1String("complete");
    if (parts.contains(QLatin1String("snippet"))) {
        QString channelTitle;
        for (const SandboxChannel &c : sandboxChannels()) {
            if (c.id == b.channelId)
                channelTitle = c.title;
        }
        QJsonObject snippet{
            {QStringLiteral("publishedAt"), timestamp(b.publishedAt)},
            {QStringLiteral("channelId"), b.channelId},
            {QStringLiteral("title"), b.title},
            {QStringLiteral("description"), b.description},
            {QStringLiteral("thumbnails"), thumbnailDetails(b.id)},
            {QStringLiteral("channelTitle"), channelTitle},
            {QStringLiteral("categoryId"), b.categoryId},
            {QStringLiteral("liveBroadcastContent"), isLive       ? QStringLiteral("live")
                                                     : isComplete ? QStringLiteral("completed")
                                                                  : QStringLiteral("upcoming")},
            {QStringLiteral("localized"),
             QJsonObject{{QStringLiteral("title"), b.title},
                         {QStringLiteral("description"), b.description}}}};
        if (!b.tags.isEmpty())
            snippet.insert(QStringLiteral("tags"), QJsonArray::fromStringList(b.tags));
        if (!b.defaultLanguage.isEmpty())
            snippet.insert(QStringLiteral("defaultLanguage"), b.defaultLanguage);
        out.insert(QStringLiteral("snippet"), snippet);
    }
    if (parts.contains(QLatin1String("status"))) {
        out.insert(
            QStringLiteral("status"),
            QJsonObject{{QStringLiteral("uploadStatus"),
                         isComplete ? QStringLiteral("processed") : QStringLiteral("uploaded")},
                        {QStringLiteral("privacyStatus"), b.privacyStatus},
                        {QStringLiteral("license"), b.license},
                        {QStringLiteral("embeddable"), b.embeddable},
                        {QStringLiteral("publicStatsViewable"), b.publicStatsViewable},
                        {QStringLiteral("madeForKids"), b.selfDeclaredMadeForKids},
                        {QStringLiteral("selfDeclaredMadeForKids"), b.selfDeclaredMadeForKids}});
    }
    if (parts.contains(QLatin1String("liveStreamingDetails"))) {
        QJsonObject details{
            {QStringLiteral("scheduledStartTime"), timestamp(b.scheduledStartTime)}};
        if (b.scheduledEndTime.isValid())
            details.insert(QStringLiteral("scheduledEndTime"), timestamp(b.scheduledEndTime));
        if (b.actualStartTime.isValid())
            details.insert(QStringLiteral("actualStartTime"), timestamp(b.actualStartTime));
        if (b.actualEndTime.isValid())
            details.insert(QStringLiteral("actualEndTime"), timestamp(b.actualEndTime));
        if (isLive) {
            details.insert(QStringLiteral("concurrentViewers"), QStringLiteral("0"));
            details.insert(QStringLiteral("activeLiveChatId"),
                           QString(QStringLiteral("KicKGFVD") + b.id));
        }
        out.insert(QStringLiteral("liveStreamingDetails"), details);
    }
    if (parts.contains(QLatin1String("statistics"))) {
        out.insert(QStringLiteral("statistics"),
                   QJsonObject{{QStringLiteral("viewCount"), QStringLiteral("0")},
                               {QStringLiteral("likeCount"), QStringLiteral("0")},
                               {QStringLiteral("favoriteCount"), QStringLiteral("0")},
                               {QStringLiteral("commentCount"), QStringLiteral("0")}});
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        qint64 seconds = 0;
        if (b.actualStartTime.isValid() && b.actualEndTime.isValid())
            seconds = b.actualStartTime.secsTo(b.actualEndTime);
        const QString duration = seconds == 0 ? QStringLiteral("P0D")
                                              : QStringLiteral("PT%1H%2M%3S")
                                                    .arg(seconds / 3600)
                                                    .arg((seconds / 60) % 60)
                                                    .arg(seconds % 60);
        out.insert(QStringLiteral("contentDetails"),
                   QJsonObject{{QStringLiteral("duration"), duration},
                               {QStringLiteral("dimension"), QStringLiteral("2d")},
                               {QStringLiteral("definition"), QStringLiteral("hd")},
                               {QStringLiteral("caption"), QStringLiteral("false")},
                               {QStringLiteral("licensedContent"), false},
                               {QStringLiteral("projection"), b.projection == QLatin1String("360")
                                                                  ? QStringLiteral("360")
                                                                  : QStringLiteral("rectangular")},
                               {QStringLiteral("hasCustomThumbnail"), b.hasThumbnail}});
    }
    if (parts.contains(QLatin1String("player"))) {
        out.insert(QStringLiteral("player"),
                   QJsonObject{{QStringLiteral("embedHtml"), embedHtml(b.id)}});
    }
    out.insert(QStringLiteral("etag"), etagOf(out));
    return out;
}

QJsonObject BroadcastStore::cuepointJson(const CuepointRecord &c) const
{
    QJsonObject out{{QStringLiteral("id"), c.id},
                    {QStringLiteral("etag"), c.etag},
                    {QStringLiteral("cueType"), c.cueType},
                    {QStringLiteral("durationSecs"), c.durationSecs}};
    if (c.insertionOffsetTimeMs)
        out.insert(QStringLiteral("insertionOffsetTimeMs"),
                   QString::number(*c.insertionOffsetTimeMs));
    if (c.walltimeMs)
        out.insert(QStringLiteral("walltimeMs"), QString::number(*c.walltimeMs));
    return out;
}

QJsonObject CuepointRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("etag"), etag},
                  {QStringLiteral("broadcastId"), broadcastId},
                  {QStringLiteral("cueType"), cueType},
                  {QStringLiteral("durationSecs"), durationSecs},
                  {QStringLiteral("arrivalMs"), arrivalMs},
                  {QStringLiteral("monitorElapsedMs"), monitorElapsedMs}};
    if (insertionOffsetTimeMs)
        o.insert(QStringLiteral("insertionOffsetTimeMs"), *insertionOffsetTimeMs);
    if (walltimeMs)
        o.insert(QStringLiteral("walltimeMs"), *walltimeMs);
    return o;
}

QJsonObject BroadcastStore::saveState() const
{
    QJsonArray broadcasts;
    for (const Broadcast &b : m_broadcasts) {
        broadcasts.append(QJsonObject{
            {QStringLiteral("id"), b.id},
            {QStringLiteral("channelId"), b.channelId},
            {QStringLiteral("title"), b.title},
            {QStringLiteral("description"), b.description},
            {QStringLiteral("publishedAt"), timeOrEmpty(b.publishedAt)},
            {QStringLiteral("scheduledStartTime"), timeOrEmpty(b.scheduledStartTime)},
            {QStringLiteral("scheduledEndTime"), timeOrEmpty(b.scheduledEndTime)},
            {QStringLiteral("actualStartTime"), timeOrEmpty(b.actualStartTime)},
            {QStringLiteral("actualEndTime"), timeOrEmpty(b.actualEndTime)},
            {QStringLiteral("privacyStatus"), b.privacyStatus},
            {QStringLiteral("lifeCycleStatus"), b.lifeCycleStatus},
            {QStringLiteral("recordingStatus"), b.recordingStatus},
            {QStringLiteral("selfDeclaredMadeForKids"), b.selfDeclaredMadeForKids},
            {QStringLiteral("boundStreamId"), b.boundStreamId},
            {QStringLiteral("boundStreamLastUpdate"), timeOrEmpty(b.boundStreamLastUpdate)},
            {QStringLiteral("enableMonitorStream"), b.enableMonitorStream},
            {QStringLiteral("broadcastStreamDelayMs"), b.broadcastStreamDelayMs},
            {QStringLiteral("enableEmbed"), b.enableEmbed},
            {QStringLiteral("enableDvr"), b.enableDvr},
            {QStringLiteral("recordFromStart"), b.recordFromStart},
            {QStringLiteral("enableClosedCaptions"), b.enableClosedCaptions},
            {QStringLiteral("closedCaptionsType"), b.closedCaptionsType},
            {QStringLiteral("latencyPreference"), b.latencyPreference},
            {QStringLiteral("projection"), b.projection},
            {QStringLiteral("stereoLayout"), b.stereoLayout},
            {QStringLiteral("enableAutoStart"), b.enableAutoStart},
            {QStringLiteral("enableAutoStop"), b.enableAutoStop},
            {QStringLiteral("cuepointScheduleEnabled"), b.cuepointScheduleEnabled},
            {QStringLiteral("pauseAdsUntil"), b.pauseAdsUntil},
            {QStringLiteral("categoryId"), b.categoryId},
            {QStringLiteral("tags"), QJsonArray::fromStringList(b.tags)},
            {QStringLiteral("defaultLanguage"), b.defaultLanguage},
            {QStringLiteral("embeddable"), b.embeddable},
            {QStringLiteral("license"), b.license},
            {QStringLiteral("publicStatsViewable"), b.publicStatsViewable},
            {QStringLiteral("transitionTarget"), b.transitionTarget},
            {QStringLiteral("transitionDue"), timeOrEmpty(b.transitionDue)},
            {QStringLiteral("monitorStart"), timeOrEmpty(b.monitorStart)},
            {QStringLiteral("testingReached"), timeOrEmpty(b.testingReached)},
            {QStringLiteral("hasThumbnail"), b.hasThumbnail}});
    }
    QJsonArray streams;
    for (const Stream &s : m_streams) {
        streams.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("channelId"), s.channelId},
                                   {QStringLiteral("title"), s.title},
                                   {QStringLiteral("description"), s.description},
                                   {QStringLiteral("publishedAt"), timeOrEmpty(s.publishedAt)},
                                   {QStringLiteral("ingestionType"), s.ingestionType},
                                   {QStringLiteral("resolution"), s.resolution},
                                   {QStringLiteral("frameRate"), s.frameRate},
                                   {QStringLiteral("streamName"), s.streamName},
                                   {QStringLiteral("isReusable"), s.isReusable},
                                   {QStringLiteral("everActive"), s.everActive}});
    }
    QJsonArray cuepoints;
    for (const CuepointRecord &c : m_cuepoints)
        cuepoints.append(c.toJson());
    QJsonObject thumbnails;
    for (auto it = m_thumbnails.cbegin(); it != m_thumbnails.cend(); ++it) {
        thumbnails.insert(
            it.key(),
            QJsonObject{{QStringLiteral("mime"), QString::fromLatin1(it->second)},
                        {QStringLiteral("data"), QString::fromLatin1(it->first.toBase64())}});
    }
    return {{QStringLiteral("broadcasts"), broadcasts},
            {QStringLiteral("streams"), streams},
            {QStringLiteral("cuepoints"), cuepoints},
            {QStringLiteral("thumbnails"), thumbnails}};
}

void BroadcastStore::restoreState(const QJsonObject &state)
{
    m_broadcasts.clear();
    m_streams.clear();
    m_cuepoints.clear();
    m_thumbnails.clear();
    const auto str = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    const auto flag = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toBool();
    };
    const auto time = [](const QJsonObject &o, const char *key) {
        return timeFrom(o.value(QLatin1String(key)));
    };
    for (const QJsonValue &v : state.value(QStringLiteral("broadcasts")).toArray()) {
        const QJsonObject o = v.toObject();
        Broadcast b;
        b.id = str(o, "id");
        b.channelId = str(o, "channelId");
        b.title = str(o, "title");
        b.description = str(o, "description");
        b.publishedAt = time(o, "publishedAt");
        b.scheduledStartTime = time(o, "scheduledStartTime");
        b.scheduledEndTime = time(o, "scheduledEndTime");
        b.actualStartTime = time(o, "actualStartTime");
        b.actualEndTime = time(o, "actualEndTime");
        b.privacyStatus = str(o, "privacyStatus");
        b.lifeCycleStatus = str(o, "lifeCycleStatus");
        b.recordingStatus = str(o, "recordingStatus");
        b.selfDeclaredMadeForKids = flag(o, "selfDeclaredMadeForKids");
        b.boundStreamId = str(o, "boundStreamId");
        b.boundStreamLastUpdate = time(o, "boundStreamLastUpdate");
        b.enableMonitorStream = flag(o, "enableMonitorStream");
        b.broadcastStreamDelayMs = o.value(QStringLiteral("broadcastStreamDelayMs")).toInteger();
        b.enableEmbed = flag(o, "enableEmbed");
        b.enableDvr = flag(o, "enableDvr");
        b.recordFromStart = flag(o, "recordFromStart");
        b.enableClosedCaptions = flag(o, "enableClosedCaptions");
        b.closedCaptionsType = str(o, "closedCaptionsType");
        b.latencyPreference = str(o, "latencyPreference");
        b.projection = str(o, "projection");
        b.stereoLayout = str(o, "stereoLayout");
        b.enableAutoStart = flag(o, "enableAutoStart");
        b.enableAutoStop = flag(o, "enableAutoStop");
        b.cuepointScheduleEnabled = flag(o, "cuepointScheduleEnabled");
        b.pauseAdsUntil = str(o, "pauseAdsUntil");
        b.categoryId = str(o, "categoryId");
        for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
            b.tags.append(tag.toString());
        b.defaultLanguage = str(o, "defaultLanguage");
        b.embeddable = flag(o, "embeddable");
        b.license = str(o, "license");
        b.publicStatsViewable = flag(o, "publicStatsViewable");
        b.transitionTarget = str(o, "transitionTarget");
        b.transitionDue = time(o, "transitionDue");
        b.monitorStart = time(o, "monitorStart");
        b.testingReached = time(o, "testingReached");
        b.hasThumbnail = flag(o, "hasThumbnail");
        m_broadcasts.append(b);
    }
    for (const QJsonValue &v : state.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject o = v.toObject();
        Stream s;
        s.id = str(o, "id");
        s.channelId = str(o, "channelId");
        s.title = str(o, "title");
        s.description = str(o, "description");
        s.publishedAt = time(o, "publishedAt");
        s.ingestionType = str(o, "ingestionType");
        s.resolution = str(o, "resolution");
        s.frameRate = str(o, "frameRate");
        s.streamName = str(o, "streamName");
        s.isReusable = flag(o, "isReusable");
        s.everActive = flag(o, "everActive");
        m_streams.append(s);
    }
    for (const QJsonValue &v : state.value(QStringLiteral("cuepoints")).toArray()) {
        const QJsonObject o = v.toObject();
        CuepointRecord c;
        c.id = str(o, "id");
        c.etag = str(o, "etag");
        c.broadcastId = str(o, "broadcastId");
        c.cueType = str(o, "cueType");
        c.durationSecs = o.value(QStringLiteral("durationSecs")).toInteger();
        c.arrivalMs = o.value(QStringLiteral("arrivalMs")).toInteger();
        c.monitorElapsedMs = o.value(QStringLiteral("monitorElapsedMs")).toInteger(-1);
        if (o.contains(QStringLiteral("insertionOffsetTimeMs")))
            c.insertionOffsetTimeMs = o.value(QStringLiteral("insertionOffsetTimeMs")).toInteger();
        if (o.contains(QStringLiteral("walltimeMs")))
            c.walltimeMs = o.value(QStringLiteral("walltimeMs")).toInteger();
        m_cuepoints.append(c);
    }
    const QJsonObject thumbnails = state.value(QStringLiteral("thumbnails")).toObject();
    for (auto it = thumbnails.begin(); it != thumbnails.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_thumbnails.insert(it.key(), {QByteArray::fromBase64(str(o, "data").toLatin1()),
                                       str(o, "mime").toLatin1()});
    }
}

} // namespace onair::sandbox
