#pragma once

#include <QObject>

class QHttpServer;

namespace onair::sandbox {

// The local emulator of Google's endpoints. An empty shell for now: it listens on loopback
// and answers every request with Google's 404 envelope.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1:port (0 picks a free port); returns the port, or 0 on failure.
    quint16 listen(quint16 port);

private:
    QHttpServer *m_http = nullptr;
};

} // namespace onair::sandbox
