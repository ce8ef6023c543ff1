#include "youtube/LiveBroadcastsResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastLifeCycle.h"
#include "youtube/BroadcastRules.h"
#include "youtube/BroadcastStore.h"
#include "youtube/RequestSchema.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

LiveBroadcastsResource::LiveBroadcastsResource(BroadcastStore *store)
    : m_store(store)
{}

void LiveBroadcastsResource::registerMethods(YouTubeService &service)
{
    service.addMethod(QStringLiteral("GET"), QStringLiteral("/youtube/v3/liveBroadcasts"),
                      QStringLiteral("liveBroadcasts.list"),
                      [this](const ApiCall &call) { return list(call); });
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("/youtube/v3/liveBroadcasts"),
        QStringLiteral("liveBroadcasts.insert"),
        [this](const ApiCall &call) { return insert(call); }, true);
    service.addMethod(QStringLiteral("PUT"), QStringLiteral("/youtube/v3/liveBroadcasts"),
                      QStringLiteral("liveBroadcasts.update"),
                      [this](const ApiCall &call) { return update(call); });
    service.addMethod(QStringLiteral("DELETE"), QStringLiteral("/youtube/v3/liveBroadcasts"),
                      QStringLiteral("liveBroadcasts.delete"),
                      [this](const ApiCall &call) { return remove(call); });
    service.addMethod(QStringLiteral("POST"), QStringLiteral("/youtube/v3/liveBroadcasts/bind"),
                      QStringLiteral("liveBroadcasts.bind"),
                      [this](const ApiCall &call) { return bind(call); });
    service.addMethod(QStringLiteral("POST"),
                      QStringLiteral("/youtube/v3/liveBroadcasts/transition"),
                      QStringLiteral("liveBroadcasts.transition"),
                      [this](const ApiCall &call) { return transition(call); });
}

HttpReply LiveBroadcastsResource::list(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    int maxResults = 5;
    int offset = 0;
    bool mine = false;
    if (auto e = params.checkKnown(
            QStringList{QStringLiteral("part"), QStringLiteral("id"), QStringLiteral("mine"),
                        QStringLiteral("broadcastStatus"), QStringLiteral("broadcastType"),
                        QStringLiteral("maxResults"), QStringLiteral("pageToken")} +
            kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status"),
                               QStringLiteral("statistics"), QStringLiteral("monetizationDetails")},
                              true, &parts))
        return e->toReply();
    if (auto e = params.boolean(QStringLiteral("mine"), &mine))
        return e->toReply();
    if (auto e = params.enumValue(QStringLiteral("broadcastStatus"),
                                  {QStringLiteral("all"), QStringLiteral("active"),
                                   QStringLiteral("upcoming"), QStringLiteral("completed")}))
        return e->toReply();
    if (auto e = params.enumValue(
            QStringLiteral("broadcastType"),
            {QStringLiteral("all"), QStringLiteral("event"), QStringLiteral("persistent")}))
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
    if (params.has(QStringLiteral("broadcastStatus")))
        filters.append(QStringLiteral("broadcastStatus"));
    if (filters.isEmpty())
        return missingFilter(QStringLiteral("mine, broadcastStatus, id")).toReply();
    if (filters.size() > 1)
        return incompatible(filters).toReply();

    const QStringList ids = params.list(QStringLiteral("id"));
    const QString status = params.value(QStringLiteral("broadcastStatus"));
    const QString type = params.value(QStringLiteral("broadcastType"));
    QList<QJsonObject> items;
    for (const Broadcast &b : m_store->broadcasts()) {
        if (b.channelId != call.channelId)
            continue;
        if (!ids.isEmpty() && !ids.contains(b.id))
            continue;
        if (type == QLatin1String("persistent"))
            continue; // every sandbox broadcast is an event
        const LifeCycleStatus life = b.lifeCycleStatus;
        if (status == QLatin1String("upcoming") && !BroadcastLifeCycle::isUpcoming(life))
            continue;
        if (status == QLatin1String("active") && !BroadcastLifeCycle::isActive(life))
            continue;
        if (status == QLatin1String("completed") && life != LifeCycleStatus::Complete)
            continue;
        items.append(m_store->broadcastJson(b, parts));
    }
    return listReply(QStringLiteral("youtube#liveBroadcastListResponse"), items, maxResults, offset,
                     call);
}

HttpReply LiveBroadcastsResource::insert(const ApiCall &call)
{
    QStringList parts;
    QJsonObject body;
    if (auto e = readWrite(call,
                           {QStringLiteral("id"), QStringLiteral("snippet"),
                            QStringLiteral("contentDetails"), QStringLiteral("status")},
                           RequestSchema::liveBroadcast(), &parts, &body))
        return e->toReply();
    const QJsonObject snippet = parts.contains(QLatin1String("snippet"))
                                    ? body.value(QStringLiteral("snippet")).toObject()
                                    : QJsonObject();
    const QJsonObject status = parts.contains(QLatin1String("status"))
                                   ? body.value(QStringLiteral("status")).toObject()
                                   : QJsonObject();
    if (auto e = BroadcastRules::checkSnippet(snippet, true, true))
        return e->toReply();
    if (auto e = BroadcastRules::checkStatus(status, true))
        return e->toReply();

    Broadcast b;
    b.id = m_store->newVideoId();
    b.channelId = call.channelId;
    b.publishedAt = QDateTime::currentDateTimeUtc();
    b.title = snippet.value(QStringLiteral("title")).toString();
    b.description = snippet.value(QStringLiteral("description")).toString();
    b.scheduledStartTime = parseTime(snippet.value(QStringLiteral("scheduledStartTime")));
    if (snippet.contains(QStringLiteral("scheduledEndTime")))
        b.scheduledEndTime = parseTime(snippet.value(QStringLiteral("scheduledEndTime")));
    b.privacyStatus = status.value(QStringLiteral("privacyStatus")).toString();
    b.selfDeclaredMadeForKids = status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    const QJsonObject details = parts.contains(QLatin1String("contentDetails"))
                                    ? body.value(QStringLiteral("contentDetails")).toObject()
                                    : QJsonObject();
    if (auto e = BroadcastRules::applyContentDetails(b, details, false, false, false))
        return e->toReply();
    m_store->addBroadcast(b);
    return json(m_store->broadcastJson(b, parts), call);
}

HttpReply LiveBroadcastsResource::update(const ApiCall &call)
{
    QStringList parts;
    QJsonObject body;
    if (auto e = readWrite(call,
                           {QStringLiteral("id"), QStringLiteral("snippet"),
                            QStringLiteral("contentDetails"), QStringLiteral("status"),
                            QStringLiteral("monetizationDetails")},
                           RequestSchema::liveBroadcast(), &parts, &body))
        return e->toReply();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    const Broadcast *current = m_store->broadcast(id);
    if (!current || current->channelId != call.channelId)
        return broadcastNotFound().toReply();

    Broadcast b = *current;
    const bool requireFields = m_store->settings().requireUpdateFields;
    if (parts.contains(QLatin1String("snippet"))) {
        const QJsonObject snippet = body.value(QStringLiteral("snippet")).toObject();
        if (auto e = BroadcastRules::checkSnippet(snippet, false, requireFields))
            return e->toReply();
        if (snippet.contains(QStringLiteral("title")))
            b.title = snippet.value(QStringLiteral("title")).toString();
        b.description = snippet.value(QStringLiteral("description")).toString();
        // Scheduled times change only in created/ready/testing; later they are kept.
        if (BroadcastLifeCycle::scheduleEditable(b.lifeCycleStatus)) {
            if (snippet.contains(QStringLiteral("scheduledStartTime")))
                b.scheduledStartTime =
                    parseTime(snippet.value(QStringLiteral("scheduledStartTime")));
            b.scheduledEndTime = snippet.contains(QStringLiteral("scheduledEndTime"))
                                     ? parseTime(snippet.value(QStringLiteral("scheduledEndTime")))
                                     : QDateTime();
        }
    }
    if (parts.contains(QLatin1String("status"))) {
        const QJsonObject status = body.value(QStringLiteral("status")).toObject();
        if (auto e = BroadcastRules::checkStatus(status, false))
            return e->toReply();
        if (status.contains(QStringLiteral("privacyStatus")))
            b.privacyStatus = status.value(QStringLiteral("privacyStatus")).toString();
        b.selfDeclaredMadeForKids =
            status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool();
    }
    if (parts.contains(QLatin1String("contentDetails"))) {
        const QJsonObject details = body.value(QStringLiteral("contentDetails")).toObject();
        const bool active = m_store->isBoundStreamActive(b);
        if (auto e = BroadcastRules::applyContentDetails(b, details, true, requireFields, active))
            return e->toReply();
    }
    if (parts.contains(QLatin1String("monetizationDetails"))) {
        const QJsonObject schedule = body.value(QStringLiteral("monetizationDetails"))
                                         .toObject()
                                         .value(QStringLiteral("cuepointSchedule"))
                                         .toObject();
        b.cuepointScheduleEnabled = schedule.value(QStringLiteral("enabled")).toBool();
        b.pauseAdsUntil = schedule.value(QStringLiteral("pauseAdsUntil")).toString();
    }
    m_store->updateBroadcast(b);
    return json(m_store->broadcastJson(b, parts), call);
}

HttpReply LiveBroadcastsResource::remove(const ApiCall &call)
{
    QString id;
    if (auto e = deleteTarget(call, &id))
        return e->toReply();
    const Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    if (!BroadcastLifeCycle::canDelete(b->lifeCycleStatus))
        return broadcastError(403, QStringLiteral("liveBroadcastDeletionNotAllowed"),
                              QStringLiteral("A live broadcast cannot be deleted; complete it "
                                             "first"))
            .toReply();
    m_store->removeBroadcast(id);
    return noContent();
}

namespace {

// bind and transition: part, id and one more parameter; part and id are required.
std::optional<ErrorEnvelope> actionParams(const ApiParams &params, const QString &extra,
                                          QStringList *parts, QString *id)
{
    if (auto e = params.checkKnown(
            QStringList{QStringLiteral("part"), QStringLiteral("id"), extra} + kOnBehalf))
        return e;
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status")},
                              true, parts))
        return e;
    *id = params.value(QStringLiteral("id"));
    if (id->isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"));
    return std::nullopt;
}

} // namespace

HttpReply LiveBroadcastsResource::bind(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QString id;
    if (auto e = actionParams(params, QStringLiteral("streamId"), &parts, &id))
        return e->toReply();
    const Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    if (!BroadcastLifeCycle::canBind(b->lifeCycleStatus))
        return broadcastError(403, QStringLiteral("liveBroadcastBindingNotAllowed"),
                              QStringLiteral("The broadcast's current status does not allow "
                                             "binding"))
            .toReply();
    const QString streamId = params.value(QStringLiteral("streamId"));
    if (!streamId.isEmpty()) {
        const Stream *s = m_store->stream(streamId);
        if (!s || s->channelId != call.channelId)
            return streamNotFound().toReply();
        if (!s->isReusable) {
            for (const Broadcast &other : m_store->broadcasts()) {
                if (other.id != b->id && other.boundStreamId == streamId &&
                    BroadcastLifeCycle::holdsStream(other.lifeCycleStatus))
                    return broadcastError(403, QStringLiteral("liveBroadcastBindingNotAllowed"),
                                          QStringLiteral("The stream is not reusable and is "
                                                         "bound to another broadcast"))
                        .toReply();
            }
        }
    }
    m_store->bind(id, streamId);
    return json(m_store->broadcastJson(*b, parts), call);
}

HttpReply LiveBroadcastsResource::transition(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QString id;
    // 1. required and enum
    if (auto e = actionParams(params, QStringLiteral("broadcastStatus"), &parts, &id))
        return e->toReply();
    const QString targetName = params.value(QStringLiteral("broadcastStatus"));
    if (!params.has(QStringLiteral("broadcastStatus")) || targetName.isEmpty())
        return broadcastError(400, QStringLiteral("statusRequired"),
                              QStringLiteral("broadcastStatus is required"))
            .toReply();
    if (!isIn(targetName, {"testing", "live", "complete"}))
        return ErrorEnvelope::invalidField(QStringLiteral("Invalid value at 'broadcast_status' "
                                                          "(TYPE_ENUM), \"") +
                                               targetName + QLatin1Char('"'),
                                           QStringLiteral("broadcastStatus"))
            .toReply();
    const LifeCycleStatus target = *BroadcastStates::lifeCycleStatus(targetName);
    // 2. found
    const Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    // 3. redundant
    if (BroadcastLifeCycle::isRedundant(b->lifeCycleStatus, target))
        return broadcastError(403, QStringLiteral("redundantTransition"),
                              QStringLiteral("Redundant transition"))
            .toReply();
    // 4. allowed moves
    if (!BroadcastLifeCycle::isAllowed(b->lifeCycleStatus, target, b->enableMonitorStream,
                                       m_store->settings().completeFromTesting))
        return broadcastError(403, QStringLiteral("invalidTransition"),
                              QStringLiteral("Invalid transition"))
            .toReply();
    // 5. the bound stream must be active to test or go live
    if (BroadcastLifeCycle::needsActiveStream(target) && !m_store->isBoundStreamActive(*b))
        return broadcastError(403, QStringLiteral("errorStreamInactive"),
                              QStringLiteral("Stream is inactive"))
            .toReply();
    m_store->beginTransition(id, target);
    return json(m_store->broadcastJson(*b, parts), call);
}

} // namespace onair::sandbox
