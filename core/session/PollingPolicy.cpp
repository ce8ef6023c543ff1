#include "PollingPolicy.h"

namespace onair {

PollingPolicy::Intervals PollingPolicy::intervalsFor(LifeCycleStatus broadcast, StreamStatus stream,
                                                     bool transitionPending)
{
    if (lifecycle::isTerminal(broadcast))
        return {kIdleMs, kIdleMs};
    if (transitionPending || lifecycle::isTransient(broadcast))
        return {kFastMs, kFastMs};
    // Waiting for the encoder before a transition is possible: the operator is watching for
    // "active" to appear.
    const bool waitingForEncoder =
        stream != StreamStatus::Active &&
        (broadcast == LifeCycleStatus::Ready || broadcast == LifeCycleStatus::Testing ||
         broadcast == LifeCycleStatus::Created);
    if (waitingForEncoder)
        return {kFastMs, kSteadyBroadcastMs};
    return {kSteadyStreamMs, kSteadyBroadcastMs};
}

double PollingPolicy::unitsPerHour(const Intervals &intervals)
{
    const double perHourStream = 3600000.0 / intervals.streamMs;
    const double perHourBroadcast = 3600000.0 / intervals.broadcastMs;
    return (perHourStream + perHourBroadcast) * kUnitsPerRead;
}

} // namespace onair
