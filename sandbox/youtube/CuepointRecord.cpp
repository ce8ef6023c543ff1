#include "youtube/CuepointRecord.h"

namespace onair::sandbox {

QJsonObject CuepointRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("etag"), etag},
                  {QStringLiteral("broadcastId"), broadcastId},
                  {QStringLiteral("cueType"), cueType},
                  {QStringLiteral("durationSecs"), durationSecs},
                  {QStringLiteral("arrivalMs"), arrivalMs},
                  {QStringLiteral("monitorElapsedMs"), monitorElapsedMs}};
    if (insertionOffsetTimeMs)
        o.insert(QStringLiteral("insertionOffsetTimeMs"), *insertionOffsetTimeMs);
    if (walltimeMs)
        o.insert(QStringLiteral("walltimeMs"), *walltimeMs);
    return o;
}

} // namespace onair::sandbox
