#include "google/partner/model/Reference.h"

#include "net/JsonReader.h"

namespace onair {

Result<Reference> Reference::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Reference ref;
    ref.id = r.string("id");
    ref.assetId = r.string("assetId");
    ref.claimId = r.string("claimId");
    ref.videoId = r.string("videoId");
    ref.contentType = r.string("contentType");
    ref.status = r.string("status");
    ref.statusReason = r.string("statusReason");
    ref.duplicateLeader = r.string("duplicateLeader");
    const QJsonValue length = json.value(QStringLiteral("length"));
    if (!length.isUndefined() && !length.isDouble())
        r.fail("length", QStringLiteral("expected a number"));
    ref.lengthSeconds = length.toDouble(0);
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("reference: ") + r.error());
    if (ref.id.isEmpty())
        return ApiError::badResponse(QStringLiteral("reference: no id"));
    return ref;
}

} // namespace onair
