#include "ShowDriver.h"

#include "MainWindow.h"
#include "api/YouTubeClient.h"
#include "session/BroadcastSession.h"
#include "session/EventLog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
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
    m_app->window()->setConfirm([](const QString &, const QString &) { return true; });
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

bool ShowDriver::transition(Intent intent, LifeCycleStatus target, int timeoutMs)
{
    BroadcastSession *session = m_app->session();
    // A transition is refused while another request of the session runs; wait for it.
    if (!waitFor([session, intent] { return session->check(intent).allowed(); }, timeoutMs,
                 BroadcastSession::intentName(intent) + QStringLiteral(" to be allowed")))
        return false;
    session->requestTransition(intent);
    return waitFor(
        [session, target] { return session->lifeCycle() == target || session->isStuck(); },
        timeoutMs, BroadcastSession::intentName(intent));
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

void ShowDriver::fireBreak(quint32 durationSecs)
{
    const int index = int(m_breaks.size());
    AskedBreak asked;
    asked.durationSecs = durationSecs;
    m_breaks.append(asked);
    m_app->client()->insertCuepoint(m_app->session()->broadcast()->id, Cuepoint::now(durationSecs),
                                    this, [this, index](CuepointOutcome outcome) {
                                        AskedBreak &b = m_breaks[index];
                                        b.answered = true;
                                        b.ok = outcome.result.isOk();
                                        b.confirmation = outcome.confirmation;
                                        if (!b.ok)
                                            b.error = outcome.result.error().reason +
                                                      QStringLiteral(": ") +
                                                      outcome.result.error().message;
                                    });
}

bool ShowDriver::waitBreaksAnswered(int timeoutMs)
{
    return waitFor(
        [this] {
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
