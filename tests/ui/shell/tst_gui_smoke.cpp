#include "TestEnvironment.h"
#include "shell/MainWindow.h"

#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTest>

using onair::test::TestEnvironment;

// Opens the real main window on the Xvfb display and keeps a screenshot of it.
class TestGuiSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndPaints();
};

void TestGuiSmoke::opensAndPaints()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    // As main.cpp names the application: the platform adds " — OnAir" to every title, so the
    // window's own title must not say it again ("OnAir — sandbox — OnAir").
    QGuiApplication::setApplicationDisplayName(QStringLiteral("OnAir"));
    onair::ui::MainWindow window(nullptr, nullptr, nullptr);
    window.setSandboxMode(true);
    QCOMPARE(window.windowTitle(), QStringLiteral("sandbox"));
    window.setSandboxMode(false);
    QCOMPARE(window.windowTitle(), QString());
    window.setSandboxMode(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *tally = window.findChild<QLabel *>(QStringLiteral("tally"));
    QVERIFY(tally);
    QVERIFY(tally->isVisible());
    QCOMPARE(tally->text(), QStringLiteral("OFF AIR"));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("modeBanner"));
    QVERIFY(banner && banner->text().contains(QLatin1String("SANDBOX")));
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("eventLog")));
    // Without an account nothing can be sent, and the window says what to do.
    auto *goLive = window.findChild<QWidget *>(QStringLiteral("goLiveButton"));
    QVERIFY(goLive && !goLive->isEnabled());
    auto *why = window.findChild<QLabel *>(QStringLiteral("whyLabel"));
    QVERIFY(why && why->text().contains(QLatin1String("Sign in")));
    // The web engine is not created at start-up.
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("monitorWebView")));

    const QString path =
        TestEnvironment::saveScreenshot(&window, QStringLiteral("gui-smoke-main-window"));
    QVERIFY(!path.isEmpty());
    const QImage shot(path);
    QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
    // A painted window has many colours; a blank or black capture has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 7)
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
