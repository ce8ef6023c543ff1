#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair::sandbox {

// One accepted cuepoint, with the time it arrived.
struct CuepointRecord
{
    QString id;
    QString etag;
    QString broadcastId;
    QString cueType;
    qint64 durationSecs = 30;
    std::optional<qint64> insertionOffsetTimeMs;
    std::optional<qint64> walltimeMs;
    qint64 arrivalMs = 0;
    qint64 monitorElapsedMs = -1; // how long the monitor stream had run; -1: unknown

    // As saved in --data-dir and shown by GET /_sandbox/cuepoints.
    QJsonObject toJson() const;
};

} // namespace onair::sandbox
