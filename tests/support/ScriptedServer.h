#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A bare HTTP/1.1 server on 127.0.0.1 that records each complete request and then either
// drops the connection without a word, stalls, answers, or announces an oversized answer.
class ScriptedServer : public QObject
{
public:
    enum class Mode
    {
        Drop,
        Stall,
        Answer,
        Oversized, // announces `oversizedBytes` of answer and sends the first KiB
    };

    explicit ScriptedServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl root() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }

    QList<Mode> script;           // one mode per request, in order; Answer when exhausted
    QByteArray answerBody = "{}"; // for Answer
    int answerStatus = 200;
    QList<int> statuses; // one status per Answer, in order; answerStatus when exhausted
    // Extra header lines per Answer, in order ("Range: bytes=0-262143", several joined by
    // "\r\n"); none when exhausted.
    QList<QByteArray> answerHeaders;
    // One body per Answer, in order; answerBody when exhausted.
    QList<QByteArray> answerBodies;
    qint64 oversizedBytes = 0;
    QList<QByteArray> requestLines;
    QList<QByteArray> requestHeads; // request line and headers of each request
    QList<qint64> requestBodySizes; // body bytes of each request

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buf.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        requestLines.append(buf.left(buf.indexOf("\r\n")));
        requestHeads.append(buf.left(headerEnd));
        requestBodySizes.append(length);
        buf.clear();
        const Mode mode = script.isEmpty() ? Mode::Answer : script.takeFirst();
        switch (mode) {
        case Mode::Drop:
            s->abort();
            return;
        case Mode::Stall:
            return;
        case Mode::Oversized:
            s->write("HTTP/1.1 200 X\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(oversizedBytes) + "\r\n\r\n" + QByteArray(1024, ' '));
            return;
        case Mode::Answer: {
            const int status = statuses.isEmpty() ? answerStatus : statuses.takeFirst();
            const QByteArray extra =
                answerHeaders.isEmpty() ? QByteArray() : answerHeaders.takeFirst();
            const QByteArray body = answerBodies.isEmpty() ? answerBody : answerBodies.takeFirst();
            s->write("HTTP/1.1 " + QByteArray::number(status) +
                     " X\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n" +
                     (extra.isEmpty() ? QByteArray() : extra + "\r\n") + "\r\n" + body);
            return;
        }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
