#include "remote/dbus/ShowBusObject.h"

#include "remote/RemoteCommands.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonDocument>
#include <QVariantMap>

namespace onair {

ShowBusObject::ShowBusObject(RemoteCommands *commands, ActionOrigin origin, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_origin(origin)
    , m_published(commands->state())
{
    // Only the main object signals; `onair ctl`'s object is for its calls.
    if (m_origin == ActionOrigin::DBus)
        connect(m_commands, &RemoteCommands::stateMayHaveChanged, this,
                &ShowBusObject::publishIfChanged);
}

ShowState ShowBusObject::state() const
{
    return m_commands->state();
}

QString ShowBusObject::tally() const
{
    return tallyName(state().tally);
}

QString ShowBusObject::lifeCycleStatus() const
{
    return state().toJson(0).value(QLatin1String("lifeCycleStatus")).toString();
}

QString ShowBusObject::streamStatus() const
{
    return state().toJson(0).value(QLatin1String("streamStatus")).toString();
}

qint64 ShowBusObject::liveClockMs() const
{
    const ShowState s = state();
    return s.liveStartMs ? m_commands->now() - s.liveStartMs : -1;
}

qint64 ShowBusObject::monitorClockMs() const
{
    const ShowState s = state();
    return s.monitorStartMs ? m_commands->now() - s.monitorStartMs : -1;
}

bool ShowBusObject::breakRunning() const
{
    return state().breakRunningAt(m_commands->now());
}

QString ShowBusObject::answer(const RemoteOutcome &outcome, QString &message) const
{
    message = outcome.message;
    return RemoteOutcome::statusName(outcome.status);
}

QString ShowBusObject::delayedBreak(
    const std::function<void(std::function<void(const RemoteOutcome &)>)> &start)
{
    if (!calledFromDBus()) // a direct call (tests): nothing to reply to
        return {};
    setDelayedReply(true);
    const QDBusMessage call = message();
    QDBusConnection bus = connection();
    start([call, bus](const RemoteOutcome &outcome) mutable {
        bus.send(call.createReply(
            QVariantList{RemoteOutcome::statusName(outcome.status), outcome.message}));
    });
    return {};
}

QString ShowBusObject::AdBreak(uint seconds, QString &message)
{
    Q_UNUSED(message)
    return delayedBreak(
        [this, seconds](auto done) { m_commands->breakNow(m_origin, seconds, std::move(done)); });
}

QString ShowBusObject::AdBreakAtOffset(qint64 offsetMs, uint seconds, QString &message)
{
    Q_UNUSED(message)
    return delayedBreak([this, offsetMs, seconds](auto done) {
        m_commands->breakAtOffset(m_origin, offsetMs, seconds, std::move(done));
    });
}

QString ShowBusObject::AdBreakAtWallTime(qint64 epochMs, uint seconds, QString &message)
{
    Q_UNUSED(message)
    return delayedBreak([this, epochMs, seconds](auto done) {
        m_commands->breakAtWallTime(m_origin, epochMs, seconds, std::move(done));
    });
}

QString ShowBusObject::StartTest(QString &message)
{
    return answer(m_commands->startTest(m_origin), message);
}

QString ShowBusObject::GoLive(QString &message)
{
    return answer(m_commands->goLive(m_origin), message);
}

QString ShowBusObject::End(QString &message)
{
    return answer(m_commands->end(m_origin), message);
}

QString ShowBusObject::Recover(QString &message)
{
    return answer(m_commands->recover(m_origin), message);
}

QString ShowBusObject::Confirm(const QString &action, QString &message)
{
    return answer(m_commands->confirm(m_origin, action), message);
}

QString ShowBusObject::ReadNow(QString &message)
{
    return answer(m_commands->refresh(m_origin), message);
}

QString ShowBusObject::GetState()
{
    return QString::fromUtf8(
        QJsonDocument(state().toJson(m_commands->now())).toJson(QJsonDocument::Compact));
}

void ShowBusObject::publishIfChanged()
{
    const ShowState now = state();
    if (now.sameAs(m_published))
        return;
    const ShowState before = m_published;
    m_published = now;

    // The properties that signal their changes (the clocks and the window do not).
    QVariantMap changed;
    const auto note = [&](const char *name, const QVariant &was, const QVariant &is) {
        if (was != is)
            changed.insert(QLatin1String(name), is);
    };
    const QJsonObject a = before.toJson(0);
    const QJsonObject b = now.toJson(0);
    note("Tally", a.value(QLatin1String("tally")).toString(), tally());
    note("BroadcastId", before.broadcastId, now.broadcastId);
    note("LifeCycleStatus", a.value(QLatin1String("lifeCycleStatus")).toString(),
         b.value(QLatin1String("lifeCycleStatus")).toString());
    note("StreamStatus", a.value(QLatin1String("streamStatus")).toString(),
         b.value(QLatin1String("streamStatus")).toString());
    note("Health", before.health, now.health);
    note("PendingTransition", before.pendingTransition, now.pendingTransition);
    note("Stuck", before.stuck, now.stuck);
    note("BreakAllowed", before.whyNoBreak.isEmpty(), now.whyNoBreak.isEmpty());
    note("WhyNoBreak", before.whyNoBreak, now.whyNoBreak);
    note("BreakEndsAtMs", before.breakEndsAtMs, now.breakEndsAtMs);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!changed.isEmpty()) {
        QDBusMessage signal = QDBusMessage::createSignal(
            objectPath(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("PropertiesChanged"));
        signal << interfaceName() << changed << QStringList();
        bus.send(signal);
    }
    Q_EMIT StateChanged(GetState());
}

} // namespace onair
