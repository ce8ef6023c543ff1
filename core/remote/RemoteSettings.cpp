#include "remote/RemoteSettings.h"

#include <QSettings>

namespace onair {

namespace {
const QString kAllowShowControl = QStringLiteral("remote/allowShowControl");
const QString kHttpEnabled = QStringLiteral("remote/httpEnabled");
const QString kHttpAddress = QStringLiteral("remote/httpAddress");
const QString kHttpPort = QStringLiteral("remote/httpPort");
} // namespace

RemoteSettings RemoteSettings::load()
{
    const QSettings s;
    RemoteSettings r;
    r.allowShowControl = s.value(kAllowShowControl, false).toBool();
    r.httpEnabled = s.value(kHttpEnabled, false).toBool();
    // A damaged value falls back to the safe default: loopback.
    const QHostAddress address(s.value(kHttpAddress).toString());
    if (!address.isNull())
        r.httpAddress = address;
    bool ok = false;
    const uint port = s.value(kHttpPort, kDefaultPort).toUInt(&ok);
    if (ok && port > 0 && port <= 65535)
        r.httpPort = quint16(port);
    return r;
}

void RemoteSettings::save() const
{
    QSettings s;
    s.setValue(kAllowShowControl, allowShowControl);
    s.setValue(kHttpEnabled, httpEnabled);
    s.setValue(kHttpAddress, httpAddress.toString());
    s.setValue(kHttpPort, httpPort);
}

bool RemoteSettings::isExposed(const QHostAddress &address)
{
    return !address.isLoopback();
}

} // namespace onair
