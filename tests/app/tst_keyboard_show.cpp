#include "tst_keyboard_show.h"

#include "TestEnvironment.h"
#include "adbreaks/AdBreakPanel.h"
#include "common/Prompts.h"
#include "cuepoint/BreakController.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "status/StatusPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>

using namespace onair;
using onair::test::ShowDriver;
using onair::test::TestEnvironment;

namespace {
constexpr int kStepMs = 45000;
constexpr quint32 kBreakSecs = 8;

QMessageBox *openQuestion(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(QStringLiteral("confirmPrompt")))
        if (box->isVisible())
            return box;
    return nullptr;
}
} // namespace

void TestKeyboardShow::initTestCase()
{
    QVERIFY2(TestEnvironment::isIsolated(), "run through tests/support/test-env.sh");
    qputenv("ONAIR_SANDBOX_PROGRAM", QByteArray(ONAIR_SANDBOX_EXE));
}

void TestKeyboardShow::key(int key, Qt::KeyboardModifiers modifiers)
{
    ++m_keys;
    QVERIFY2(m_show->press(key, modifiers), qPrintable(m_show->error()));
}

QString TestKeyboardShow::answer(int key, Qt::KeyboardModifiers modifiers, bool counted)
{
    QWidget *w = m_show->app()->window();
    QMessageBox *box = nullptr;
    [&] { QTRY_VERIFY((box = openQuestion(w))); }();
    if (!box)
        return {};
    const QString text = box->text();
    box->activateWindow();
    [&] { QVERIFY(QTest::qWaitForWindowActive(box)); }();
    if (counted)
        ++m_keys;
    QWidget *target = box->focusWidget() ? box->focusWidget() : box;
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    [&] { QTRY_VERIFY(!openQuestion(w)); }();
    return QTest::currentTestFailed() ? QString() : text;
}

void TestKeyboardShow::wholeShowByKeys()
{
    m_show = std::make_unique<ShowDriver>();
    auto stop = qScopeGuard([this] { m_show.reset(); });
    QVERIFY2(m_show->startSandbox() && m_show->startApp(), qPrintable(m_show->error()));
    ui::MainWindow *w = m_show->app()->window();
    BroadcastSession *session = m_show->app()->session();
    BreakController *breaks = m_show->app()->breaks();
    // The real questions, answered by keys (the driver's answer yes by themselves).
    w->setConfirm(
        [w](const QString &title, const QString &question, ui::Prompts::Answered answered) {
            ui::Prompts::confirm(w, title, question, std::move(answered));
        });
    const auto shot = [w](const QString &name) {
        TestEnvironment::saveScreenshot(w, QStringLiteral("keys-") + name);
    };

    // Set-up: the broadcast form, a title, create; then the stream: create and bind.
    key(Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), w->findChild<QWidget *>(QStringLiteral("titleEdit")));
    const QString title = QStringLiteral("Keys");
    QTest::keyClicks(QApplication::focusWidget(), title);
    key(Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(session->broadcast().has_value(), kStepMs);
    auto *createStream = w->findChild<QPushButton *>(QStringLiteral("createStreamButton"));
    QTRY_VERIFY_WITH_TIMEOUT(createStream->isVisible() && createStream->isEnabled(), kStepMs);
    key(Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(session->lifeCycle() == LifeCycleStatus::Ready && session->stream(),
                             kStepMs);
    // Ready, but the encoder sends nothing: not green.
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::NoSignal);
    shot(QStringLiteral("1-no-signal"));

    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // the test encoder
    QTRY_COMPARE_WITH_TIMEOUT(session->streamStatus(), StreamStatus::Active, kStepMs);
    QTRY_COMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::Ready);
    shot(QStringLiteral("2-ready"));
    QTRY_VERIFY_WITH_TIMEOUT(session->check(Intent::StartTest).allowed() && !session->isBusy(),
                             kStepMs);
    key(Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Testing, kStepMs);
    shot(QStringLiteral("3-testing"));

    // The go-live question says who will see it, for each privacy (set in the Show tab, while
    // testing); declined with Escape, these keys are not the show's.
    auto *privacy = w->findChild<QComboBox *>(QStringLiteral("livePrivacyCombo"));
    auto *update = w->findChild<QPushButton *>(QStringLiteral("updateMetadataButton"));
    QVERIFY(privacy && update);
    const QList<std::pair<QString, QString>> audiences = {
        {QStringLiteral("unlisted"), QStringLiteral("anyone with the link")},
        {QStringLiteral("public"), QStringLiteral("public: anyone can find")},
        {QStringLiteral("private"), QStringLiteral("only the viewers you invited")}};
    for (const auto &[status, audience] : audiences) {
        privacy->setCurrentIndex(privacy->findData(status));
        update->click();
        QTRY_COMPARE_WITH_TIMEOUT(session->broadcast()->status.privacyStatus, status, kStepMs);
        QTRY_VERIFY_WITH_TIMEOUT(session->check(Intent::GoLive).allowed() && !session->isBusy(),
                                 kStepMs);
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        --m_keys;
        const QString question = answer(Qt::Key_Escape, Qt::NoModifier, false);
        QVERIFY2(question.contains(audience), qPrintable(status + QStringLiteral(": ") + question));
        QVERIFY2(!question.contains(QLatin1String("(private)")), qPrintable(question));
        QCOMPARE(session->lifeCycle(), LifeCycleStatus::Testing);
    }

    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    answer(Qt::Key_Y, Qt::NoModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Live, kStepMs);
    const int keysToLive = m_keys;
    QTRY_COMPARE_WITH_TIMEOUT(breaks->whyNotNow(), QString(), kStepMs);

    // An ad break by F9 (its duration short, so that it ends within the test).
    ui::AdBreakPanel *panel = w->adBreakPanel();
    panel->setDurations(kBreakSecs, {});
    auto *countdown = w->findChild<QLabel *>(QStringLiteral("adBreakCountdown"));
    auto *statusBreak = w->findChild<QLabel *>(QStringLiteral("statusAdBreak"));
    auto *lastResult = w->findChild<QLabel *>(QStringLiteral("adBreakLastResult"));
    QVERIFY(countdown && statusBreak && lastResult);
    QVERIFY(!countdown->isVisible() && !statusBreak->isVisible());
    key(Qt::Key_F9);
    QTRY_VERIFY_WITH_TIMEOUT(!breaks->log()->entries().isEmpty() &&
                                 breaks->log()->entries().last().state ==
                                     CuepointLogEntry::State::Confirmed,
                             kStepMs);
    QTRY_VERIFY(countdown->isVisible() && statusBreak->isVisible());
    QVERIFY2(countdown->text().contains(QLatin1String("left")), qPrintable(countdown->text()));
    QVERIFY2(statusBreak->text().startsWith(QLatin1String("AD BREAK 0:0")),
             qPrintable(statusBreak->text()));
    shot(QStringLiteral("4-live-ad-break"));

    // A second F9 while it runs asks; "no" (Escape) sends nothing and is in the event log.
    const int entries = breaks->log()->size();
    QTest::qWait(int(breaks->trigger().guardMs()) + 100);
    if (breaks->breakTimeLeftMs()) {
        key(Qt::Key_F9);
        const QString question = answer(Qt::Key_Escape, Qt::NoModifier);
        QVERIFY2(question.contains(QLatin1String("still running")), qPrintable(question));
        QCOMPARE(breaks->log()->size(), entries);
        QVERIFY2(m_show->logDump(3).contains(QLatin1String("declined")),
                 qPrintable(m_show->logDump()));
    } else {
        QFAIL("the break ended before the second press: the machine is too slow for this step");
    }

    // The break ends: both countdowns and the "placed" line go.
    QTRY_VERIFY_WITH_TIMEOUT(!countdown->isVisible() && !statusBreak->isVisible(),
                             int(kBreakSecs) * 1000 + 3000);
    QTRY_VERIFY(!lastResult->text().contains(QLatin1String("placed")));

    key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    answer(Qt::Key_Y, Qt::NoModifier);
    QTRY_COMPARE_WITH_TIMEOUT(session->lifeCycle(), LifeCycleStatus::Complete, kStepMs);
    QCOMPARE(w->statusPanel()->tally(), ui::StatusPanel::Tally::Ended);
    // After the show: what comes next, from the show rail, not "nothing more can happen".
    auto *why = w->findChild<QLabel *>(QStringLiteral("whyLabel"));
    QTRY_VERIFY2(why->text().contains(QLatin1String("After the show")), qPrintable(why->text()));
    shot(QStringLiteral("5-ended"));

    qInfo("keys: %d to live, %d for the whole show (with one ad break and one declined "
          "second break), plus the %lld characters of the title",
          keysToLive, m_keys, qlonglong(title.size()));
    // Alt+1, Alt+C, Alt+C, Ctrl+Shift+T, Ctrl+T, Ctrl+Shift+L, Y (the question's "&Yes").
    QCOMPARE(keysToLive, 7);
}

QTEST_MAIN(TestKeyboardShow)

#include "moc_tst_keyboard_show.cpp"
