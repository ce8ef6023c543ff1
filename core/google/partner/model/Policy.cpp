#include "google/partner/model/Policy.h"

#include "net/JsonReader.h"

namespace onair {

Result<Policy> Policy::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Policy p;
    p.id = r.string("id");
    p.name = r.string("name");
    p.description = r.string("description");
    p.timeUpdated = r.dateTime("timeUpdated");
    const QJsonArray rules = r.array("rules");
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("policy: ") + r.error());
    Result<QList<PolicyRule>> parsed = PolicyRule::listFromJson(rules);
    if (!parsed)
        return parsed.error();
    p.rules = parsed.value();
    if (p.id.isEmpty())
        return ApiError::badResponse(QStringLiteral("policy: no id"));
    return p;
}

QJsonObject Policy::toJson() const
{
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("rules"), PolicyRule::listToJson(rules)}};
    if (!description.isEmpty())
        out.insert(QStringLiteral("description"), description);
    return out;
}

} // namespace onair
