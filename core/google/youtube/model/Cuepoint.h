#pragma once

#include "net/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair {

// A cuepoint (ad break) as liveBroadcasts.cuepoint takes and returns it. At most one of
// insertionOffsetTimeMs and walltimeMs is set; neither means "as soon as possible".
struct Cuepoint
{
    static constexpr quint32 kDefaultDurationSecs = 30;

    QString id;
    QString etag;
    QString cueType = QStringLiteral("cueTypeAd");
    quint32 durationSecs = kDefaultDurationSecs;
    std::optional<qint64> insertionOffsetTimeMs;
    std::optional<qint64> walltimeMs;

    static Cuepoint now(quint32 durationSecs = kDefaultDurationSecs);
    static Cuepoint atOffset(qint64 offsetMs, quint32 durationSecs = kDefaultDurationSecs);
    static Cuepoint atWallTime(qint64 epochMs, quint32 durationSecs = kDefaultDurationSecs);

    static Result<Cuepoint> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace onair
