#include "contentid/PoliciesResource.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerErrors.h"
#include "contentid/PartnerJson.h"
#include "contentid/PartnerRules.h"
#include "contentid/PartnerStore.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

HttpReply list(PartnerStore *store, const PartnerCall &call)
{
    if (auto p =
            call.params.enumValue(QStringLiteral("sort"), {QStringLiteral("TIME_UPDATED_ASC"),
                                                           QStringLiteral("TIME_UPDATED_DESC")}))
        return p->toReply();
    const QStringList ids = call.params.list(QStringLiteral("id"));
    QList<const Policy *> found;
    for (const Policy &p : store->policies()) {
        if (p.ownerId == call.ownerId && (ids.isEmpty() || ids.contains(p.id)))
            found.append(&p);
    }
    const QString sort = call.params.value(QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        const bool ascending = sort == QLatin1String("TIME_UPDATED_ASC");
        std::stable_sort(found.begin(), found.end(), [ascending](const Policy *a, const Policy *b) {
            return ascending ? a->timeUpdated < b->timeUpdated : a->timeUpdated > b->timeUpdated;
        });
    }
    QJsonArray items;
    for (const Policy *p : std::as_const(found))
        items.append(PartnerJson::policy(*p));
    return ContentIdService::ok(
        call, {{QStringLiteral("kind"), QStringLiteral("youtubePartner#policyList")},
               {QStringLiteral("items"), items}});
}

HttpReply insert(PartnerStore *store, const PartnerCall &call)
{
    const QJsonObject &body = call.body;
    if (auto p = PartnerRules::knownFields(body,
                                           {QStringLiteral("kind"), QStringLiteral("id"),
                                            QStringLiteral("name"), QStringLiteral("description"),
                                            QStringLiteral("rules"), QStringLiteral("timeUpdated")},
                                           QStringLiteral("policy")))
        return p->toReply();
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return PartnerErrors::required(QStringLiteral("name")).toReply();
    if (body.contains(QStringLiteral("description")) &&
        !body.value(QStringLiteral("description")).isString())
        return PartnerErrors::invalidValue(QStringLiteral("description"),
                                           QStringLiteral("description must be a string."))
            .toReply();
    if (!body.contains(QStringLiteral("rules")))
        return PartnerErrors::required(QStringLiteral("rules")).toReply();
    if (auto p = PartnerRules::rules(body.value(QStringLiteral("rules")), QStringLiteral("rules")))
        return p->toReply();
    Policy policy;
    policy.id = store->newPolicyId();
    policy.ownerId = call.ownerId;
    policy.timeUpdated = QDateTime::currentDateTimeUtc();
    policy.name = name.toString();
    policy.description = body.value(QStringLiteral("description")).toString();
    policy.rules = body.value(QStringLiteral("rules")).toArray();
    store->addPolicy(policy);
    return ContentIdService::ok(call, PartnerJson::policy(policy));
}

} // namespace

void PoliciesResource::registerMethods(ContentIdService &service)
{
    PartnerStore *store = service.store();
    service.addMethod(QStringLiteral("GET"), QStringLiteral("policies"),
                      QStringLiteral("policies.list"),
                      {QStringLiteral("id"), QStringLiteral("sort")},
                      [store](const PartnerCall &call) { return list(store, call); });
    service.addMethod(
        QStringLiteral("POST"), QStringLiteral("policies"), QStringLiteral("policies.insert"), {},
        [store](const PartnerCall &call) { return insert(store, call); }, true);
    service.addMethod(QStringLiteral("GET"), QStringLiteral("policies/{}"),
                      QStringLiteral("policies.get"), {}, [store](const PartnerCall &call) {
                          const Policy *policy = store->policy(call.ownerId, call.segment(4));
                          if (!policy)
                              return PartnerErrors::notFound(QStringLiteral("Policy"),
                                                             QStringLiteral("policyId"))
                                  .toReply();
                          return ContentIdService::ok(call, PartnerJson::policy(*policy));
                      });
}

} // namespace onair::sandbox
