#include "kernel/LoopbackListener.h"

#include <QTcpSocket>

namespace onair::sandbox {

LoopbackListener::LoopbackListener(std::function<void(QTcpSocket *)> accepted, QObject *parent)
    : QTcpServer(parent)
    , m_accepted(std::move(accepted))
{}

void LoopbackListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    m_accepted(socket);
    addPendingConnection(socket);
}

} // namespace onair::sandbox
