#pragma once

#include "AppController.h"
#include "SandboxProcess.h"
#include "google/youtube/CuepointOutcome.h"
#include "show/Lifecycle.h"

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
    // One ad break asked for: told apart in the sandbox by its duration. Its fate is read
    // from OnAir's own cuepoint log (refreshBreaks()).
    struct AskedBreak
    {
        quint32 durationSecs = 0;
        int logId = 0; // the cuepoint-log entry the press made; 0 when the press made none
        bool answered = false;
        bool ok = false;
        WriteConfirmation confirmation = WriteConfirmation::Unconfirmed;
        QString error;
    };

    ShowDriver();
    ~ShowDriver() override;

    bool startSandbox(const QStringList &extraArguments = {});
    bool startApp();
    // The app goes (its window and session); the sandbox stays for the next startApp().
    void stopApp() { m_app.reset(); }
    void stop();

    // A key press on the window as the operator makes it (window shortcuts included).
    bool press(int key, Qt::KeyboardModifiers modifiers);
    bool createBroadcastAndStream(const QString &title);
    // The Presets tab's "Create broadcast" on its only preset, waited for until ready.
    bool createBroadcastFromPreset();
    bool startEncoderAndWaitActive();
    // Sends the intent through the session and waits for `target`. A transition the session
    // calls stuck fails the step, unless `expectStuck`: then the step passes once it is stuck
    // (and fails if `target` is reached instead).
    bool transition(Intent intent, LifeCycleStatus target, int timeoutMs = 60000,
                    bool expectStuck = false);
    // Waits for the session to call the pending transition stuck, then recovers it and waits
    // for the new broadcast to reach testing.
    bool recoverStuck(int timeoutMs = 60000);
    // An ad break now (no offset) through the operator's path: the ad-break panel's F9 key on
    // the window, BreakTrigger and BreakController (a running break asks; the window's
    // confirmation answers yes). Waits out the trigger's double-press guard first. False
    // when the press made no cuepoint-log entry.
    bool fireBreak(quint32 durationSecs);
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
    void refreshBreaks();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AppController> m_app;
    QList<AskedBreak> m_breaks;
    QElapsedTimer m_sinceLastBreak;
    QString m_error;
};

} // namespace onair::test
