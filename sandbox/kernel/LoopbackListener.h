#pragma once

#include <QTcpServer>

#include <functional>

namespace onair::sandbox {

// The kernel's listening socket: every accepted connection is shown to `accepted` before the
// HTTP server sees it, so that the kernel can take the bodies of uploads off it (BodyStreams).
class LoopbackListener : public QTcpServer
{
    Q_OBJECT

public:
    LoopbackListener(std::function<void(QTcpSocket *)> accepted, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::function<void(QTcpSocket *)> m_accepted;
};

} // namespace onair::sandbox
