#include "SandboxServer.h"

#include "contentid/ContentIdService.h"
#include "contentid/PartnerStore.h"
#include "google/ErrorEnvelope.h"
#include "google/oauth/GoogleSignIn.h"
#include "google/oauth/OAuthService.h"
#include "ingest/EmbedPages.h"
#include "ingest/IngestService.h"
#include "ingest/RtmpIngest.h"
#include "instagram/InstagramService.h"
#include "instagram/InstagramStore.h"
#include "kernel/SandboxKernel.h"
#include "kernel/StateFile.h"
#include "social/PostsPage.h"
#include "telegram/TelegramService.h"
#include "telegram/TelegramStore.h"
#include "youtube/BroadcastStore.h"
#include "youtube/VideoUploadsResource.h"
#include "youtube/YouTubeService.h"

#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandbox, "onair.sandbox")

namespace onair::sandbox {

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_kernel(new SandboxKernel(options.dataDir, this))
    , m_oauth(new OAuthService(options.autoConsent, options.tokenTtlSeconds, this))
    , m_ingest(new RtmpIngest(this))
    , m_store(new BroadcastStore(this))
    , m_partner(new PartnerStore(this))
    , m_telegramStore(new TelegramStore(this))
    , m_instagramStore(new InstagramStore(this))
{
    m_store->settings().transitionSeconds = options.transitionSeconds;
    m_store->settings().autoStopSeconds = options.autoStopSeconds;
    m_store->settings().strictCuepointWindow = options.strictCuepointWindow;
    m_store->setIngestStatusSource([this](const QString &key) { return m_ingest->status(key); });
    m_store->setStuckPredicate(
        [this](const QString &target) { return m_kernel->faults().isStuck(target); });
    m_ingest->setKeyValidator(
        [this](const QString &key) { return m_store->isKnownStreamKey(key); });
    connect(m_ingest, &RtmpIngest::statusChanged, m_store, [this] { m_store->tick(); });
    m_embed = new EmbedPages(
        m_ingest,
        [this](const QString &broadcastId) -> std::optional<EmbedInfo> {
            const Broadcast *b = m_store->broadcast(broadcastId);
            if (!b)
                return std::nullopt;
            EmbedInfo info;
            info.broadcastId = b->id;
            if (const Stream *s = m_store->stream(b->boundStreamId))
                info.streamKey = s->streamName;
            info.monitorStart = b->monitorStart;
            info.lifeCycleStatus = BroadcastStates::toString(b->lifeCycleStatus);
            return info;
        },
        this);

    // The services, each registering its routes, faults, control endpoints and state.
    m_signIn = std::make_unique<GoogleSignIn>(m_oauth);
    m_youtube = std::make_unique<YouTubeService>(m_store, m_oauth, options.quota);
    m_store->settings().processingSeconds = options.processingSeconds;
    m_youtube->quota().setBucket(QStringLiteral("videos.insert"), options.uploadQuota);
    m_youtube->videoUploads().sessions().setLifetimeSeconds(options.uploadSessionSeconds);
    m_ingestService = std::make_unique<IngestService>(m_ingest, m_embed);
    m_kernel->addService(m_signIn.get());
    m_kernel->addService(m_youtube.get());
    m_kernel->addService(m_ingestService.get());
    // After YouTube, whose videos it reads through the kernel's VideoDirectory.
    m_contentId = std::make_unique<ContentIdService>(m_partner, m_oauth);
    m_kernel->addService(m_contentId.get());
    m_telegram = std::make_unique<TelegramService>(m_telegramStore);
    m_kernel->addService(m_telegram.get());
    m_instagram = std::make_unique<InstagramService>(m_instagramStore);
    m_kernel->addService(m_instagram.get());
    PostsPage::registerWith(*m_kernel, *m_telegramStore, *m_instagramStore);
    m_kernel->setNotFound(
        [](const QString &path) { return ErrorEnvelope::notFound(path).toReply(); });
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    m_port = m_kernel->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    m_oauth->setOrigin(origin);
    m_embed->setOrigin(origin);
    m_store->setOrigin(origin);
    m_kernel->mediaUrls().setOrigin(origin);
    if (!m_options.dataDir.isEmpty()) {
        if (!QDir().mkpath(m_options.dataDir)) {
            *error = QStringLiteral("cannot create the data folder ") + m_options.dataDir;
            return false;
        }
        m_kernel->stateFile().restore();
    }
    if (!m_options.faults.isEmpty()) {
        QString problem;
        if (!m_kernel->addFaults(m_options.faults, &problem)) {
            *error = QStringLiteral("--faults: ") + problem;
            return false;
        }
    }
    if (m_options.startIngest && !m_ingest->start(m_options.rtmpPort, origin))
        qCWarning(lcSandbox) << "the RTMP ingest did not start; streams will stay inactive";
    m_store->setIngestAddress(m_ingest->rtmpUrl());
    return true;
}

void SandboxServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_ingest->stop();
    if (!m_options.dataDir.isEmpty() && m_port != 0)
        m_kernel->stateFile().saveNow();
}

QString SandboxServer::apiUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

QString SandboxServer::authUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/o/oauth2/v2/auth").arg(m_port);
}

QString SandboxServer::tokenUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/token").arg(m_port);
}

QString SandboxServer::rtmpUrl() const
{
    return m_ingest->rtmpUrl();
}

QString SandboxServer::clientId() const
{
    return m_oauth->clientId();
}

QString SandboxServer::clientSecret() const
{
    return m_oauth->clientSecret();
}

QJsonObject SandboxServer::readyEvent() const
{
    return {{QStringLiteral("event"), QStringLiteral("ready")},
            {QStringLiteral("api"), apiUrl()},
            {QStringLiteral("auth"), authUrl()},
            {QStringLiteral("token"), tokenUrl()},
            {QStringLiteral("rtmp"), rtmpUrl()},
            {QStringLiteral("client_id"), clientId()},
            {QStringLiteral("client_secret"), clientSecret()},
            {QStringLiteral("telegram"), apiUrl()},
            {QStringLiteral("telegram_bot_token"), m_telegramStore->bot().token},
            {QStringLiteral("telegram_channel"), m_telegramStore->channelUsername()},
            {QStringLiteral("graph"), QString(apiUrl() + QStringLiteral("graph/"))},
            {QStringLiteral("instagram_user_id"), m_instagramStore->userId()},
            {QStringLiteral("instagram_token"), m_instagramStore->token().value}};
}

} // namespace onair::sandbox
