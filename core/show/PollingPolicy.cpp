#include "show/PollingPolicy.h"

namespace onair {

namespace {

bool onAir(LifeCycleStatus s)
{
    return s == LifeCycleStatus::Testing || s == LifeCycleStatus::Live;
}

int streamInterval(const PollingPolicy::Situation &s)
{
    using P = PollingPolicy;
    if (!s.streamBound)
        return P::kOff;
    if (s.transitionPending || lifecycle::isTransient(s.broadcast))
        return P::kFastMs;
    if (onAir(s.broadcast))
        return P::kOnAirStreamMs;
    if (s.stream == StreamStatus::Active) // set up, encoder running: health before the test
        return s.operatorLooking ? P::kOnAirStreamMs : P::kUnattendedMs;
    // Waiting for the encoder.
    if (s.fastWindow)
        return P::kFastMs;
    return s.operatorLooking ? P::kLookingMs : P::kUnattendedMs;
}

int broadcastInterval(const PollingPolicy::Situation &s)
{
    using P = PollingPolicy;
    if (s.transitionPending || lifecycle::isTransient(s.broadcast))
        return P::kFastMs;
    const bool active = s.stream == StreamStatus::Active;
    // Auto start takes a ready broadcast live once its stream is active; auto stop ends a
    // live one some time after its stream stops. Neither is our own request.
    const bool autoStartDue =
        s.autoStart && s.streamBound && active && s.broadcast == LifeCycleStatus::Ready;
    const bool autoStopDue =
        s.autoStop && s.broadcast == LifeCycleStatus::Live && (!s.streamBound || !active);
    if (autoStartDue || autoStopDue)
        return P::kAutoWatchMs;
    return P::kSafetyNetMs;
}

} // namespace

PollingPolicy::Intervals PollingPolicy::intervalsFor(const Situation &situation)
{
    if (!situation.hasBroadcast || lifecycle::isTerminal(situation.broadcast))
        return {kOff, kOff}; // idle, or a completed broadcast: nothing more can change
    return {streamInterval(situation), broadcastInterval(situation)};
}

double PollingPolicy::unitsPerHour(const Intervals &intervals)
{
    double perHour = 0;
    if (intervals.streamMs > 0)
        perHour += 3600000.0 / intervals.streamMs;
    if (intervals.broadcastMs > 0)
        perHour += 3600000.0 / intervals.broadcastMs;
    return perHour * kUnitsPerRead;
}

} // namespace onair
