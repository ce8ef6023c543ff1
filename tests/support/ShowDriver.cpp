#include "ShowDriver.h"

#include "adbreaks/AdBreakPanel.h"
#include "cuepoint/BreakController.h"
#include "google/youtube/YouTubeClient.h"
#include "shell/MainWindow.h"
#include "show/BroadcastSession.h"
#include "show/EventLog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace onair::test {

namespace {
constexpr int kSignInMs = 30000;
constexpr int kActiveMs = 45000;
constexpr int kStepMs = 60000;
} // namespace

ShowDriver::ShowDriver() = default;

ShowDriver::~ShowDriver()
{
    stop();
}

void ShowDriver::stop()
{
    m_app.reset();
    m_sandbox.reset();
}

bool ShowDriver::fail(const QString &what)
{
    m_error = what + QStringLiteral("\n--- event log ---\n") + logDump();
    return false;
}

void ShowDriver::wait(int ms)
{
    QTest::qWait(ms);
}

bool ShowDriver::waitFor(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return fail(
                QStringLiteral("timed out after %1 ms waiting for %2").arg(timeoutMs).arg(what));
        QTest::qWait(20);
    }
    return true;
}

bool ShowDriver::startSandbox(const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--auto-consent"), QStringLiteral("--transition-seconds"),
                          QStringLiteral("2")};
    arguments << extraArguments;
    m_sandbox = std::make_unique<SandboxProcess>(arguments);
    if (!m_sandbox->isReady())
        return fail(QStringLiteral("sandbox: ") + m_sandbox->errorString());
    return true;
}

bool ShowDriver::startApp()
{
    AppController::Options options;
    options.sandboxReadyLine = QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact);
    m_app = std::make_unique<AppController>(options);
    m_app->window()->setConfirm([](const QString &, const QString &,
                                   const ui::Prompts::Answered &answered) { answered(true); });
    m_app->start();
    if (!QTest::qWaitForWindowExposed(m_app->window()))
        return fail(QStringLiteral("the main window was not exposed"));
    m_app->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(m_app->window()))
        return fail(QStringLiteral("the main window did not become active"));
    auto *account = m_app->window()->findChild<QLabel *>(QStringLiteral("accountLabel"));
    if (!account)
        return fail(QStringLiteral("no accountLabel"));
    return waitFor([account] { return account->text().startsWith(QLatin1String("Signed in")); },
                   kSignInMs, QStringLiteral("sign-in"));
}

bool ShowDriver::press(int key, Qt::KeyboardModifiers modifiers)
{
    // No window manager under Xvfb: activate the window ourselves before a window shortcut.
    m_app->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(m_app->window()))
        return fail(QStringLiteral("the main window did not become active"));
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_app->window();
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    return true;
}

bool ShowDriver::createBroadcastAndStream(const QString &title)
{
    ui::MainWindow *w = m_app->window();
    BroadcastSession *session = m_app->session();
    auto *titleEdit = w->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *create = w->findChild<QPushButton *>(QStringLiteral("createBroadcastButton"));
    auto *createStream = w->findChild<QPushButton *>(QStringLiteral("createStreamButton"));
    if (!titleEdit || !create || !createStream)
        return fail(QStringLiteral("set-up widgets not found"));
    titleEdit->setText(title);
    create->click();
    if (!waitFor([session] { return session->broadcast().has_value(); }, kStepMs,
                 QStringLiteral("the broadcast to be created")))
        return false;
    if (!waitFor([createStream] { return createStream->isEnabled(); }, kStepMs,
                 QStringLiteral("the create-stream button")))
        return false;
    createStream->click();
    return waitFor(
        [session] {
            return session->lifeCycle() == LifeCycleStatus::Ready && session->stream() &&
                   session->stream()->id == session->broadcast()->contentDetails.boundStreamId;
        },
        kStepMs, QStringLiteral("a bound stream (ready)"));
}

bool ShowDriver::createBroadcastFromPreset()
{
    auto *list = m_app->window()->findChild<QListWidget *>(QStringLiteral("presetList"));
    auto *create =
        m_app->window()->findChild<QPushButton *>(QStringLiteral("presetCreateBroadcast"));
    if (!list || !create || list->count() != 1)
        return fail(QStringLiteral("not one preset in the Presets tab"));
    list->setCurrentRow(0);
    create->click();
    BroadcastSession *session = m_app->session();
    return waitFor(
        [session] {
            return session->broadcast() && session->lifeCycle() == LifeCycleStatus::Ready;
        },
        kStepMs, QStringLiteral("the broadcast from the preset"));
}

bool ShowDriver::startEncoderAndWaitActive()
{
    auto *encoder = m_app->window()->findChild<QPushButton *>(QStringLiteral("testEncoderButton"));
    if (!encoder)
        return fail(QStringLiteral("no testEncoderButton"));
    encoder->click();
    BroadcastSession *session = m_app->session();
    return waitFor([session] { return session->streamStatus() == StreamStatus::Active; }, kActiveMs,
                   QStringLiteral("the stream to become active"));
}

bool ShowDriver::transition(Intent intent, LifeCycleStatus target, int timeoutMs, bool expectStuck)
{
    BroadcastSession *session = m_app->session();
    // A transition is refused while another request of the session runs; wait for it.
    if (!waitFor([session, intent] { return session->check(intent).allowed(); }, timeoutMs,
                 BroadcastSession::intentName(intent) + QStringLiteral(" to be allowed")))
        return false;
    session->requestTransition(intent);
    if (!waitFor([session, target] { return session->lifeCycle() == target || session->isStuck(); },
                 timeoutMs, BroadcastSession::intentName(intent)))
        return false;
    if (expectStuck != session->isStuck() || (!expectStuck && session->lifeCycle() != target))
        return fail(
            QStringLiteral("%1 ended %2 in %3, expected %4")
                .arg(BroadcastSession::intentName(intent),
                     session->isStuck() ? QStringLiteral("stuck") : QStringLiteral("not stuck"),
                     lifecycle::toString(session->lifeCycle()),
                     expectStuck ? QStringLiteral("stuck") : lifecycle::toString(target)));
    return true;
}

bool ShowDriver::recoverStuck(int timeoutMs)
{
    BroadcastSession *session = m_app->session();
    if (!waitFor([session] { return session->isStuck(); }, timeoutMs,
                 QStringLiteral("the transition to be called stuck")))
        return false;
    const QString stuckId = session->broadcast()->id;
    session->recoverStuckTransition();
    return waitFor(
        [session, stuckId] {
            return session->broadcast() && session->broadcast()->id != stuckId &&
                   session->lifeCycle() == LifeCycleStatus::Testing && !session->isStuck();
        },
        timeoutMs, QStringLiteral("the recovered broadcast to test"));
}

bool ShowDriver::fireBreak(quint32 durationSecs)
{
    ui::AdBreakPanel *panel = m_app->window()->adBreakPanel();
    BreakController *breaks = m_app->breaks();
    if (!panel || !breaks)
        return fail(QStringLiteral("no ad-break panel"));
    // A second press within the guard is a double press and sends nothing: wait it out.
    const qint64 guard = breaks->trigger().guardMs() + 100;
    if (m_sinceLastBreak.isValid() && m_sinceLastBreak.elapsed() < guard)
        wait(int(guard - m_sinceLastBreak.elapsed()));
    // F9 fires the default duration: make it this break's.
    panel->setDurations(durationSecs, {});
    AskedBreak asked;
    asked.durationSecs = durationSecs;
    const int before = breaks->log()->size();
    if (!press(Qt::Key_F9, Qt::NoModifier))
        return false;
    m_sinceLastBreak.start();
    if (breaks->log()->size() == before + 1)
        asked.logId = breaks->log()->entries().last().id;
    m_breaks.append(asked);
    refreshBreaks();
    if (!asked.logId)
        return fail(
            QStringLiteral("F9 made no cuepoint-log entry for the %1 s break").arg(durationSecs));
    return true;
}

void ShowDriver::refreshBreaks()
{
    BreakController *breaks = m_app ? m_app->breaks() : nullptr;
    if (!breaks)
        return;
    for (AskedBreak &b : m_breaks) {
        const auto e = breaks->log()->entry(b.logId);
        if (!e) {
            b.answered = true;
            b.error = QStringLiteral("no cuepoint-log entry");
            continue;
        }
        b.answered = e->state != CuepointLogEntry::State::Sent;
        b.ok = e->state == CuepointLogEntry::State::Confirmed;
        b.confirmation =
            e->state == CuepointLogEntry::State::Confirmed     ? WriteConfirmation::Confirmed
            : e->state == CuepointLogEntry::State::Unconfirmed ? WriteConfirmation::Unconfirmed
                                                               : WriteConfirmation::NotCreated;
        b.error = b.ok ? QString() : e->failureReason + QStringLiteral(": ") + e->failureMessage;
    }
}

bool ShowDriver::waitBreaksAnswered(int timeoutMs)
{
    return waitFor(
        [this] {
            refreshBreaks();
            for (const AskedBreak &b : std::as_const(m_breaks))
                if (!b.answered)
                    return false;
            return true;
        },
        timeoutMs, QStringLiteral("every ad break to be answered"));
}

bool ShowDriver::addFaults(const QString &spec)
{
    const QJsonObject r =
        m_sandbox->control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
    if (r.isEmpty())
        return fail(QStringLiteral("the sandbox refused faults ") + spec);
    return true;
}

bool ShowDriver::clearFaults()
{
    m_sandbox->control("DELETE", QStringLiteral("faults"));
    return true;
}

QString ShowDriver::logDump(int lines) const
{
    if (!m_app)
        return {};
    QStringList out;
    for (const EventLog::Entry &e : m_app->session()->eventLog()->entries())
        out << e.time.toString(QStringLiteral("HH:mm:ss.zzz ")) + e.action + QStringLiteral(": ") +
                   e.result + QStringLiteral(" [") + e.reason + QLatin1Char(']');
    return out.mid(qMax(0, int(out.size()) - lines)).join(QLatin1Char('\n'));
}

int ShowDriver::logCount(const QString &reason) const
{
    int n = 0;
    for (const EventLog::Entry &e : m_app->session()->eventLog()->entries())
        n += e.reason == reason ? 1 : 0;
    return n;
}

} // namespace onair::test
