#pragma once

#include "remote/RateLimiter.h"
#include "remote/RemoteOutcome.h"
#include "remote/ShowState.h"
#include "remote/http/HttpRequest.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace onair {

class RemoteCommands;
class RemoteToken;

// The local HTTP + WebSocket API (docs/remote-api.openapi.yaml) for stream decks and tally
// lights: GET /v1/state, POST /v1/breaks, POST /v1/show/{test,live,end,recover}, POST
// /v1/show/{live,end,recover}/confirm, POST /v1/refresh, and the WebSocket /v1/events that
// pushes the state on every change. Each request is checked in this order: the rate limit per
// caller address (429), a whole well-formed request (HttpRequestParser; 400, 413, …), the Host
// header against the bound address's names (403: DNS rebinding), the bearer token (401). No
// CORS header is ever sent, so a web page cannot read an answer; one request per connection.
class HttpApiServer : public QObject
{
    Q_OBJECT

public:
    // Per caller address: thirty requests at once, then ten a second.
    static constexpr int kRequestBurst = 30;
    static constexpr qint64 kRequestIntervalMs = 100;
    // A connection that has not sent a whole request by then is closed.
    static constexpr int kReadTimeoutMs = 10000;

    HttpApiServer(RemoteCommands *commands, RemoteToken *token, QObject *parent = nullptr);
    ~HttpApiServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString error() const { return m_error; }
    int webSocketClients() const { return int(m_clients.size()); }

    static int httpStatusFor(RemoteOutcome::Status status);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const HttpRequest &request);
    void route(QTcpSocket *socket, const HttpRequest &request);
    void postBreak(QTcpSocket *socket, const HttpRequest &request);
    void reply(QTcpSocket *socket, int status, const QJsonObject &body,
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void replyOutcome(QTcpSocket *socket, const RemoteOutcome &outcome);
    bool hostAllowed(const QByteArray &host) const;
    void upgrade(QTcpSocket *socket);
    void addClient(QWebSocket *client);
    void pushState();
    QByteArray stateMessage() const;

    RemoteCommands *m_commands;
    RemoteToken *m_token;
    QTcpServer *m_server;
    QWebSocketServer *m_webSockets;
    QList<QWebSocket *> m_clients;
    QHash<QString, RateLimiter> m_limiters; // per caller address
    QSet<QByteArray> m_hosts;               // the Host values accepted, lower-case
    ShowState m_pushed;
    QString m_error;
};

} // namespace onair
