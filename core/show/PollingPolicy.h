#pragma once

#include "show/Lifecycle.h"

namespace onair {

// How often the session reads the stream (status, health) and the broadcast (lifecycle).
//
// Each read is a list call costing 1 quota unit, and the day has 10 000 (reference §8), so
// reads follow what the operator needs and nothing more:
//  - nothing bound: no stream read; a completed (or revoked) broadcast: no read at all;
//  - a transition pending or a transient state: both every second;
//  - waiting for the encoder: every second for a short window after a bind, an encoder start
//    or a refresh (F5), then every 5 s while the operator is looking and every 30 s when not
//    (120 units an hour: a broadcast bound at noon for an evening show stays under 150);
//  - on air (testing, live): the stream just under every 10 s, so the health on screen is
//    never older than 10 s (about 367 units an hour);
//  - the broadcast changes only through our own transitions, auto start/stop, or someone in
//    YouTube Studio: it is read when something may have changed it (the session reads it at
//    once when the stream's status or health changes, or the operator acts), every 10 s while
//    an auto start/stop may fire, and otherwise only every 5 minutes as a safety net.
// A live hour costs about 380 units.
struct PollingPolicy
{
    static constexpr int kOff = 0; // no timed read
    static constexpr int kFastMs = 1000;
    static constexpr int kLookingMs = 5000;     // waiting for the encoder, operator looking
    static constexpr int kUnattendedMs = 30000; // waiting for the encoder, nobody looking
    static constexpr int kOnAirStreamMs = 9800; // health never older than 10 s on screen
    static constexpr int kAutoWatchMs = 10000;  // an auto start/stop may change the broadcast
    static constexpr int kSafetyNetMs = 300000;
    // How long the fast window lasts after a bind, an encoder start or a refresh.
    static constexpr int kFastWindowMs = 60000;
    // The operator counts as looking this long after their last action.
    static constexpr int kAttentionMs = 600000;
    static constexpr int kUnitsPerRead = 1;
    // After complete, the recording's video is read this often until it is processed (30
    // units an hour, and only until then).
    static constexpr int kRecordingMs = 120000;

    // What the intervals depend on; the session fills it from its state and its clocks.
    struct Situation
    {
        bool hasBroadcast = false;
        LifeCycleStatus broadcast = LifeCycleStatus::Unspecified;
        bool streamBound = false;
        StreamStatus stream = StreamStatus::Unknown;
        // A transition call was accepted and its settled state not seen yet.
        bool transitionPending = false;
        // Within kFastWindowMs of a bind, an encoder start or a refresh.
        bool fastWindow = false;
        // The window is active, or the operator acted within kAttentionMs.
        bool operatorLooking = false;
        bool autoStart = false;
        bool autoStop = false;
    };

    struct Intervals
    {
        int streamMs = kOff; // kOff: no timed read
        int broadcastMs = kOff;
    };

    static Intervals intervalsFor(const Situation &situation);
    // Quota units per hour that those intervals cost.
    static double unitsPerHour(const Intervals &intervals);
};

} // namespace onair
