#include "google/partner/model/Asset.h"

#include "net/JsonReader.h"

namespace onair {

Result<Asset> Asset::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Asset a;
    a.id = r.string("id");
    a.type = r.string("type");
    a.timeCreated = r.dateTime("timeCreated");
    if (r.enter("metadata")) {
        a.title = r.string("title");
        a.customId = r.string("customId");
        a.description = r.string("description");
        r.leave();
    } else {
        a.title = r.string("title");
        a.customId = r.string("customId");
    }
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("asset: ") + r.error());
    if (a.id.isEmpty())
        return ApiError::badResponse(QStringLiteral("asset: no id"));
    return a;
}

QJsonObject Asset::toJson() const
{
    QJsonObject metadata;
    if (!title.isEmpty())
        metadata.insert(QStringLiteral("title"), title);
    if (!customId.isEmpty())
        metadata.insert(QStringLiteral("customId"), customId);
    if (!description.isEmpty())
        metadata.insert(QStringLiteral("description"), description);
    return {{QStringLiteral("type"), type}, {QStringLiteral("metadata"), metadata}};
}

} // namespace onair
