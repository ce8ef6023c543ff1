#pragma once

#include "kernel/BodyReceiver.h"
#include "kernel/HttpReply.h"
#include "kernel/ResumableUpload.h"
#include "youtube/ApiCall.h"
#include "youtube/UploadedVideo.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <memory>

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// videos.insert: an upload that creates a video. A resumable session (its start carries the
// metadata, the PUTs the bytes, through the shared ResumableUpload) or one multipart/related
// request (metadata and bytes together). The video is "uploaded" with its last byte, then
// processed after the store's processingSeconds (or failed/rejected, as a fault says).
class VideoUploadsResource
{
public:
    explicit VideoUploadsResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);
    // Where a processing outcome fault comes from: {"failed"|"rejected", reason}, or empty.
    void setOutcomeSource(std::function<QPair<QString, QString>()> source)
    {
        m_outcomes = std::move(source);
    }
    ResumableUpload &sessions() { return m_uploads; }
    // The sessions and what they hold, for /_sandbox/youtube/uploads.
    QJsonArray report();
    void reset();

private:
    // What a session start (or a multipart request) said about the video to create.
    struct Pending
    {
        UploadedVideo video;
        QStringList parts;
        QString fileName;
    };

    HttpReply insert(const ApiCall &call);
    // A PUT to a resumable session: its body goes to the session as it arrives.
    std::unique_ptr<BodyReceiver> upload(const ApiCall &call);
    HttpReply replyFor(const ResumableUpload::Step &step, const ApiCall &call);
    // The metadata of an insert; an error reply when it is not acceptable.
    std::optional<HttpReply> readMetadata(const ApiCall &call, const QByteArray &metadata,
                                          Pending *pending) const;
    HttpReply create(const Pending &pending, qint64 size, const QByteArray &sha256,
                     const ApiCall &call);

    BroadcastStore *m_store;
    ResumableUpload m_uploads;
    QHash<QString, Pending> m_pending; // upload id → what to create
    std::function<QPair<QString, QString>()> m_outcomes;
};

} // namespace onair::sandbox
