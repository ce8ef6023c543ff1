#include "google/youtube/model/Cuepoint.h"

#include "net/JsonReader.h"

namespace onair {

Cuepoint Cuepoint::now(quint32 durationSecs)
{
    Cuepoint c;
    c.durationSecs = durationSecs;
    return c;
}

Cuepoint Cuepoint::atOffset(qint64 offsetMs, quint32 durationSecs)
{
    Cuepoint c = now(durationSecs);
    c.insertionOffsetTimeMs = offsetMs;
    return c;
}

Cuepoint Cuepoint::atWallTime(qint64 epochMs, quint32 durationSecs)
{
    Cuepoint c = now(durationSecs);
    c.walltimeMs = epochMs;
    return c;
}

Result<Cuepoint> Cuepoint::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Cuepoint c;
    c.id = r.string("id");
    c.etag = r.string("etag");
    c.cueType = r.string("cueType", c.cueType);
    c.durationSecs = r.uint32("durationSecs", kDefaultDurationSecs);
    if (r.has("insertionOffsetTimeMs"))
        c.insertionOffsetTimeMs = r.int64("insertionOffsetTimeMs");
    if (r.has("walltimeMs"))
        c.walltimeMs = r.int64("walltimeMs");
    // Google echoes a zero offset for immediate cues; only a real conflict is an error.
    if (c.insertionOffsetTimeMs.value_or(0) != 0 && c.walltimeMs)
        r.fail("walltimeMs", QStringLiteral("set together with insertionOffsetTimeMs"));
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("cuepoint: ") + r.error());
    return c;
}

QJsonObject Cuepoint::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("cueType"), cueType);
    o.insert(QLatin1String("durationSecs"), static_cast<qint64>(durationSecs));
    // 64-bit fields travel as strings; never both time fields.
    if (insertionOffsetTimeMs)
        o.insert(QLatin1String("insertionOffsetTimeMs"), QString::number(*insertionOffsetTimeMs));
    else if (walltimeMs)
        o.insert(QLatin1String("walltimeMs"), QString::number(*walltimeMs));
    return o;
}

} // namespace onair
