#pragma once

#include "google/oauth/BearerAuth.h"
#include "kernel/SandboxService.h"
#include "youtube/ApiCall.h"
#include "youtube/QuotaLedger.h"

#include <QStringList>

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

// The YouTube Data API v3 subset as a sandbox service: its resources register their methods
// here (addMethod), and every call goes through the service's pipeline: parameters (query and
// form body) → Google's bearer auth → the quota ledger (charged before validation) → the
// scope check → the resource. Its error envelope is Google's; its control endpoints are
// YouTubeControls'.
class YouTubeService : public SandboxService
{
public:
    using Handler = std::function<HttpReply(const ApiCall &call)>;

    YouTubeService(BroadcastStore *store, const OAuthService *oauth, qint64 dailyQuota);
    ~YouTubeService() override;

    QString name() const override { return QStringLiteral("youtube"); }
    void registerWith(SandboxKernel &kernel) override;
    HttpReply faultAnswer(FaultInjector::Action action, int httpStatus) const override;
    void reset() override;

    // One API method: `verb` + `path` → its doc name and handler. `appliesBeforeDrop`: a drop
    // fault applies it first ("sent, no answer"); `chargesQuota`: false for the bytes of a
    // resumable upload (its start was charged).
    void addMethod(const QString &verb, const QString &path, const QString &method, Handler handler,
                   bool appliesBeforeDrop = false, bool chargesQuota = true);

    // The OAuth scopes (full URLs) any of which lets a token call `method`.
    static QStringList acceptedScopes(const QString &method);

    BroadcastStore *store() const { return m_store; }
    QuotaLedger &quota() { return m_quota; }

private:
    HttpReply answer(const QHttpServerRequest &request, const QString &method,
                     const Handler &handler, bool chargesQuota);

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
};

} // namespace onair::sandbox
