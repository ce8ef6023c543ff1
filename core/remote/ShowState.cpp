#include "remote/ShowState.h"

#include "cuepoint/BreakController.h"
#include "show/BroadcastSession.h"

namespace onair {

ShowState ShowState::read(const BroadcastSession *session, const BreakController *breaks)
{
    ShowState s;
    if (!session)
        return s;
    const auto &broadcast = session->broadcast();
    if (broadcast) {
        s.broadcastId = broadcast->id;
        s.title = broadcast->snippet.title;
        s.lifeCycle = session->lifeCycle();
        s.streamStatus = session->streamStatus();
        if (session->stream() && session->stream()->id == broadcast->contentDetails.boundStreamId)
            s.health = session->stream()->status.healthStatus.status;
        if (broadcast->snippet.actualStartTime.isValid())
            s.liveStartMs = broadcast->snippet.actualStartTime.toMSecsSinceEpoch();
    }
    s.tally = tallyOf(broadcast ? std::optional(s.lifeCycle) : std::nullopt, s.streamStatus);
    if (const auto pending = session->pendingTransition())
        s.pendingTransition = lifecycle::transitionTarget(*pending);
    s.stuck = session->isStuck();
    if (session->monitorStart().isValid())
        s.monitorStartMs = session->monitorStart().toMSecsSinceEpoch();
    if (breaks) {
        s.whyNoBreak = breaks->whyNotNow();
        s.delayMs = breaks->delayMs();
        const CuepointWindow w = breaks->window();
        if (!w.isEmpty()) {
            s.windowEarliestMs = w.earliestMs;
            s.windowLatestMs = w.latestMs;
        }
        s.breakEndsAtMs = breaks->trigger().breakEndsAtMs();
    }
    return s;
}

QJsonObject ShowState::toJson(qint64 nowMs) const
{
    QJsonObject o{
        {QStringLiteral("tally"), tallyName(tally)},
        {QStringLiteral("broadcastId"), broadcastId},
        {QStringLiteral("title"), title},
        {QStringLiteral("lifeCycleStatus"),
         broadcastId.isEmpty() ? QString() : lifecycle::toString(lifeCycle)},
        {QStringLiteral("streamStatus"),
         streamStatus == StreamStatus::Unknown ? QString() : lifecycle::toString(streamStatus)},
        {QStringLiteral("health"), health},
        {QStringLiteral("pendingTransition"), pendingTransition},
        {QStringLiteral("stuck"), stuck},
        {QStringLiteral("liveClockMs"), liveStartMs ? nowMs - liveStartMs : QJsonValue()},
        {QStringLiteral("monitorClockMs"), monitorStartMs ? nowMs - monitorStartMs : QJsonValue()},
        {QStringLiteral("delayMs"), delayMs},
        {QStringLiteral("breakAllowed"), whyNoBreak.isEmpty()},
        {QStringLiteral("whyNoBreak"), whyNoBreak},
        {QStringLiteral("breakRunning"), breakRunningAt(nowMs)},
        {QStringLiteral("breakEndsAtMs"), breakEndsAtMs ? QJsonValue(breakEndsAtMs) : QJsonValue()},
    };
    if (windowEarliestMs && windowLatestMs)
        o.insert(QStringLiteral("offsetWindow"),
                 QJsonObject{{QStringLiteral("earliestMs"), *windowEarliestMs},
                             {QStringLiteral("latestMs"), *windowLatestMs}});
    else
        o.insert(QStringLiteral("offsetWindow"), QJsonValue());
    return o;
}

bool ShowState::sameAs(const ShowState &other) const
{
    return broadcastId == other.broadcastId && title == other.title &&
           lifeCycle == other.lifeCycle && streamStatus == other.streamStatus &&
           health == other.health && tally == other.tally &&
           pendingTransition == other.pendingTransition && stuck == other.stuck &&
           liveStartMs == other.liveStartMs && monitorStartMs == other.monitorStartMs &&
           whyNoBreak == other.whyNoBreak && delayMs == other.delayMs &&
           windowEarliestMs.has_value() == other.windowEarliestMs.has_value() &&
           breakEndsAtMs == other.breakEndsAtMs;
}

} // namespace onair
