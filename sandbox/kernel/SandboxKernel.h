#pragma once

#include "kernel/BodyStreams.h"
#include "kernel/FaultInjector.h"
#include "kernel/HttpReply.h"
#include "kernel/MediaUrlTable.h"
#include "kernel/RequestLog.h"
#include "kernel/RouteTable.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>

#include <functional>

class QHttpServerResponder;

namespace onair::sandbox {

class SandboxService;
class StateFile;
class VideoDirectory;

// The sandbox's kernel: one loopback HTTP server, one route table that the services fill, the
// faults (keyed "service:method"), the request log, the state file and the /_sandbox/ control
// endpoints (its own: requests, faults, reset; each service's under /_sandbox/<service>/…).
class SandboxKernel : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // A control endpoint: the verb and the POSTed JSON object (empty otherwise) → the answer.
    using Control = std::function<HttpReply(const QString &verb, const QJsonObject &body)>;

    explicit SandboxKernel(const QString &dataDir, QObject *parent = nullptr);
    ~SandboxKernel() override;

    // Listens on `address`:`port` (0: any free port); the port, or 0 when it cannot. Hides
    // QAbstractHttpServer::listen: the kernel's own listener lets BodyStreams see every
    // connection first.
    quint16 listen(const QHostAddress &address, quint16 port);

    void addService(SandboxService *service);
    // `/_sandbox/<service>/<name>`, and `/_sandbox/<name>` as well when `alias` (the paths
    // before the kernel). `verb` "*" takes any verb.
    void addControl(const QString &service, const QString &name, const QString &verb,
                    Control control, bool alias = false);

    RouteTable &routes() { return m_routes; }
    FaultInjector &faults() { return m_faults; }
    StateFile &stateFile() { return *m_state; }
    // The videos one service keeps (YouTube's broadcasts), read-only for the others (Content
    // ID); null until that service registers it.
    void setVideoDirectory(const VideoDirectory *directory) { m_videos = directory; }
    const VideoDirectory *videoDirectory() const { return m_videos; }
    // What a URL a service fetches holds (Telegram's photo URLs, Instagram's image_url).
    MediaUrlTable &mediaUrls() { return m_mediaUrls; }
    // Called when a fault spec says expire-tokens.
    void setExpireTokens(std::function<void()> expire) { m_expireTokens = std::move(expire); }
    // Adds a fault spec (--faults or POST /_sandbox/faults); false with `error` on a bad one.
    bool addFaults(const QString &spec, QString *error);
    // The answer for a path no route takes (Google's 404 in this sandbox).
    void setNotFound(std::function<HttpReply(const QString &path)> notFound)
    {
        m_notFound = std::move(notFound);
    }

    static QString verbOf(const QHttpServerRequest &request);
    static HttpReply jsonReply(const QJsonObject &object, int status = 200);
    // A control endpoint's refusal: {"error": message}.
    static HttpReply controlError(const QString &message, int status = 400);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleApi(const Route &route, const QHttpServerRequest &request, QTcpSocket *socket);
    // A streamed request's exchange (BodyStreams::Opener).
    std::optional<BodyStreams::Exchange> openStream(const RequestHead &head);
    // A `receive` route reached through the HTTP server (its body already in memory).
    static HttpReply receiveWhole(const Route &route, const QHttpServerRequest &request,
                                  qint64 keepBytes = -1);
    HttpReply faultReply(const Route &route, const FaultInjector::Decision &fault) const;
    HttpReply handleControl(const QString &verb, const QString &path,
                            const QHttpServerRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply,
              int latencyMs);
    void addKernelControls();

    RouteTable m_routes;
    BodyStreams *m_streams;
    FaultInjector m_faults;
    RequestLog m_log;
    StateFile *m_state;
    QList<SandboxService *> m_services;
    std::function<void()> m_expireTokens;
    std::function<HttpReply(const QString &)> m_notFound;
    const VideoDirectory *m_videos = nullptr;
    MediaUrlTable m_mediaUrls;
};

} // namespace onair::sandbox
