#include "show/Tally.h"

namespace onair {

Tally tallyOf(std::optional<LifeCycleStatus> lifeCycle, StreamStatus stream)
{
    if (!lifeCycle)
        return Tally::OffAir;
    switch (*lifeCycle) {
    case LifeCycleStatus::Ready:
        return stream == StreamStatus::Active ? Tally::Ready : Tally::NoSignal;
    case LifeCycleStatus::TestStarting:
    case LifeCycleStatus::Testing:
        return Tally::Testing;
    case LifeCycleStatus::LiveStarting:
    case LifeCycleStatus::Live:
        return Tally::Live;
    case LifeCycleStatus::Complete:
    case LifeCycleStatus::Revoked:
        return Tally::Ended;
    case LifeCycleStatus::Unspecified:
    case LifeCycleStatus::Created:
        break;
    }
    return Tally::OffAir;
}

QString tallyName(Tally tally)
{
    switch (tally) {
    case Tally::OffAir:
        break;
    case Tally::NoSignal:
        return QStringLiteral("noSignal");
    case Tally::Ready:
        return QStringLiteral("ready");
    case Tally::Testing:
        return QStringLiteral("testing");
    case Tally::Live:
        return QStringLiteral("live");
    case Tally::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("offAir");
}

} // namespace onair
