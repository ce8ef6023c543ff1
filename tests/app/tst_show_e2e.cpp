#include "tst_show_e2e.h"

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "google/oauth/AccountSession.h"
#include "monitor/MonitorView.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "status/StatusPanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace onair;
using onair::test::SandboxProcess;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;
using onair::ui::MainWindow;

namespace {
constexpr int kSignInMs = 30000;
constexpr int kActiveMs = 45000;
constexpr int kTransitionMs = 30000;
} // namespace

void TestShowE2E::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

void TestShowE2E::init()
{
    m_show = std::make_unique<ShowDriver>();
    QVERIFY2(m_show->startSandbox() && m_show->startApp(), qPrintable(m_show->error()));
}

void TestShowE2E::cleanup()
{
    m_show.reset();
}

void TestShowE2E::cleanupTestCase() {}

void TestShowE2E::press(int key, Qt::KeyboardModifiers modifiers)
{
    QVERIFY2(m_show->press(key, modifiers), qPrintable(m_show->error()));
}

QString TestShowE2E::lastLogLine() const
{
    const auto &entries = m_show->app()->session()->eventLog()->entries();
    return entries.isEmpty() ? QString()
                             : entries.last().action + QStringLiteral(": ") + entries.last().result;
}

int TestShowE2E::broadcastsInSandbox()
{
    return m_show->sandbox()
        ->control("GET", QStringLiteral("state"))
        .value(QLatin1String("broadcasts"))
        .toArray()
        .size();
}

void TestShowE2E::createBroadcastAndStream(const QString &title)
{
    MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    auto *titleEdit = w->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(titleEdit);
    titleEdit->clear();
    QTest::keyClicks(titleEdit, title);
    w->findChild<QPushButton *>(QStringLiteral("createBroadcastButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast().has_value(), kTransitionMs);
    QCOMPARE(session->broadcast()->snippet.title, title);
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Created);
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::OffAir);
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-01-created"));

    w->findChild<QPushButton *>(QStringLiteral("createStreamButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Ready, kTransitionMs);
    QTRY_VERIFY_WITH_TIMEOUT(session->stream().has_value(), kTransitionMs);
    QCOMPARE(session->stream()->id, session->broadcast()->contentDetails.boundStreamId);
    // Ready, but nothing arrives from an encoder yet: not green.
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::NoSignal);
    // The stream key is masked until revealed.
    auto *key = w->findChild<QLineEdit *>(QStringLiteral("streamKey"));
    QVERIFY(!key->text().isEmpty());
    QVERIFY(!key->text().contains(session->stream()->cdn.ingestionInfo.streamName));
}

void TestShowE2E::startEncoderAndWaitActive()
{
    auto *encoder =
        m_show->app()->window()->findChild<QPushButton *>(QStringLiteral("testEncoderButton"));
    QVERIFY(encoder->isVisible());
    encoder->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_show->app()->session()->streamStatus(), StreamStatus::Active,
                              kActiveMs);
}

void TestShowE2E::wholeShow()
{
    MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    createBroadcastAndStream(QStringLiteral("E2E show"));
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-02-ready"));

    // Blocked while the stream is inactive: the button says why, the shortcut is refused in
    // the log, and nothing reaches YouTube.
    auto *startTest = w->findChild<QPushButton *>(QStringLiteral("startTestButton"));
    QTRY_VERIFY(!startTest->isEnabled());
    QVERIFY2(startTest->toolTip().contains(QLatin1String("not receiving data")),
             qPrintable(startTest->toolTip()));
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(lastLogLine().contains(QLatin1String("not receiving data")));
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Ready);

    startEncoderAndWaitActive();
    QTRY_VERIFY(startTest->isEnabled());
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::Ready);

    // The monitor's web engine does not exist before testing.
    QVERIFY(!w->monitor()->hasEngine());
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Testing, kTransitionMs);
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::Testing);
    QVERIFY(session->monitorStart().isValid());
    QTRY_VERIFY_WITH_TIMEOUT(w->monitor()->hasEngine(), 5000);
    QCOMPARE(w->monitor()->currentVideoId(), session->broadcast()->id);
    QTest::qWait(1500);
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-03-testing"));

    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(session->lifeCycle() == LifeCycleStatus::Live,
                              qPrintable(m_show->logDump()), kTransitionMs);
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::Live);
    QVERIFY(session->broadcast()->snippet.actualStartTime.isValid());
    auto *liveClock = w->findChild<QLabel *>(QStringLiteral("liveClock"));
    QTRY_VERIFY_WITH_TIMEOUT(liveClock->text().startsWith(QLatin1String("0:00:0")), 5000);
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-04-live"));

    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Complete, kTransitionMs);
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::Ended);
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-05-ended"));

    // The sandbox agrees: one broadcast, complete, with both times set.
    const QJsonArray broadcasts = m_show->sandbox()
                                      ->control("GET", QStringLiteral("state"))
                                      .value(QLatin1String("broadcasts"))
                                      .toArray();
    QCOMPARE(broadcasts.size(), 1);
    const QJsonObject b = broadcasts.first().toObject();
    QCOMPARE(b.value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("lifeCycleStatus"))
                 .toString(),
             QStringLiteral("complete"));
    QVERIFY(!b.value(QLatin1String("snippet"))
                 .toObject()
                 .value(QLatin1String("actualEndTime"))
                 .toString()
                 .isEmpty());

    // After the encoder stops the stream goes inactive, and nothing can go live again. A
    // completed broadcast is no longer polled (it costs nothing): F5 reads it on demand.
    w->findChild<QPushButton *>(QStringLiteral("testEncoderButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            press(Qt::Key_F5, Qt::NoModifier);
            QTest::qWait(1000);
            return session->streamStatus() == StreamStatus::Inactive;
        }(),
        kActiveMs);
    QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("goLiveButton"))->isEnabled());
}

void TestShowE2E::stuckLiveStartingIsRecovered()
{
    MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    createBroadcastAndStream(QStringLiteral("Stuck show"));
    startEncoderAndWaitActive();
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Testing, kTransitionMs);
    const QString stuckId = session->broadcast()->id;

    session->setStuckAfterMs(6000);
    m_show->sandbox()->control("POST", QStringLiteral("faults"),
                               {{QStringLiteral("spec"), QStringLiteral("stuck=live")}});
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::LiveStarting, kTransitionMs);
    auto *recover = w->findChild<QPushButton *>(QStringLiteral("recoverButton"));
    QTRY_VERIFY_WITH_TIMEOUT(recover->isVisible() && recover->isEnabled(),
                             session->stuckAfterMs() + 15000);
    QVERIFY(session->isStuck());
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-06-stuck"));

    // The fault stays: a stuck broadcast does not heal itself, and the new one only tests.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    // One action: the stuck broadcast is deleted, a new one bound to the same stream tests.
    QTRY_VERIFY2_WITH_TIMEOUT(session->broadcast() && session->broadcast()->id != stuckId,
                              qPrintable(m_show->logDump()), kTransitionMs);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Testing, kTransitionMs);
    QVERIFY(!session->isStuck());
    QCOMPARE(broadcastsInSandbox(), 1);
    QCOMPARE(session->broadcast()->contentDetails.boundStreamId, session->stream()->id);
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-07-recovered"));
    m_show->sandbox()->control("DELETE", QStringLiteral("faults"));
}

void TestShowE2E::revokedTokenPromptsAndResumes()
{
    MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    createBroadcastAndStream(QStringLiteral("Revoked show"));
    startEncoderAndWaitActive();
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Testing, kTransitionMs);

    // The grant is revoked at Google's side in the middle of the show.
    QString token;
    m_show->app()->account()->accessToken(this, [&](Result<QString> r) {
        if (r.isOk())
            token = r.value();
    });
    QTRY_VERIFY(!token.isEmpty());
    const SandboxProcess::Response revoked =
        m_show->sandbox()->request("POST", QStringLiteral("revoke?token=") + token);
    QCOMPARE(revoked.status, 200);

    auto *prompt = w->findChild<QWidget *>(QStringLiteral("signInPrompt"));
    QTRY_VERIFY_WITH_TIMEOUT(prompt->isVisible(), kTransitionMs);
    QVERIFY(lastLogLine().contains(QLatin1String("Signed out")) ||
            m_show->logDump().contains(QLatin1String("Signed out")));
    TestEnvironment::saveScreenshot(w, QStringLiteral("show-08-signed-out"));
    // Nothing of the show was lost.
    QCOMPARE(session->lifeCycle(), LifeCycleStatus::Testing);

    w->findChild<QPushButton *>(QStringLiteral("signInAgainButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!prompt->isVisible(), kSignInMs);
    // Control resumes where it was: the same broadcast goes live.
    const QString id = session->broadcast()->id;
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(session->lifeCycle() == LifeCycleStatus::Live,
                              qPrintable(m_show->logDump()), kTransitionMs);
    QCOMPARE(session->broadcast()->id, id);
    QCOMPARE(broadcastsInSandbox(), 1);
}

QTEST_MAIN(TestShowE2E)

#include "moc_tst_show_e2e.cpp"
