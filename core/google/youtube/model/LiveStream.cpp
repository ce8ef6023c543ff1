#include "google/youtube/model/LiveStream.h"

#include "net/JsonReader.h"

namespace onair {

Result<LiveStream> LiveStream::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    LiveStream s;
    const QString kind = r.string("kind");
    if (!kind.isEmpty() && kind != QLatin1String("youtube#liveStream"))
        r.fail("kind", QStringLiteral("expected youtube#liveStream, got ") + kind);
    s.id = r.string("id");
    s.etag = r.string("etag");

    if (r.enter("snippet")) {
        s.parts << QStringLiteral("snippet");
        s.snippet.title = r.string("title");
        s.snippet.description = r.string("description");
        s.snippet.channelId = r.string("channelId");
        s.snippet.publishedAt = r.dateTime("publishedAt");
        r.leave();
    }
    if (r.enter("cdn")) {
        s.parts << QStringLiteral("cdn");
        s.cdn.ingestionType = r.string("ingestionType");
        s.cdn.resolution = r.string("resolution");
        s.cdn.frameRate = r.string("frameRate");
        if (r.enter("ingestionInfo")) {
            IngestionInfo &i = s.cdn.ingestionInfo;
            i.streamName = r.string("streamName");
            i.ingestionAddress = r.string("ingestionAddress");
            i.backupIngestionAddress = r.string("backupIngestionAddress");
            i.rtmpsIngestionAddress = r.string("rtmpsIngestionAddress");
            i.rtmpsBackupIngestionAddress = r.string("rtmpsBackupIngestionAddress");
            r.leave();
        }
        r.leave();
    }
    if (r.enter("status")) {
        s.parts << QStringLiteral("status");
        s.status.streamStatus = lifecycle::parseStreamStatus(r.string("streamStatus"));
        if (r.enter("healthStatus")) {
            Health &h = s.status.healthStatus;
            h.status = r.string("status");
            h.lastUpdateTimeSeconds = r.int64("lastUpdateTimeSeconds");
            const QJsonArray issues = r.array("configurationIssues");
            for (const QJsonValue &v : issues) {
                if (!v.isObject()) {
                    r.fail("configurationIssues", QStringLiteral("expected objects"));
                    break;
                }
                JsonReader ir(v.toObject());
                ConfigurationIssue issue{ir.string("type"), ir.string("severity"),
                                         ir.string("reason"), ir.string("description")};
                if (!ir.ok())
                    r.fail("configurationIssues", ir.error());
                h.configurationIssues.append(issue);
            }
            r.leave();
        }
        r.leave();
    }
    if (r.enter("contentDetails")) {
        s.parts << QStringLiteral("contentDetails");
        s.contentDetails.isReusable = r.boolean("isReusable", true);
        s.contentDetails.closedCaptionsIngestionUrl = r.string("closedCaptionsIngestionUrl");
        r.leave();
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("liveStream: ") + r.error());
    return s;
}

QJsonObject LiveStream::toJson(const QStringList &writeParts) const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QLatin1String("id"), id);
    if (writeParts.contains(QLatin1String("snippet"))) {
        QJsonObject sn;
        sn.insert(QLatin1String("title"), snippet.title);
        sn.insert(QLatin1String("description"), snippet.description);
        o.insert(QLatin1String("snippet"), sn);
    }
    if (writeParts.contains(QLatin1String("cdn"))) {
        QJsonObject c;
        c.insert(QLatin1String("ingestionType"), cdn.ingestionType);
        c.insert(QLatin1String("resolution"), cdn.resolution);
        c.insert(QLatin1String("frameRate"), cdn.frameRate);
        o.insert(QLatin1String("cdn"), c);
    }
    if (writeParts.contains(QLatin1String("contentDetails"))) {
        QJsonObject c;
        c.insert(QLatin1String("isReusable"), contentDetails.isReusable);
        o.insert(QLatin1String("contentDetails"), c);
    }
    return o;
}

} // namespace onair
