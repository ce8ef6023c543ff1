#pragma once

#include "google/oauth/BearerAuth.h"
#include "kernel/BodyReceiver.h"
#include "kernel/SandboxService.h"
#include "youtube/ApiCall.h"
#include "youtube/QuotaLedger.h"

#include <QStringList>

#include <variant>

#include <functional>
#include <memory>

class QHttpServerRequest;

namespace onair::sandbox {

class BroadcastStore;
class ChannelsResource;
class CuepointsResource;
class LiveBroadcastsResource;
class LiveStreamsResource;
class StoreVideoDirectory;
class ThumbnailsResource;
class VideosResource;
class VideoUploadsResource;

// The YouTube Data API v3 subset as a sandbox service: its resources register their methods
// here (addMethod), and every call goes through the service's pipeline: parameters (query and
// form body) → Google's bearer auth → the quota ledger (charged before validation) → the
// scope check → the resource. Its error envelope is Google's; its control endpoints are
// YouTubeControls'.
class YouTubeService : public SandboxService
{
public:
    using Handler = std::function<HttpReply(const ApiCall &call)>;
    // An upload's bytes: a receiver for the body, given the call (without its body).
    using UploadHandler = std::function<std::unique_ptr<BodyReceiver>(const ApiCall &call)>;

    YouTubeService(BroadcastStore *store, const OAuthService *oauth, qint64 dailyQuota);
    ~YouTubeService() override;

    QString name() const override { return QStringLiteral("youtube"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;
    HttpReply reasonAnswer(const QString &reason) const override;
    void reset() override;

    // One API method: `verb` + `path` → its doc name and handler. `appliesBeforeDrop`: a drop
    // fault applies it first ("sent, no answer"); `chargesQuota`: false for the bytes of a
    // resumable upload (its start was charged).
    void addMethod(const QString &verb, const QString &path, const QString &method, Handler handler,
                   bool appliesBeforeDrop = false, bool chargesQuota = true);
    // The bytes of an upload session of `method`: logged as `method`, never charged (the
    // session start was), faults keyed "youtube:<faultName>".
    void addUploadMethod(const QString &verb, const QString &path, const QString &method,
                         const QString &faultName, UploadHandler handler);

    // The OAuth scopes (full URLs) any of which lets a token call `method`.
    static QStringList acceptedScopes(const QString &method);

    BroadcastStore *store() const { return m_store; }
    QuotaLedger &quota() { return m_quota; }
    VideoUploadsResource &videoUploads() { return *m_videoUploads; }

private:
    HttpReply answer(const QHttpServerRequest &request, const QString &method,
                     const Handler &handler, bool chargesQuota);
    // The service's pipeline before the resource: the call (parameters, the channel) once it
    // is authenticated, charged and within its scopes; otherwise the error.
    std::variant<ApiCall, HttpReply> admit(const RequestHead &head, const QByteArray &body,
                                           const QString &method, bool chargesQuota);

    BroadcastStore *m_store;
    BearerAuth m_auth;
    QuotaLedger m_quota;
    SandboxKernel *m_kernel = nullptr;
    std::unique_ptr<LiveBroadcastsResource> m_broadcasts;
    std::unique_ptr<CuepointsResource> m_cuepoints;
    std::unique_ptr<LiveStreamsResource> m_streams;
    std::unique_ptr<VideosResource> m_videos;
    std::unique_ptr<ChannelsResource> m_channels;
    std::unique_ptr<ThumbnailsResource> m_thumbnails;
    std::unique_ptr<StoreVideoDirectory> m_directory;
    std::unique_ptr<VideoUploadsResource> m_videoUploads;
};

} // namespace onair::sandbox
