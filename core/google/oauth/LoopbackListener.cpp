#include "google/oauth/LoopbackListener.h"

#include "google/oauth/AuthLogging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QTcpSocket>

namespace onair {

namespace {

constexpr int kSocketIdleMs = 10000;

QString statusText(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 400:
        return QStringLiteral("Bad Request");
    case 404:
        return QStringLiteral("Not Found");
    default:
        return QStringLiteral("Error");
    }
}

// Compares without an early exit, so the time taken says nothing about the expected value.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0 && !a.isEmpty();
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        qCInfo(lcAuth) << "sign-in listener timed out on port" << m_port;
        close();
        Q_EMIT timedOut();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener()
{
    close();
}

bool LoopbackListener::listen(const QByteArray &expectedState, int timeoutMs)
{
    close();
    m_done = false;
    m_expectedState = expectedState;
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth) << "cannot listen on 127.0.0.1:" << m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    m_timeout.start(timeoutMs);
    return true;
}

void LoopbackListener::close()
{
    m_timeout.stop();
    if (m_server.isListening())
        m_server.close();
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A connection that never sends its request line is dropped.
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(kSocketIdleMs);
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > OAuthRedirect::kMaxRequestLine)
            answer(socket, 400, tr("Bad request"), tr("The request was too long."));
        return;
    }
    const QByteArray line = socket->readLine(OAuthRedirect::kMaxRequestLine + 2);
    const OAuthRedirect redirect = OAuthRedirect::parseRequestLine(line);

    switch (redirect.kind) {
    case OAuthRedirect::Kind::Invalid:
        answer(socket, 400, tr("Bad request"), tr("OnAir could not read this request."));
        return;
    case OAuthRedirect::Kind::Unrelated:
        answer(socket, 404, tr("Not found"), tr("Nothing here."));
        return;
    case OAuthRedirect::Kind::Code:
    case OAuthRedirect::Kind::Error:
        break;
    }
    if (m_done || !sameSecret(redirect.state.toLatin1(), m_expectedState)) {
        // Another attempt's answer, or a forged one: refuse it and keep waiting.
        qCWarning(lcAuth) << "sign-in redirect with a wrong state rejected";
        answer(socket, 400, tr("Sign-in not accepted"),
               tr("This answer does not belong to the sign-in OnAir is waiting for. Start "
                  "sign-in again from OnAir."));
        return;
    }
    m_done = true;
    if (redirect.kind == OAuthRedirect::Kind::Code) {
        answer(socket, 200, tr("Signed in"),
               tr("OnAir received the sign-in. You can close this tab and go back to OnAir."));
    } else {
        answer(socket, 200, tr("Sign-in cancelled"),
               tr("Google did not grant access (%1). Go back to OnAir to try again.")
                   .arg(redirect.error.toHtmlEscaped()));
    }
    close();
    Q_EMIT redirectReceived(redirect);
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const QString &title,
                              const QString &text)
{
    socket->setProperty("answered", true);
    const QByteArray html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OnAir: %1"
                       "</title></head><body style=\"font-family:sans-serif;margin:3em\">"
                       "<h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text)
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                          statusText(status).toLatin1() +
                          "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                          QByteArray::number(html.size()) +
                          "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + html;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace onair
