#pragma once

#include <QString>

class QWidget;

namespace onair::test {

// What tests share about the environment test-env.sh made for them.
class TestEnvironment
{
public:
    // Where screenshots and logs go (ONAIR_TEST_ARTIFACTS), created on demand.
    static QString artifactsDir();
    // Grabs the widget (a real render under Xvfb) into artifactsDir()/name.png; returns the
    // path, or an empty string when the image could not be written.
    static QString saveScreenshot(QWidget *widget, const QString &name);
    // True when the test runs inside test-env.sh (own HOME, display and D-Bus session).
    static bool isIsolated();
    // The source tree, and the shared design/reference folder beside it.
    static QString sourceDir() { return QStringLiteral(ONAIR_SOURCE_DIR); }
    static QString sharedDir() { return QStringLiteral(ONAIR_SHARED_DIR); }
};

} // namespace onair::test
