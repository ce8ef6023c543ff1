#pragma once

#include "AppController.h"
#include "SandboxProcess.h"
#include "api/CuepointOutcome.h"
#include "lifecycle/Lifecycle.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace onair::test {

// The scripted show, driven through the real AppController and window against a sandbox run
// as a separate process, with the app's own test encoder (ffmpeg) publishing. Every step
// returns false and leaves the reason in error() instead of asserting, so that tests
// (QVERIFY2(step, …)) and benchmarks (which only print) share it. Steps wait with a local
// event loop, as tests may and production code never does.
class ShowDriver : public QObject
{
    Q_OBJECT

public:
    // One ad break asked for: told apart in the sandbox by its duration.
    struct AskedBreak
    {
        quint32 durationSecs = 0;
        bool answered = false;
        bool ok = false;
        WriteConfirmation confirmation = WriteConfirmation::Unconfirmed;
        QString error;
    };

    ShowDriver();
    ~ShowDriver() override;

    bool startSandbox(const QStringList &extraArguments = {});
    bool startApp();
    void stop();

    // A key press on the window as the operator makes it (window shortcuts included).
    bool press(int key, Qt::KeyboardModifiers modifiers);
    bool createBroadcastAndStream(const QString &title);
    bool startEncoderAndWaitActive();
    // Sends the intent through the session and waits for `target` (or a stuck transition).
    bool transition(Intent intent, LifeCycleStatus target, int timeoutMs = 60000);
    // Waits for the session to call the pending transition stuck, then recovers it and waits
    // for the new broadcast to reach testing.
    bool recoverStuck(int timeoutMs = 60000);
    // Fires an ad break now (no offset) through the client, as the ad-break panel does.
    void fireBreak(quint32 durationSecs);
    bool waitBreaksAnswered(int timeoutMs = 90000);
    const QList<AskedBreak> &breaks() const { return m_breaks; }

    bool addFaults(const QString &spec);
    bool clearFaults();

    // Waits while processing events; false (and error()) when `done` stays false.
    bool waitFor(const std::function<bool()> &done, int timeoutMs, const QString &what);
    void wait(int ms);

    SandboxProcess *sandbox() const { return m_sandbox.get(); }
    AppController *app() const { return m_app.get(); }
    QString error() const { return m_error; }
    // The last lines of the session's event log, for failure messages.
    QString logDump(int lines = 15) const;
    // Event-log entries whose reason is `reason` (e.g. "badResponse").
    int logCount(const QString &reason) const;

private:
    bool fail(const QString &what);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AppController> m_app;
    QList<AskedBreak> m_breaks;
    QString m_error;
};

} // namespace onair::test
