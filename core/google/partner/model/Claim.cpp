#include "google/partner/model/Claim.h"

#include "net/JsonReader.h"

namespace onair {

Result<Claim> Claim::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Claim c;
    c.id = r.string("id");
    c.assetId = r.string("assetId");
    c.videoId = r.string("videoId");
    c.contentType = r.string("contentType");
    c.blockOutsideOwnership = r.boolean("blockOutsideOwnership");
    c.status = r.string("status");
    c.timeCreated = r.dateTime("timeCreated");
    QJsonArray rules;
    if (r.enter("policy")) {
        c.policyId = r.string("id");
        rules = r.array("rules");
        r.leave();
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("claim: ") + r.error());
    Result<QList<PolicyRule>> parsed = PolicyRule::listFromJson(rules);
    if (!parsed)
        return parsed.error();
    c.rules = parsed.value();
    if (c.id.isEmpty())
        return ApiError::badResponse(QStringLiteral("claim: no id"));
    return c;
}

QJsonObject Claim::toJson() const
{
    const QJsonObject policy =
        policyId.isEmpty() ? QJsonObject{{QStringLiteral("rules"), PolicyRule::listToJson(rules)}}
                           : QJsonObject{{QStringLiteral("id"), policyId}};
    return {{QStringLiteral("assetId"), assetId},
            {QStringLiteral("videoId"), videoId},
            {QStringLiteral("contentType"), contentType},
            {QStringLiteral("policy"), policy},
            {QStringLiteral("blockOutsideOwnership"), blockOutsideOwnership}};
}

} // namespace onair
