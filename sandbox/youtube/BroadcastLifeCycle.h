#pragma once

#include "youtube/BroadcastStates.h"

namespace onair::sandbox {

// The lifecycle rules of a liveBroadcast, in one place (reference youtube-live-api.md §2.1,
// §3.1): which transition is allowed from which state, what may change in which state, and
// which states the list filters and the other resources see.
//
//   created → (bind) ready → testStarting → testing → liveStarting → live → complete
class BroadcastLifeCycle
{
public:
    // liveBroadcasts.list broadcastStatus filters.
    static bool isUpcoming(LifeCycleStatus s); // created, ready, testStarting, testing
    static bool isActive(LifeCycleStatus s);   // liveStarting, live

    // liveBroadcasts.update: contentDetails settings (monitor stream, DVR, record from start,
    // captions, latency, projection) change only while created or ready.
    static bool settingsEditable(LifeCycleStatus s);
    // enableAutoStart: only created/ready with the bound stream not active (§2.1: 403
    // enableAutoStartModificationNotAllowed otherwise; not in testing, see sandbox/README.md).
    static bool autoStartEditable(LifeCycleStatus s, bool streamActive);
    // enableAutoStop: created/ready (§2.1, "any contentDetails while created/ready").
    static bool autoStopEditable(LifeCycleStatus s);
    // Scheduled times change in created/ready/testing; later they are kept as they were.
    static bool scheduleEditable(LifeCycleStatus s);

    // liveBroadcasts.bind: allowed in created/ready/testing; binding makes created ready,
    // unbinding makes ready created.
    static bool canBind(LifeCycleStatus s);
    static LifeCycleStatus afterBinding(LifeCycleStatus s, bool bound);
    // liveBroadcasts.delete: refused only while live.
    static bool canDelete(LifeCycleStatus s);

    // liveBroadcasts.transition (§3.1), target testing, live or complete.
    static bool isRedundant(LifeCycleStatus s, LifeCycleStatus target);
    static bool isAllowed(LifeCycleStatus s, LifeCycleStatus target, bool monitorStream,
                          bool completeFromTesting);
    static bool needsActiveStream(LifeCycleStatus target);        // testing, live
    static LifeCycleStatus startingState(LifeCycleStatus target); // testStarting, liveStarting

    // enableAutoStart acts from ready only; cuepoints are taken while live.
    static bool autoStarts(LifeCycleStatus s) { return s == LifeCycleStatus::Ready; }
    static bool acceptsCuepoints(LifeCycleStatus s) { return s == LifeCycleStatus::Live; }
    // A stream bound to a broadcast that is not complete is still in use.
    static bool holdsStream(LifeCycleStatus s) { return s != LifeCycleStatus::Complete; }
};

} // namespace onair::sandbox
