#pragma once

#include "lifecycle/Lifecycle.h"

namespace onair {

// How often the session reads the stream (status, health) and the broadcast (lifecycle).
//
// Each read is a list call costing 1 quota unit. While something is about to change (a
// transition in flight, or a bound stream that is not active yet) both are read about every
// second. In steady state the stream is read every 5 s, because health is what the operator
// watches, and the broadcast every 15 s, because its state changes only through our own
// transitions (or auto-stop): 720 + 240 = 960 units an hour, so a 9-hour show still fits
// in the default daily quota of 10 000 units with room for the set-up and the ad breaks.
struct PollingPolicy
{
    static constexpr int kFastMs = 1000;
    static constexpr int kSteadyStreamMs = 5000;
    static constexpr int kSteadyBroadcastMs = 15000;
    static constexpr int kIdleMs = 30000; // complete/revoked: only to notice a revocation late
    static constexpr int kUnitsPerRead = 1;

    struct Intervals
    {
        int streamMs = kSteadyStreamMs;
        int broadcastMs = kSteadyBroadcastMs;
    };

    // `transitionPending`: a transition call was accepted and its settled state not seen yet.
    static Intervals intervalsFor(LifeCycleStatus broadcast, StreamStatus stream,
                                  bool transitionPending);
    // Quota units per hour that those intervals cost.
    static double unitsPerHour(const Intervals &intervals);
};

} // namespace onair
