#include "tst_adbreaks_e2e.h"

#include "AppController.h"
#include "TestEnvironment.h"
#include "adbreaks/AdBreakPanel.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "presets/PresetPanel.h"
#include "presets/PresetStore.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace onair;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;
using onair::ui::AdBreakPanel;
using onair::ui::MainWindow;
using State = onair::CuepointLogEntry::State;
using Mode = onair::CuepointLogEntry::Mode;

namespace {
constexpr int kActiveMs = 45000;
constexpr int kTransitionMs = 30000;
constexpr int kAnswerMs = 10000;
} // namespace

void TestAdBreaksE2E::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
    m_show = std::make_unique<ShowDriver>();
    QVERIFY2(m_show->startSandbox({QStringLiteral("--strict-cuepoint-window")}) &&
                 m_show->startApp(),
             qPrintable(m_show->error()));
    m_show->app()->window()->setConfirm(
        [this](const QString &, const QString &, const ui::Prompts::Answered &answered) {
            ++m_asked;
            answered(m_answer);
        });
}

void TestAdBreaksE2E::cleanupTestCase()
{
    m_show.reset();
}

void TestAdBreaksE2E::press(int key, Qt::KeyboardModifiers modifiers)
{
    QVERIFY2(m_show->press(key, modifiers), qPrintable(m_show->error()));
}

void TestAdBreaksE2E::waitBeyondGuard()
{
    QTest::qWait(static_cast<int>(m_show->app()->breaks()->trigger().guardMs()) + 200);
}

QJsonArray TestAdBreaksE2E::sandboxCuepoints()
{
    return m_show->sandbox()
        ->control("GET", QStringLiteral("cuepoints"))
        .value(QLatin1String("cuepoints"))
        .toArray();
}

void TestAdBreaksE2E::goLiveWithDelay(const QString &title, double delaySecs)
{
    MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    auto *titleEdit = w->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(titleEdit);
    titleEdit->setText(title);
    w->findChild<QDoubleSpinBox *>(QStringLiteral("delaySpin"))->setValue(delaySecs);
    w->findChild<QPushButton *>(QStringLiteral("createBroadcastButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast().has_value(), kTransitionMs);
    w->findChild<QPushButton *>(QStringLiteral("createStreamButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Ready, kTransitionMs);
    w->findChild<QPushButton *>(QStringLiteral("testEncoderButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(session->streamStatus(), StreamStatus::Active, kActiveMs);
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Testing, kTransitionMs);
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(session->lifeCycle() == LifeCycleStatus::Live,
                              qPrintable(m_show->logDump()), kTransitionMs);
}

void TestAdBreaksE2E::breaksDuringLiveShow()
{
    MainWindow *w = m_show->app()->window();
    BreakController *breaks = m_show->app()->breaks();
    CuepointLog *log = breaks->log();
    AdBreakPanel *panel = w->adBreakPanel();
    QVERIFY(panel);
    auto *why = panel->findChild<QLabel *>(QStringLiteral("adBreakWhy"));

    // Not live yet: the panel says why, and a press is refused in both logs, not sent.
    QTRY_VERIFY(why->text().contains(QLatin1String("No broadcast")));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("adBreakFire"))->isEnabled());
    press(Qt::Key_F9, Qt::NoModifier);
    QTRY_COMPARE(log->size(), 1);
    QCOMPARE(log->entries().at(0).state, State::Failed);
    QCOMPARE(sandboxCuepoints().size(), 0);
    log->clear();

    auto *lastResult = panel->findChild<QLabel *>(QStringLiteral("adBreakLastResult"));
    QVERIFY(!lastResult->text().isEmpty()); // the refusal, under the button

    goLiveWithDelay(QStringLiteral("Ad breaks show"), 60.0);
    // At once, not at the panel's next one-second tick.
    QVERIFY2(why->text().startsWith(QLatin1String("Live")), qPrintable(why->text()));
    // The refusal from before is gone now that the broadcast is live.
    QVERIFY2(lastResult->text().isEmpty(), qPrintable(lastResult->text()));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("adBreakFire"))->isEnabled());
    TestEnvironment::saveScreenshot(w, QStringLiteral("adbreaks-01-live"));

    // F9: exactly one cuepoint, the default duration, neither time field.
    waitBeyondGuard();
    press(Qt::Key_F9, Qt::NoModifier);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxCuepoints().size(), 1, kAnswerMs);
    QJsonObject first = sandboxCuepoints().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("durationSecs")).toInt(),
             static_cast<int>(panel->defaultDurationSecs()));
    // Sent without a time field: YouTube (and the sandbox) record an immediate cue as offset 0.
    QCOMPARE(first.value(QLatin1String("insertionOffsetTimeMs")).toInteger(0), 0);
    QVERIFY(!first.contains(QLatin1String("walltimeMs")));
    QCOMPARE(log->entries().at(0).mode, Mode::Now);
    QTRY_COMPARE_WITH_TIMEOUT(log->entries().at(0).state, State::Confirmed, kAnswerMs);
    QCOMPARE(log->entries().at(0).cuepointId, first.value(QLatin1String("id")).toString());

    // Key auto-repeat (the key held down) and a second press within the guard add none.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : w;
    for (int i = 0; i < 5; ++i)
        QTest::simulateEvent(target, true, Qt::Key_F9, Qt::NoModifier, QString(), true);
    QTest::simulateEvent(target, false, Qt::Key_F9, Qt::NoModifier, QString(), false);
    press(Qt::Key_F9, Qt::NoModifier);
    QTest::qWait(1000);
    QCOMPARE(sandboxCuepoints().size(), 1);
    QCOMPARE(log->size(), 1);

    // Beyond the guard, the first break still runs: the press asks; "no" sends nothing.
    waitBeyondGuard();
    m_answer = false;
    const int asked = m_asked;
    press(Qt::Key_F9, Qt::NoModifier);
    QCOMPARE(m_asked, asked + 1);
    QTest::qWait(500);
    QCOMPARE(sandboxCuepoints().size(), 1);
    m_answer = true;

    // Offset mode: an offset outside the window is refused with the reason, not sent.
    panel->setMode(AdBreakPanel::Mode::Offset);
    QTRY_VERIFY_WITH_TIMEOUT(!breaks->window().isEmpty(), 15000);
    auto *offset = panel->findChild<QSpinBox *>(QStringLiteral("adBreakOffset"));
    offset->setValue(static_cast<int>(breaks->window().latestMs + 30000));
    waitBeyondGuard();
    press(Qt::Key_F9, Qt::ShiftModifier);
    QTRY_COMPARE(log->size(), 2);
    QCOMPARE(log->entries().at(1).state, State::Failed);
    QVERIFY2(!log->entries().at(1).failureMessage.isEmpty(),
             qPrintable(log->entries().at(1).failureMessage));
    QCOMPARE(sandboxCuepoints().size(), 1);

    // … and one inside it is sent as insertionOffsetTimeMs, inside the window the sandbox saw.
    const CuepointWindow window = breaks->window();
    const qint64 chosen = (window.earliestMs + window.latestMs) / 2;
    offset->setValue(static_cast<int>(chosen));
    waitBeyondGuard();
    press(Qt::Key_F9, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxCuepoints().size(), 2, kAnswerMs);
    const QJsonObject atOffset = sandboxCuepoints().at(1).toObject();
    QCOMPARE(atOffset.value(QLatin1String("insertionOffsetTimeMs")).toInteger(), chosen);
    QVERIFY(!atOffset.contains(QLatin1String("walltimeMs")));
    const qint64 seen = atOffset.value(QLatin1String("monitorElapsedMs")).toInteger();
    QVERIFY2(CuepointWindow::compute(seen, 60000).contains(chosen),
             qPrintable(QStringLiteral("%1 outside the window at %2").arg(chosen).arg(seen)));
    QTRY_COMPARE_WITH_TIMEOUT(log->entries().at(2).state, State::Confirmed, kAnswerMs);
    QCOMPARE(log->entries().at(2).mode, Mode::Offset);

    // Wall-time mode: sent as walltimeMs only.
    panel->setMode(AdBreakPanel::Mode::WallTime);
    panel->findChild<QDateTimeEdit *>(QStringLiteral("adBreakWallTime"))
        ->setTime(QTime::currentTime().addSecs(120));
    waitBeyondGuard();
    press(Qt::Key_F9, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxCuepoints().size(), 3, kAnswerMs);
    const QJsonObject atWall = sandboxCuepoints().at(2).toObject();
    QVERIFY(atWall.contains(QLatin1String("walltimeMs")));
    QVERIFY(!atWall.contains(QLatin1String("insertionOffsetTimeMs")));
    QTRY_COMPARE_WITH_TIMEOUT(log->entries().at(3).state, State::Confirmed, kAnswerMs);
    QCOMPARE(log->entries().at(3).walltimeMs,
             std::optional<qint64>(atWall.value(QLatin1String("walltimeMs")).toInteger()));
    TestEnvironment::saveScreenshot(w, QStringLiteral("adbreaks-02-log"));

    // The log: each break with its state, in the saved session and back after a reattach.
    QCOMPARE(log->size(), 4);
    const QList<CuepointLogEntry> before = log->entries();
    const SavedSession saved = m_show->app()->session()->snapshot();
    QCOMPARE(saved.cuepointLog.size(), 4);
    const auto roundTrip = SavedSession::fromJson(saved.toJson(), nullptr);
    QVERIFY(roundTrip);
    log->clear();
    m_show->app()->session()->reattach(*roundTrip);
    QTRY_COMPARE(log->size(), 4);
    QCOMPARE(log->entries(), before);
}

void TestAdBreaksE2E::strictWindowEdgesWithSessionClock()
{
    // Still live from breaksDuringLiveShow (delay 60 s), against the strict window.
    BroadcastSession *session = m_show->app()->session();
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Live);
    BreakController *breaks = m_show->app()->breaks();
    CuepointLog *log = breaks->log();
    AdBreakPanel *panel = m_show->app()->window()->adBreakPanel();
    breaks->setPlayerElapsed({}); // the session clock is the source
    QCOMPARE(breaks->elapsed().source, ElapsedSource::SessionClock);
    panel->setMode(AdBreakPanel::Mode::Offset);
    auto *offset = panel->findChild<QSpinBox *>(QStringLiteral("adBreakOffset"));
    // Both edges real: the monitor stream has run longer than the delay plus a second.
    QTRY_VERIFY_WITH_TIMEOUT(breaks->window().earliestMs > 2000, 90000);

    struct Edge
    {
        const char *name;
        bool latest;    // the window's end (else its start)
        qint64 shiftMs; // from that edge
        bool accepted;
    };
    const Edge edges[] = {
        {"1 s inside the start", false, +1000, true},
        {"1 s inside the end", true, -1000, true},
        {"1 s before the start", false, -1000, false},
        {"1 s after the end", true, +1000, false},
    };
    for (const Edge &edge : edges) {
        const int cuesBefore = int(sandboxCuepoints().size());
        const int logBefore = log->size();
        waitBeyondGuard();
        const CuepointWindow w = breaks->window();
        const qint64 chosen = (edge.latest ? w.latestMs : w.earliestMs) + edge.shiftMs;
        offset->setValue(int(chosen));
        press(Qt::Key_F9, Qt::ShiftModifier);
        QTRY_COMPARE(log->size(), logBefore + 1);
        const int id = log->entries().last().id;
        QTRY_VERIFY_WITH_TIMEOUT(log->entry(id)->state != State::Sent, kAnswerMs);
        const CuepointLogEntry e = *log->entry(id);
        QCOMPARE(e.offsetMs, std::optional<qint64>(chosen));
        QCOMPARE(e.elapsedSource, ElapsedSource::SessionClock);
        if (edge.accepted) {
            QVERIFY2(e.state == State::Confirmed,
                     qPrintable(QStringLiteral("%1 (%2 in [%3, %4]): %5 %6")
                                    .arg(QLatin1String(edge.name))
                                    .arg(chosen)
                                    .arg(w.earliestMs)
                                    .arg(w.latestMs)
                                    .arg(e.failureReason, e.failureMessage)));
            QTRY_COMPARE_WITH_TIMEOUT(sandboxCuepoints().size(), cuesBefore + 1, kAnswerMs);
            // Inside the window by the sandbox's own clock too.
            const QJsonObject cue = sandboxCuepoints().last().toObject();
            QCOMPARE(cue.value(QLatin1String("insertionOffsetTimeMs")).toInteger(), chosen);
            const qint64 seen = cue.value(QLatin1String("monitorElapsedMs")).toInteger();
            QVERIFY2(CuepointWindow::compute(seen, 60000).contains(chosen),
                     qPrintable(QStringLiteral("%1: %2 outside the sandbox's window at %3")
                                    .arg(QLatin1String(edge.name))
                                    .arg(chosen)
                                    .arg(seen)));
        } else {
            // Refused by OnAir with the reason, and nothing sent…
            QCOMPARE(e.state, State::Failed);
            QCOMPARE(e.failureReason, QStringLiteral("refusedByOnAir"));
            QVERIFY(!e.failureMessage.isEmpty());
            QTest::qWait(300);
            QCOMPARE(sandboxCuepoints().size(), cuesBefore);
            // … and the sandbox, asked directly, refuses the same offset: the two windows agree.
            const qint64 now =
                (edge.latest ? breaks->window().latestMs : breaks->window().earliestMs) +
                edge.shiftMs;
            std::optional<CuepointOutcome> direct;
            m_show->app()->client()->broadcasts().insertCuepoint(
                session->broadcast()->id, Cuepoint::atOffset(now, 5), this,
                [&direct](CuepointOutcome o) { direct = o; });
            QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), kAnswerMs);
            QVERIFY2(!direct->result, edge.name);
            QCOMPARE(direct->result.error().reason, QStringLiteral("invalidInsertionOffsetTimeMs"));
            QCOMPARE(sandboxCuepoints().size(), cuesBefore);
        }
    }

    // The guard follows the stream: with the encoder stopped (it asks first) the broadcast is
    // still live, but the panel says the stream is not active and a press is refused unsent.
    MainWindow *w = m_show->app()->window();
    auto *why = panel->findChild<QLabel *>(QStringLiteral("adBreakWhy"));
    w->findChild<QPushButton *>(QStringLiteral("testEncoderButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(session->streamStatus() != StreamStatus::Active, kActiveMs);
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Live);
    QTRY_VERIFY2(why->text().contains(QLatin1String("stream")), qPrintable(why->text()));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("adBreakFire"))->isEnabled());
    const int cues = int(sandboxCuepoints().size());
    const int entries = log->size();
    panel->setMode(AdBreakPanel::Mode::Now);
    waitBeyondGuard();
    press(Qt::Key_F9, Qt::NoModifier);
    QTRY_COMPARE(log->size(), entries + 1);
    QCOMPARE(log->entries().last().state, State::Failed);
    QCOMPARE(log->entries().last().failureMessage, breaks->whyNotNow());
    QTest::qWait(300);
    QCOMPARE(sandboxCuepoints().size(), cues);
}

void TestAdBreaksE2E::presetCreatesBroadcastInOneAction()
{
    MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    PresetStore *store = m_show->app()->presets();
    ui::PresetPanel *panel = w->presetPanel();
    QVERIFY(panel);

    BroadcastPreset preset;
    preset.name = QStringLiteral("Friday show");
    preset.nextNumber = 7;
    preset.broadcast.titleTemplate = QStringLiteral("Friday show #{n}");
    preset.broadcast.descriptionTemplate = QStringLiteral("Episode {n}");
    preset.broadcast.broadcastStreamDelayMs = 60000;
    preset.adBreaks.defaultDurationSecs = 60;
    preset.adBreaks.durationPresetsSecs = {60, 90};
    const PresetResult<QString> saved = store->save(preset);
    QVERIFY2(saved.isOk(), qPrintable(saved.error().message()));
    // A damaged file next to it: named with its problem, left as it was, the other loads.
    const QByteArray broken = "{ \"schemaVersion\": 1, \"name\": ";
    QFile damaged(QDir(store->directory()).filePath(QStringLiteral("damaged.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(broken);
    damaged.close();
    panel->reload();
    auto *errors = panel->findChild<QLabel *>(QStringLiteral("presetErrors"));
    QVERIFY2(errors->text().contains(QLatin1String("damaged.json")), qPrintable(errors->text()));
    panel->select(saved.value());
    QCOMPARE(panel->selectedFile(), saved.value());

    // One action (its shortcut): broadcast with the template expanded, stream bound, {n} on.
    const QString previous = session->broadcast() ? session->broadcast()->id : QString();
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(session->broadcast() && session->broadcast()->id != previous,
                              qPrintable(m_show->logDump()), kTransitionMs);
    QCOMPARE(session->broadcast()->snippet.title, QStringLiteral("Friday show #7"));
    QCOMPARE(session->broadcast()->snippet.description, QStringLiteral("Episode 7"));
    QCOMPARE(session->broadcast()->contentDetails.monitorStream.broadcastStreamDelayMs, 60000u);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Ready, kTransitionMs);
    QTRY_VERIFY(session->stream().has_value());
    QCOMPARE(session->stream()->id, session->broadcast()->contentDetails.boundStreamId);
    QTRY_COMPARE(store->load(saved.value()).value().nextNumber, 8);
    QCOMPARE(w->adBreakPanel()->defaultDurationSecs(), 60u);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QCOMPARE(damaged.readAll(), broken);
    TestEnvironment::saveScreenshot(w, QStringLiteral("adbreaks-03-preset"));
}

QTEST_MAIN(TestAdBreaksE2E)

#include "moc_tst_adbreaks_e2e.cpp"
