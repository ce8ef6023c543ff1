#include "google/partner/model/ContentOwner.h"

#include "net/JsonReader.h"

namespace onair {

Result<ContentOwner> ContentOwner::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ContentOwner o;
    o.id = r.string("id");
    o.displayName = r.string("displayName");
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("contentOwner: ") + r.error());
    if (o.id.isEmpty())
        return ApiError::badResponse(QStringLiteral("contentOwner: no id"));
    return o;
}

} // namespace onair
