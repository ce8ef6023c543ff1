#include "tst_window_fit.h"

#include "TestEnvironment.h"
#include "announce/Announcements.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/upload/UploadQueue.h"
#include "presets/PresetLauncher.h"
#include "presets/PresetStore.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "status/StatusPanel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace onair;
using onair::test::TestEnvironment;

namespace {
// A common laptop screen, less a panel or task bar.
constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 768 - 48;
} // namespace

void TestWindowFit::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
}

void TestWindowFit::fits_data()
{
    QTest::addColumn<QString>("language");
    for (const char *lang : {"en", "ru", "pl", "fr"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestWindowFit::fits()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("onair_") + language, QStringLiteral(ONAIR_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    auto removeTranslator =
        qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    // The window as the application builds it, with its docks; no account, nothing sent.
    QTemporaryDir presets;
    YouTubeClient client(nullptr);
    BroadcastSession session(&client);
    BreakController breaks(&session, &client);
    PresetStore store(presets.path());
    PresetLauncher launcher(&session, &store);
    Announcements announcements(nullptr, nullptr);
    QVERIFY(announcements.open(presets.filePath(QStringLiteral("announcements.sqlite"))));
    ui::MainWindow window(&session, &client, nullptr);
    window.addAdBreakPanel(&breaks);
    window.addAnnouncementsPanel(&announcements);
    window.addPresetPanel(&launcher);
    UploadQueue uploads(&client);
    window.addUploadsPanel(&uploads);
    window.setSandboxMode(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    qInfo("%s: minimum %dx%d", qPrintable(language), minimum.width(), minimum.height());
    QVERIFY2(minimum.width() <= kScreenWidth && minimum.height() <= kScreenHeight,
             qPrintable(QStringLiteral("%1: the window needs %2x%3")
                            .arg(language)
                            .arg(minimum.width())
                            .arg(minimum.height())));
    window.resize(kScreenWidth, kScreenHeight);
    // A refused break is a row of the cuepoint log: its columns fit the ad-break dock.
    breaks.fireNow(30);
    QTest::qWait(50);
    TestEnvironment::saveScreenshot(&window, QStringLiteral("window-fit-") + language);
    auto *cuepoints = window.findChild<QTableView *>(QStringLiteral("cuepointLogView"));
    QVERIFY(cuepoints);
    QVERIFY2(cuepoints->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("%1: the cuepoint log needs %2 px more width")
                            .arg(language)
                            .arg(cuepoints->horizontalScrollBar()->maximum())));

    // Every tally word fits its box at the size the panel chose (NO SIGNAL: ready, no stream).
    auto *tally = window.findChild<QLabel *>(QStringLiteral("tally"));
    QVERIFY(tally);
    const QList<std::optional<LifeCycleStatus>> states = {
        std::nullopt, LifeCycleStatus::Ready, LifeCycleStatus::Testing, LifeCycleStatus::Live,
        LifeCycleStatus::Complete};
    for (const auto &state : states) {
        std::optional<LiveBroadcast> b;
        if (state) {
            b.emplace();
            b->id = QStringLiteral("fitfitfit01");
            b->status.lifeCycleStatus = *state;
        }
        window.statusPanel()->setBroadcast(b);
        // A two-word tally may wrap ("NO / SIGNAL"); no word may be cut.
        int needed = 0;
        for (const QString &word : tally->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            needed = qMax(needed, tally->fontMetrics().horizontalAdvance(word));
        QVERIFY2(needed <= tally->contentsRect().width(),
                 qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, the tally has %4")
                                .arg(language, tally->text())
                                .arg(needed)
                                .arg(tally->contentsRect().width())));
    }
}

QTEST_MAIN(TestWindowFit)

#include "moc_tst_window_fit.cpp"
