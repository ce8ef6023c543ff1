#pragma once

#include "cuepoint/ElapsedSource.h"
#include "google/youtube/model/Cuepoint.h"
#include "net/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair {

// One ad break the operator asked for, from the press to the API's answer.
struct CuepointLogEntry
{
    enum class Mode
    {
        Now,      // no offset, no wall time: as soon as possible
        WallTime, // walltimeMs
        Offset,   // insertionOffsetTimeMs, from the start of the monitor stream
    };
    enum class State
    {
        Sent,        // the request is out; no answer yet
        Confirmed,   // the API answered with the cuepoint (cuepointId is set)
        Failed,      // the API refused it (failureReason: its reason, failureMessage: why)
        Unconfirmed, // no usable answer (timeout, dropped connection): it may or may not exist
    };

    int id = 0;            // local id, unique in its log
    QDateTime requestedAt; // wall time of the press, UTC
    Mode mode = Mode::Now;
    std::optional<qint64> offsetMs;   // Mode::Offset
    std::optional<qint64> walltimeMs; // Mode::WallTime, epoch ms
    quint32 durationSecs = 30;
    QString cuepointId; // assigned by the API
    State state = State::Sent;
    QString failureReason;  // the API's reason, e.g. "invalidInsertionOffsetTimeMs"
    QString failureMessage; // the sentence shown to the operator
    ElapsedSource elapsedSource = ElapsedSource::None;
    std::optional<qint64> elapsedMs; // the monitor-stream elapsed time used, if any
    QDateTime answeredAt;            // when the state last changed after Sent, UTC

    // The request body for liveBroadcasts.cuepoint: never both time fields (Mode decides).
    Cuepoint toCuepoint() const;

    static QString modeToString(Mode mode);
    static QString stateToString(State state);

    QJsonObject toJson() const;
    // Strict: wrong types and unknown modes or states are BadResponse errors naming the field.
    static Result<CuepointLogEntry> fromJson(const QJsonObject &json);

    friend bool operator==(const CuepointLogEntry &, const CuepointLogEntry &) = default;
};

} // namespace onair
