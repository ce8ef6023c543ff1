#include "cuepoint/CuepointLogEntry.h"

#include "net/JsonReader.h"

#include <limits>

namespace onair {

namespace {

const char *const kModes[] = {"now", "wallTime", "offset"};
const char *const kStates[] = {"sent", "confirmed", "failed", "unconfirmed"};

template<typename E, std::size_t N>
E parseEnum(JsonReader &r, const char *key, const char *const (&names)[N], E fallback)
{
    const QString text = r.string(key);
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    r.fail(key, QStringLiteral("unknown value \"%1\"").arg(text.left(40)));
    return fallback;
}

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), toRfc3339(t));
}

} // namespace

Cuepoint CuepointLogEntry::toCuepoint() const
{
    switch (mode) {
    case Mode::Offset:
        return Cuepoint::atOffset(offsetMs.value_or(0), durationSecs);
    case Mode::WallTime:
        if (walltimeMs)
            return Cuepoint::atWallTime(*walltimeMs, durationSecs);
        break;
    case Mode::Now:
        break;
    }
    return Cuepoint::now(durationSecs);
}

QString CuepointLogEntry::modeToString(Mode mode)
{
    return QString::fromLatin1(kModes[static_cast<int>(mode)]);
}

QString CuepointLogEntry::stateToString(State state)
{
    return QString::fromLatin1(kStates[static_cast<int>(state)]);
}

QJsonObject CuepointLogEntry::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    putTime(o, "requestedAt", requestedAt);
    o.insert(QLatin1String("mode"), modeToString(mode));
    // 64-bit values travel as strings, as in the API.
    if (offsetMs)
        o.insert(QLatin1String("offsetMs"), QString::number(*offsetMs));
    if (walltimeMs)
        o.insert(QLatin1String("walltimeMs"), QString::number(*walltimeMs));
    o.insert(QLatin1String("durationSecs"), static_cast<qint64>(durationSecs));
    if (!cuepointId.isEmpty())
        o.insert(QLatin1String("cuepointId"), cuepointId);
    o.insert(QLatin1String("state"), stateToString(state));
    if (!failureReason.isEmpty())
        o.insert(QLatin1String("failureReason"), failureReason);
    if (!failureMessage.isEmpty())
        o.insert(QLatin1String("failureMessage"), failureMessage);
    o.insert(QLatin1String("elapsedSource"), elapsedSourceToString(elapsedSource));
    if (elapsedMs)
        o.insert(QLatin1String("elapsedMs"), QString::number(*elapsedMs));
    putTime(o, "answeredAt", answeredAt);
    return o;
}

Result<CuepointLogEntry> CuepointLogEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CuepointLogEntry e;
    const qint64 id = r.int64("id");
    if (r.ok() && (id <= 0 || id > std::numeric_limits<int>::max()))
        r.fail("id", QStringLiteral("expected a positive number"));
    e.id = static_cast<int>(id);
    e.requestedAt = r.dateTime("requestedAt");
    e.mode = parseEnum(r, "mode", kModes, Mode::Now);
    if (r.has("offsetMs"))
        e.offsetMs = r.int64("offsetMs");
    if (r.has("walltimeMs"))
        e.walltimeMs = r.int64("walltimeMs");
    e.durationSecs = r.uint32("durationSecs", e.durationSecs);
    e.cuepointId = r.string("cuepointId");
    e.state = parseEnum(r, "state", kStates, State::Sent);
    e.failureReason = r.string("failureReason");
    e.failureMessage = r.string("failureMessage");
    bool known = true;
    const QString source = r.string("elapsedSource", QStringLiteral("none"));
    e.elapsedSource = parseElapsedSource(source, &known);
    if (!known)
        r.fail("elapsedSource", QStringLiteral("unknown value \"%1\"").arg(source.left(40)));
    if (r.has("elapsedMs"))
        e.elapsedMs = r.int64("elapsedMs");
    e.answeredAt = r.dateTime("answeredAt");
    if (r.ok() && e.offsetMs && e.walltimeMs)
        r.fail("walltimeMs", QStringLiteral("set together with offsetMs"));
    if (!r.ok())
        return ApiError::badResponse(QStringLiteral("cuepoint log entry: ") + r.error());
    return e;
}

} // namespace onair
