#include "RawHttp.h"

#include <QHostAddress>

namespace onair::test {

RawHttp::RawHttp(quint16 port)
    : m_port(port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(5000);
}

bool RawHttp::sendHead(const QByteArray &verb, const QString &pathAndQuery,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = verb + " /" + pathAndQuery.toUtf8() +
                      " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    return send(head + "\r\n");
}

bool RawHttp::send(const QByteArray &bytes)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(20000))
            return false;
    }
    return true;
}

QByteArray RawHttp::readLine(int timeoutMs)
{
    while (!m_socket.canReadLine()) {
        if (!m_socket.waitForReadyRead(timeoutMs))
            return {};
    }
    return m_socket.readLine();
}

SandboxProcess::Response RawHttp::readResponse(int timeoutMs)
{
    SandboxProcess::Response response;
    const QByteArray statusLine = readLine(timeoutMs);
    const QList<QByteArray> parts = statusLine.split(' ');
    if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/1.")) {
        response.error = QStringLiteral("no answer");
        return response;
    }
    response.status = parts.at(1).toInt();
    qint64 length = 0;
    for (;;) {
        const QByteArray line = readLine(timeoutMs).trimmed();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        response.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    while (response.body.size() < length) {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
            break;
        response.body += m_socket.read(length - response.body.size());
    }
    return response;
}

void RawHttp::close()
{
    m_socket.abort();
}

} // namespace onair::test
