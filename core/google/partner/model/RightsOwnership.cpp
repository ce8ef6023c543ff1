#include "google/partner/model/RightsOwnership.h"

#include "net/JsonReader.h"

#include <QJsonArray>

namespace onair {

TerritoryOwners TerritoryOwners::worldwide(const QString &owner)
{
    return {owner, 100, QStringLiteral("exclude"), {}};
}

Result<RightsOwnership> RightsOwnership::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    RightsOwnership o;
    const QJsonArray general = r.array("general");
    for (const QJsonValue &v : general) {
        if (!v.isObject())
            return ApiError::badResponse(QStringLiteral("rightsOwnership: general[] is not an "
                                                        "object"));
        JsonReader e(v.toObject());
        TerritoryOwners t;
        t.owner = e.string("owner");
        const QJsonValue ratio = v.toObject().value(QStringLiteral("ratio"));
        if (!ratio.isUndefined() && !ratio.isDouble())
            e.fail("ratio", QStringLiteral("expected a number"));
        t.ratio = ratio.toDouble(0);
        t.type = e.string("type");
        t.territories = e.stringList("territories");
        if (!e.ok())
            return ApiError::badResponse(QStringLiteral("rightsOwnership: general: ") + e.error());
        o.general.append(t);
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("rightsOwnership: ") + r.error());
    return o;
}

QJsonObject RightsOwnership::toJson() const
{
    QJsonArray entries;
    for (const TerritoryOwners &t : general) {
        entries.append(QJsonObject{
            {QStringLiteral("owner"), t.owner},
            {QStringLiteral("ratio"), t.ratio},
            {QStringLiteral("type"), t.type},
            {QStringLiteral("territories"), QJsonArray::fromStringList(t.territories)}});
    }
    return {{QStringLiteral("general"), entries}};
}

} // namespace onair
