#include "ReattachReport.h"

#include "cuepoint/BreakController.h"
#include "cuepoint/CuepointLog.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"

#include <QDateTime>

#include <cstdio>

namespace onair {

void ReattachReport::print(const BroadcastSession &session, const BreakController &breaks,
                           qint64 processStartMs)
{
    if (!session.broadcast())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const LiveBroadcast &b = *session.broadcast();
    const qint64 live =
        b.snippet.actualStartTime.isValid() ? b.snippet.actualStartTime.msecsTo(now) : -1;
    const qint64 monitor =
        session.monitorStart().isValid() ? session.monitorStart().msecsTo(now) : -1;
    const qint64 since = processStartMs > 0 ? now.toMSecsSinceEpoch() - processStartMs : -1;
    const auto epochMs = [](const QDateTime &t) {
        return static_cast<long long>(t.isValid() ? t.toMSecsSinceEpoch() : -1);
    };
    std::fprintf(stderr,
                 "onair: reattached broadcast=%s lifecycle=%s liveElapsedMs=%lld "
                 "monitorElapsedMs=%lld sinceStartMs=%lld liveStartMs=%lld "
                 "monitorStartMs=%lld events=%d cuepoints=%d\n",
                 qPrintable(b.id), qPrintable(lifecycle::toString(b.status.lifeCycleStatus)),
                 static_cast<long long>(live), static_cast<long long>(monitor),
                 static_cast<long long>(since), epochMs(b.snippet.actualStartTime),
                 epochMs(session.monitorStart()), int(session.eventLog()->entries().size()),
                 breaks.log()->size());
    std::fflush(stderr);
}

} // namespace onair
