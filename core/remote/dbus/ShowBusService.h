#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace onair {

class RemoteCommands;
class ShowBusObject;

// Puts the show on the session bus: the name io.github.onair.OnAir, the object for D-Bus
// callers and the one `onair ctl` calls. A second OnAir finds the name taken and stays off the
// bus (error() says so); the first keeps answering.
class ShowBusService : public QObject
{
    Q_OBJECT

public:
    explicit ShowBusService(RemoteCommands *commands, QObject *parent = nullptr);
    ~ShowBusService() override;

    bool start(QDBusConnection bus = QDBusConnection::sessionBus());
    void stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

private:
    RemoteCommands *m_commands;
    ShowBusObject *m_main = nullptr;
    ShowBusObject *m_ctl = nullptr;
    QDBusConnection m_bus;
    bool m_running = false;
    QString m_error;
};

} // namespace onair
