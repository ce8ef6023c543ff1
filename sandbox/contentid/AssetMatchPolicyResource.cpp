#include "contentid/AssetMatchPolicyResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"

namespace onair::sandbox {

namespace {

HttpReply update(PartnerStore *store, const PartnerCall &call)
{
    const Asset *found = store->asset(call.ownerId, call.segment(4));
    if (!found)
        return PartnerErrors::notFound(QStringLiteral("Asset"), QStringLiteral("assetId"))
            .toReply();
    const QJsonObject &body = call.body;
    if (auto p = PartnerRules::knownFields(
            body, {QStringLiteral("kind"), QStringLiteral("policyId"), QStringLiteral("rules")},
            QStringLiteral("assetMatchPolicy")))
        return p->toReply();
    const bool byId = body.contains(QStringLiteral("policyId"));
    const bool inline_ = body.contains(QStringLiteral("rules"));
    if (byId == inline_)
        return PartnerErrors::invalidValue(QStringLiteral("policyId"),
                                           QStringLiteral("Give either policyId (a saved policy) "
                                                          "or rules, not both."))
            .toReply();
    Asset asset = *found;
    if (byId) {
        const QString id = body.value(QStringLiteral("policyId")).toString();
        if (!store->policy(call.ownerId, id))
            return PartnerErrors::notFound(QStringLiteral("Policy"), QStringLiteral("policyId"))
                .toReply();
        asset.matchPolicy = {{QStringLiteral("policyId"), id}};
    } else {
        if (auto p =
                PartnerRules::rules(body.value(QStringLiteral("rules")), QStringLiteral("rules")))
            return p->toReply();
        asset.matchPolicy = {{QStringLiteral("rules"), body.value(QStringLiteral("rules"))}};
    }
    store->updateAsset(asset);
    const Policy *saved =
        store->policy(call.ownerId, asset.matchPolicy.value(QStringLiteral("policyId")).toString());
    return ContentIdService::ok(call, PartnerJson::matchPolicy(asset, saved));
}

} // namespace

void AssetMatchPolicyResource::registerMethods(ContentIdService &service)
{
    PartnerStore *store = service.store();
    service.addMethod(QStringLiteral("PUT"), QStringLiteral("assets/{}/matchPolicy"),
                      QStringLiteral("assetMatchPolicy.update"), {},
                      [store](const PartnerCall &call) { return update(store, call); });
    service.addMethod(
        QStringLiteral("GET"), QStringLiteral("assets/{}/matchPolicy"),
        QStringLiteral("assetMatchPolicy.get"), {}, [store](const PartnerCall &call) {
            const Asset *asset = store->asset(call.ownerId, call.segment(4));
            if (!asset)
                return PartnerErrors::notFound(QStringLiteral("Asset"), QStringLiteral("assetId"))
                    .toReply();
            const Policy *saved = store->policy(
                call.ownerId, asset->matchPolicy.value(QStringLiteral("policyId")).toString());
            return ContentIdService::ok(call, PartnerJson::matchPolicy(*asset, saved));
        });
}

} // namespace onair::sandbox
