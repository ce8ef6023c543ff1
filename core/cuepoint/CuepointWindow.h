#pragma once

#include <QtGlobal>

namespace onair {

// The range of insertionOffsetTimeMs YouTube can honour for a delayed broadcast:
// [elapsed − delay + margin, elapsed − margin], where elapsed is how long the monitor stream
// has run and delay is broadcastStreamDelayMs. A cue must point at content the monitor stream
// has shown but the public stream has not yet, and YouTube cannot place it within 5 s of
// either edge.
struct CuepointWindow
{
    static constexpr qint64 kEdgeMarginMs = 5000;

    qint64 earliestMs = 0;
    qint64 latestMs = -1;

    bool isEmpty() const { return latestMs < earliestMs; }
    bool contains(qint64 offsetMs) const
    {
        return !isEmpty() && offsetMs >= earliestMs && offsetMs <= latestMs;
    }
    qint64 widthMs() const { return isEmpty() ? 0 : latestMs - earliestMs; }

    // Negative inputs are treated as zero. The window is empty when the delay is not longer
    // than two margins, or when the monitor stream has not run long enough for any offset
    // (offsets are never negative).
    static CuepointWindow compute(qint64 elapsedMs, qint64 delayMs);

    friend bool operator==(const CuepointWindow &, const CuepointWindow &) = default;
};

} // namespace onair
