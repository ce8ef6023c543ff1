#pragma once

#include "SandboxProcess.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QTcpSocket>

namespace onair::test {

// HTTP/1.1 over a plain loopback socket, for what a network library hides or does by itself:
// a body cut short, a body that never ends, Expect: 100-continue, a large body written from a
// generator. Blocking (bounded), for tests.
class RawHttp
{
public:
    explicit RawHttp(quint16 port);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // The request line and headers (Host is added).
    bool sendHead(const QByteArray &verb, const QString &pathAndQuery,
                  const QList<QPair<QByteArray, QByteArray>> &headers);
    // Writes `bytes` and waits until the socket has handed them to the system.
    bool send(const QByteArray &bytes);
    // The next answer (status line, headers, a Content-Length body); status 0 when the
    // connection ended or nothing came within `timeoutMs`.
    SandboxProcess::Response readResponse(int timeoutMs = 20000);
    void close();

private:
    QByteArray readLine(int timeoutMs);

    QTcpSocket m_socket;
    quint16 m_port;
};

} // namespace onair::test
