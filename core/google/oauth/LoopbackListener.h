#pragma once

#include "google/oauth/OAuthRedirect.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace onair {

// The one-shot HTTP listener on 127.0.0.1 (ephemeral port) that receives the browser's
// redirect after consent. It answers every request with a small page; the first request that
// carries the expected `state` (a code or an error) ends it: the server closes and
// redirectReceived() fires. A wrong state is answered with an error page and the listener keeps
// waiting for the right one, until the timeout.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Binds 127.0.0.1:0. False when no port could be bound.
    bool listen(const QByteArray &expectedState, int timeoutMs);
    void close();

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    // http://127.0.0.1:<port> (no path), as the redirect_uri.
    QUrl redirectUri() const;

Q_SIGNALS:
    void redirectReceived(const onair::OAuthRedirect &redirect);
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;
    QTimer m_timeout;
    QByteArray m_expectedState;
    quint16 m_port = 0;
    bool m_done = false;
};

} // namespace onair
