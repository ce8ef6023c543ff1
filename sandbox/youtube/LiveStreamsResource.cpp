#include "youtube/LiveStreamsResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastLifeCycle.h"
#include "youtube/BroadcastStore.h"
#include "youtube/RequestSchema.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

namespace {

std::optional<ErrorEnvelope> checkStreamSnippet(const QJsonObject &snippet)
{
    if (!snippet.contains(QStringLiteral("title")))
        return streamError(400, QStringLiteral("titleRequired"),
                           QStringLiteral("Title is required"));
    const QString title = snippet.value(QStringLiteral("title")).toString();
    if (title.trimmed().isEmpty() || title.size() > 128)
        return streamError(400, QStringLiteral("invalidTitle"),
                           QStringLiteral("Invalid title: 1 to 128 characters"));
    if (snippet.value(QStringLiteral("description")).toString().size() > 10000)
        return streamError(400, QStringLiteral("invalidDescription"),
                           QStringLiteral("Invalid description: at most 10000 characters"));
    return std::nullopt;
}

} // namespace

LiveStreamsResource::LiveStreamsResource(BroadcastStore *store)
    : m_store(store)
{}

void LiveStreamsResource::registerMethods(YouTubeService &service)
{
    service.addMethod(QStringLiteral("GET"), QStringLiteral("/youtube/v3/liveStreams"),
                      QStringLiteral("liveStreams.list"),
                      [this](const ApiCall &call) { return list(call); });
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("/youtube/v3/liveStreams"),
        QStringLiteral("liveStreams.insert"), [this](const ApiCall &call) { return insert(call); },
        true);
    service.addMethod(QStringLiteral("PUT"), QStringLiteral("/youtube/v3/liveStreams"),
                      QStringLiteral("liveStreams.update"),
                      [this](const ApiCall &call) { return update(call); });
    service.addMethod(QStringLiteral("DELETE"), QStringLiteral("/youtube/v3/liveStreams"),
                      QStringLiteral("liveStreams.delete"),
                      [this](const ApiCall &call) { return remove(call); });
}

HttpReply LiveStreamsResource::list(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    bool mine = false;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part"), QStringLiteral("id"),
                                               QStringLiteral("mine"), QStringLiteral("maxResults"),
                                               QStringLiteral("pageToken")} +
                                   kOnBehalf))
        return e->toReply();
    if (auto e = params.parts(
            {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn"),
             QStringLiteral("status"), QStringLiteral("contentDetails")},
            true, &parts, {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mine"), &mine))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 0, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    if (params.has(QStringLiteral("id")))
        filters.append(QStringLiteral("id"));
    if (mine)
        filters.append(QStringLiteral("mine"));
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("mine, id")).toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();
    const QStringList ids = params.list(QStringLiteral("id"));
    QList<QJsonObject> items;
    for (const Stream &s : m_store->streams()) {
        if (s.channelId != call.channelId || (!ids.isEmpty() && !ids.contains(s.id)))
            continue;
        items.append(m_store->streamJson(s, parts));
    }
    return listReply(QStringLiteral("youtube#liveStreamListResponse"), items, maxResults, offset,
                     call);
}

HttpReply LiveStreamsResource::insert(const ApiCall &call)
{
    QStringList parts;
    QJsonObject body;
    if (auto e = readWrite(call,
                           {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn"),
                            QStringLiteral("contentDetails"), QStringLiteral("status")},
                           RequestSchema::liveStream(), &parts, &body,
                           {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}))
        return e->toReply();
    const QJsonObject snippet = parts.contains(QLatin1String("snippet"))
                                    ? body.value(QStringLiteral("snippet")).toObject()
                                    : QJsonObject();
    if (auto e = checkStreamSnippet(snippet))
        return e->toReply();
    if (!parts.contains(QLatin1String("cdn")) || !body.value(QStringLiteral("cdn")).isObject())
        return streamError(400, QStringLiteral("cdnRequired"), QStringLiteral("cdn is required"))
            .toReply();
    const QJsonObject cdn = body.value(QStringLiteral("cdn")).toObject();
    if (cdn.contains(QStringLiteral("format")))
        return streamError(400, QStringLiteral("invalidFormat"),
                           QStringLiteral("cdn.format is no longer supported; use resolution "
                                          "and frameRate"))
            .toReply();
    if (!cdn.contains(QStringLiteral("ingestionType")))
        return streamError(400, QStringLiteral("ingestionTypeRequired"),
                           QStringLiteral("cdn.ingestionType is required"))
            .toReply();
    const QString ingestionType = cdn.value(QStringLiteral("ingestionType")).toString();
    if (!isIn(ingestionType, {"rtmp", "dash", "webrtc", "hls"}))
        return streamError(400, QStringLiteral("invalidIngestionType"),
                           QStringLiteral("Invalid ingestion type"))
            .toReply();
    const bool hasResolution = cdn.contains(QStringLiteral("resolution"));
    const bool hasFrameRate = cdn.contains(QStringLiteral("frameRate"));
    if (hasResolution && !hasFrameRate)
        return streamError(400, QStringLiteral("frameRateRequired"),
                           QStringLiteral("cdn.frameRate is required with cdn.resolution"))
            .toReply();
    if (hasFrameRate && !hasResolution)
        return streamError(400, QStringLiteral("resolutionRequired"),
                           QStringLiteral("cdn.resolution is required with cdn.frameRate"))
            .toReply();
    const QString resolution = cdn.value(QStringLiteral("resolution")).toString();
    const QString frameRate = cdn.value(QStringLiteral("frameRate")).toString();
    if (hasResolution &&
        !isIn(resolution, {"240p", "360p", "480p", "720p", "1080p", "1440p", "2160p", "variable"}))
        return streamError(400, QStringLiteral("invalidResolution"),
                           QStringLiteral("Invalid resolution"))
            .toReply();
    if (hasFrameRate && !isIn(frameRate, {"30fps", "60fps", "variable"}))
        return streamError(400, QStringLiteral("invalidFrameRate"),
                           QStringLiteral("Invalid frame rate"))
            .toReply();
    Stream s;
    s.id = m_store->newStreamId(call.channelId);
    s.channelId = call.channelId;
    s.title = snippet.value(QStringLiteral("title")).toString();
    s.description = snippet.value(QStringLiteral("description")).toString();
    s.publishedAt = QDateTime::currentDateTimeUtc();
    s.ingestionType = ingestionType;
    s.resolution = resolution;
    s.frameRate = frameRate;
    s.streamName = m_store->newStreamKey();
    if (parts.contains(QLatin1String("contentDetails"))) {
        const QJsonValue reusable = body.value(QStringLiteral("contentDetails"))
                                        .toObject()
                                        .value(QStringLiteral("isReusable"));
        s.isReusable = reusable.isBool() ? reusable.toBool() : true;
    }
    m_store->addStream(s);
    return json(m_store->streamJson(s, parts), call);
}

HttpReply LiveStreamsResource::update(const ApiCall &call)
{
    QStringList parts;
    QJsonObject body;
    if (auto e = readWrite(call,
                           {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("cdn"),
                            QStringLiteral("status"), QStringLiteral("contentDetails")},
                           RequestSchema::liveStream(), &parts, &body,
                           {{QStringLiteral("content_details"), QStringLiteral("contentDetails")}}))
        return e->toReply();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return streamError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    const Stream *current = m_store->stream(id);
    if (!current || current->channelId != call.channelId)
        return streamNotFound().toReply();
    Stream s = *current;
    const auto notAllowed = [] {
        return streamError(403, QStringLiteral("liveStreamModificationNotAllowed"),
                           QStringLiteral("The stream's ingestion settings cannot change; create "
                                          "a new stream"));
    };
    if (parts.contains(QLatin1String("snippet"))) {
        const QJsonObject snippet = body.value(QStringLiteral("snippet")).toObject();
        if (auto e = checkStreamSnippet(snippet))
            return e->toReply();
        s.title = snippet.value(QStringLiteral("title")).toString();
        s.description = snippet.value(QStringLiteral("description")).toString();
    }
    if (parts.contains(QLatin1String("cdn"))) {
        const QJsonObject cdn = body.value(QStringLiteral("cdn")).toObject();
        if (!cdn.contains(QStringLiteral("ingestionType")))
            return streamError(400, QStringLiteral("ingestionTypeRequired"),
                               QStringLiteral("cdn.ingestionType is required"))
                .toReply();
        if (cdn.contains(QStringLiteral("format")) ||
            cdn.value(QStringLiteral("ingestionType")).toString() != s.ingestionType ||
            (cdn.contains(QStringLiteral("resolution")) &&
             cdn.value(QStringLiteral("resolution")).toString() != s.resolution) ||
            (cdn.contains(QStringLiteral("frameRate")) &&
             cdn.value(QStringLiteral("frameRate")).toString() != s.frameRate))
            return notAllowed().toReply();
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        const QJsonValue reusable = body.value(QStringLiteral("contentDetails"))
                                        .toObject()
                                        .value(QStringLiteral("isReusable"));
        if (reusable.isBool() && reusable.toBool() != s.isReusable)
            return notAllowed().toReply();
    }
    m_store->updateStream(s);
    return json(m_store->streamJson(s, parts), call);
}

HttpReply LiveStreamsResource::remove(const ApiCall &call)
{
    QString id;
    if (auto e = deleteTarget(call, &id))
        return e->toReply();
    const Stream *s = m_store->stream(id);
    if (!s || s->channelId != call.channelId)
        return streamNotFound().toReply();
    for (const Broadcast &b : m_store->broadcasts()) {
        if (b.boundStreamId == id && BroadcastLifeCycle::holdsStream(b.lifeCycleStatus))
            return streamError(403, QStringLiteral("liveStreamDeletionNotAllowed"),
                               QStringLiteral("The stream is bound to a broadcast that is not "
                                              "complete"))
                .toReply();
    }
    m_store->removeStream(id);
    return noContent();
}

} // namespace onair::sandbox
