#include "TestEnvironment.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace onair::test {

QString TestEnvironment::artifactsDir()
{
    QString dir = qEnvironmentVariable("ONAIR_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/onair-test-artifacts");
    QDir().mkpath(dir);
    return dir;
}

QString TestEnvironment::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = artifactsDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    const QPixmap shot = widget->grab();
    if (shot.isNull() || !shot.save(path, "PNG"))
        return {};
    return path;
}

bool TestEnvironment::isIsolated()
{
    return !qEnvironmentVariable("ONAIR_TEST_TIMEOUT").isEmpty() &&
           !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty() &&
           QDir::homePath().contains(QLatin1String("onair-test."));
}

} // namespace onair::test
