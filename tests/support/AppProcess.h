#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

namespace onair::test {

// A real `onair` for a test, talking to a sandbox someone else runs (its ready line): started
// with `--sandbox-ready`, its stderr read for the lines it prints for tests (the reattach
// report), killed outright like a crash (SIGKILL) or, when this object goes, stopped (SIGTERM,
// then SIGKILL after 5 s). The in-process AppController of the same test finds the same files
// once the test names itself "OnAir"/"onair" (useRealAppFiles()).
//
//   AppProcess app(ONAIR_APP_EXE, sandbox->readyLine());
//   QVERIFY2(app.start(), qPrintable(app.error()));
//   const QRegularExpressionMatch m = app.waitForLine(AppProcess::reattachedLine(), 30000);
//   app.crash();
class AppProcess
{
public:
    AppProcess(const QString &program, const QJsonObject &sandboxReadyLine);
    ~AppProcess();
    AppProcess(const AppProcess &) = delete;
    AppProcess &operator=(const AppProcess &) = delete;

    bool start(const QStringList &extraArguments = {});
    // SIGKILL, as a crash: true when the process died of it.
    bool crash();
    qint64 pid() const { return m_process.processId(); }
    QString error() const { return m_error; }

    // Waits (at most timeoutMs, processing events) for a stderr line matching `line`, calling
    // `meanwhile` on every turn; no match (and error() with stderr's tail) on time-out.
    QRegularExpressionMatch waitForLine(const QRegularExpression &line, int timeoutMs,
                                        const std::function<void()> &meanwhile = {});
    // Waits for `done` while the process runs; false (and error()) when it stays false.
    bool waitFor(const std::function<bool()> &done, int timeoutMs);

    // `onair ctl ARGUMENTS` (D-Bus) against the app this test runs in its own process, waited
    // for with the event loop running (the app answers on this thread); exitCode -1 when it
    // crashed or was killed after timeoutMs.
    struct Ctl
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Ctl ctl(const QString &program, const QStringList &arguments, int timeoutMs);

    // The report onair prints once it has read a saved show back (app/ReattachReport): 1 the
    // broadcast, 2 its lifecycle, 3–5 liveElapsedMs, monitorElapsedMs, sinceStartMs, then
    // (when known) 6 liveStartMs, 7 monitorStartMs, 8 events, 9 cuepoints.
    static const QRegularExpression &reattachedLine();
    // The test's own process takes the real app's names, so that both use the same files.
    static void useRealAppFiles();
    // The sandbox account's saved show, as the real app writes it (empty when none).
    static QString sessionFile();
    static QJsonObject readSession();

private:
    QString m_program;
    QByteArray m_readyLine;
    QProcess m_process;
    QByteArray m_stderr;
    QString m_error;
};

} // namespace onair::test
