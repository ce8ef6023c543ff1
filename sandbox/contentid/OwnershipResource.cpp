#include "contentid/OwnershipResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"

namespace onair::sandbox {

void OwnershipResource::registerMethods(ContentIdService &service)
{
    PartnerStore *store = service.store();
    service.addMethod(QStringLiteral("PUT"), QStringLiteral("assets/{}/ownership"),
                      QStringLiteral("ownership.update"), {}, [store](const PartnerCall &call) {
                          const Asset *found = store->asset(call.ownerId, call.segment(4));
                          if (!found)
                              return PartnerErrors::notFound(QStringLiteral("Asset"),
                                                             QStringLiteral("assetId"))
                                  .toReply();
                          if (auto p = PartnerRules::ownership(call.body, found->type))
                              return p->toReply();
                          Asset asset = *found;
                          asset.ownership = call.body;
                          asset.ownership.remove(QStringLiteral("kind"));
                          store->updateAsset(asset);
                          return ContentIdService::ok(call, PartnerJson::ownership(asset));
                      });
    service.addMethod(QStringLiteral("GET"), QStringLiteral("assets/{}/ownership"),
                      QStringLiteral("ownership.get"), {}, [store](const PartnerCall &call) {
                          const Asset *asset = store->asset(call.ownerId, call.segment(4));
                          if (!asset)
                              return PartnerErrors::notFound(QStringLiteral("Asset"),
                                                             QStringLiteral("assetId"))
                                  .toReply();
                          return ContentIdService::ok(call, PartnerJson::ownership(*asset));
                      });
}

} // namespace onair::sandbox
