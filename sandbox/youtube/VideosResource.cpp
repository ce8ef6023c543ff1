#include "youtube/VideosResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastStore.h"
#include "youtube/RequestSchema.h"
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
        const Broadcast *b = m_store->broadcast(id);
        if (!b || (b->channelId != call.channelId && b->privacyStatus == QLatin1String("private")))
            continue;
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
    const auto videoError = [](int status, const char *reason, const QString &message) {
        return ErrorEnvelope::live(status, QLatin1String(reason), message, kVideoDomain);
    };
    if (id.isEmpty())
        return videoError(400, "invalidVideoMetadata", QStringLiteral("The video id is required"))
            .toReply();
    const Broadcast *current = m_store->broadcast(id);
    if (!current || current->channelId != call.channelId)
        return videoError(404, "videoNotFound",
                          QStringLiteral("The video that you are trying to update cannot be "
                                         "found."))
            .toReply();
    Broadcast b = *current;
    if (parts.contains(QLatin1String("snippet"))) {
        const QJsonObject snippet = body.value(QStringLiteral("snippet")).toObject();
        const QString title = snippet.value(QStringLiteral("title")).toString();
        if (title.trimmed().isEmpty() || title.size() > 100)
            return videoError(400, "invalidTitle",
                              QStringLiteral("The request metadata specifies an invalid or empty "
                                             "video title."))
                .toReply();
        static const QStringList categories{
            QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("10"), QStringLiteral("15"),
            QStringLiteral("17"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("22"),
            QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("26"),
            QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("29")};
        const QString category = snippet.value(QStringLiteral("categoryId")).toString();
        if (!categories.contains(category))
            return videoError(400, "invalidCategoryId",
                              QStringLiteral("The snippet.categoryId property specifies an "
                                             "invalid category ID."))
                .toReply();
        const QString description = snippet.value(QStringLiteral("description")).toString();
        if (description.size() > 5000 || description.contains(QLatin1Char('<')) ||
            description.contains(QLatin1Char('>')))
            return videoError(400, "invalidDescription",
                              QStringLiteral("The request metadata specifies an invalid video "
                                             "description."))
                .toReply();
        QStringList tags;
        int tagLength = 0;
        for (const QJsonValue &tag : snippet.value(QStringLiteral("tags")).toArray()) {
            tags.append(tag.toString());
            tagLength +=
                int(tag.toString().size()) + (tag.toString().contains(QLatin1Char(' ')) ? 2 : 0);
        }
        if (tagLength + qMax(0, int(tags.size()) - 1) > 500)
            return videoError(400, "invalidTags",
                              QStringLiteral("The request metadata specifies invalid video "
                                             "keywords."))
                .toReply();
        b.title = title;
        b.description = description;
        b.categoryId = category;
        b.tags = tags;
        b.defaultLanguage = snippet.value(QStringLiteral("defaultLanguage")).toString();
    }
    if (parts.contains(QLatin1String("status"))) {
        const QJsonObject status = body.value(QStringLiteral("status")).toObject();
        const QString privacy =
            status.value(QStringLiteral("privacyStatus"))
                .toString(QStringLiteral("public")); // left out: reset to the default
        if (!isIn(privacy, {"public", "unlisted", "private"}))
            return badEnum(QStringLiteral("resource.status.privacyStatus"), privacy).toReply();
        const QString license =
            status.value(QStringLiteral("license")).toString(QStringLiteral("youtube"));
        if (!isIn(license, {"youtube", "creativeCommon"}))
            return badEnum(QStringLiteral("resource.status.license"), license).toReply();
        b.privacyStatus = privacy;
        b.license = license;
        b.embeddable = status.value(QStringLiteral("embeddable")).toBool(true);
        b.publicStatsViewable = status.value(QStringLiteral("publicStatsViewable")).toBool(true);
        b.selfDeclaredMadeForKids =
            status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    }
    m_store->updateBroadcast(b);
    QStringList shown = parts;
    shown.removeAll(QStringLiteral("recordingDetails"));
    shown.removeAll(QStringLiteral("localizations"));
    QJsonObject out = m_store->videoJson(b, shown);
    // The written parts that the sandbox does not keep come back as they were sent.
    for (const char *part : {"recordingDetails", "localizations"}) {
        if (parts.contains(QLatin1String(part)) && body.contains(QLatin1String(part)))
            out.insert(QLatin1String(part), body.value(QLatin1String(part)));
    }
    return json(out, call);
}

} // namespace onair::sandbox
