#pragma once

#include "FaultInjector.h"
#include "HttpReply.h"
#include "QuotaLedger.h"
#include "SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>

#include <memory>

class QHttpServerResponder;
class QTimer;

namespace onair::sandbox {

class BroadcastStore;
class EmbedPages;
class OAuthService;
class RtmpIngest;
class YouTubeApi;

// The sandbox: one loopback HTTP server for the YouTube Data API subset, Google's OAuth
// endpoints, the monitor player pages, nginx's ingest callbacks and the /_sandbox/ control
// API. Requests go to fault injection first, then sign-in, ingest, player pages, the API and
// the control endpoints; anything else gets Google's 404.
class SandboxServer : public QAbstractHttpServer
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
    // {"event":"ready","api":…,"auth":…,"token":…,"rtmp":…,"client_id":…,"client_secret":…}
    QJsonObject readyEvent() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleApi(const QString &method, const QHttpServerRequest &request, QTcpSocket *socket);
    HttpReply runApi(const QString &method, const QHttpServerRequest &request);
    HttpReply handleControl(const QString &verb, const QString &path,
                            const QHttpServerRequest &request);
    HttpReply serveThumbnail(const QString &path);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply,
              int latencyMs);
    static void write(QHttpServerResponder &responder, const HttpReply &reply);
    static HttpReply corrupt(HttpReply reply, const QString &kind);
    void logRequest(const QString &verb, const QHttpServerRequest &request, int status,
                    const QString &method);
    void scheduleSave();
    void saveNow();
    void restore();

    SandboxOptions m_options;
    quint16 m_port = 0;
    bool m_stopped = false;
    OAuthService *m_oauth = nullptr;
    RtmpIngest *m_ingest = nullptr;
    EmbedPages *m_embed = nullptr;
    BroadcastStore *m_store = nullptr;
    std::unique_ptr<YouTubeApi> m_api;
    QuotaLedger m_quota;
    FaultInjector m_faults;
    QList<QJsonObject> m_requestLog;
    QTimer *m_saveTimer = nullptr;
};

} // namespace onair::sandbox
