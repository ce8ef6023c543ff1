#include "google/partner/model/AssetMatchPolicy.h"

#include "net/JsonReader.h"

namespace onair {

Result<AssetMatchPolicy> AssetMatchPolicy::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AssetMatchPolicy m;
    m.policyId = r.string("policyId");
    const QJsonArray rules = r.array("rules");
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("assetMatchPolicy: ") + r.error());
    Result<QList<PolicyRule>> parsed = PolicyRule::listFromJson(rules);
    if (!parsed)
        return parsed.error();
    m.rules = parsed.value();
    return m;
}

QJsonObject AssetMatchPolicy::toJson() const
{
    if (!policyId.isEmpty())
        return {{QStringLiteral("policyId"), policyId}};
    return {{QStringLiteral("rules"), PolicyRule::listToJson(rules)}};
}

} // namespace onair
