#include "common/ChromiumSettings.h"

#include <QByteArray>
#include <QQuickWindow>

#include <unistd.h>

namespace onair::ui {

void prepareChromium()
{
    // Chromium draws the page in software and hands frames to a Qt Quick scene graph; with
    // the software scene graph the window keeps its plain composition. With OpenGL, the first
    // player would switch the whole window to OpenGL composition and compile shaders on the GUI
    // thread (0.2 s and more on a machine without a GPU), and a GPU driver fault could take
    // the control room down in the middle of a show. QT_QUICK_BACKEND still overrides it.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // Chromium refuses to run as root with its sandbox on; the README runs OnAir as root.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // Without the sandbox the zygote process buys nothing, and starting it makes the GUI
    // thread wait for a fork and a handshake (half of Chromium's 60-90 ms start).
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const bool sandboxOff = qEnvironmentVariableIntValue("QTWEBENGINE_DISABLE_SANDBOX") != 0 ||
                            flags.contains("--no-sandbox");
    if (sandboxOff && !flags.contains("--no-zygote")) {
        flags += flags.isEmpty() ? "--no-zygote" : " --no-zygote";
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    }
}

} // namespace onair::ui
