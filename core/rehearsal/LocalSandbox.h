#pragma once

#include "rehearsal/SandboxEndpoints.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace onair {

// Runs `onair-sandbox` as a child process for rehearsal mode and reads its ready line
// (api, auth, token and RTMP addresses and the client credentials). Asynchronous: the GUI
// thread never waits. The child is stopped with the object.
//
// In rehearsal the sandbox stands in for YouTube, so it outlives a crash of OnAir as YouTube
// would: a sandbox still running on the same data folder (it keeps its ready line there) is
// adopted instead of starting a second one, and stopped with the object like our own.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    using Endpoints = SandboxEndpoints;

    static constexpr int kStartTimeoutMs = 20000;
    static constexpr int kStopWaitMs = 3000;

    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Where the program is: $ONAIR_SANDBOX_PROGRAM, next to onair, in the build tree's
    // sandbox/ folder, or on PATH.
    static QString findProgram();

    // Starts (or adopts) the sandbox that keeps its state in `dataDir`.
    void start(const QString &dataDir);
    void stop();
    // A sandbox left running on `dataDir` by an earlier OnAir is stopped (not adopted).
    static void stopLeftover(const QString &dataDir);
    // Leaves a sandbox found running (adopted) running when this object goes: it is someone
    // else's, e.g. the window's while `onair upload` borrows it.
    void release();
    bool isReady() const { return m_ready; }
    // The process of a sandbox found running (0 when the sandbox is our own child).
    qint64 adoptedPid() const { return m_adoptedPid; }
    const Endpoints &endpoints() const { return m_endpoints; }

Q_SIGNALS:
    void ready(const onair::LocalSandbox::Endpoints &endpoints);
    void failed(const QString &why);

private:
    void readOutput();
    // The pid of the sandbox running on `dataDir`, and its ready line; 0 when there is none.
    static qint64 findRunning(const QString &dataDir, QByteArray *readyLine);

    QProcess m_process;
    QTimer *m_startTimer;
    QByteArray m_buffer;
    QString m_lastWords; // the sandbox's last line on stderr: why it did not start
    Endpoints m_endpoints;
    bool m_ready = false;
    qint64 m_adoptedPid = 0;
};

} // namespace onair
