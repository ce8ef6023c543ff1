#include "MainWindow.h"
#include "TestEnvironment.h"

#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSet>
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
    onair::ui::MainWindow window;
    window.setSandboxMode(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *tally = window.findChild<QLabel *>(QStringLiteral("tally"));
    QVERIFY(tally);
    QVERIFY(tally->isVisible());
    QCOMPARE(tally->text(), QStringLiteral("OFF AIR"));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("modeBanner"));
    QVERIFY(banner && banner->text().contains(QLatin1String("SANDBOX")));
    QVERIFY(window.findChild<QListWidget *>(QStringLiteral("eventLog")));

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
