#include "remote/http/HttpApiServer.h"

#include "remote/RemoteCommands.h"
#include "remote/RemoteToken.h"
#include "remote/http/HttpRequestParser.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

Q_DECLARE_LOGGING_CATEGORY(lcRemote)

namespace onair {

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

QString hostName(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString())
                                                         : a.toString();
}

// The bearer token of "Authorization: Bearer <token>", or empty.
QByteArray bearer(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization");
    const QByteArray scheme("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return value.mid(scheme.size()).trimmed();
}

} // namespace

HttpApiServer::HttpApiServer(RemoteCommands *commands, RemoteToken *token, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_token(token)
    , m_server(new QTcpServer(this))
    , m_webSockets(
          new QWebSocketServer(QStringLiteral("OnAir"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpApiServer::accept);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *client = m_webSockets->nextPendingConnection())
            addClient(client);
    });
    connect(m_commands, &RemoteCommands::stateMayHaveChanged, this, &HttpApiServer::pushState);
    // A revoked token ends the pushes too.
    connect(m_token, &RemoteToken::changed, this, [this] {
        if (m_token->isSet())
            return;
        for (QWebSocket *c : std::as_const(m_clients))
            c->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("revoked"));
    });
}

HttpApiServer::~HttpApiServer()
{
    close();
}

bool HttpApiServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (!m_server->listen(address, port)) {
        m_error = tr("The HTTP API could not listen on %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(m_server->errorString());
        qCWarning(lcRemote) << m_error;
        return false;
    }
    m_error.clear();
    const QString p = QString::number(m_server->serverPort());
    QList<QHostAddress> names{address};
    if (address.isLoopback() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6) {
        names << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHostIPv6);
        m_hosts << QStringLiteral("localhost:%1").arg(p).toUtf8();
    }
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        names << QNetworkInterface::allAddresses();
    for (const QHostAddress &a : std::as_const(names))
        m_hosts << QStringLiteral("%1:%2").arg(hostName(a), p).toLower().toUtf8();
    m_pushed = m_commands->state();
    return true;
}

void HttpApiServer::close()
{
    m_server->close();
    for (QWebSocket *c : std::as_const(m_clients))
        c->abort();
    m_hosts.clear();
}

bool HttpApiServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpApiServer::port() const
{
    return m_server->serverPort();
}

QHostAddress HttpApiServer::address() const
{
    return m_server->serverAddress();
}

int HttpApiServer::httpStatusFor(RemoteOutcome::Status status)
{
    switch (status) {
    case RemoteOutcome::Status::Placed:
        return 201;
    case RemoteOutcome::Status::Accepted:
    case RemoteOutcome::Status::Armed:
        return 202;
    case RemoteOutcome::Status::Ignored:
        return 200;
    case RemoteOutcome::Status::Refused:
        return 409;
    case RemoteOutcome::Status::Unconfirmed:
        return 502;
    case RemoteOutcome::Status::NotAllowed:
        return 403;
    case RemoteOutcome::Status::RateLimited:
        return 429;
    case RemoteOutcome::Status::Invalid:
        return 400;
    }
    return 409;
}

void HttpApiServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A caller that never finishes its request does not keep the connection.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] {
            if (!socket->property("onair.handled").toBool())
                socket->abort();
        });
    }
}

void HttpApiServer::readFrom(QTcpSocket *socket)
{
    if (socket->property("onair.handled").toBool()) {
        socket->readAll(); // one request per connection: the rest is dropped
        return;
    }
    // Peeked, not read: a WebSocket upgrade hands the untouched bytes to QWebSocketServer.
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const HttpRequestParser::Result parsed = HttpRequestParser::parse(data);
    if (parsed.state == HttpRequestParser::State::NeedMore)
        return;
    socket->setProperty("onair.handled", true);

    const QString peer = socket->peerAddress().toString();
    auto limiter = m_limiters.find(peer);
    if (limiter == m_limiters.end())
        limiter = m_limiters.insert(peer, RateLimiter(kRequestBurst, kRequestIntervalMs));
    const qint64 now = m_commands->now();
    if (!limiter->take(now)) {
        socket->readAll();
        const qint64 wait = limiter->waitMs(now);
        return reply(socket, 429,
                     errorBody(QStringLiteral("rateLimited"),
                               tr("Too many requests: try again in a moment.")),
                     {{"Retry-After", QByteArray::number(qMax<qint64>(1, (wait + 999) / 1000))}});
    }
    if (parsed.state == HttpRequestParser::State::Error) {
        socket->readAll();
        qCInfo(lcRemote) << "http: bad request from" << peer << parsed.error;
        return reply(socket, parsed.status, errorBody(QStringLiteral("badRequest"), parsed.error));
    }
    handle(socket, parsed.request);
    if (socket->property("onair.upgrading").toBool())
        return;
    socket->read(parsed.consumed);
}

void HttpApiServer::handle(QTcpSocket *socket, const HttpRequest &request)
{
    if (!hostAllowed(request.header("host")))
        return reply(socket, 403,
                     errorBody(QStringLiteral("foreignHost"),
                               tr("This Host is not OnAir's address: refused.")));
    QByteArray token = bearer(request);
    const bool upgradeAsked =
        request.path == "/v1/events" && request.header("upgrade").toLower() == "websocket";
    // Browsers cannot set a header on a WebSocket: the upgrade may carry the token in the query.
    if (token.isEmpty() && upgradeAsked)
        token = request.queryValue("access_token");
    if (!m_token->matches(token))
        return reply(socket, 401,
                     errorBody(QStringLiteral("unauthorized"),
                               m_token->isSet()
                                   ? tr("A valid bearer token is required.")
                                   : tr("No token is set: generate one in OnAir's Settings → "
                                        "Remote control.")),
                     {{"WWW-Authenticate", "Bearer realm=\"OnAir\""}});
    if (upgradeAsked && request.method == "GET")
        return upgrade(socket);
    route(socket, request);
}

void HttpApiServer::route(QTcpSocket *socket, const HttpRequest &r)
{
    const QByteArray &path = r.path;
    const bool get = r.method == "GET";
    const bool post = r.method == "POST";
    const auto methodNotAllowed = [&](const QByteArray &allow) {
        reply(socket, 405,
              errorBody(QStringLiteral("methodNotAllowed"), tr("Method not allowed here.")),
              {{"Allow", allow}});
    };
    if (!r.body.isEmpty() && !r.header("content-type").toLower().startsWith("application/json"))
        return reply(socket, 415,
                     errorBody(QStringLiteral("unsupportedMediaType"),
                               tr("The body must be JSON (Content-Type: application/json).")));

    if (path == "/v1/state") {
        if (!get)
            return methodNotAllowed("GET");
        return reply(socket, 200, m_commands->state().toJson(m_commands->now()));
    }
    if (path == "/v1/breaks") {
        if (!post)
            return methodNotAllowed("POST");
        return postBreak(socket, r);
    }
    if (path == "/v1/refresh") {
        if (!post)
            return methodNotAllowed("POST");
        return replyOutcome(socket, m_commands->refresh(ActionOrigin::Http));
    }
    static const QList<QByteArray> armed{"live", "end", "recover"};
    if (path.startsWith("/v1/show/")) {
        if (!post)
            return methodNotAllowed("POST");
        const QByteArray rest = path.mid(int(qstrlen("/v1/show/")));
        if (rest == "test")
            return replyOutcome(socket, m_commands->startTest(ActionOrigin::Http));
        if (rest == "live")
            return replyOutcome(socket, m_commands->goLive(ActionOrigin::Http));
        if (rest == "end")
            return replyOutcome(socket, m_commands->end(ActionOrigin::Http));
        if (rest == "recover")
            return replyOutcome(socket, m_commands->recover(ActionOrigin::Http));
        for (const QByteArray &a : armed) {
            if (rest == a + "/confirm")
                return replyOutcome(
                    socket, m_commands->confirm(ActionOrigin::Http, QString::fromLatin1(a)));
        }
    }
    reply(socket, 404, errorBody(QStringLiteral("notFound"), tr("No such resource.")));
}

void HttpApiServer::postBreak(QTcpSocket *socket, const HttpRequest &request)
{
    QJsonObject body;
    if (!request.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return reply(
                socket, 400,
                errorBody(QStringLiteral("badRequest"), tr("The body is not a JSON object.")));
        body = doc.object();
    }
    const auto integer = [&](const char *key, qint64 *out) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9.0e15 || d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    };
    qint64 seconds = 0;
    qint64 offsetMs = -1;
    qint64 atMs = -1;
    if (!integer("seconds", &seconds) || !integer("offsetMs", &offsetMs) || !integer("at", &atMs) ||
        seconds > RemoteCommands::kMaxBreakSecs || (offsetMs >= 0 && atMs >= 0))
        return reply(socket, 400,
                     errorBody(QStringLiteral("badRequest"),
                               tr("Expected {\"seconds\": 1…%1} with at most one of "
                                  "\"offsetMs\" or \"at\" (epoch ms).")
                                   .arg(RemoteCommands::kMaxBreakSecs)));
    QPointer<QTcpSocket> guarded(socket);
    auto done = [this, guarded](const RemoteOutcome &outcome) {
        if (guarded)
            replyOutcome(guarded, outcome);
    };
    const auto secs = quint32(seconds);
    if (offsetMs >= 0)
        m_commands->breakAtOffset(ActionOrigin::Http, offsetMs, secs, done);
    else if (atMs >= 0)
        m_commands->breakAtWallTime(ActionOrigin::Http, atMs, secs, done);
    else
        m_commands->breakNow(ActionOrigin::Http, secs, done);
}

void HttpApiServer::replyOutcome(QTcpSocket *socket, const RemoteOutcome &outcome)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (outcome.status == RemoteOutcome::Status::RateLimited)
        headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    reply(socket, httpStatusFor(outcome.status), outcome.toJson(), headers);
}

void HttpApiServer::reply(QTcpSocket *socket, int status, const QJsonObject &body,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                      QByteArray::number(json.size()) +
                      "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                      "Connection: close\r\n";
    for (const auto &h : extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    socket->write(head + "\r\n" + json);
    socket->disconnectFromHost();
}

bool HttpApiServer::hostAllowed(const QByteArray &host) const
{
    return m_hosts.contains(host.trimmed().toLower());
}

void HttpApiServer::upgrade(QTcpSocket *socket)
{
    socket->setProperty("onair.upgrading", true);
    socket->disconnect(this);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_webSockets->handleConnection(socket);
}

void HttpApiServer::addClient(QWebSocket *client)
{
    m_clients.append(client);
    connect(client, &QWebSocket::disconnected, this, [this, client] {
        m_clients.removeAll(client);
        client->deleteLater();
    });
    // Pushes only: what a client sends is read and dropped, and may not be large.
    client->setMaxAllowedIncomingFrameSize(4096);
    client->setMaxAllowedIncomingMessageSize(4096);
    client->sendTextMessage(QString::fromUtf8(stateMessage()));
}

QByteArray HttpApiServer::stateMessage() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("state")},
                                     {QStringLiteral("state"),
                                      m_commands->state().toJson(m_commands->now())}})
        .toJson(QJsonDocument::Compact);
}

void HttpApiServer::pushState()
{
    const ShowState now = m_commands->state();
    if (now.sameAs(m_pushed))
        return;
    m_pushed = now;
    const QString message = QString::fromUtf8(stateMessage());
    for (QWebSocket *c : std::as_const(m_clients))
        c->sendTextMessage(message);
}

} // namespace onair
