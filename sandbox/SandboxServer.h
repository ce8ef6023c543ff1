#pragma once

#include "kernel/SandboxOptions.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace onair::sandbox {

class BroadcastStore;
class ContentIdService;
class EmbedPages;
class GoogleSignIn;
class IngestService;
class InstagramService;
class InstagramStore;
class OAuthService;
class PartnerStore;
class RtmpIngest;
class SandboxKernel;
class TelegramService;
class TelegramStore;
class YouTubeService;

// The sandbox: one loopback HTTP server (the kernel) with its services registered — Google's
// OAuth endpoints, the YouTube Data API subset, the ingest (nginx-rtmp callbacks and the monitor
// player pages), Content ID, Telegram's Bot API and Instagram's Graph API (see sandbox/README.md).
// Anything no route takes gets Google's 404.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1, starts the ingest, restores --data-dir and applies --faults.
    bool start(QString *error);
    // Stops nginx and writes the state out; safe to call twice.
    void stop();

    quint16 port() const { return m_port; }
    QString apiUrl() const;
    QString authUrl() const;
    QString tokenUrl() const;
    QString rtmpUrl() const;
    QString clientId() const;
    QString clientSecret() const;
    // {"event":"ready","api":…,"auth":…,"token":…,"rtmp":…,"client_id":…,"client_secret":…,
    //  "telegram":…,"telegram_bot_token":…,"telegram_channel":…,"graph":…,"instagram_user_id":…,
    //  "instagram_token":…}
    QJsonObject readyEvent() const;

private:
    SandboxOptions m_options;
    quint16 m_port = 0;
    bool m_stopped = false;
    SandboxKernel *m_kernel;
    OAuthService *m_oauth;
    RtmpIngest *m_ingest;
    BroadcastStore *m_store;
    EmbedPages *m_embed = nullptr;
    std::unique_ptr<GoogleSignIn> m_signIn;
    std::unique_ptr<YouTubeService> m_youtube;
    std::unique_ptr<IngestService> m_ingestService;
    PartnerStore *m_partner;
    std::unique_ptr<ContentIdService> m_contentId;
    TelegramStore *m_telegramStore;
    std::unique_ptr<TelegramService> m_telegram;
    InstagramStore *m_instagramStore;
    std::unique_ptr<InstagramService> m_instagram;
};

} // namespace onair::sandbox
