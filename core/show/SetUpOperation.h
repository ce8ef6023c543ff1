#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "google/youtube/model/Video.h"
#include "net/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace onair {

class ShowContext;

// Stage 1 of a show and the edits around it: the broadcast with its video's category, tags
// and thumbnail, a stream created and bound, a stream replaced, auto start/stop, the title.
// Every call logs its outcome and hands its result to the caller's completion; the show
// applies it.
class SetUpOperation : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    // What follows the insert (videos.update for category and tags, thumbnails.set).
    struct Extras
    {
        QString categoryId;
        QStringList tags;
        QByteArray thumbnail;
        QString thumbnailMimeType;
    };

    explicit SetUpOperation(ShowContext *context, QObject *parent = nullptr);

    static QString autoStartStopAction();

    // Inserts the broadcast and reports it; the extras follow (each logged on its own).
    void create(const LiveBroadcast &draft, const Extras &extras, Done<LiveBroadcast> done);
    void open(const QString &broadcastId, Done<LiveBroadcast> done);
    // An empty `streamId` unbinds.
    void bind(const QString &broadcastId, const QString &streamId, const QString &action,
              Done<LiveBroadcast> done);
    void createStream(const LiveStream &draft, Done<LiveStream> done);
    // Step 3.5's first half: unbinds `oldStreamId` (reported by `unbound`), then deletes it
    // (a failure is logged: a reusable stream may stay) and calls `deleted`.
    void unbindAndDelete(const QString &broadcastId, const QString &oldStreamId,
                         Done<LiveBroadcast> unbound, std::function<void()> deleted);
    void setAutoStartStop(const LiveBroadcast &broadcast, bool autoStart, bool autoStop,
                          Done<LiveBroadcast> done);
    // videos.update replaces whole parts: reads the video, changes it, sends it back.
    void editVideo(const QString &id, const QString &title, const QString &description,
                   const QString &privacyStatus, Done<Video> done);

private:
    void setCategoryAndTags(const QString &id, const QString &categoryId, const QStringList &tags);
    void setThumbnail(const QString &id, const QByteArray &image, const QString &mimeType);

    ShowContext *m_context;
};

} // namespace onair
