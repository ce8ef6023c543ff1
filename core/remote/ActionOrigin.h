#pragma once

#include <QCoreApplication>
#include <QString>

namespace onair {

// Where an operator's action came from: the window (a key or a click) or one of the remote
// interfaces. The event log names it, so that a break nobody remembers pressing can be traced.
enum class ActionOrigin
{
    Window,
    DBus,
    Ctl,
    Http,
};

class ActionOrigins
{
    Q_DECLARE_TR_FUNCTIONS(onair::ActionOrigins)

public:
    // "D-Bus", "onair ctl", "HTTP API"; empty for the window (its actions read as before).
    static QString label(ActionOrigin origin);
    // The event log's action column: "Ad break" from the window, "Ad break (D-Bus)" otherwise.
    static QString action(const QString &action, ActionOrigin origin);
    // "dbus", "ctl", "http", "window": for the machine-readable answers and the log category.
    static QString key(ActionOrigin origin);
};

} // namespace onair
