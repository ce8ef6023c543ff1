#include "remote/ActionOrigin.h"

namespace onair {

QString ActionOrigins::label(ActionOrigin origin)
{
    switch (origin) {
    case ActionOrigin::Window:
        return {};
    case ActionOrigin::DBus:
        return tr("D-Bus");
    case ActionOrigin::Ctl:
        return tr("onair ctl");
    case ActionOrigin::Http:
        return tr("HTTP API");
    }
    return {};
}

QString ActionOrigins::action(const QString &action, ActionOrigin origin)
{
    const QString from = label(origin);
    return from.isEmpty() ? action : tr("%1 (%2)").arg(action, from);
}

QString ActionOrigins::key(ActionOrigin origin)
{
    switch (origin) {
    case ActionOrigin::Window:
        break;
    case ActionOrigin::DBus:
        return QStringLiteral("dbus");
    case ActionOrigin::Ctl:
        return QStringLiteral("ctl");
    case ActionOrigin::Http:
        return QStringLiteral("http");
    }
    return QStringLiteral("window");
}

} // namespace onair
