#include "remote/RemoteControl.h"

#include "remote/RemoteCommands.h"
#include "remote/RemoteToken.h"
#include "remote/dbus/ShowBusService.h"
#include "remote/http/HttpApiServer.h"

namespace onair {

RemoteControl::RemoteControl(BroadcastSession *session, BreakController *breaks,
                             SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(RemoteSettings::load())
    , m_commands(new RemoteCommands(session, breaks, this))
    , m_token(new RemoteToken(secrets, this))
    , m_bus(new ShowBusService(m_commands, this))
    , m_http(new HttpApiServer(m_commands, m_token, this))
{
    m_commands->setShowControlAllowed(m_settings.allowShowControl);
}

RemoteControl::~RemoteControl() = default;

void RemoteControl::start()
{
    m_bus->start();
    // Requests are refused (401) until the token is read; the API listens meanwhile.
    m_token->load();
    applyHttp();
}

void RemoteControl::apply(const RemoteSettings &settings)
{
    m_settings = settings;
    m_settings.save();
    m_commands->setShowControlAllowed(m_settings.allowShowControl);
    applyHttp();
}

void RemoteControl::applyHttp()
{
    m_httpError.clear();
    if (!m_settings.httpEnabled) {
        m_http->close();
    } else if (!m_http->isListening() || m_http->address() != m_settings.httpAddress ||
               (m_settings.httpPort != 0 && m_http->port() != m_settings.httpPort)) {
        // Port 0 (tests, benchmarks) is any free port: the one taken is kept.
        if (!m_http->listen(m_settings.httpAddress, m_settings.httpPort))
            m_httpError = m_http->error();
    }
    Q_EMIT httpStateChanged();
}

} // namespace onair
