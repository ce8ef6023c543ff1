#include "google/youtube/model/LiveBroadcast.h"

#include "net/JsonReader.h"

namespace onair {

Result<LiveBroadcast> LiveBroadcast::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    LiveBroadcast b;
    const QString kind = r.string("kind");
    if (!kind.isEmpty() && kind != QLatin1String("youtube#liveBroadcast"))
        r.fail("kind", QStringLiteral("expected youtube#liveBroadcast, got ") + kind);
    b.id = r.string("id");
    b.etag = r.string("etag");

    if (r.enter("snippet")) {
        b.parts << QStringLiteral("snippet");
        Snippet &s = b.snippet;
        s.title = r.string("title");
        s.description = r.string("description");
        s.channelId = r.string("channelId");
        s.liveChatId = r.string("liveChatId");
        s.categoryId = r.string("categoryId");
        s.scheduledStartTime = r.dateTime("scheduledStartTime");
        s.scheduledEndTime = r.dateTime("scheduledEndTime");
        s.actualStartTime = r.dateTime("actualStartTime");
        s.actualEndTime = r.dateTime("actualEndTime");
        s.publishedAt = r.dateTime("publishedAt");
        if (r.enter("thumbnails")) {
            for (const char *size : {"maxres", "standard", "high", "medium", "default"}) {
                if (r.enter(size)) {
                    s.thumbnailUrl = QUrl(r.string("url"));
                    r.leave();
                    break;
                }
            }
            r.leave();
        }
        r.leave();
    }
    if (r.enter("status")) {
        b.parts << QStringLiteral("status");
        Status &s = b.status;
        s.lifeCycleStatus = lifecycle::parseLifeCycleStatus(r.string("lifeCycleStatus"));
        s.privacyStatus = r.string("privacyStatus");
        s.recordingStatus = r.string("recordingStatus");
        s.madeForKids = r.boolean("madeForKids");
        s.selfDeclaredMadeForKids = r.boolean("selfDeclaredMadeForKids");
        r.leave();
    }
    if (r.enter("contentDetails")) {
        b.parts << QStringLiteral("contentDetails");
        ContentDetails &c = b.contentDetails;
        c.boundStreamId = r.string("boundStreamId");
        c.boundStreamLastUpdateTimeMs = r.dateTime("boundStreamLastUpdateTimeMs");
        if (r.enter("monitorStream")) {
            c.monitorStream.enableMonitorStream = r.boolean("enableMonitorStream", true);
            c.monitorStream.broadcastStreamDelayMs = r.uint32("broadcastStreamDelayMs");
            c.monitorStream.embedHtml = r.string("embedHtml");
            r.leave();
        }
        c.enableDvr = r.boolean("enableDvr", true);
        c.recordFromStart = r.boolean("recordFromStart", true);
        c.enableEmbed = r.boolean("enableEmbed", true);
        c.enableAutoStart = r.boolean("enableAutoStart");
        c.enableAutoStop = r.boolean("enableAutoStop");
        c.enableClosedCaptions = r.boolean("enableClosedCaptions");
        c.closedCaptionsType = r.string("closedCaptionsType");
        c.latencyPreference = r.string("latencyPreference");
        c.projection = r.string("projection");
        c.stereoLayout = r.string("stereoLayout");
        r.leave();
    }
    if (r.enter("statistics")) {
        b.parts << QStringLiteral("statistics");
        b.statistics.concurrentViewers = r.int64("concurrentViewers", -1);
        r.leave();
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("liveBroadcast: ") + r.error());
    return b;
}

QJsonObject LiveBroadcast::toJson(const QStringList &writeParts) const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QLatin1String("id"), id);
    const auto putTime = [](QJsonObject &obj, const char *key, const QDateTime &t) {
        if (t.isValid())
            obj.insert(QLatin1String(key), toRfc3339(t));
    };
    if (writeParts.contains(QLatin1String("snippet"))) {
        QJsonObject s;
        s.insert(QLatin1String("title"), snippet.title);
        s.insert(QLatin1String("description"), snippet.description);
        putTime(s, "scheduledStartTime", snippet.scheduledStartTime);
        putTime(s, "scheduledEndTime", snippet.scheduledEndTime);
        o.insert(QLatin1String("snippet"), s);
    }
    if (writeParts.contains(QLatin1String("status"))) {
        QJsonObject s;
        s.insert(QLatin1String("privacyStatus"), status.privacyStatus);
        s.insert(QLatin1String("selfDeclaredMadeForKids"), status.selfDeclaredMadeForKids);
        o.insert(QLatin1String("status"), s);
    }
    if (writeParts.contains(QLatin1String("contentDetails"))) {
        const ContentDetails &c = contentDetails;
        QJsonObject monitor;
        monitor.insert(QLatin1String("enableMonitorStream"), c.monitorStream.enableMonitorStream);
        monitor.insert(QLatin1String("broadcastStreamDelayMs"),
                       static_cast<qint64>(c.monitorStream.broadcastStreamDelayMs));
        QJsonObject d;
        d.insert(QLatin1String("monitorStream"), monitor);
        d.insert(QLatin1String("enableDvr"), c.enableDvr);
        d.insert(QLatin1String("recordFromStart"), c.recordFromStart);
        d.insert(QLatin1String("enableEmbed"), c.enableEmbed);
        d.insert(QLatin1String("enableAutoStart"), c.enableAutoStart);
        d.insert(QLatin1String("enableAutoStop"), c.enableAutoStop);
        if (!c.closedCaptionsType.isEmpty())
            d.insert(QLatin1String("closedCaptionsType"), c.closedCaptionsType);
        else
            d.insert(QLatin1String("enableClosedCaptions"), c.enableClosedCaptions);
        if (!c.latencyPreference.isEmpty())
            d.insert(QLatin1String("latencyPreference"), c.latencyPreference);
        if (!c.projection.isEmpty())
            d.insert(QLatin1String("projection"), c.projection);
        if (!c.stereoLayout.isEmpty())
            d.insert(QLatin1String("stereoLayout"), c.stereoLayout);
        o.insert(QLatin1String("contentDetails"), d);
    }
    return o;
}

} // namespace onair
