#pragma once

#include "kernel/BodyReceiver.h"
#include "kernel/FaultInjector.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QTcpSocket;

namespace onair::sandbox {

// Keeps upload bodies out of memory. Qt's HTTP server reads a request's whole body into memory
// (twice: its socket transaction and the request), which a 4 GB upload must not do. So the
// kernel watches every connection before the HTTP server does: at the start of each request
// it reads the head; a request whose route streams its body (an upload's PUT) is served here,
// its body handed to the route's BodyReceiver as it arrives and its answer written here; any
// other request's head is put back into the socket for the HTTP server, which then owns the
// connection until it has handled that request (requestHandled()).
//
// Faults for a streamed request: `drop` ends the connection after `faultAfter` bytes of the
// body (those are kept), `stall` stops reading there and never answers (the connection is
// closed after 5 minutes); errors are answers (the receiver keeps nothing).
class BodyStreams : public QObject
{
    Q_OBJECT

public:
    struct Exchange
    {
        std::unique_ptr<BodyReceiver> receiver;
        FaultInjector::Action fault = FaultInjector::Action::None; // Drop or Stall
        qint64 faultAfter = 0;                                     // bytes of the body
        int latencyMs = 0;
        std::function<void(int status)> answered; // the request log (0: no answer)
    };
    // The exchange for a head whose route streams its body; nothing for any other request.
    using Opener = std::function<std::optional<Exchange>(const RequestHead &head)>;

    // `httpServer`: the HTTP server's object (the context of its connections to a socket).
    BodyStreams(Opener opener, QObject *httpServer);
    ~BodyStreams() override;

    // A new connection, before the HTTP server connects to it.
    void watch(QTcpSocket *socket);
    // The HTTP server handled a request of this connection: the next bytes start a new one.
    void requestHandled(QTcpSocket *socket);

    // An answer as HTTP/1.1 bytes (status line, headers, Content-Length, body).
    static QByteArray serialize(const HttpReply &reply);

private:
    struct Connection;

    void readFrom(QTcpSocket *socket);
    bool readHead(QTcpSocket *socket, Connection &connection);
    bool readBody(QTcpSocket *socket, Connection &connection);
    void detachServer(QTcpSocket *socket);
    void hold(QTcpSocket *socket, Connection &connection);
    void answer(QTcpSocket *socket, const HttpReply &reply, int latencyMs, bool close);
    void forget(QTcpSocket *socket, bool interrupted);

    Opener m_opener;
    QObject *m_server;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QByteArray m_buffer;
};

} // namespace onair::sandbox
