#include "AppProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

namespace onair::test {

AppProcess::AppProcess(const QString &program, const QJsonObject &sandboxReadyLine)
    : m_program(program)
    , m_readyLine(QJsonDocument(sandboxReadyLine).toJson(QJsonDocument::Compact))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

AppProcess::~AppProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool AppProcess::start(const QStringList &extraArguments)
{
    m_stderr.clear();
    m_process.start(m_program,
                    QStringList{QStringLiteral("--sandbox-ready"), QString::fromUtf8(m_readyLine)} +
                        extraArguments);
    if (m_process.waitForStarted(10000))
        return true;
    m_error = m_process.errorString();
    return false;
}

bool AppProcess::crash()
{
    m_process.kill();
    return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::CrashExit;
}

QRegularExpressionMatch AppProcess::waitForLine(const QRegularExpression &line, int timeoutMs,
                                                const std::function<void()> &meanwhile)
{
    QRegularExpressionMatch m;
    const bool ok = QTest::qWaitFor(
        [&] {
            if (meanwhile)
                meanwhile();
            m_stderr += m_process.readAllStandardError();
            m = line.match(QString::fromUtf8(m_stderr));
            return m.hasMatch();
        },
        timeoutMs);
    if (!ok)
        m_error = QString::fromUtf8(m_stderr.right(3000));
    return m;
}

bool AppProcess::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    bool exited = false;
    const bool ok = QTest::qWaitFor(
        [&] {
            m_stderr += m_process.readAllStandardError();
            if (done())
                return true;
            exited = m_process.state() == QProcess::NotRunning;
            return exited;
        },
        timeoutMs);
    if (ok && !exited)
        return true;
    m_error = (exited ? QStringLiteral("onair exited: ") : QStringLiteral("timed out: ")) +
              QString::fromUtf8(m_stderr.right(3000));
    return false;
}

AppProcess::Ctl AppProcess::ctl(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(program, QStringList{QStringLiteral("ctl")} + arguments);
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QRegularExpression &AppProcess::reattachedLine()
{
    static const QRegularExpression line(
        QStringLiteral("onair: reattached broadcast=(\\S+) lifecycle=(\\S+) liveElapsedMs=(-?\\d+) "
                       "monitorElapsedMs=(-?\\d+) sinceStartMs=(-?\\d+)(?: liveStartMs=(-?\\d+) "
                       "monitorStartMs=(-?\\d+) events=(\\d+) cuepoints=(\\d+))?"));
    return line;
}

void AppProcess::useRealAppFiles()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OnAir"));
    QCoreApplication::setApplicationName(QStringLiteral("onair"));
}

QString AppProcess::sessionFile()
{
    // The app's AppDataLocation (organisation "OnAir", application "onair"), the sandbox's
    // own file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/OnAir/onair/sessions/sandbox.json");
}

QJsonObject AppProcess::readSession()
{
    QFile f(sessionFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace onair::test
