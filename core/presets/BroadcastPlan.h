#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair {

struct BroadcastPreset;

// What "create a broadcast from this preset" sends, in order: liveBroadcasts.insert with
// `broadcast` (broadcastParts()), then either liveStreams.insert with `newStream`
// (streamParts()) or the existing `reuseStreamId`, then bind; then videos.update with
// `categoryId` and `tags` (video fields YouTube does not take on the broadcast) and
// thumbnails.set with `thumbnailPath` when those are set.
struct BroadcastPlan
{
    LiveBroadcast broadcast;
    std::optional<LiveStream> newStream; // unset when the preset reuses a stream
    QString reuseStreamId;
    QString categoryId;
    QStringList tags;
    QString thumbnailPath;
    int number = 0; // the {n} used; the preset's counter moves on once the insert succeeded

    QStringList unknownPlaceholders; // left as written in the title, description or stream title
    QStringList problems; // what YouTube would refuse (title too long, …): fix before sending

    bool isSendable() const { return problems.isEmpty(); }

    static QStringList broadcastParts();
    static QStringList streamParts();

    // Pure: the same preset, time and number always give the same plan. The scheduled start
    // follows the preset's start mode in `now`'s time zone; times in the plan are UTC.
    static BroadcastPlan fromPreset(const BroadcastPreset &preset, const QDateTime &now, int number,
                                    const QLocale &locale = QLocale());
};

} // namespace onair
