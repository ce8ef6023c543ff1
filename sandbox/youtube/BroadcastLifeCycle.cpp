#include "youtube/BroadcastLifeCycle.h"

namespace onair::sandbox {

using S = LifeCycleStatus;

bool BroadcastLifeCycle::isUpcoming(LifeCycleStatus s)
{
    return s == S::Created || s == S::Ready || s == S::TestStarting || s == S::Testing;
}

bool BroadcastLifeCycle::isActive(LifeCycleStatus s)
{
    return s == S::LiveStarting || s == S::Live;
}

bool BroadcastLifeCycle::settingsEditable(LifeCycleStatus s)
{
    return s == S::Created || s == S::Ready;
}

bool BroadcastLifeCycle::autoStartEditable(LifeCycleStatus s, bool streamActive)
{
    return settingsEditable(s) && !streamActive;
}

bool BroadcastLifeCycle::autoStopEditable(LifeCycleStatus s)
{
    return settingsEditable(s);
}

bool BroadcastLifeCycle::scheduleEditable(LifeCycleStatus s)
{
    return s == S::Created || s == S::Ready || s == S::Testing;
}

bool BroadcastLifeCycle::canBind(LifeCycleStatus s)
{
    return s == S::Created || s == S::Ready || s == S::Testing;
}

LifeCycleStatus BroadcastLifeCycle::afterBinding(LifeCycleStatus s, bool bound)
{
    if (bound && s == S::Created)
        return S::Ready;
    if (!bound && s == S::Ready)
        return S::Created;
    return s;
}

bool BroadcastLifeCycle::canDelete(LifeCycleStatus s)
{
    return s != S::Live;
}

bool BroadcastLifeCycle::isRedundant(LifeCycleStatus s, LifeCycleStatus target)
{
    return s == target || (s == S::TestStarting && target == S::Testing) ||
           (s == S::LiveStarting && target == S::Live);
}

bool BroadcastLifeCycle::isAllowed(LifeCycleStatus s, LifeCycleStatus target, bool monitorStream,
                                   bool completeFromTesting)
{
    switch (s) {
    case S::Ready:
        return target == S::Live || (target == S::Testing && monitorStream);
    case S::Testing:
        return target == S::Live || (target == S::Complete && completeFromTesting);
    case S::Live:
        return target == S::Complete;
    default:
        return false;
    }
}

bool BroadcastLifeCycle::needsActiveStream(LifeCycleStatus target)
{
    return target == S::Testing || target == S::Live;
}

LifeCycleStatus BroadcastLifeCycle::startingState(LifeCycleStatus target)
{
    return target == S::Testing ? S::TestStarting : S::LiveStarting;
}

} // namespace onair::sandbox
