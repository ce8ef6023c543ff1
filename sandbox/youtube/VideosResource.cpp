#include "youtube/VideosResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastStore.h"
#include "youtube/RequestSchema.h"
#include "youtube/VideoRules.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

VideosResource::VideosResource(BroadcastStore *store)
    : m_store(store)
{}

void VideosResource::registerMethods(YouTubeService &service)
{
    service.addMethod(QStringLiteral("GET"), QStringLiteral("/youtube/v3/videos"),
                      QStringLiteral("videos.list"),
                      [this](const ApiCall &call) { return list(call); });
    service.addMethod(QStringLiteral("PUT"), QStringLiteral("/youtube/v3/videos"),
                      QStringLiteral("videos.update"),
                      [this](const ApiCall &call) { return update(call); });
}

HttpReply VideosResource::list(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    if (auto e = params.checkKnown(
            {QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("chart"),
             QStringLiteral("myRating"), QStringLiteral("maxResults"), QStringLiteral("pageToken"),
             QStringLiteral("hl"), QStringLiteral("locale"), QStringLiteral("regionCode"),
             QStringLiteral("maxHeight"), QStringLiteral("maxWidth"),
             QStringLiteral("videoCategoryId"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("fileDetails"),
                               QStringLiteral("liveStreamingDetails"), QStringLiteral("player"),
                               QStringLiteral("processingDetails"),
                               QStringLiteral("recordingDetails"), QStringLiteral("statistics"),
                               QStringLiteral("status"), QStringLiteral("suggestions"),
                               QStringLiteral("topicDetails"), QStringLiteral("localizations"),
                               QStringLiteral("paidProductPlacementDetails")},
                              true, &parts))
        return e->toReply();
    if (auto e = params.enumValue(QStringLiteral("chart"), {QStringLiteral("mostPopular")}))
        return e->toReply();
    if (auto e = params.enumValue(QStringLiteral("myRating"),
                                  {QStringLiteral("like"), QStringLiteral("dislike")}))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 1, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    for (const char *f : {"id", "chart", "myRating"}) {
        if (params.has(QLatin1String(f)))
            filters.append(QLatin1String(f));
    }
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("chart, id, myRating")).toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();
    QList<QJsonObject> items;
    const QStringList ids = params.list(QStringLiteral("id"));
    // Unknown ids are left out (no 404); so are private videos of another channel. Charts
    // and ratings have nothing in the sandbox.
    for (const QString &id : ids) {
        const Broadcast *b = m_store->video(id);
        if (!b || (b->channelId != call.channelId && b->privacyStatus == QLatin1String("private")))
            continue;
        if (const UploadedVideo *u = m_store->upload(id))
            items.append(m_store->uploadJson(*u, parts, b->channelId == call.channelId));
        else
            items.append(m_store->videoJson(*b, parts));
    }
    if (!params.has(QStringLiteral("id")))
        maxResults = qMax(maxResults, 1);
    return listReply(QStringLiteral("youtube#videoListResponse"), items,
                     params.has(QStringLiteral("id")) ? qMax(maxResults, int(ids.size()))
                                                      : maxResults,
                     offset, call);
}

HttpReply VideosResource::update(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e =
            params.checkKnown({QStringLiteral("part"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    if (auto e =
            params.parts({QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status"),
                          QStringLiteral("recordingDetails"), QStringLiteral("localizations")},
                         true, &parts))
        return e->toReply();
    if (auto e = parseBody(call, RequestSchema::video(), &body))
        return e->toReply();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return VideoRules::error(400, "invalidVideoMetadata",
                                 QStringLiteral("The video id is required"))
            .toReply();
    const Broadcast *current = m_store->video(id);
    if (!current || current->channelId != call.channelId)
        return VideoRules::error(404, "videoNotFound",
                                 QStringLiteral("The video that you are trying to update cannot "
                                                "be found."))
            .toReply();
    const UploadedVideo *uploaded = m_store->upload(id);
    UploadedVideo upload = uploaded ? *uploaded : UploadedVideo{};
    Broadcast b = *current;
    if (parts.contains(QLatin1String("snippet"))) {
        if (auto e = VideoRules::applySnippet(body.value(QStringLiteral("snippet")).toObject(),
                                              true, &b))
            return e->toReply();
    }
    if (parts.contains(QLatin1String("status"))) {
        const QJsonObject status = body.value(QStringLiteral("status")).toObject();
        if (auto e = VideoRules::applyStatus(status, &b))
            return e->toReply();
        if (uploaded) {
            upload.video = b;
            if (auto e =
                    VideoRules::applyPublishAt(status, QDateTime::currentDateTimeUtc(), &upload))
                return e->toReply();
        }
    }
    if (uploaded && parts.contains(QLatin1String("recordingDetails"))) {
        if (auto e = VideoRules::applyRecordingDetails(
                body.value(QStringLiteral("recordingDetails")).toObject(), &upload))
            return e->toReply();
    }
    if (uploaded) {
        upload.video = b;
        m_store->updateUpload(upload);
        QStringList shown = parts;
        shown.removeAll(QStringLiteral("localizations"));
        QJsonObject out = m_store->uploadJson(upload, shown, true);
        if (parts.contains(QLatin1String("localizations")) &&
            body.contains(QLatin1String("localizations")))
            out.insert(QStringLiteral("localizations"),
                       body.value(QStringLiteral("localizations")));
        return json(out, call);
    }
    m_store->updateBroadcast(b);
    QStringList shown = parts;
    shown.removeAll(QStringLiteral("recordingDetails"));
    shown.removeAll(QStringLiteral("localizations"));
    QJsonObject out = m_store->videoJson(b, shown);
    // The written parts that the sandbox does not keep for a broadcast come back as they were
    // sent.
    for (const char *part : {"recordingDetails", "localizations"}) {
        if (parts.contains(QLatin1String(part)) && body.contains(QLatin1String(part)))
            out.insert(QLatin1String(part), body.value(QLatin1String(part)));
    }
    return json(out, call);
}

} // namespace onair::sandbox
