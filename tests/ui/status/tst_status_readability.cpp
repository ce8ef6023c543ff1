#include "tst_status_readability.h"

#include "TestEnvironment.h"
#include "google/youtube/YouTubeClient.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "status/StatusPanel.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>

#include <cmath>

using namespace onair;
using onair::test::TestEnvironment;
using Tally = ui::StatusPanel::Tally;
using Scheme = ui::Theme::Scheme;

Q_DECLARE_METATYPE(std::optional<LifeCycleStatus>)

namespace {

// Readable from three metres. A letter subtends 5 arcmin for 20/20 vision at its limit; an
// operator with 20/40 vision (the driving-licence minimum in many countries) needs 10 arcmin:
// at 3000 mm that is 3000 × tan(10′) = 8.7 mm. On a 15.6-inch 1366×768 laptop screen a pixel is
// 344 mm / 1366 = 0.252 mm, so 8.7 mm is 35 px of cap (or digit) height.
constexpr int kMinGlyphPx = 35;

std::optional<LiveBroadcast> broadcastIn(std::optional<LifeCycleStatus> status)
{
    if (!status)
        return std::nullopt;
    LiveBroadcast b;
    b.id = QStringLiteral("readable0001");
    b.snippet.title = QStringLiteral("Evening news");
    b.status.lifeCycleStatus = *status;
    b.status.privacyStatus = QStringLiteral("private");
    return b;
}

LiveStream streamIn(StreamStatus status)
{
    LiveStream s;
    s.id = QStringLiteral("stream0001");
    s.status.streamStatus = status;
    s.status.healthStatus.status =
        status == StreamStatus::Active ? QStringLiteral("good") : QStringLiteral("noData");
    return s;
}

int distance(QRgb a, QRgb b)
{
    return qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b));
}

// The height in pixels of one line of what is drawn in `text` on `background` (anti-aliased
// edges count when nearer the text than the background): the tallest run of rows with ink, so
// that a tally wrapped on two lines is measured a line at a time.
int inkHeight(const QImage &image, QRgb text, QRgb background)
{
    int tallest = 0;
    int run = 0;
    for (int y = 0; y < image.height(); ++y) {
        bool ink = false;
        for (int x = 0; x < image.width() && !ink; ++x) {
            const QRgb p = image.pixel(x, y);
            ink = distance(p, text) < distance(p, background);
        }
        run = ink ? run + 1 : 0;
        tallest = qMax(tallest, run);
    }
    return tallest;
}

QImage imageOf(QWidget *w)
{
    return w->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

void TestStatusReadability::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestStatusReadability::tallyFollowsWhatCanBeDoneNext_data()
{
    QTest::addColumn<std::optional<LifeCycleStatus>>("lifeCycle");
    QTest::addColumn<StreamStatus>("stream");
    QTest::addColumn<Tally>("tally");
    QTest::addColumn<QString>("word");
    QTest::newRow("no broadcast") << std::optional<LifeCycleStatus>() << StreamStatus::Unknown
                                  << Tally::OffAir << QStringLiteral("OFF AIR");
    QTest::newRow("created") << std::optional(LifeCycleStatus::Created) << StreamStatus::Unknown
                             << Tally::OffAir << QStringLiteral("OFF AIR");
    QTest::newRow("ready, stream ready (noData)")
        << std::optional(LifeCycleStatus::Ready) << StreamStatus::Ready << Tally::NoSignal
        << QStringLiteral("NO SIGNAL");
    QTest::newRow("ready, stream inactive")
        << std::optional(LifeCycleStatus::Ready) << StreamStatus::Inactive << Tally::NoSignal
        << QStringLiteral("NO SIGNAL");
    QTest::newRow("ready, stream active")
        << std::optional(LifeCycleStatus::Ready) << StreamStatus::Active << Tally::Ready
        << QStringLiteral("READY");
    QTest::newRow("testing") << std::optional(LifeCycleStatus::Testing) << StreamStatus::Active
                             << Tally::Testing << QStringLiteral("TESTING");
    QTest::newRow("live") << std::optional(LifeCycleStatus::Live) << StreamStatus::Active
                          << Tally::Live << QStringLiteral("LIVE");
    QTest::newRow("complete") << std::optional(LifeCycleStatus::Complete) << StreamStatus::Inactive
                              << Tally::Ended << QStringLiteral("ENDED");
}

void TestStatusReadability::tallyFollowsWhatCanBeDoneNext()
{
    QFETCH(std::optional<LifeCycleStatus>, lifeCycle);
    QFETCH(StreamStatus, stream);
    QFETCH(Tally, tally);
    QFETCH(QString, word);

    ui::MainWindow w(nullptr, nullptr, nullptr);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ui::StatusPanel *panel = w.statusPanel();
    panel->setBroadcast(broadcastIn(lifeCycle));
    panel->setStream(streamIn(stream));
    QCOMPARE(panel->tally(), tally);

    // What the operator sees: the word, on the state's colour.
    auto *label = w.findChild<QLabel *>(QStringLiteral("tally"));
    QVERIFY(label);
    QCOMPARE(label->text(), word);
    const QImage shot = imageOf(label);
    const QColor seen = shot.pixelColor(6, shot.height() / 2);
    const QColor wanted = ui::StatusPanel::tallyColours(tally).background;
    QVERIFY2(distance(seen.rgb(), wanted.rgb()) < 12,
             qPrintable(QStringLiteral("the tally shows %1, the state's colour is %2")
                            .arg(seen.name(), wanted.name())));
    // Green means "go": only when the test can start.
    const bool green = seen.hsvHue() >= 90 && seen.hsvHue() <= 160 && seen.hsvSaturation() > 80;
    QCOMPARE(green, tally == Tally::Ready);
}

void TestStatusReadability::everyStateHasItsOwnWordAndColour()
{
    const QList<Tally> all = {Tally::OffAir,  Tally::NoSignal, Tally::Ready,
                              Tally::Testing, Tally::Live,     Tally::Ended};
    for (Tally a : all) {
        QVERIFY(!ui::StatusPanel::tallyText(a).isEmpty());
        const ui::StatusPanel::TallyColours ca = ui::StatusPanel::tallyColours(a);
        // The word stands out on its colour (WCAG contrast of at least 4.5:1).
        const auto luminance = [](const QColor &c) {
            const auto lin = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
        };
        const double la = luminance(ca.background);
        const double lt = luminance(ca.text);
        const double contrast = (qMax(la, lt) + 0.05) / (qMin(la, lt) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(ui::StatusPanel::tallyText(a) +
                                             QStringLiteral(": contrast %1").arg(contrast)));
        for (Tally b : all) {
            if (a == b)
                continue;
            // Colour plus word: a colour-blind operator reads the word.
            QVERIFY(ui::StatusPanel::tallyText(a) != ui::StatusPanel::tallyText(b));
            QVERIFY(ca.background != ui::StatusPanel::tallyColours(b).background);
        }
    }
}

void TestStatusReadability::darkThemeFollowsTheDesktopAndIsRemembered()
{
    // Nothing saved: the desktop's preference (Qt 6.4 has no colorScheme(): the palette says).
    QSettings().remove(QStringLiteral("view/theme"));
    QVERIFY(!ui::Theme::saved());
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QCOMPARE(ui::Theme::desktopPreference(), Scheme::Dark);
    QCOMPARE(ui::Theme::initial(), Scheme::Dark);
#endif
    QApplication::setPalette(before);
    QCOMPARE(ui::Theme::desktopPreference(), Scheme::Light);

    // Switched in the Settings menu, applied at once and remembered for the next start.
    ui::Theme::apply(Scheme::Light);
    {
        ui::MainWindow w(nullptr, nullptr, nullptr);
        auto *toggle = w.findChild<QAction *>(QStringLiteral("darkThemeAction"));
        QVERIFY(toggle && toggle->isCheckable() && !toggle->isChecked());
        toggle->trigger();
        QCOMPARE(ui::Theme::current(), Scheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 60);
        QVERIFY(ui::Theme::saved() == std::optional(Scheme::Dark));
    }
    QCOMPARE(ui::Theme::initial(), Scheme::Dark);
    ui::MainWindow again(nullptr, nullptr, nullptr);
    QVERIFY(again.findChild<QAction *>(QStringLiteral("darkThemeAction"))->isChecked());
    again.findChild<QAction *>(QStringLiteral("darkThemeAction"))->trigger();
    QVERIFY(ui::Theme::saved() == std::optional(Scheme::Light));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 120);
}

void TestStatusReadability::readableFromThreeMetres_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::newRow("light") << Scheme::Light;
    QTest::newRow("dark") << Scheme::Dark;
}

void TestStatusReadability::readableFromThreeMetres()
{
    QFETCH(Scheme, scheme);
    ui::Theme::apply(scheme);
    auto restore = qScopeGuard([] { ui::Theme::apply(Scheme::Light); });
    const QString theme = scheme == Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");

    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    ui::MainWindow w(&session, &client, nullptr);
    w.setSandboxMode(true);
    w.resize(1366, 768 - 48);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ui::StatusPanel *panel = w.statusPanel();
    auto *tally = w.findChild<QLabel *>(QStringLiteral("tally"));
    auto *monitorClock = w.findChild<QLabel *>(QStringLiteral("monitorClock"));
    auto *liveClock = w.findChild<QLabel *>(QStringLiteral("liveClock"));
    QVERIFY(tally && monitorClock && liveClock);

    struct Stage
    {
        const char *name;
        std::optional<LifeCycleStatus> lifeCycle;
        StreamStatus stream;
    };
    const Stage stages[] = {
        {"1-off-air", std::nullopt, StreamStatus::Unknown},
        {"2-no-signal", LifeCycleStatus::Ready, StreamStatus::Ready},
        {"3-ready", LifeCycleStatus::Ready, StreamStatus::Active},
        {"4-testing", LifeCycleStatus::Testing, StreamStatus::Active},
        {"5-live", LifeCycleStatus::Live, StreamStatus::Active},
        {"6-ended", LifeCycleStatus::Complete, StreamStatus::Inactive},
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Stage &stage : stages) {
        std::optional<LiveBroadcast> b = broadcastIn(stage.lifeCycle);
        if (b && *stage.lifeCycle >= LifeCycleStatus::Live)
            b->snippet.actualStartTime = now.addSecs(-754);
        if (b && *stage.lifeCycle == LifeCycleStatus::Complete)
            b->snippet.actualEndTime = now;
        panel->setMonitorStart(
            b && *stage.lifeCycle >= LifeCycleStatus::Testing ? now.addSecs(-1234) : QDateTime());
        panel->setBroadcast(b);
        panel->setStream(streamIn(stage.stream));
        QTest::qWait(50);
        TestEnvironment::saveScreenshot(
            &w, QStringLiteral("stage-%1-%2").arg(theme, QLatin1String(stage.name)));

        const ui::StatusPanel::TallyColours colours = ui::StatusPanel::tallyColours(panel->tally());
        const int tallyPx = inkHeight(imageOf(tally), colours.text.rgb(), colours.background.rgb());
        qInfo("%s %s: tally \"%s\" %d px", qPrintable(theme), stage.name, qPrintable(tally->text()),
              tallyPx);
        QVERIFY2(tallyPx >= kMinGlyphPx,
                 qPrintable(QStringLiteral("%1 %2: the tally word \"%3\" is %4 px high")
                                .arg(theme, QLatin1String(stage.name), tally->text())
                                .arg(tallyPx)));
        for (QLabel *clock : {monitorClock, liveClock}) {
            if (clock->text() == QStringLiteral("—"))
                continue;
            const QPalette p = clock->palette();
            const int px = inkHeight(imageOf(clock), p.color(QPalette::WindowText).rgb(),
                                     p.color(QPalette::Window).rgb());
            qInfo("%s %s: %s \"%s\" %d px", qPrintable(theme), stage.name,
                  qPrintable(clock->objectName()), qPrintable(clock->text()), px);
            QVERIFY2(px >= kMinGlyphPx,
                     qPrintable(QStringLiteral("%1 %2: the clock %3 \"%4\" is %5 px high")
                                    .arg(theme, QLatin1String(stage.name), clock->objectName(),
                                         clock->text())
                                    .arg(px)));
        }
    }
    // The clocks were read in the stages that have them.
    QVERIFY(liveClock->text() != QStringLiteral("—"));
}

QTEST_MAIN(TestStatusReadability)

#include "moc_tst_status_readability.cpp"
