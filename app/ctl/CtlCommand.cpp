#include "ctl/CtlCommand.h"

#include "remote/dbus/ShowBusObject.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

#include <cstdio>
#include <optional>

namespace onair {

namespace {

// A break's reply waits for YouTube's answer, which the request pipeline bounds well within
// this.
constexpr int kCallTimeoutMs = 120000;

void print(FILE *to, const QString &text)
{
    std::fputs(qPrintable(text), to);
    std::fputc('\n', to);
}

bool parseSeconds(const QString &s, uint *out)
{
    bool ok = false;
    const uint v = s.toUInt(&ok);
    if (!ok || v == 0)
        return false;
    *out = v;
    return true;
}

// HH:MM or HH:MM:SS today (tomorrow when more than twelve hours back, as in the window).
std::optional<qint64> parseWallTime(const QString &s)
{
    QTime t = QTime::fromString(s, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        t = QTime::fromString(s, QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime at(now.date(), t);
    if (at.secsTo(now) > 12 * 3600)
        at = at.addDays(1);
    return at.toMSecsSinceEpoch();
}

} // namespace

CtlCommand::ExitCode CtlCommand::exitCodeFor(RemoteOutcome::Status status)
{
    switch (status) {
    case RemoteOutcome::Status::Placed:
    case RemoteOutcome::Status::Accepted:
        return Ok;
    case RemoteOutcome::Status::Armed:
        return Armed;
    case RemoteOutcome::Status::Ignored:
        return Ignored;
    case RemoteOutcome::Status::Refused:
        return Refused;
    case RemoteOutcome::Status::Unconfirmed:
        return Unconfirmed;
    case RemoteOutcome::Status::NotAllowed:
        return NotAllowed;
    case RemoteOutcome::Status::RateLimited:
        return RateLimited;
    case RemoteOutcome::Status::Invalid:
        return Usage;
    }
    return Refused;
}

CtlCommand::ExitCode CtlCommand::exitCodeFor(const QString &outcomeName)
{
    for (auto s : {RemoteOutcome::Status::Placed, RemoteOutcome::Status::Accepted,
                   RemoteOutcome::Status::Armed, RemoteOutcome::Status::Ignored,
                   RemoteOutcome::Status::Refused, RemoteOutcome::Status::Unconfirmed,
                   RemoteOutcome::Status::NotAllowed, RemoteOutcome::Status::RateLimited,
                   RemoteOutcome::Status::Invalid}) {
        if (RemoteOutcome::statusName(s) == outcomeName)
            return exitCodeFor(s);
    }
    return Refused;
}

QString CtlCommand::usage()
{
    return tr("Usage: onair ctl COMMAND\n"
              "  break [SECONDS] [--at HH:MM[:SS] | --offset MS]  place an ad break\n"
              "  status [--json]     the show's state\n"
              "  test                start testing\n"
              "  live | end | recover   arm it (when allowed in Settings → Remote control)\n"
              "  confirm live|end|recover   carry out what was armed, within 5 s\n"
              "  refresh             read the broadcast and the stream now\n"
              "Exit codes: 0 done, 1 refused, 2 usage, 3 no OnAir running, 4 ignored (double "
              "press), 5 armed, 6 not allowed, 7 too many calls, 8 no answer from YouTube.");
}

int CtlCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        print(arguments.isEmpty() ? stderr : stdout, usage());
        return arguments.isEmpty() ? Usage : Ok;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);

    // What to call, decided before the bus is touched: a usage error needs no OnAir.
    QString method;
    QVariantList args;
    bool json = false;
    if (command == QLatin1String("break")) {
        uint seconds = 0; // 0: OnAir's default duration
        std::optional<qint64> at;
        std::optional<qint64> offset;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const QString &a = rest.at(i);
            if (a == QLatin1String("--at") && i + 1 < rest.size()) {
                at = parseWallTime(rest.at(++i));
                if (!at) {
                    print(stderr, tr("onair ctl: --at takes HH:MM or HH:MM:SS."));
                    return Usage;
                }
            } else if (a == QLatin1String("--offset") && i + 1 < rest.size()) {
                bool ok = false;
                offset = rest.at(++i).toLongLong(&ok);
                if (!ok || *offset < 0) {
                    print(stderr, tr("onair ctl: --offset takes milliseconds (0 or more)."));
                    return Usage;
                }
            } else if (!parseSeconds(a, &seconds)) {
                print(stderr, tr("onair ctl: \"%1\" is not a duration in seconds.").arg(a));
                print(stderr, usage());
                return Usage;
            }
        }
        if (at && offset) {
            print(stderr, tr("onair ctl: a break is at a wall time or at an offset, not both."));
            return Usage;
        }
        if (at) {
            method = QStringLiteral("AdBreakAtWallTime");
            args = {QVariant::fromValue(*at), QVariant::fromValue(seconds)};
        } else if (offset) {
            method = QStringLiteral("AdBreakAtOffset");
            args = {QVariant::fromValue(*offset), QVariant::fromValue(seconds)};
        } else {
            method = QStringLiteral("AdBreak");
            args = {QVariant::fromValue(seconds)};
        }
    } else if (command == QLatin1String("status") &&
               (rest.isEmpty() || rest == QStringList{QStringLiteral("--json")})) {
        method = QStringLiteral("GetState");
        json = !rest.isEmpty();
    } else if (rest.isEmpty() && command == QLatin1String("test")) {
        method = QStringLiteral("StartTest");
    } else if (rest.isEmpty() && command == QLatin1String("live")) {
        method = QStringLiteral("GoLive");
    } else if (rest.isEmpty() && command == QLatin1String("end")) {
        method = QStringLiteral("End");
    } else if (rest.isEmpty() && command == QLatin1String("recover")) {
        method = QStringLiteral("Recover");
    } else if (rest.isEmpty() && command == QLatin1String("refresh")) {
        method = QStringLiteral("ReadNow");
    } else if (rest.size() == 1 && command == QLatin1String("confirm")) {
        method = QStringLiteral("Confirm");
        args = {rest.first()};
    } else {
        print(stderr, usage());
        return Usage;
    }

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()->isServiceRegistered(ShowBusObject::serviceName())) {
        print(stderr, tr("onair ctl: no OnAir is running (nothing answers on D-Bus as %1).")
                          .arg(ShowBusObject::serviceName()));
        return NotRunning;
    }
    QDBusInterface show(ShowBusObject::serviceName(), ShowBusObject::ctlObjectPath(),
                        ShowBusObject::interfaceName(), bus);
    show.setTimeout(kCallTimeoutMs);
    const QDBusMessage reply = show.callWithArgumentList(QDBus::Block, method, args);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        // OnAir went away between the check and the call, or it does not answer.
        print(stderr, tr("onair ctl: OnAir did not answer: %1").arg(reply.errorMessage()));
        return NotRunning;
    }

    if (method == QLatin1String("GetState")) {
        const QString state = reply.arguments().first().toString();
        if (json) {
            print(stdout, state);
            return Ok;
        }
        const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object();
        const QString lifeCycle = o.value(QLatin1String("lifeCycleStatus")).toString();
        print(stdout, tr("tally: %1").arg(o.value(QLatin1String("tally")).toString()));
        if (!lifeCycle.isEmpty())
            print(stdout, tr("broadcast: %1 (%2), stream %3")
                              .arg(o.value(QLatin1String("broadcastId")).toString(), lifeCycle,
                                   o.value(QLatin1String("streamStatus")).toString()));
        const QString why = o.value(QLatin1String("whyNoBreak")).toString();
        print(stdout,
              why.isEmpty() ? tr("ad breaks: can be placed now") : tr("ad breaks: %1").arg(why));
        if (o.value(QLatin1String("breakRunning")).toBool())
            print(stdout, tr("an ad break is running"));
        return Ok;
    }

    const QString outcome = reply.arguments().value(0).toString();
    const QString message = reply.arguments().value(1).toString();
    const ExitCode code = exitCodeFor(outcome);
    print(code == Ok || code == Armed ? stdout : stderr, message);
    return code;
}

} // namespace onair
