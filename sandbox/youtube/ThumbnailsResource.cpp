#include "youtube/ThumbnailsResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastStore.h"
#include "youtube/MultipartRelated.h"
#include "youtube/YouTubeService.h"

#include <QJsonArray>

namespace onair::sandbox {

namespace {

constexpr qint64 kMaxBytes = 52428800; // 50 MiB

ErrorEnvelope tooLarge()
{
    return ErrorEnvelope::live(413, QStringLiteral("uploadTooLarge"),
                               QStringLiteral("Media larger than 52428800 bytes"),
                               QStringLiteral("global"));
}

} // namespace

ThumbnailsResource::ThumbnailsResource(BroadcastStore *store)
    : m_store(store)
{}

void ThumbnailsResource::registerMethods(YouTubeService &service)
{
    const auto set = [this](const ApiCall &call) { return this->set(call); };
    const auto upload = [this](const ApiCall &call) { return this->upload(call); };
    for (const QString &path : {QStringLiteral("/upload/youtube/v3/thumbnails/set"),
                                QStringLiteral("/resumable/upload/youtube/v3/thumbnails/set")}) {
        service.addMethod(QStringLiteral("POST"), path, QStringLiteral("thumbnails.set"), set);
        // The bytes of a resumable session are not charged again (the session start was).
        service.addMethod(QStringLiteral("PUT"), path, QStringLiteral("thumbnails.set"), upload,
                          false, false);
    }
}

HttpReply ThumbnailsResource::set(const ApiCall &call)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(
            {QStringLiteral("videoId"), QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    const QString videoId = params.value(QStringLiteral("videoId"));
    if (videoId.isEmpty())
        return ErrorEnvelope::required(QStringLiteral("videoId")).toReply();
    const QString uploadType = params.value(QStringLiteral("uploadType"));
    if (uploadType == QLatin1String("resumable") ||
        call.path.startsWith(QLatin1String("/resumable/")))
        return startSession(videoId, call);
    if (uploadType == QLatin1String("multipart")) {
        const auto multipart = MultipartRelated::parse(call.contentType, call.body);
        return store(videoId, multipart ? multipart->media : QByteArray(), call);
    }
    return store(videoId, call.body, call);
}

HttpReply ThumbnailsResource::startSession(const QString &videoId, const ApiCall &call)
{
    // 200, empty body, the session URI in Location.
    const Broadcast *b = m_store->video(videoId);
    if (!b || b->channelId != call.channelId)
        return videoNotFound().toReply();
    const QByteArray declared = call.header("X-Upload-Content-Length");
    const qint64 total = declared.isEmpty() ? -1 : declared.toLongLong();
    if (total > kMaxBytes)
        return tooLarge().toReply();
    const QString uploadId = m_uploads.start(call.channelId, videoId, total);
    HttpReply reply;
    reply.headers.append(
        {QByteArrayLiteral("Location"),
         (m_store->origin() + call.path + QStringLiteral("?uploadType=resumable&videoId=") +
          videoId + QStringLiteral("&upload_id=") + uploadId)
             .toUtf8()});
    reply.headers.append({QByteArrayLiteral("X-GUploader-UploadID"), uploadId.toUtf8()});
    return reply;
}

HttpReply ThumbnailsResource::upload(const ApiCall &call)
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown({QStringLiteral("videoId"), QStringLiteral("upload_id"),
                                    QStringLiteral("onBehalfOfContentOwner")}))
        return e->toReply();
    const ResumableUpload::Step step = m_uploads.put(
        params.value(QStringLiteral("upload_id")), call.channelId, call.header("Content-Range"),
        call.body, [&](const ResumableUpload::Session &session) {
            if (session.received > kMaxBytes)
                return tooLarge().toReply();
            return store(session.target, session.readAll(), call);
        });
    switch (step.outcome) {
    case ResumableUpload::Outcome::UnknownSession:
        return ErrorEnvelope::notFound(call.path).toReply(); // an unknown or expired session
    case ResumableUpload::Outcome::BadContentRange:
        return ErrorEnvelope{400,
                             QStringLiteral("global"),
                             QStringLiteral("badRequest"),
                             QStringLiteral("Invalid Content-Range header"),
                             {},
                             {},
                             {}}
            .toReply();
    case ResumableUpload::Outcome::Incomplete:
    case ResumableUpload::Outcome::Complete:
        break;
    }
    return step.reply;
}

HttpReply ThumbnailsResource::store(const QString &videoId, const QByteArray &image,
                                    const ApiCall &call)
{
    if (image.isEmpty())
        return ErrorEnvelope::live(400, QStringLiteral("mediaBodyRequired"),
                                   QStringLiteral("The request does not include the image "
                                                  "content."),
                                   kThumbnailDomain)
            .toReply();
    if (image.size() > kMaxBytes)
        return tooLarge().toReply();
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    if (!png && !jpeg)
        return ErrorEnvelope::live(400, QStringLiteral("invalidImage"),
                                   QStringLiteral("The provided image content is invalid."),
                                   kThumbnailDomain)
            .toReply();
    const Broadcast *b = m_store->video(videoId);
    if (!b || b->channelId != call.channelId)
        return videoNotFound().toReply();
    m_store->setThumbnail(videoId, image,
                          png ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg"));
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("youtube#thumbnailSetResponse")},
                    {QStringLiteral("items"), QJsonArray{m_store->thumbnailDetails(videoId)}}};
    out.insert(QStringLiteral("etag"), BroadcastStore::etagOf(out));
    return json(out, call);
}

HttpReply ThumbnailsResource::image(const QString &path) const
{
    const QStringList pieces = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // vi, id, file
    const auto image = pieces.size() == 3 ? m_store->thumbnail(pieces.at(1)) : std::nullopt;
    if (!image)
        return ErrorEnvelope::notFound(path).toReply();
    HttpReply reply;
    reply.contentType = image->second;
    reply.body = image->first;
    return reply;
}

} // namespace onair::sandbox
