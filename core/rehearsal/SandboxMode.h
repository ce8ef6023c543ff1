#pragma once

#include "google/youtube/model/LiveStream.h"
#include "rehearsal/LocalSandbox.h"

#include <QObject>

#include <optional>

namespace onair {

class EventLog;
class TestEncoder;

// Rehearsal mode: the local sandbox stands in for YouTube (started here, found still running
// after a crash, or attached to one a test runs) with the test encoder publishing to it. Says
// what it does in the show's event log; the app wires its signals to the window and the account.
class SandboxMode : public QObject
{
    Q_OBJECT

public:
    explicit SandboxMode(EventLog *log, QObject *parent = nullptr);
    ~SandboxMode() override;

    static QString dataDir();
    // The sandbox stands in for YouTube (started, starting or attached).
    bool isActive() const { return m_active; }
    // Where it answers; invalid until it is ready.
    const LocalSandbox::Endpoints &endpoints() const { return m_endpoints; }

    // Starts the local sandbox (or takes over the one a crash left running, with its encoder).
    void start();
    // Uses the sandbox whose ready line is `readyLine` (run by someone else).
    void attach(const QByteArray &readyLine);
    // A Google account takes over: the sandbox and the encoder stop.
    void leave();
    // A real show: a rehearsal that crashed left its sandbox and encoder running; stop them.
    void stopLeftovers();
    // The test encoder on (publishing to `stream`'s ingest) or off.
    void setTestEncoder(bool on, const std::optional<LiveStream> &stream);

Q_SIGNALS:
    // Entered (origin invalid until ready) or left.
    void modeChanged(bool active, const QUrl &origin);
    void ready(const onair::LocalSandbox::Endpoints &endpoints);
    void testEncoderRunningChanged(bool running);

private:
    void onReady(const LocalSandbox::Endpoints &endpoints);
    void log(const QString &action, bool ok, const QString &text, const QString &reason = {});

    EventLog *m_log;
    LocalSandbox *m_sandbox;
    TestEncoder *m_encoder;
    LocalSandbox::Endpoints m_endpoints;
    bool m_active = false;
};

} // namespace onair
