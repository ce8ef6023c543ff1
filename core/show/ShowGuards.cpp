#include "show/ShowGuards.h"

namespace onair {

StreamStatus ShowGuards::boundStreamStatus(const std::optional<LiveBroadcast> &broadcast,
                                           const std::optional<LiveStream> &stream)
{
    // A stream bound on YouTube but not read yet counts as not receiving data.
    return broadcast && stream && stream->id == broadcast->contentDetails.boundStreamId
               ? stream->status.streamStatus
               : StreamStatus::Unknown;
}

TransitionCheck ShowGuards::check(const std::optional<LiveBroadcast> &broadcast,
                                  const std::optional<LiveStream> &stream, bool pending,
                                  Intent intent, TransitionBlock beforeShow)
{
    if (!broadcast)
        return {TransitionBlock::NoStreamBound};
    if (pending)
        return {TransitionBlock::InProgress};
    const TransitionCheck c = lifecycle::checkTransition(
        broadcast->status.lifeCycleStatus, intent, boundStreamStatus(broadcast, stream),
        broadcast->contentDetails.monitorStream.enableMonitorStream);
    if (c.allowed() && intent != Intent::End)
        return {beforeShow};
    return c;
}

QString ShowGuards::explain(TransitionBlock block)
{
    switch (block) {
    case TransitionBlock::None:
        return {};
    case TransitionBlock::NoStreamBound:
        return tr("No stream is bound yet: create or pick a stream and bind it.");
    case TransitionBlock::StreamNotActive:
        return tr("The stream is not receiving data: start the encoder and wait for "
                  "\"active\".");
    case TransitionBlock::MonitorStreamDisabled:
        return tr("Testing needs the monitor stream, which is off for this broadcast.");
    case TransitionBlock::InProgress:
        return tr("A transition is already under way: wait for it to finish.");
    case TransitionBlock::AlreadyThere:
        return tr("The broadcast is already in that state.");
    case TransitionBlock::NotFromThisState:
        return tr("YouTube does not allow that step from the current state.");
    case TransitionBlock::Finished:
        return tr("The broadcast has ended: it cannot be tested or go live again.");
    case TransitionBlock::RightsPending:
        return tr("The Content ID claim is not finished yet: wait for it (see the show rail).");
    case TransitionBlock::RightsFailed:
        return tr("The Content ID claim failed: retry it or go on without a claim.");
    }
    return {};
}

bool ShowGuards::canChangeAutoStart(const std::optional<LiveBroadcast> &broadcast,
                                    const std::optional<LiveStream> &stream)
{
    return broadcast && lifecycle::canChangeAutoStart(broadcast->status.lifeCycleStatus,
                                                      boundStreamStatus(broadcast, stream));
}

bool ShowGuards::canChangeAutoStop(const std::optional<LiveBroadcast> &broadcast)
{
    return broadcast && lifecycle::canChangeAutoStop(broadcast->status.lifeCycleStatus);
}

QString ShowGuards::autoStartStopBlock(const std::optional<LiveBroadcast> &broadcast,
                                       const std::optional<LiveStream> &stream, bool autoStart,
                                       bool autoStop)
{
    if (!broadcast)
        return explain(TransitionBlock::NoStreamBound);
    const auto &details = broadcast->contentDetails;
    const bool startChanges = autoStart != details.enableAutoStart;
    const bool stopChanges = autoStop != details.enableAutoStop;
    if ((startChanges || stopChanges) && !canChangeAutoStop(broadcast))
        return tr("Auto start and auto stop can change only before the show starts (created or "
                  "ready). With a test phase, leave them off and go live and end by hand.");
    if (startChanges && !canChangeAutoStart(broadcast, stream))
        return tr("Auto start can change only while the stream is not receiving data: switch it "
                  "before the encoder starts, or go live by hand.");
    return {};
}

} // namespace onair
