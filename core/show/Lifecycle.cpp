#include "show/Lifecycle.h"

#include <array>
#include <utility>

namespace onair::lifecycle {

namespace {

constexpr std::array<std::pair<LifeCycleStatus, const char *>, 9> kLifeCycleNames{{
    {LifeCycleStatus::Unspecified, "lifeCycleStatusUnspecified"},
    {LifeCycleStatus::Created, "created"},
    {LifeCycleStatus::Ready, "ready"},
    {LifeCycleStatus::TestStarting, "testStarting"},
    {LifeCycleStatus::Testing, "testing"},
    {LifeCycleStatus::LiveStarting, "liveStarting"},
    {LifeCycleStatus::Live, "live"},
    {LifeCycleStatus::Complete, "complete"},
    {LifeCycleStatus::Revoked, "revoked"},
}};

constexpr std::array<std::pair<StreamStatus, const char *>, 5> kStreamNames{{
    {StreamStatus::Created, "created"},
    {StreamStatus::Ready, "ready"},
    {StreamStatus::Active, "active"},
    {StreamStatus::Inactive, "inactive"},
    {StreamStatus::Error, "error"},
}};

} // namespace

LifeCycleStatus parseLifeCycleStatus(QStringView s)
{
    for (const auto &[value, name] : kLifeCycleNames) {
        if (s == QLatin1String(name))
            return value;
    }
    return LifeCycleStatus::Unspecified;
}

QString toString(LifeCycleStatus status)
{
    for (const auto &[value, name] : kLifeCycleNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

StreamStatus parseStreamStatus(QStringView s)
{
    for (const auto &[value, name] : kStreamNames) {
        if (s == QLatin1String(name))
            return value;
    }
    return StreamStatus::Unknown;
}

QString toString(StreamStatus status)
{
    for (const auto &[value, name] : kStreamNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

QString transitionTarget(Intent intent)
{
    switch (intent) {
    case Intent::StartTest:
        return QStringLiteral("testing");
    case Intent::GoLive:
        return QStringLiteral("live");
    case Intent::End:
        return QStringLiteral("complete");
    }
    return {};
}

LifeCycleStatus settledState(Intent intent)
{
    switch (intent) {
    case Intent::StartTest:
        return LifeCycleStatus::Testing;
    case Intent::GoLive:
        return LifeCycleStatus::Live;
    case Intent::End:
        return LifeCycleStatus::Complete;
    }
    return LifeCycleStatus::Unspecified;
}

LifeCycleStatus startingState(Intent intent)
{
    switch (intent) {
    case Intent::StartTest:
        return LifeCycleStatus::TestStarting;
    case Intent::GoLive:
        return LifeCycleStatus::LiveStarting;
    case Intent::End:
        return LifeCycleStatus::Complete;
    }
    return LifeCycleStatus::Unspecified;
}

TransitionCheck checkTransition(LifeCycleStatus current, Intent intent, StreamStatus boundStream,
                                bool monitorStreamEnabled)
{
    using S = LifeCycleStatus;
    const auto block = [](TransitionBlock b) { return TransitionCheck{b}; };

    if (isTerminal(current))
        return block(current == settledState(intent) ? TransitionBlock::AlreadyThere
                                                     : TransitionBlock::Finished);
    if (current == settledState(intent))
        return block(TransitionBlock::AlreadyThere);
    if (current == startingState(intent))
        return block(TransitionBlock::InProgress);

    bool moveAllowed = false;
    switch (intent) {
    case Intent::StartTest:
        moveAllowed = current == S::Ready;
        break;
    case Intent::GoLive:
        moveAllowed = current == S::Ready || current == S::Testing;
        break;
    case Intent::End:
        // Ending from testing is "end without going live"; from live it is the normal end.
        moveAllowed = current == S::Testing || current == S::Live;
        break;
    }
    if (!moveAllowed) {
        if (current == S::Created && intent != Intent::End)
            return block(TransitionBlock::NoStreamBound);
        return block(TransitionBlock::NotFromThisState);
    }
    if (intent == Intent::StartTest && !monitorStreamEnabled)
        return block(TransitionBlock::MonitorStreamDisabled);
    // Ending does not need an active stream; testing and going live do.
    if (intent != Intent::End && boundStream != StreamStatus::Active)
        return block(TransitionBlock::StreamNotActive);
    return {};
}

bool isTransient(LifeCycleStatus status)
{
    return status == LifeCycleStatus::TestStarting || status == LifeCycleStatus::LiveStarting;
}

bool isTerminal(LifeCycleStatus status)
{
    return status == LifeCycleStatus::Complete || status == LifeCycleStatus::Revoked;
}

bool canChangeContentDetails(LifeCycleStatus status)
{
    return status == LifeCycleStatus::Created || status == LifeCycleStatus::Ready;
}

bool canChangeSchedule(LifeCycleStatus status)
{
    return status == LifeCycleStatus::Created || status == LifeCycleStatus::Ready ||
           status == LifeCycleStatus::Testing;
}

bool canChangeAutoStart(LifeCycleStatus status, StreamStatus boundStream)
{
    return canChangeAutoStop(status) && boundStream != StreamStatus::Active;
}

bool canChangeAutoStop(LifeCycleStatus status)
{
    return status == LifeCycleStatus::Created || status == LifeCycleStatus::Ready;
}

bool canBind(LifeCycleStatus status)
{
    return status == LifeCycleStatus::Created || status == LifeCycleStatus::Ready ||
           status == LifeCycleStatus::Testing;
}

} // namespace onair::lifecycle
