#pragma once

#include <QHostAddress>

namespace onair {

// What the operator chose for control from outside the window (Settings → Remote control),
// kept in the app's settings. The HTTP API is off by default and binds the loopback address
// unless another one is chosen; go live, end and recover are off for remote callers by default.
struct RemoteSettings
{
    static constexpr quint16 kDefaultPort = 8723;

    bool allowShowControl = false;
    bool httpEnabled = false;
    QHostAddress httpAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 httpPort = kDefaultPort;

    static RemoteSettings load();
    void save() const;
    // True for an address other machines can reach (anything but 127.0.0.0/8 and ::1).
    static bool isExposed(const QHostAddress &address);
};

} // namespace onair
