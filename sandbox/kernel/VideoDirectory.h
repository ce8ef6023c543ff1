#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace onair::sandbox {

// What one service may read about a video another service keeps (Content ID asks about the
// YouTube service's broadcasts): read-only facts, no access to the store itself.
struct VideoFacts
{
    QString id;
    QString channelId;
    QString lifeCycleStatus; // "created", "ready", "testing", "live", "complete", …
    bool recordFromStart = false;
    bool processed = false;   // the recording is processed (videos.list uploadStatus=processed)
    QDateTime completedAt;    // when the broadcast completed; invalid before
    double lengthSeconds = 0; // the recording's length, once complete
    QByteArray thumbnail;     // the uploaded thumbnail image; empty: YouTube's own frame
    QByteArray thumbnailType; // its MIME type
};

// The kernel hands a service's directory to the others (SandboxKernel::videoDirectory()).
class VideoDirectory
{
public:
    virtual ~VideoDirectory() = default;
    virtual std::optional<VideoFacts> video(const QString &id) const = 0;
};

} // namespace onair::sandbox
