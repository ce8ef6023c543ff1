#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace onair {

// Something that happened to a show, as ShowEvents publishes it: once per broadcast and kind.
struct ShowEvent
{
    enum class Kind
    {
        Created,            // the broadcast was inserted by this show (set-up or recovery)
        StreamBound,        // a stream was first bound to it
        TestingReached,     // testing was first read
        LiveReached,        // live was first read
        Completed,          // complete was first read
        RecordingProcessed, // after complete, the video reads uploadStatus "processed"
    };

    Kind kind = Kind::Created;
    QString broadcastId;
    QString videoId;  // the broadcast is a video with the same id
    QString streamId; // the bound stream, when there is one
    QDateTime at;     // UTC: when it happened (actual start/end when YouTube gives them)

    static QString name(Kind kind);
    static std::optional<Kind> fromName(QStringView name);
};

} // namespace onair
