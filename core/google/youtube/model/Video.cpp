#include "google/youtube/model/Video.h"

#include "net/JsonReader.h"

#include <QJsonArray>

namespace onair {

Result<Video> Video::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Video v;
    const QString kind = r.string("kind");
    if (!kind.isEmpty() && kind != QLatin1String("youtube#video"))
        r.fail("kind", QStringLiteral("expected youtube#video, got ") + kind);
    v.id = r.string("id");
    v.etag = r.string("etag");

    if (r.enter("snippet")) {
        v.parts << QStringLiteral("snippet");
        Snippet &s = v.snippet;
        s.title = r.string("title");
        s.description = r.string("description");
        s.categoryId = r.string("categoryId");
        s.tags = r.stringList("tags");
        s.defaultLanguage = r.string("defaultLanguage");
        s.channelId = r.string("channelId");
        s.liveBroadcastContent = r.string("liveBroadcastContent");
        s.publishedAt = r.dateTime("publishedAt");
        r.leave();
    }
    if (r.enter("status")) {
        v.parts << QStringLiteral("status");
        Status &s = v.status;
        s.privacyStatus = r.string("privacyStatus");
        s.embeddable = r.boolean("embeddable", true);
        s.selfDeclaredMadeForKids = r.boolean("selfDeclaredMadeForKids");
        s.madeForKids = r.boolean("madeForKids");
        s.license = r.string("license");
        s.publicStatsViewable = r.boolean("publicStatsViewable", true);
        s.uploadStatus = r.string("uploadStatus");
        s.failureReason = r.string("failureReason");
        s.rejectionReason = r.string("rejectionReason");
        r.leave();
    }
    if (r.enter("liveStreamingDetails")) {
        v.parts << QStringLiteral("liveStreamingDetails");
        LiveStreamingDetails &d = v.liveStreamingDetails;
        d.scheduledStartTime = r.dateTime("scheduledStartTime");
        d.scheduledEndTime = r.dateTime("scheduledEndTime");
        d.actualStartTime = r.dateTime("actualStartTime");
        d.actualEndTime = r.dateTime("actualEndTime");
        d.concurrentViewers = r.int64("concurrentViewers", -1);
        d.activeLiveChatId = r.string("activeLiveChatId");
        r.leave();
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("video: ") + r.error());
    return v;
}

QJsonObject Video::toJson(const QStringList &writeParts) const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QLatin1String("id"), id);
    // videos.update replaces each named part: every writable field we know is sent back.
    if (writeParts.contains(QLatin1String("snippet"))) {
        QJsonObject s;
        s.insert(QLatin1String("title"), snippet.title);
        s.insert(QLatin1String("description"), snippet.description);
        s.insert(QLatin1String("categoryId"), snippet.categoryId);
        if (!snippet.tags.isEmpty())
            s.insert(QLatin1String("tags"), QJsonArray::fromStringList(snippet.tags));
        if (!snippet.defaultLanguage.isEmpty())
            s.insert(QLatin1String("defaultLanguage"), snippet.defaultLanguage);
        o.insert(QLatin1String("snippet"), s);
    }
    if (writeParts.contains(QLatin1String("status"))) {
        QJsonObject s;
        s.insert(QLatin1String("privacyStatus"), status.privacyStatus);
        s.insert(QLatin1String("embeddable"), status.embeddable);
        s.insert(QLatin1String("selfDeclaredMadeForKids"), status.selfDeclaredMadeForKids);
        if (!status.license.isEmpty())
            s.insert(QLatin1String("license"), status.license);
        s.insert(QLatin1String("publicStatsViewable"), status.publicStatsViewable);
        o.insert(QLatin1String("status"), s);
    }
    return o;
}

} // namespace onair
