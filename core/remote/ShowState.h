#pragma once

#include "show/Tally.h"

#include "show/Lifecycle.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace onair {

class BreakController;
class BroadcastSession;

// What a remote caller reads about the show (D-Bus properties, `onair ctl status`,
// GET /v1/state, the WebSocket's pushes): one value built from the session and the ad-break
// controller, so the three interfaces never disagree. Two snapshots compare equal when nothing
// a caller sees has changed, except the clocks, which move every millisecond.
struct ShowState
{
    using Tally = onair::Tally;

    QString broadcastId;
    QString title;
    LifeCycleStatus lifeCycle = LifeCycleStatus::Unspecified;
    StreamStatus streamStatus = StreamStatus::Unknown;
    QString health; // good | ok | bad | noData | revoked; empty when not read
    Tally tally = Tally::OffAir;
    QString pendingTransition; // "testing" / "live" / "complete" while one runs; else empty
    bool stuck = false;
    qint64 liveStartMs = 0;    // epoch ms of actualStartTime; 0 before live
    qint64 monitorStartMs = 0; // epoch ms the monitor stream started; 0 before
    // Ad breaks.
    QString whyNoBreak; // empty when a break may be placed now
    qint64 delayMs = 0;
    std::optional<qint64> windowEarliestMs; // the offset window, when there is one
    std::optional<qint64> windowLatestMs;
    qint64 breakEndsAtMs = 0; // the running (or scheduled) break ends then; 0 when none ran

    static ShowState read(const BroadcastSession *session, const BreakController *breaks);

    bool breakRunningAt(qint64 nowMs) const { return breakEndsAtMs != 0 && nowMs < breakEndsAtMs; }
    // The JSON of GET /v1/state and the WebSocket, with the clocks as of `nowMs`.
    QJsonObject toJson(qint64 nowMs) const;

    // Equal when a caller would see no change but the clocks' progress (the offset window
    // moves with time and is left out too).
    bool sameAs(const ShowState &other) const;
};

} // namespace onair
