#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "show/Lifecycle.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace onair {

// The guards of the show that need the broadcast and its bound stream as last read, and the
// sentences that say why an action is not possible now.
class ShowGuards
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastSession)

public:
    // The bound stream's status as last read; Unknown when it was not read yet.
    static StreamStatus boundStreamStatus(const std::optional<LiveBroadcast> &broadcast,
                                          const std::optional<LiveStream> &stream);
    // `beforeShow`: what a follower that must be done before the show (the Content ID claim)
    // says now; it refuses testing and going live that the lifecycle would allow.
    static TransitionCheck check(const std::optional<LiveBroadcast> &broadcast,
                                 const std::optional<LiveStream> &stream, bool pending,
                                 Intent intent, TransitionBlock beforeShow = TransitionBlock::None);
    static QString explain(TransitionBlock block);
    static bool canChangeAutoStart(const std::optional<LiveBroadcast> &broadcast,
                                   const std::optional<LiveStream> &stream);
    static bool canChangeAutoStop(const std::optional<LiveBroadcast> &broadcast);
    // Empty when the change may be sent (reference §2.1); an unchanged value always may.
    static QString autoStartStopBlock(const std::optional<LiveBroadcast> &broadcast,
                                      const std::optional<LiveStream> &stream, bool autoStart,
                                      bool autoStop);
};

} // namespace onair
