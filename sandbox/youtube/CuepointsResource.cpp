#include "youtube/CuepointsResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastLifeCycle.h"
#include "youtube/BroadcastStore.h"
#include "youtube/RequestSchema.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onair::sandbox {

CuepointsResource::CuepointsResource(BroadcastStore *store)
    : m_store(store)
{}

void CuepointsResource::registerMethods(YouTubeService &service)
{
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("/youtube/v3/liveBroadcasts/cuepoint"),
        QStringLiteral("liveBroadcasts.cuepoint"),
        [this](const ApiCall &call) { return insert(call); }, true);
}

HttpReply CuepointsResource::insert(const ApiCall &call)
{
    const ApiParams params(call.params);
    QStringList parts;
    QJsonObject body;
    if (auto e = params.checkKnown(QStringList{QStringLiteral("part"), QStringLiteral("id")} +
                                   kOnBehalf))
        return e->toReply();
    if (auto e = params.parts({QStringLiteral("id"), QStringLiteral("snippet"),
                               QStringLiteral("contentDetails"), QStringLiteral("status")},
                              false, &parts))
        return e->toReply();
    const QString id = params.value(QStringLiteral("id"));
    if (id.isEmpty())
        return broadcastError(400, QStringLiteral("idRequired"), QStringLiteral("id is required"))
            .toReply();
    if (auto e = parseBody(call, RequestSchema::cuepoint(), &body))
        return e->toReply();
    if (!body.contains(QStringLiteral("cueType")))
        return broadcastError(400, QStringLiteral("cueTypeRequired"),
                              QStringLiteral("cueType is required"))
            .toReply();
    const QString cueType = body.value(QStringLiteral("cueType")).toString();
    if (!isIn(cueType, {"cueTypeAd", "cueTypeUnspecified"}))
        return badEnum(QStringLiteral("resource.cueType"), cueType).toReply();
    const QJsonValue offsetValue = body.value(QStringLiteral("insertionOffsetTimeMs"));
    const QJsonValue wallValue = body.value(QStringLiteral("walltimeMs"));
    const bool hasOffset = !offsetValue.isUndefined() && !offsetValue.isNull();
    const bool hasWall = !wallValue.isUndefined() && !wallValue.isNull();
    if (hasOffset && hasWall)
        return broadcastError(400, QStringLiteral("conflictingTimeFields"),
                              QStringLiteral("insertionOffsetTimeMs and walltimeMs cannot both "
                                             "be set"))
            .toReply();
    bool valid = true;
    const std::optional<qint64> offset = int64Field(offsetValue, &valid);
    if (!valid || (offset && *offset < 0))
        return broadcastError(400, QStringLiteral("invalidInsertionOffsetTimeMs"),
                              QStringLiteral("insertionOffsetTimeMs must be 0 or a positive "
                                             "integer"))
            .toReply();
    const std::optional<qint64> wall = int64Field(wallValue, &valid);
    if (!valid || (wall && *wall < 0))
        return broadcastError(400, QStringLiteral("invalidWalltimeMs"),
                              QStringLiteral("walltimeMs must be an epoch time in milliseconds"))
            .toReply();
    const Broadcast *b = m_store->broadcast(id);
    if (!b || b->channelId != call.channelId)
        return broadcastNotFound().toReply();
    if (!BroadcastLifeCycle::acceptsCuepoints(b->lifeCycleStatus) ||
        !m_store->isBoundStreamActive(*b))
        return ErrorEnvelope::live(403, QStringLiteral("forbidden"),
                                   QStringLiteral("Cuepoints can only be inserted while the "
                                                  "broadcast is live and streaming"),
                                   QStringLiteral("global"))
            .toReply();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 elapsed =
        b->monitorStart.isValid() ? now - b->monitorStart.toMSecsSinceEpoch() : -1;
    if (offset && *offset > 0 && m_store->settings().strictCuepointWindow) {
        const qint64 delay = b->broadcastStreamDelayMs;
        if (*offset < elapsed - delay + 5000 || *offset > elapsed - 5000)
            return broadcastError(400, QStringLiteral("invalidInsertionOffsetTimeMs"),
                                  QStringLiteral("insertionOffsetTimeMs is outside the valid "
                                                 "window"))
                .toReply();
    }
    CuepointRecord c;
    c.id = m_store->newCuepointId();
    c.broadcastId = id;
    c.cueType = cueType;
    c.durationSecs = body.contains(QStringLiteral("durationSecs"))
                         ? body.value(QStringLiteral("durationSecs")).toInteger()
                         : 30;
    c.insertionOffsetTimeMs = hasWall ? std::nullopt : std::optional<qint64>(offset.value_or(0));
    c.walltimeMs = wall;
    c.arrivalMs = now;
    c.monitorElapsedMs = elapsed;
    QJsonObject forEtag = m_store->cuepointJson(c);
    forEtag.remove(QStringLiteral("etag"));
    c.etag = BroadcastStore::etagOf(forEtag);
    m_store->addCuepoint(c);
    return json(m_store->cuepointJson(c), call);
}

} // namespace onair::sandbox
