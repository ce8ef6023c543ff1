#include "kernel/BodyStreams.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace onair::sandbox {

namespace {

constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kReadBuffer = 4 * 1024 * 1024; // what the socket may hold while a body streams
constexpr int kStallMs = 5 * 60 * 1000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 308:
        return "Resume Incomplete"; // Google's name for it in the upload protocol
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// "PUT /path?query HTTP/1.1" and "Name: value" lines; false when it is not a request head.
bool parseHead(const QByteArray &bytes, RequestHead *head, bool *chunked, bool *close)
{
    const QList<QByteArray> lines = bytes.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    head->verb = QString::fromLatin1(requestLine.at(0));
    head->url = QUrl::fromEncoded(requestLine.at(1));
    *close = requestLine.at(2) == "HTTP/1.0";
    *chunked = false;
    bool hasLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        head->headers.append({name, value});
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            bool ok = false;
            head->contentLength = value.toLongLong(&ok);
            if (!ok || head->contentLength < 0)
                return false;
            hasLength = true;
        } else if (lower == "transfer-encoding") {
            *chunked = value.toLower() != "identity";
        } else if (lower == "connection") {
            *close = value.toLower().contains("close");
        }
    }
    if (!hasLength)
        head->contentLength = 0;
    return head->url.isValid();
}

} // namespace

struct BodyStreams::Connection
{
    enum class Phase
    {
        Head,   // at the start of a request: reading its head
        Server, // the HTTP server owns the request being read
        Body,   // streaming a body to the exchange's receiver
        Held    // a stall: nothing is read or answered any more
    };
    Phase phase = Phase::Head;
    QByteArray head;
    Exchange exchange;
    qint64 remaining = 0;
    qint64 received = 0;
    bool close = false;
};

BodyStreams::BodyStreams(Opener opener, QObject *httpServer)
    : QObject(httpServer)
    , m_opener(std::move(opener))
    , m_server(httpServer)
    , m_buffer(kChunk, Qt::Uninitialized)
{}

BodyStreams::~BodyStreams() = default;

void BodyStreams::watch(QTcpSocket *socket)
{
    m_connections.emplace(socket, std::make_unique<Connection>());
    // Connected before the HTTP server connects its own: this runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket, true); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket, true); });
}

void BodyStreams::requestHandled(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end() && it->second->phase == Connection::Phase::Server)
        it->second->phase = Connection::Phase::Head;
}

void BodyStreams::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    for (;;) {
        if (c.phase == Connection::Phase::Server || c.phase == Connection::Phase::Held)
            return;
        // The HTTP server starts a transaction on each readyRead, also when it has nothing to
        // read; what is read here must not stay in it.
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        if (c.phase == Connection::Phase::Head && !readHead(socket, c))
            return;
        if (c.phase == Connection::Phase::Body && !readBody(socket, c))
            return;
    }
}

bool BodyStreams::readHead(QTcpSocket *socket, Connection &c)
{
    // Take the bytes up to the end of the head (so that the HTTP server does not start on a
    // head this side may still claim); put them all back when the request is not ours.
    const QByteArray peeked = socket->peek(kMaxHead);
    const QByteArray seen = c.head + peeked;
    const qsizetype end = seen.indexOf("\r\n\r\n");
    const auto giveBack = [&] {
        for (qsizetype i = c.head.size() - 1; i >= 0; --i)
            socket->ungetChar(c.head.at(i));
        c.head.clear();
        c.phase = Connection::Phase::Server;
    };
    if (end < 0) {
        c.head += socket->read(peeked.size());
        if (c.head.size() > kMaxHead)
            giveBack(); // not a head this side can read: the HTTP server answers it
        return false;
    }
    c.head += socket->read(end + 4 - c.head.size());
    RequestHead head;
    bool chunked = false;
    if (!parseHead(c.head, &head, &chunked, &c.close)) {
        giveBack();
        return false;
    }
    std::optional<Exchange> exchange = m_opener(head);
    if (!exchange) {
        giveBack();
        return false;
    }
    c.head.clear();
    if (chunked) {
        // An upload's bytes come with a Content-Length (Google's protocol asks for one).
        HttpReply reply;
        reply.status = 411;
        exchange->answered(reply.status);
        detachServer(socket);
        answer(socket, reply, 0, true);
        c.phase = Connection::Phase::Held;
        return false;
    }
    c.exchange = std::move(*exchange);
    c.remaining = head.contentLength;
    c.received = 0;
    c.phase = Connection::Phase::Body;
    socket->setReadBufferSize(kReadBuffer);
    if (head.header("Expect").toLower() == "100-continue" && c.remaining > 0)
        socket->write(serialize(HttpReply{100, {}, {}, {}, false}));
    return true;
}

bool BodyStreams::readBody(QTcpSocket *socket, Connection &c)
{
    const bool faulty = c.exchange.fault == FaultInjector::Action::Drop ||
                        c.exchange.fault == FaultInjector::Action::Stall;
    while (c.remaining > 0) {
        qint64 wanted = qMin(c.remaining, kChunk);
        if (faulty)
            wanted = qMin(wanted, c.exchange.faultAfter - c.received);
        if (wanted <= 0)
            break;
        const qint64 n = socket->read(m_buffer.data(), wanted);
        if (n <= 0)
            break;
        c.exchange.receiver->write(m_buffer.constData(), n);
        c.received += n;
        c.remaining -= n;
    }
    if (faulty && c.received >= c.exchange.faultAfter && (c.remaining > 0 || c.received == 0)) {
        // The fault's point in the body (or a request without one): what arrived is kept.
        c.exchange.receiver->interrupted();
        c.exchange.answered(0);
        detachServer(socket);
        if (c.exchange.fault == FaultInjector::Action::Stall) {
            hold(socket, c);
        } else {
            c.phase = Connection::Phase::Held;
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        }
        return false;
    }
    if (c.remaining > 0)
        return false; // more to come
    const HttpReply reply = c.exchange.receiver->finish();
    c.exchange.answered(reply.status);
    const int latency = c.exchange.latencyMs;
    c.exchange = {};
    socket->setReadBufferSize(0);
    c.phase = Connection::Phase::Head;
    answer(socket, reply, latency, c.close);
    return !c.close;
}

void BodyStreams::detachServer(QTcpSocket *socket)
{
    // The rest of the body stays unread: the HTTP server must not take it for a request.
    disconnect(socket, &QTcpSocket::readyRead, m_server, nullptr);
}

void BodyStreams::hold(QTcpSocket *socket, Connection &c)
{
    // Read nothing more: the socket's small buffer makes the client's sending stall.
    c.phase = Connection::Phase::Held;
    socket->setReadBufferSize(64 * 1024);
    QPointer<QTcpSocket> held(socket);
    QTimer::singleShot(kStallMs, this, [held] {
        if (held)
            held->abort();
    });
}

void BodyStreams::answer(QTcpSocket *socket, const HttpReply &reply, int latencyMs, bool close)
{
    const QByteArray bytes = serialize(reply);
    QPointer<QTcpSocket> target(socket);
    const auto send = [target, bytes, close] {
        if (!target || target->state() != QAbstractSocket::ConnectedState)
            return;
        target->write(bytes);
        if (close)
            target->disconnectFromHost();
    };
    if (latencyMs > 0)
        QTimer::singleShot(latencyMs, this, send);
    else
        send();
}

void BodyStreams::forget(QTcpSocket *socket, bool interrupted)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (interrupted && c.phase == Connection::Phase::Body && c.exchange.receiver) {
        c.exchange.receiver->interrupted();
        c.exchange.answered(0);
    }
    m_connections.erase(it);
}

QByteArray BodyStreams::serialize(const HttpReply &reply)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (reply.status == 100)
        return out + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (reply.status != 204)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    return out + "\r\n" + reply.body;
}

} // namespace onair::sandbox
