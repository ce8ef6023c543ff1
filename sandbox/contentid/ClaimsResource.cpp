#include "contentid/ClaimsResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"
#include "kernel/VideoDirectory.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

constexpr int kPageSize = 25;

std::optional<ErrorEnvelope> checkPolicy(const PartnerStore *store, const PartnerCall &call)
{
    const QJsonValue value = call.body.value(QStringLiteral("policy"));
    if (value.isUndefined())
        return PartnerErrors::required(QStringLiteral("policy"));
    if (!value.isObject())
        return PartnerErrors::invalidValue(QStringLiteral("policy"),
                                           QStringLiteral("policy must be an object."));
    const QJsonObject policy = value.toObject();
    if (auto p = PartnerRules::knownFields(
            policy,
            {QStringLiteral("id"), QStringLiteral("rules"), QStringLiteral("kind"),
             QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("timeUpdated")},
            QStringLiteral("claim.policy")))
        return p;
    if (policy.contains(QStringLiteral("id"))) {
        if (!store->policy(call.ownerId, policy.value(QStringLiteral("id")).toString()))
            return PartnerErrors::notFound(QStringLiteral("Policy"), QStringLiteral("policy.id"));
        return std::nullopt;
    }
    if (!policy.contains(QStringLiteral("rules")))
        return PartnerErrors::required(QStringLiteral("policy.id"));
    return PartnerRules::rules(policy.value(QStringLiteral("rules")),
                               QStringLiteral("policy.rules"));
}

HttpReply insert(const ContentIdService &service, const PartnerCall &call)
{
    PartnerStore *store = service.store();
    const QJsonObject &body = call.body;
    bool manual = false;
    if (auto p = call.params.boolean(QStringLiteral("isManualClaim"), &manual))
        return p->toReply();
    if (auto p = PartnerRules::knownFields(
            body,
            {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("assetId"),
             QStringLiteral("videoId"), QStringLiteral("contentType"), QStringLiteral("policy"),
             QStringLiteral("blockOutsideOwnership"), QStringLiteral("status"),
             QStringLiteral("timeCreated"), QStringLiteral("origin"),
             QStringLiteral("isPartnerUploaded"), QStringLiteral("appliedPolicy"),
             QStringLiteral("matchInfo"), QStringLiteral("studioInfo"), QStringLiteral("ugcType")},
            QStringLiteral("claim")))
        return p->toReply();
    const QString assetId = body.value(QStringLiteral("assetId")).toString();
    if (assetId.isEmpty())
        return PartnerErrors::required(QStringLiteral("assetId")).toReply();
    if (!store->asset(call.ownerId, assetId))
        return PartnerErrors::notFound(QStringLiteral("Asset"), QStringLiteral("assetId"))
            .toReply();
    const QString videoId = body.value(QStringLiteral("videoId")).toString();
    if (videoId.isEmpty())
        return PartnerErrors::required(QStringLiteral("videoId")).toReply();
    // A live broadcast is claimed before its video exists: its id is the video id.
    const std::optional<VideoFacts> video =
        service.videos() ? service.videos()->video(videoId) : std::nullopt;
    if (!video)
        return PartnerErrors::notFound(QStringLiteral("Video"), QStringLiteral("videoId"))
            .toReply();
    const QList<ContentOwner> owners = store->ownersOf(video->channelId);
    if (!std::any_of(owners.cbegin(), owners.cend(),
                     [&](const ContentOwner &o) { return o.id == call.ownerId; }))
        return PartnerErrors::forbidden(QStringLiteral("The video is not on a channel linked to "
                                                       "the content owner."))
            .toReply();
    const QString contentType = body.value(QStringLiteral("contentType")).toString();
    if (contentType.isEmpty())
        return PartnerErrors::required(QStringLiteral("contentType")).toReply();
    if (!PartnerRules::contentTypes().contains(contentType))
        return PartnerErrors::invalidValue(QStringLiteral("contentType"),
                                           QStringLiteral("contentType must be audio, video or "
                                                          "audiovisual."))
            .toReply();
    if (auto p = checkPolicy(store, call))
        return p->toReply();
    const QJsonValue block = body.value(QStringLiteral("blockOutsideOwnership"));
    if (!block.isUndefined() && !block.isBool())
        return ErrorEnvelope::invalidField(
                   QStringLiteral("Invalid value at 'claim.block_outside_ownership' (TYPE_BOOL)"),
                   QStringLiteral("blockOutsideOwnership"))
            .toReply();
    Claim claim;
    claim.id = store->newClaimId();
    claim.ownerId = call.ownerId;
    claim.timeCreated = QDateTime::currentDateTimeUtc();
    claim.assetId = assetId;
    claim.videoId = videoId;
    claim.contentType = contentType;
    claim.policy = body.value(QStringLiteral("policy")).toObject();
    claim.blockOutsideOwnership = block.toBool();
    claim.manual = manual;
    store->addClaim(claim);
    return ContentIdService::ok(call, PartnerJson::claim(claim));
}

HttpReply list(PartnerStore *store, const PartnerCall &call)
{
    const QStringList ids = call.params.list(QStringLiteral("id"));
    const QStringList videoIds = call.params.list(QStringLiteral("videoId"));
    const QString assetId = call.params.value(QStringLiteral("assetId"));
    const QString q = call.params.value(QStringLiteral("q"));
    int offset = 0;
    if (auto p = call.params.pageOffset(&offset))
        return p->toReply();
    QList<const Claim *> found;
    for (const Claim &c : store->claims()) {
        if (c.ownerId != call.ownerId || (!ids.isEmpty() && !ids.contains(c.id)) ||
            (!videoIds.isEmpty() && !videoIds.contains(c.videoId)) ||
            (!assetId.isEmpty() && c.assetId != assetId) ||
            (!q.isEmpty() && !c.videoId.contains(q) && !c.assetId.contains(q)))
            continue;
        found.append(&c);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < found.size() && i < offset + kPageSize; ++i)
        items.append(PartnerJson::claim(*found.at(i)));
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtubePartner#claimList")},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("pageInfo"),
                     QJsonObject{{QStringLiteral("totalResults"), int(found.size())},
                                 {QStringLiteral("resultsPerPage"), kPageSize},
                                 {QStringLiteral("startIndex"), offset}}}};
    if (offset + kPageSize < found.size())
        out.insert(QStringLiteral("nextPageToken"), ApiParams::pageToken(offset + kPageSize));
    if (offset > 0)
        out.insert(QStringLiteral("previousPageToken"),
                   ApiParams::pageToken(qMax(0, offset - kPageSize)));
    return ContentIdService::ok(call, out);
}

} // namespace

void ClaimsResource::registerMethods(ContentIdService &service)
{
    PartnerStore *store = service.store();
    const ContentIdService *self = &service;
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("claims"), QStringLiteral("claims.insert"),
        {QStringLiteral("isManualClaim")},
        [self](const PartnerCall &call) { return insert(*self, call); }, true);
    service.addMethod(QStringLiteral("GET"), QStringLiteral("claims/{}"),
                      QStringLiteral("claims.get"), {}, [store](const PartnerCall &call) {
                          const Claim *claim = store->claim(call.ownerId, call.segment(4));
                          if (!claim)
                              return PartnerErrors::notFound(QStringLiteral("Claim"),
                                                             QStringLiteral("claimId"))
                                  .toReply();
                          return ContentIdService::ok(call, PartnerJson::claim(*claim));
                      });
    service.addMethod(QStringLiteral("GET"), QStringLiteral("claims"),
                      QStringLiteral("claims.list"),
                      {QStringLiteral("assetId"), QStringLiteral("id"), QStringLiteral("pageToken"),
                       QStringLiteral("q"), QStringLiteral("videoId")},
                      [store](const PartnerCall &call) { return list(store, call); });
}

} // namespace onair::sandbox
