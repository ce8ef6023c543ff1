#include "youtube/ResourceJson.h"

#include "google/SandboxChannels.h"
#include "youtube/BroadcastStore.h"
#include "youtube/UploadedVideo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

namespace {

int resolutionLines(const QString &resolution)
{
    const QString digits = resolution.chopped(1);
    return resolution.endsWith(QLatin1Char('p')) ? digits.toInt() : 0;
}

} // namespace

ResourceJson::ResourceJson(const BroadcastStore &store)
    : m_store(store)
{}

QString ResourceJson::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString ResourceJson::etagOf(const QJsonObject &object)
{
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ResourceJson::embedHtml(const QString &broadcastId) const
{
    return QStringLiteral("<iframe width=\"425\" height=\"344\" src=\"") + m_store.origin() +
           QStringLiteral("/embed/") + broadcastId +
           QStringLiteral("\" frameborder=\"0\" allow=\"autoplay; encrypted-media\" "
                          "allowfullscreen></iframe>");
}

QJsonObject ResourceJson::thumbnailDetails(const QString &videoId) const
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
                                    QString(m_store.origin() + QStringLiteral("/vi/") + videoId +
                                            QLatin1Char('/') + name + QStringLiteral(".jpg"))},
                                   {QStringLiteral("width"), size.width},
                                   {QStringLiteral("height"), size.height}});
    }
    return details;
}

QJsonObject ResourceJson::broadcast(const Broadcast &b, const QStringList &parts) const
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
        if (b.lifeCycleStatus != LifeCycleStatus::Complete)
            snippet.insert(QStringLiteral("liveChatId"),
                           QString(QStringLiteral("KicKGFVD") + b.id));
        out.insert(QStringLiteral("snippet"), snippet);
    }
    if (parts.contains(QLatin1String("status"))) {
        out.insert(
            QStringLiteral("status"),
            QJsonObject{
                {QStringLiteral("lifeCycleStatus"), BroadcastStates::toString(b.lifeCycleStatus)},
                {QStringLiteral("privacyStatus"), b.privacyStatus},
                {QStringLiteral("recordingStatus"), BroadcastStates::toString(b.recordingStatus)},
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
        if (b.lifeCycleStatus == LifeCycleStatus::Live)
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

QJsonObject ResourceJson::stream(const Stream &s, const QStringList &parts) const
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
                               {QStringLiteral("ingestionAddress"), m_store.ingestAddress()},
                               {QStringLiteral("backupIngestionAddress"),
                                QString(m_store.ingestAddress() + QStringLiteral("?backup=1"))}};
        QJsonObject cdn{{QStringLiteral("ingestionType"), s.ingestionType},
                        {QStringLiteral("ingestionInfo"), info}};
        if (!s.resolution.isEmpty())
            cdn.insert(QStringLiteral("resolution"), s.resolution);
        if (!s.frameRate.isEmpty())
            cdn.insert(QStringLiteral("frameRate"), s.frameRate);
        out.insert(QStringLiteral("cdn"), cdn);
    }
    if (parts.contains(QLatin1String("status"))) {
        const QString status = BroadcastStates::toString(m_store.streamStatus(s));
        const IngestStatus ingest = m_store.ingestStatus(s.streamName);
        QJsonArray issues;
        HealthStatus health = HealthStatus::NoData;
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
            health = worst == 2   ? HealthStatus::Bad
                     : worst == 1 ? HealthStatus::Ok
                                  : HealthStatus::Good;
        }
        QJsonObject healthStatus{{QStringLiteral("status"), BroadcastStates::toString(health)},
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

QJsonObject ResourceJson::video(const Broadcast &b, const QStringList &parts) const
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#video")},
                    {QStringLiteral("id"), b.id}};
    const bool isLive = b.lifeCycleStatus == LifeCycleStatus::Live;
    const bool isComplete = b.lifeCycleStatus == LifeCycleStatus::Complete;
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

QJsonObject ResourceJson::uploadedVideo(const UploadedVideo &u, const QStringList &parts,
                                        bool owner) const
{
    QStringList shared = parts;
    shared.removeAll(QStringLiteral("liveStreamingDetails")); // not a broadcast
    QJsonObject out = video(u.video, shared);
    if (out.contains(QLatin1String("snippet"))) {
        QJsonObject snippet = out.value(QLatin1String("snippet")).toObject();
        snippet.insert(QStringLiteral("liveBroadcastContent"), QStringLiteral("none"));
        out.insert(QStringLiteral("snippet"), snippet);
    }
    if (out.contains(QLatin1String("status"))) {
        QJsonObject status = out.value(QLatin1String("status")).toObject();
        status.insert(QStringLiteral("uploadStatus"), u.uploadStatus());
        if (u.publishAt.isValid())
            status.insert(QStringLiteral("publishAt"), timestamp(u.publishAt));
        if (u.processingDone && u.outcome == QLatin1String("failed"))
            status.insert(QStringLiteral("failureReason"), u.outcomeReason);
        if (u.processingDone && u.outcome == QLatin1String("rejected"))
            status.insert(QStringLiteral("rejectionReason"), u.outcomeReason);
        out.insert(QStringLiteral("status"), status);
    }
    if (parts.contains(QLatin1String("recordingDetails"))) {
        QJsonObject details;
        if (u.recordingDate.isValid())
            details.insert(QStringLiteral("recordingDate"), timestamp(u.recordingDate));
        if (!u.location.isEmpty())
            details.insert(QStringLiteral("location"), u.location);
        if (!u.locationDescription.isEmpty())
            details.insert(QStringLiteral("locationDescription"), u.locationDescription);
        out.insert(QStringLiteral("recordingDetails"), details);
    }
    if (parts.contains(QLatin1String("fileDetails")) && owner) {
        out.insert(QStringLiteral("fileDetails"),
                   QJsonObject{{QStringLiteral("fileName"), u.fileName},
                               {QStringLiteral("fileSize"), QString::number(u.fileSize)},
                               {QStringLiteral("fileType"), QStringLiteral("video")}});
    }
    if (parts.contains(QLatin1String("processingDetails")) && owner) {
        QJsonObject details;
        if (!u.processingDone) {
            // Linear progress over the processing time, in 1000 parts.
            const qint64 total = qMax<qint64>(1, u.processingStarted.msecsTo(u.processingDue));
            const qint64 elapsed = qBound<qint64>(
                0, u.processingStarted.msecsTo(QDateTime::currentDateTimeUtc()), total);
            details.insert(QStringLiteral("processingStatus"), QStringLiteral("processing"));
            details.insert(
                QStringLiteral("processingProgress"),
                QJsonObject{
                    {QStringLiteral("partsTotal"), QStringLiteral("1000")},
                    {QStringLiteral("partsProcessed"), QString::number(elapsed * 1000 / total)},
                    {QStringLiteral("timeLeftMs"), QString::number(total - elapsed)}});
        } else if (u.outcome == QLatin1String("failed")) {
            details.insert(QStringLiteral("processingStatus"), QStringLiteral("failed"));
            details.insert(QStringLiteral("processingFailureReason"),
                           u.outcomeReason == QLatin1String("uploadAborted")
                               ? QStringLiteral("uploadFailed")
                               : QStringLiteral("transcodeFailed"));
        } else if (u.outcome == QLatin1String("rejected")) {
            details.insert(QStringLiteral("processingStatus"), QStringLiteral("terminated"));
        } else {
            details.insert(QStringLiteral("processingStatus"), QStringLiteral("succeeded"));
        }
        const QString available = u.processingDone && u.outcome == QLatin1String("processed")
                                      ? QStringLiteral("available")
                                      : QStringLiteral("inProgress");
        details.insert(QStringLiteral("fileDetailsAvailability"), QStringLiteral("available"));
        details.insert(QStringLiteral("thumbnailsAvailability"), available);
        out.insert(QStringLiteral("processingDetails"), details);
    }
    out.insert(QStringLiteral("etag"), etagOf(out));
    return out;
}

QJsonObject ResourceJson::cuepoint(const CuepointRecord &c) const
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

} // namespace onair::sandbox
