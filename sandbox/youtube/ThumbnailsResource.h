#pragma once

#include "kernel/HttpReply.h"
#include "kernel/ResumableUpload.h"
#include "youtube/ApiCall.h"

namespace onair::sandbox {

class BroadcastStore;
class YouTubeService;

// thumbnails.set: a simple upload (uploadType=media), multipart/related, or a resumable session
// through the shared ResumableUpload; and the uploaded images under /vi/{id}/{size}.jpg.
class ThumbnailsResource
{
public:
    explicit ThumbnailsResource(BroadcastStore *store);

    void registerMethods(YouTubeService &service);
    // GET /vi/{videoId}/{size}.jpg
    HttpReply image(const QString &path) const;
    void reset() { m_uploads.clear(); }

private:
    HttpReply set(const ApiCall &call);
    HttpReply startSession(const QString &videoId, const ApiCall &call);
    HttpReply upload(const ApiCall &call); // PUT to a resumable session
    HttpReply store(const QString &videoId, const QByteArray &image, const ApiCall &call);

    BroadcastStore *m_store;
    ResumableUpload m_uploads;
};

} // namespace onair::sandbox
