#include "contentid/ContentOwnersResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerStore.h"

#include <QJsonArray>

namespace onair::sandbox {

void ContentOwnersResource::registerMethods(ContentIdService &service)
{
    PartnerStore *store = service.store();
    service.addMethod(
        QStringLiteral("GET"), QStringLiteral("contentOwners"),
        QStringLiteral("contentOwners.list"), {QStringLiteral("fetchMine"), QStringLiteral("id")},
        [store](const PartnerCall &call) {
            bool mine = false;
            if (auto p = call.params.boolean(QStringLiteral("fetchMine"), &mine))
                return p->toReply();
            const QStringList ids = call.params.list(QStringLiteral("id"));
            if (!mine && ids.isEmpty())
                return PartnerErrors::required(QStringLiteral("fetchMine")).toReply();
            QJsonArray items;
            // Only owners the user manages are visible, by id as well.
            for (const ContentOwner &owner : store->ownersOf(call.channelId)) {
                if (mine || ids.contains(owner.id))
                    items.append(PartnerJson::contentOwner(owner));
            }
            return ContentIdService::ok(
                call, {{QStringLiteral("kind"), QStringLiteral("youtubePartner#contentOwnerList")},
                       {QStringLiteral("items"), items}});
        });
}

} // namespace onair::sandbox
