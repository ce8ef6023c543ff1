#pragma once

#include "remote/ActionOrigin.h"
#include "remote/RemoteOutcome.h"
#include "remote/ShowState.h"

#include <QDBusContext>
#include <QObject>

namespace onair {

class RemoteCommands;

// The show on the session bus: the interface io.github.onair.OnAir.Show (introspectable; its
// XML is ShowBusObject::kInterfaceXml) with a method per action, read-only properties for the
// state and a StateChanged signal plus org.freedesktop.DBus.Properties.PropertiesChanged when
// the state changes (the clocks are read, not signalled). Each action answers (outcome,
// message): outcome is RemoteOutcome's name ("placed", "refused", "armed", …). An ad break's
// reply waits for YouTube's answer. The same class serves `onair ctl` on its own path, so
// that the event log tells the two apart; only the main object signals.
class ShowBusObject : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.onair.OnAir.Show")
    Q_CLASSINFO("D-Bus Introspection",
                "  <interface name=\"io.github.onair.OnAir.Show\">\n"
                "    <property name=\"Tally\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"BroadcastId\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"LifeCycleStatus\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"StreamStatus\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"Health\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"PendingTransition\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"Stuck\" type=\"b\" access=\"read\"/>\n"
                "    <property name=\"LiveClockMs\" type=\"x\" access=\"read\">\n"
                "      <annotation name=\"org.freedesktop.DBus.Property.EmitsChangedSignal\" "
                "value=\"false\"/>\n"
                "    </property>\n"
                "    <property name=\"MonitorClockMs\" type=\"x\" access=\"read\">\n"
                "      <annotation name=\"org.freedesktop.DBus.Property.EmitsChangedSignal\" "
                "value=\"false\"/>\n"
                "    </property>\n"
                "    <property name=\"OffsetWindowEarliestMs\" type=\"x\" access=\"read\">\n"
                "      <annotation name=\"org.freedesktop.DBus.Property.EmitsChangedSignal\" "
                "value=\"false\"/>\n"
                "    </property>\n"
                "    <property name=\"OffsetWindowLatestMs\" type=\"x\" access=\"read\">\n"
                "      <annotation name=\"org.freedesktop.DBus.Property.EmitsChangedSignal\" "
                "value=\"false\"/>\n"
                "    </property>\n"
                "    <property name=\"BreakAllowed\" type=\"b\" access=\"read\"/>\n"
                "    <property name=\"WhyNoBreak\" type=\"s\" access=\"read\"/>\n"
                "    <property name=\"BreakRunning\" type=\"b\" access=\"read\">\n"
                "      <annotation name=\"org.freedesktop.DBus.Property.EmitsChangedSignal\" "
                "value=\"false\"/>\n"
                "    </property>\n"
                "    <property name=\"BreakEndsAtMs\" type=\"x\" access=\"read\"/>\n"
                "    <signal name=\"StateChanged\">\n"
                "      <arg name=\"state\" type=\"s\"/>\n"
                "    </signal>\n"
                "    <method name=\"AdBreak\">\n"
                "      <arg name=\"seconds\" type=\"u\" direction=\"in\"/>\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"AdBreakAtOffset\">\n"
                "      <arg name=\"offsetMs\" type=\"x\" direction=\"in\"/>\n"
                "      <arg name=\"seconds\" type=\"u\" direction=\"in\"/>\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"AdBreakAtWallTime\">\n"
                "      <arg name=\"epochMs\" type=\"x\" direction=\"in\"/>\n"
                "      <arg name=\"seconds\" type=\"u\" direction=\"in\"/>\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"StartTest\">\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"GoLive\">\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"End\">\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"Recover\">\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"Confirm\">\n"
                "      <arg name=\"action\" type=\"s\" direction=\"in\"/>\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"ReadNow\">\n"
                "      <arg name=\"outcome\" type=\"s\" direction=\"out\"/>\n"
                "      <arg name=\"message\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "    <method name=\"GetState\">\n"
                "      <arg name=\"json\" type=\"s\" direction=\"out\"/>\n"
                "    </method>\n"
                "  </interface>\n")

    Q_PROPERTY(QString Tally READ tally)
    Q_PROPERTY(QString BroadcastId READ broadcastId)
    Q_PROPERTY(QString LifeCycleStatus READ lifeCycleStatus)
    Q_PROPERTY(QString StreamStatus READ streamStatus)
    Q_PROPERTY(QString Health READ health)
    Q_PROPERTY(QString PendingTransition READ pendingTransition)
    Q_PROPERTY(bool Stuck READ stuck)
    Q_PROPERTY(qint64 LiveClockMs READ liveClockMs)
    Q_PROPERTY(qint64 MonitorClockMs READ monitorClockMs)
    Q_PROPERTY(qint64 OffsetWindowEarliestMs READ offsetWindowEarliestMs)
    Q_PROPERTY(qint64 OffsetWindowLatestMs READ offsetWindowLatestMs)
    Q_PROPERTY(bool BreakAllowed READ breakAllowed)
    Q_PROPERTY(QString WhyNoBreak READ whyNoBreak)
    Q_PROPERTY(bool BreakRunning READ breakRunning)
    Q_PROPERTY(qint64 BreakEndsAtMs READ breakEndsAtMs)

public:
    static QString serviceName() { return QStringLiteral("io.github.onair.OnAir"); }
    static QString objectPath() { return QStringLiteral("/io/github/onair/OnAir"); }
    // Where `onair ctl` calls the same interface.
    static QString ctlObjectPath() { return QStringLiteral("/io/github/onair/OnAir/Ctl"); }
    static QString interfaceName() { return QStringLiteral("io.github.onair.OnAir.Show"); }

    ShowBusObject(RemoteCommands *commands, ActionOrigin origin, QObject *parent = nullptr);

    // Property reads: -1 for a clock or window bound that does not exist yet.
    QString tally() const;
    QString broadcastId() const { return state().broadcastId; }
    QString lifeCycleStatus() const;
    QString streamStatus() const;
    QString health() const { return state().health; }
    QString pendingTransition() const { return state().pendingTransition; }
    bool stuck() const { return state().stuck; }
    qint64 liveClockMs() const;
    qint64 monitorClockMs() const;
    qint64 offsetWindowEarliestMs() const { return state().windowEarliestMs.value_or(-1); }
    qint64 offsetWindowLatestMs() const { return state().windowLatestMs.value_or(-1); }
    bool breakAllowed() const { return state().whyNoBreak.isEmpty(); }
    QString whyNoBreak() const { return state().whyNoBreak; }
    bool breakRunning() const;
    qint64 breakEndsAtMs() const { return state().breakEndsAtMs; }

public Q_SLOTS:
    QString AdBreak(uint seconds, QString &message);
    QString AdBreakAtOffset(qint64 offsetMs, uint seconds, QString &message);
    QString AdBreakAtWallTime(qint64 epochMs, uint seconds, QString &message);
    QString StartTest(QString &message);
    QString GoLive(QString &message);
    QString End(QString &message);
    QString Recover(QString &message);
    QString Confirm(const QString &action, QString &message);
    QString ReadNow(QString &message);
    QString GetState();

Q_SIGNALS:
    // The state's JSON (as GetState), each time something but the clocks changed.
    void StateChanged(const QString &state);

private:
    ShowState state() const;
    QString answer(const RemoteOutcome &outcome, QString &message) const;
    // Replies later, once the break's outcome is known.
    QString
    delayedBreak(const std::function<void(std::function<void(const RemoteOutcome &)>)> &start);
    void publishIfChanged();

    RemoteCommands *m_commands;
    ActionOrigin m_origin;
    ShowState m_published;
};

} // namespace onair
