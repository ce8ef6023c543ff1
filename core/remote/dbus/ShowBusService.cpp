#include "remote/dbus/ShowBusService.h"

#include "remote/dbus/ShowBusObject.h"

#include <QDBusConnectionInterface>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRemote)

namespace onair {

ShowBusService::ShowBusService(RemoteCommands *commands, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_bus(QString())
{}

ShowBusService::~ShowBusService()
{
    stop();
}

bool ShowBusService::start(QDBusConnection bus)
{
    stop();
    m_bus = bus;
    if (!m_bus.isConnected()) {
        m_error = tr("No D-Bus session bus: D-Bus and onair ctl are off.");
        qCWarning(lcRemote) << m_error;
        return false;
    }
    m_main = new ShowBusObject(m_commands, ActionOrigin::DBus, this);
    m_ctl = new ShowBusObject(m_commands, ActionOrigin::Ctl, this);
    const auto options = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties |
                         QDBusConnection::ExportAllSignals;
    if (!m_bus.registerObject(ShowBusObject::objectPath(), m_main, options) ||
        !m_bus.registerObject(ShowBusObject::ctlObjectPath(), m_ctl, options)) {
        m_error = tr("Could not put the show on D-Bus: %1").arg(m_bus.lastError().message());
        qCWarning(lcRemote) << m_error;
        stop();
        return false;
    }
    // Not queued behind a running OnAir, and not taking its name: one OnAir answers.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        m_bus.interface()->registerService(ShowBusObject::serviceName(),
                                           QDBusConnectionInterface::DontQueueService,
                                           QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        m_error = tr("Another OnAir already answers on D-Bus (%1): this one stays off the bus.")
                      .arg(ShowBusObject::serviceName());
        qCWarning(lcRemote) << m_error;
        stop();
        return false;
    }
    m_running = true;
    m_error.clear();
    return true;
}

void ShowBusService::stop()
{
    if (m_bus.isConnected()) {
        if (m_running)
            m_bus.interface()->unregisterService(ShowBusObject::serviceName());
        if (m_main)
            m_bus.unregisterObject(ShowBusObject::objectPath());
        if (m_ctl)
            m_bus.unregisterObject(ShowBusObject::ctlObjectPath());
    }
    delete m_main;
    delete m_ctl;
    m_main = nullptr;
    m_ctl = nullptr;
    m_running = false;
}

} // namespace onair
