#include "youtube/ChannelsResource.h"

#include "google/ApiParams.h"
#include "google/SandboxChannels.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastStore.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

ChannelsResource::ChannelsResource(BroadcastStore *store)
    : m_store(store)
{}

void ChannelsResource::registerMethods(YouTubeService &service)
{
    service.addMethod(QStringLiteral("GET"), QStringLiteral("/youtube/v3/channels"),
                      QStringLiteral("channels.list"),
                      [this](const ApiCall &call) { return list(call); });
}

HttpReply ChannelsResource::list(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    bool mine = false;
    bool managedByMe = false;
    bool mySubscribers = false;
    if (auto e = params.checkKnown(
            {QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("mine"),
             QStringLiteral("forUsername"), QStringLiteral("forHandle"),
             QStringLiteral("managedByMe"), QStringLiteral("mySubscribers"),
             QStringLiteral("categoryId"), QStringLiteral("hl"), QStringLiteral("maxResults"),
             QStringLiteral("pageToken"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    if (auto e =
            params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                          QStringLiteral("contentDetails"), QStringLiteral("statistics"),
                          QStringLiteral("status"), QStringLiteral("brandingSettings"),
                          QStringLiteral("topicDetails"), QStringLiteral("localizations"),
                          QStringLiteral("contentOwnerDetails"), QStringLiteral("auditDetails")},
                         true, &parts))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mine"), &mine))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("managedByMe"), &managedByMe))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mySubscribers"), &mySubscribers))
        return e->toReply();
    if (auto e = params.integer(QStringLiteral("maxResults"), 0, 50, 5, &maxResults))
        return e->toReply();
    if (auto e = params.pageOffset(&offset))
        return e->toReply();
    QStringList filters;
    if (mine)
        filters.append(QStringLiteral("mine"));
    if (managedByMe)
        filters.append(QStringLiteral("managedByMe"));
    if (mySubscribers)
        filters.append(QStringLiteral("mySubscribers"));
    for (const char *f : {"id", "forUsername", "forHandle", "categoryId"}) {
        if (params.has(QLatin1String(f)))
            filters.append(QLatin1String(f));
    }
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("categoryId, forHandle, forUsername, id, "
                                            "managedByMe, mine, mySubscribers"))
            .toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();
    const QStringList ids = params.list(QStringLiteral("id"));
    QString handle = params.value(QStringLiteral("forHandle"));
    if (handle.startsWith(QLatin1Char('@')))
        handle = handle.mid(1);
    QList<QJsonObject> items;
    for (const SandboxChannel &c : sandboxChannels()) {
        const QString customHandle =
            c.title.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
        const bool match = (mine && c.id == call.channelId) || ids.contains(c.id) ||
                           (!handle.isEmpty() && handle.toLower() == customHandle);
        if (!match)
            continue;
        int videoCount = 0;
        for (const Broadcast &b : m_store->broadcasts())
            videoCount += b.channelId == c.id ? 1 : 0;
        QJsonObject channel{{QStringLiteral("kind"), QStringLiteral("youtube#channel")},
                            {QStringLiteral("id"), c.id}};
        if (parts.contains(QLatin1String("snippet"))) {
            QJsonObject thumbnails;
            for (const auto &[name, size] :
                 {std::pair{"default", 88}, std::pair{"medium", 240}, std::pair{"high", 800}}) {
                thumbnails.insert(
                    QLatin1String(name),
                    QJsonObject{{QStringLiteral("url"),
                                 QString(m_store->origin() + QStringLiteral("/channel/") + c.id +
                                         QStringLiteral("/avatar.png"))},
                                {QStringLiteral("width"), size},
                                {QStringLiteral("height"), size}});
            }
            channel.insert(
                QStringLiteral("snippet"),
                QJsonObject{{QStringLiteral("title"), c.title},
                            {QStringLiteral("description"), c.description},
                            {QStringLiteral("customUrl"), QString(QLatin1Char('@') + customHandle)},
                            {QStringLiteral("publishedAt"), QStringLiteral("2020-01-01T00:00:00Z")},
                            {QStringLiteral("thumbnails"), thumbnails},
                            {QStringLiteral("localized"),
                             QJsonObject{{QStringLiteral("title"), c.title},
                                         {QStringLiteral("description"), c.description}}}});
        }
        if (parts.contains(QLatin1String("contentDetails"))) {
            channel.insert(
                QStringLiteral("contentDetails"),
                QJsonObject{{QStringLiteral("relatedPlaylists"),
                             QJsonObject{{QStringLiteral("likes"), QString()},
                                         {QStringLiteral("uploads"),
                                          QString(QStringLiteral("UU") + c.id.mid(2))}}}});
        }
        if (parts.contains(QLatin1String("statistics"))) {
            channel.insert(
                QStringLiteral("statistics"),
                QJsonObject{{QStringLiteral("viewCount"), QStringLiteral("0")},
                            {QStringLiteral("subscriberCount"), QStringLiteral("0")},
                            {QStringLiteral("hiddenSubscriberCount"), false},
                            {QStringLiteral("videoCount"), QString::number(videoCount)}});
        }
        if (parts.contains(QLatin1String("status"))) {
            channel.insert(
                QStringLiteral("status"),
                QJsonObject{{QStringLiteral("privacyStatus"), QStringLiteral("public")},
                            {QStringLiteral("isLinked"), true},
                            {QStringLiteral("longUploadsStatus"), QStringLiteral("allowed")},
                            {QStringLiteral("madeForKids"), false}});
        }
        if (parts.contains(QLatin1String("brandingSettings"))) {
            channel.insert(
                QStringLiteral("brandingSettings"),
                QJsonObject{{QStringLiteral("channel"),
                             QJsonObject{{QStringLiteral("title"), c.title},
                                         {QStringLiteral("description"), c.description}}}});
        }
        channel.insert(QStringLiteral("etag"), BroadcastStore::etagOf(channel));
        items.append(channel);
    }
    return listReply(QStringLiteral("youtube#channelListResponse"), items, maxResults, offset,
                     call);
}

} // namespace onair::sandbox
