#include "youtube/VideoUploadsResource.h"

#include "google/ApiParams.h"
#include "youtube/ApiReplies.h"
#include "youtube/BroadcastStore.h"
#include "youtube/MultipartRelated.h"
#include "youtube/RequestSchema.h"
#include "youtube/VideoRules.h"
#include "youtube/YouTubeService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace onair::sandbox {

namespace {

constexpr qint64 kMaxBytes = 274877906944; // the discovery's mediaUpload.maxSize (256 GiB)
const QString kInsert = QStringLiteral("videos.insert");

const QStringList &videoParts()
{
    static const QStringList parts{QStringLiteral("id"),
                                   QStringLiteral("snippet"),
                                   QStringLiteral("contentDetails"),
                                   QStringLiteral("fileDetails"),
                                   QStringLiteral("liveStreamingDetails"),
                                   QStringLiteral("player"),
                                   QStringLiteral("processingDetails"),
                                   QStringLiteral("recordingDetails"),
                                   QStringLiteral("statistics"),
                                   QStringLiteral("status"),
                                   QStringLiteral("suggestions"),
                                   QStringLiteral("topicDetails"),
                                   QStringLiteral("localizations"),
                                   QStringLiteral("paidProductPlacementDetails")};
    return parts;
}

const QStringList &insertParameters()
{
    static const QStringList names{QStringLiteral("part"),
                                   QStringLiteral("notifySubscribers"),
                                   QStringLiteral("autoLevels"),
                                   QStringLiteral("stabilize"),
                                   QStringLiteral("onBehalfOfContentOwner"),
                                   QStringLiteral("onBehalfOfContentOwnerChannel")};
    return names;
}

ErrorEnvelope tooLarge()
{
    return ErrorEnvelope::live(413, QStringLiteral("uploadTooLarge"),
                               QStringLiteral("Media larger than 274877906944 bytes"),
                               QStringLiteral("global"));
}

// The media types the discovery accepts: video/* and application/octet-stream.
std::optional<ErrorEnvelope> checkMediaType(const QByteArray &type)
{
    const QByteArray lower = type.split(';').value(0).trimmed().toLower();
    if (lower.isEmpty() || lower.startsWith("video/") || lower == "application/octet-stream")
        return std::nullopt;
    return ErrorEnvelope::live(400, QStringLiteral("badContent"),
                               QStringLiteral("Media type '") + QString::fromLatin1(lower) +
                                   QStringLiteral("' is not supported. Valid media types: "
                                                  "[video/*, application/octet-stream]"),
                               QStringLiteral("global"));
}

} // namespace

VideoUploadsResource::VideoUploadsResource(BroadcastStore *store)
    : m_store(store)
{}

void VideoUploadsResource::registerMethods(YouTubeService &service)
{
    const auto insert = [this](const ApiCall &call) { return this->insert(call); };
    const auto upload = [this](const ApiCall &call) { return this->upload(call); };
    for (const QString &path : {QStringLiteral("/upload/youtube/v3/videos"),
                                QStringLiteral("/resumable/upload/youtube/v3/videos")}) {
        service.addMethod(QStringLiteral("POST"), path, kInsert, insert);
        // The bytes of a session: logged as videos.insert, not charged again (the start was),
        // faults keyed youtube:videos.upload so that they can aim at the bytes only.
        service.addUploadMethod(QStringLiteral("PUT"), path, kInsert,
                                QStringLiteral("videos.upload"), upload);
    }
}

std::optional<HttpReply> VideoUploadsResource::readMetadata(const ApiCall &call,
                                                            const QByteArray &metadata,
                                                            Pending *pending) const
{
    const ApiParams params(call.params);
    if (auto e = params.checkKnown(insertParameters()))
        return e->toReply();
    if (auto e = params.parts(videoParts(), true, &pending->parts))
        return e->toReply();
    bool notify = true;
    if (auto e = params.boolean(QStringLiteral("notifySubscribers"), &notify))
        return e->toReply();
    ApiCall bodyCall = call;
    bodyCall.body = metadata;
    QJsonObject body;
    if (!metadata.trimmed().isEmpty()) {
        if (auto e = parseBody(bodyCall, RequestSchema::video(), &body))
            return e->toReply();
    }
    // Only the parts named in `part` are read from the body.
    UploadedVideo &video = pending->video;
    video.video.channelId = call.channelId;
    video.video.privacyStatus = QStringLiteral("public");
    video.video.categoryId = QStringLiteral("22");
    const QJsonObject snippet = pending->parts.contains(QLatin1String("snippet"))
                                    ? body.value(QStringLiteral("snippet")).toObject()
                                    : QJsonObject();
    if (auto e = VideoRules::applySnippet(snippet, false, &video.video))
        return e->toReply();
    if (pending->parts.contains(QLatin1String("status"))) {
        const QJsonObject status = body.value(QStringLiteral("status")).toObject();
        if (auto e = VideoRules::applyStatus(status, &video.video))
            return e->toReply();
        if (auto e = VideoRules::applyPublishAt(status, QDateTime::currentDateTimeUtc(), &video))
            return e->toReply();
    }
    if (pending->parts.contains(QLatin1String("recordingDetails"))) {
        if (auto e = VideoRules::applyRecordingDetails(
                body.value(QStringLiteral("recordingDetails")).toObject(), &video))
            return e->toReply();
    }
    return std::nullopt;
}

HttpReply VideoUploadsResource::insert(const ApiCall &call)
{
    const ApiParams params(call.params);
    const QString uploadType = params.value(QStringLiteral("uploadType"));
    const bool resumable = uploadType == QLatin1String("resumable") ||
                           call.path.startsWith(QLatin1String("/resumable/"));
    Pending pending;
    if (resumable) {
        // 1. The session start: the metadata in the body, the file's size and type in headers.
        if (auto error = readMetadata(call, call.body, &pending))
            return *error;
        const QByteArray declared = call.header("X-Upload-Content-Length");
        bool sized = false;
        const qint64 total = declared.toLongLong(&sized);
        if (!declared.isEmpty() && (!sized || total < 0))
            return ErrorEnvelope::invalidParameter(
                       QStringLiteral("X-Upload-Content-Length"),
                       QStringLiteral("Invalid X-Upload-Content-Length header"))
                .toReply();
        if (total > kMaxBytes)
            return tooLarge().toReply();
        if (auto e = checkMediaType(call.header("X-Upload-Content-Type")))
            return e->toReply();
        pending.fileName = QString::fromUtf8(call.header("Slug"));
        const QString uploadId = m_uploads.start(call.channelId, QString(), sized ? total : -1);
        if (uploadId.isEmpty())
            return ErrorEnvelope::backendError(503).toReply(); // no room for a temporary file
        // What expired sessions were to create goes with them.
        QSet<QString> live;
        for (const ResumableUpload::Session &s : m_uploads.sessions())
            live.insert(s.id);
        for (auto it = m_pending.begin(); it != m_pending.end();)
            it = live.contains(it.key()) ? std::next(it) : m_pending.erase(it);
        m_pending.insert(uploadId, pending);
        // 2. 200, empty body, the session URI (the upload URL with upload_id) in Location.
        HttpReply reply;
        reply.headers.append(
            {QByteArrayLiteral("Location"),
             (m_store->origin() + call.path + QStringLiteral("?uploadType=resumable&part=") +
              pending.parts.join(QLatin1Char(',')) + QStringLiteral("&upload_id=") + uploadId)
                 .toUtf8()});
        reply.headers.append({QByteArrayLiteral("X-GUploader-UploadID"), uploadId.toUtf8()});
        return reply;
    }
    if (uploadType == QLatin1String("multipart")) {
        const auto multipart = MultipartRelated::parse(call.contentType, call.body);
        if (!multipart)
            return ErrorEnvelope::live(400, QStringLiteral("mediaBodyRequired"),
                                       QStringLiteral("The request does not include the video "
                                                      "content."),
                                       kVideoDomain)
                .toReply();
        if (auto error = readMetadata(call, multipart->metadata, &pending))
            return *error;
        if (auto e = checkMediaType(multipart->mediaType))
            return e->toReply();
        pending.fileName = QString::fromUtf8(multipart->mediaFileName);
        return create(pending, multipart->media.size(),
                      QCryptographicHash::hash(multipart->media, QCryptographicHash::Sha256), call);
    }
    // uploadType=media (the bare file, no metadata) is not emulated for videos.
    return ErrorEnvelope::live(400, QStringLiteral("notUpload"),
                               QStringLiteral("The request failed because it is not an upload "
                                              "request, and only upload requests can be sent to "
                                              "/upload/* URIs."),
                               QStringLiteral("global"))
        .toReply();
}

std::unique_ptr<BodyReceiver> VideoUploadsResource::upload(const ApiCall &call)
{
    const QString uploadId = ApiParams(call.params).value(QStringLiteral("upload_id"));
    const ResumableUpload::Finish finish = [this, uploadId,
                                            call](const ResumableUpload::Session &session) {
        const Pending pending = m_pending.take(uploadId);
        if (session.received > kMaxBytes)
            return tooLarge().toReply();
        return create(pending, session.received, session.sha256(), call);
    };
    const QByteArray length = call.header("Content-Length");
    const ResumableUpload::Opening opening =
        m_uploads.open(uploadId, call.channelId, call.header("Content-Range"),
                       length.isEmpty() ? 0 : length.toLongLong(), finish);
    if (!opening.accepting)
        return BodyReceiver::answering(replyFor(opening.step, call));

    // The body goes to the session as it arrives; what arrived stays when it is cut short.
    class SessionPut : public BodyReceiver
    {
    public:
        SessionPut(VideoUploadsResource *resource, QString id, ApiCall call,
                   ResumableUpload::Finish finish)
            : m_resource(resource)
            , m_id(std::move(id))
            , m_call(std::move(call))
            , m_finish(std::move(finish))
        {}
        void write(const char *data, qint64 size) override
        {
            m_resource->m_uploads.append(m_id, data, size);
        }
        HttpReply finish() override
        {
            return m_resource->replyFor(m_resource->m_uploads.close(m_id, m_finish), m_call);
        }
        void interrupted() override { m_resource->m_uploads.abandon(m_id); }

    private:
        VideoUploadsResource *m_resource;
        QString m_id;
        ApiCall m_call;
        ResumableUpload::Finish m_finish;
    };
    return std::make_unique<SessionPut>(this, uploadId, call, finish);
}

HttpReply VideoUploadsResource::replyFor(const ResumableUpload::Step &step, const ApiCall &call)
{
    switch (step.outcome) {
    case ResumableUpload::Outcome::UnknownSession:
        return ErrorEnvelope::notFound(call.path).toReply(); // unknown or expired
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

HttpReply VideoUploadsResource::create(const Pending &pending, qint64 size,
                                       const QByteArray &sha256, const ApiCall &call)
{
    UploadedVideo video = pending.video;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    video.video.id = m_store->newVideoId();
    video.video.publishedAt = now;
    video.fileName = pending.fileName.isEmpty() ? QStringLiteral("video") : pending.fileName;
    video.fileSize = size;
    video.sha256 = sha256;
    video.processingStarted = now;
    video.processingDue = now.addMSecs(qint64(m_store->settings().processingSeconds * 1000));
    const QPair<QString, QString> fault = m_outcomes ? m_outcomes() : QPair<QString, QString>();
    if (!fault.first.isEmpty()) {
        video.outcome = fault.first;
        video.outcomeReason = fault.second;
    } else if (size == 0) {
        video.outcome = QStringLiteral("failed");
        video.outcomeReason = QStringLiteral("emptyFile");
    }
    m_store->addUpload(video);
    // 201 Created with the video, in the parts of the session start.
    return json(m_store->uploadJson(video, pending.parts, true), call, 201);
}

QJsonArray VideoUploadsResource::report()
{
    QJsonArray sessions;
    for (const ResumableUpload::Session &s : m_uploads.sessions()) {
        QJsonObject o{{QStringLiteral("uploadId"), s.id},
                      {QStringLiteral("owner"), s.owner},
                      {QStringLiteral("bytesReceived"), double(s.received)},
                      {QStringLiteral("total"), double(s.total)},
                      {QStringLiteral("sha256"), QString::fromLatin1(s.sha256().toHex())},
                      {QStringLiteral("expiresAt"), BroadcastStore::timestamp(s.expiresAt)},
                      {QStringLiteral("complete"), s.result.has_value()}};
        if (s.result && s.result->isJson)
            o.insert(QStringLiteral("videoId"),
                     QJsonDocument::fromJson(s.result->body).object().value(QStringLiteral("id")));
        sessions.append(o);
    }
    return sessions;
}

void VideoUploadsResource::reset()
{
    m_uploads.clear();
    m_pending.clear();
}

} // namespace onair::sandbox
