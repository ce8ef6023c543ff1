#include "SandboxServer.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>

namespace onair::sandbox {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
{}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    return m_http->listen(QHostAddress::LocalHost, port);
}

} // namespace onair::sandbox
