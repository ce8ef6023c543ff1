#include "youtube/YouTubeService.h"

#include "google/ApiParams.h"
#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"
#include "youtube/BroadcastStore.h"
#include "youtube/ChannelsResource.h"
#include "youtube/CuepointsResource.h"
#include "youtube/LiveBroadcastsResource.h"
#include "youtube/LiveStreamsResource.h"
#include "youtube/StoreVideoDirectory.h"
#include "youtube/ThumbnailsResource.h"
#include "youtube/VideoUploadsResource.h"
#include "youtube/VideosResource.h"
#include "youtube/YouTubeControls.h"

#include <QHttpServerRequest>

namespace onair::sandbox {

namespace {

const QString kScope = QStringLiteral("https://www.googleapis.com/auth/");

} // namespace

YouTubeService::YouTubeService(BroadcastStore *store, const OAuthService *oauth, qint64 dailyQuota)
    : m_store(store)
    , m_auth(oauth)
    , m_quota(dailyQuota)
    , m_broadcasts(std::make_unique<LiveBroadcastsResource>(store))
    , m_cuepoints(std::make_unique<CuepointsResource>(store))
    , m_streams(std::make_unique<LiveStreamsResource>(store))
    , m_videos(std::make_unique<VideosResource>(store))
    , m_channels(std::make_unique<ChannelsResource>(store))
    , m_thumbnails(std::make_unique<ThumbnailsResource>(store))
    , m_directory(std::make_unique<StoreVideoDirectory>(store))
    , m_videoUploads(std::make_unique<VideoUploadsResource>(store))
{}

YouTubeService::~YouTubeService() = default;

void YouTubeService::registerWith(SandboxKernel &kernel)
{
    m_kernel = &kernel;
    m_broadcasts->registerMethods(*this);
    m_cuepoints->registerMethods(*this);
    m_streams->registerMethods(*this);
    m_videos->registerMethods(*this);
    m_channels->registerMethods(*this);
    m_thumbnails->registerMethods(*this);
    kernel.setVideoDirectory(m_directory.get());
    m_videoUploads->registerMethods(*this);
    m_videoUploads->setOutcomeSource([&kernel] {
        return kernel.faults().takeProcessingOutcome(QStringLiteral("youtube:videos.insert"));
    });
    for (const char *prefix : {"/youtube/", "/upload/", "/resumable/"})
        kernel.routes().addApiPrefix(QLatin1String(prefix));

    Route images;
    images.kind = Route::Kind::Endpoint;
    images.verb = QStringLiteral("GET");
    images.path = QStringLiteral("/vi/*");
    images.service = name();
    images.method = QStringLiteral("thumbnailImage");
    images.answer = [this](const QHttpServerRequest &request) {
        return m_thumbnails->image(request.url().path());
    };
    kernel.routes().add(images);

    YouTubeControls::registerWith(kernel, *this);
    StateFile &state = kernel.stateFile();
    state.addSection(
        QStringLiteral("store"), [this] { return m_store->saveState(); },
        [this](const QJsonObject &saved) { m_store->restoreState(saved); });
    state.addSection(
        QStringLiteral("quota"), [this] { return m_quota.saveState(); },
        [this](const QJsonObject &saved) { m_quota.restoreState(saved); });
    QObject::connect(m_store, &BroadcastStore::changed, &state, &StateFile::scheduleSave);
}

void YouTubeService::addMethod(const QString &verb, const QString &path, const QString &method,
                               Handler handler, bool appliesBeforeDrop, bool chargesQuota)
{
    Route route;
    route.kind = Route::Kind::Api;
    route.verb = verb;
    route.path = path;
    route.service = name();
    route.method = method;
    route.logName = method;
    route.appliesBeforeDrop = appliesBeforeDrop;
    route.answer = [this, method, handler = std::move(handler),
                    chargesQuota](const QHttpServerRequest &request) {
        return answer(request, method, handler, chargesQuota);
    };
    m_kernel->routes().add(route);
}

void YouTubeService::addUploadMethod(const QString &verb, const QString &path,
                                     const QString &method, const QString &faultName,
                                     UploadHandler handler)
{
    Route route;
    route.kind = Route::Kind::Api;
    route.verb = verb;
    route.path = path;
    route.service = name();
    route.method = faultName;
    route.logName = method;
    route.receive = [this, method, handler = std::move(handler)](const RequestHead &head) {
        auto admitted = admit(head, {}, method, false);
        if (auto *error = std::get_if<HttpReply>(&admitted))
            return BodyReceiver::answering(*error);
        return handler(std::get<ApiCall>(admitted));
    };
    m_kernel->routes().add(route);
}

HttpReply YouTubeService::answer(const QHttpServerRequest &request, const QString &method,
                                 const Handler &handler, bool chargesQuota)
{
    RequestHead head;
    head.verb = SandboxKernel::verbOf(request);
    head.url = request.url();
    head.headers = request.headers();
    auto admitted = admit(head, request.body(), method, chargesQuota);
    if (auto *error = std::get_if<HttpReply>(&admitted))
        return *error;
    return handler(std::get<ApiCall>(admitted));
}

std::variant<ApiCall, HttpReply> YouTubeService::admit(const RequestHead &head,
                                                       const QByteArray &body,
                                                       const QString &method, bool chargesQuota)
{
    ApiCall call;
    call.method = method;
    call.httpMethod = head.verb;
    call.path = head.url.path();
    call.headers = head.headers;
    call.params = ApiParams::decode(head.url.query(QUrl::FullyEncoded).toLatin1());
    call.contentType = head.header("content-type");
    call.body = body;
    if (call.contentType.toLower().startsWith("application/x-www-form-urlencoded")) {
        // Parameters may come in a form body too, as Google accepts them.
        call.params.append(ApiParams::decode(call.body));
        call.body.clear();
    }
    for (const auto &p : std::as_const(call.params)) {
        if (p.first == QLatin1String("prettyPrint") && p.second == QLatin1String("false"))
            call.pretty = false;
    }
    const auto auth = m_auth.authenticate(head.header("authorization"), call.params);
    if (const auto *error = std::get_if<ErrorEnvelope>(&auth))
        return error->toReply();
    const AccessGrant &grant = std::get<AccessGrant>(auth);
    // Quota is charged before validation: invalid requests cost their units too.
    if (chargesQuota && !m_quota.charge(method))
        return ErrorEnvelope::quotaExceeded().toReply();
    m_kernel->stateFile().scheduleSave();
    if (!BearerAuth::hasScope(grant, acceptedScopes(method)))
        return ErrorEnvelope::insufficientPermissions().toReply();
    call.channelId = grant.channelId;
    m_store->tick();
    return call;
}

HttpReply YouTubeService::reasonAnswer(const QString &reason) const
{
    if (reason == QLatin1String("uploadLimitExceeded"))
        return ErrorEnvelope::live(400, reason,
                                   QStringLiteral("The user has exceeded the number of videos "
                                                  "they may upload."),
                                   QStringLiteral("youtube.video"))
            .toReply();
    if (reason == QLatin1String("quotaExceeded"))
        return ErrorEnvelope::quotaExceeded().toReply();
    if (reason == QLatin1String("rateLimitExceeded"))
        return ErrorEnvelope::rateLimitExceeded().toReply();
    return ErrorEnvelope::live(400, reason, QStringLiteral("Bad Request"), QStringLiteral("global"))
        .toReply();
}

HttpReply YouTubeService::faultAnswer(FaultInjector::Action action, int httpStatus) const
{
    switch (action) {
    case FaultInjector::Action::RateLimit:
        return ErrorEnvelope::rateLimitExceeded().toReply();
    case FaultInjector::Action::Quota:
        return ErrorEnvelope::quotaExceeded().toReply();
    default:
        return ErrorEnvelope::backendError(httpStatus).toReply();
    }
}

void YouTubeService::reset()
{
    m_store->clear();
    m_quota.reset();
    m_thumbnails->reset();
    m_videoUploads->reset();
}

QStringList YouTubeService::acceptedScopes(const QString &method)
{
    QStringList scopes{kScope + QStringLiteral("youtube"),
                       kScope + QStringLiteral("youtube.force-ssl")};
    if (method.endsWith(QLatin1String(".list")))
        scopes.append(kScope + QStringLiteral("youtube.readonly"));
    if (method.startsWith(QLatin1String("videos.")) ||
        method.startsWith(QLatin1String("channels.")) ||
        method == QLatin1String("liveBroadcasts.cuepoint") ||
        method == QLatin1String("thumbnails.set"))
        scopes.append(kScope + QStringLiteral("youtubepartner"));
    if (method == QLatin1String("thumbnails.set") || method == QLatin1String("videos.insert"))
        scopes.append(kScope + QStringLiteral("youtube.upload"));
    return scopes;
}

} // namespace onair::sandbox
