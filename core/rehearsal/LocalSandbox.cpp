#include "rehearsal/LocalSandbox.h"

#include "rehearsal/ProcessProbe.h"
#include "rehearsal/RehearsalLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace onair {

namespace {
// What onair-sandbox keeps in its data folder while it runs (sandbox/README.md).
const QString kLockName = QStringLiteral("sandbox.lock");
const QString kReadyName = QStringLiteral("sandbox-ready.json");
const QString kProgramName = QStringLiteral("onair-sandbox");
} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        if (!m_ready) {
            Q_EMIT failed(tr("The sandbox did not start within %1 s.").arg(kStartTimeoutMs / 1000));
            stop();
        }
    });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QString said = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        qCDebug(lcRehearsal).noquote() << said;
        if (!said.isEmpty())
            m_lastWords = said.section(QLatin1Char('\n'), -1);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT failed(
                tr("Cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready)
            Q_EMIT failed(tr("The sandbox exited (code %1) before it was ready: %2")
                              .arg(code)
                              .arg(m_lastWords));
        m_ready = false;
    });
}

LocalSandbox::~LocalSandbox()
{
    stop();
    // Leaving (the window closed, or SIGTERM): the sandbox gets its moment to save its state
    // and stop nginx, as the TestEncoder's ffmpeg does; it is killed only past that.
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(kStopWaitMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopWaitMs);
    }
}

QString LocalSandbox::findProgram()
{
    const QString forced = qEnvironmentVariable("ONAIR_SANDBOX_PROGRAM");
    if (!forced.isEmpty())
        return forced;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/onair-sandbox"),
                                 dir + QStringLiteral("/../sandbox/onair-sandbox")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(QStringLiteral("onair-sandbox"));
}

qint64 LocalSandbox::findRunning(const QString &dataDir, QByteArray *readyLine)
{
    const QDir dir(dataDir);
    qint64 pid = 0;
    QString host, app;
    if (!QLockFile(dir.filePath(kLockName)).getLockInfo(&pid, &host, &app) ||
        !ProcessProbe::isRunning(pid, kProgramName))
        return 0;
    QFile ready(dir.filePath(kReadyName));
    if (!ready.open(QIODevice::ReadOnly))
        return 0;
    *readyLine = ready.readLine(64 * 1024).trimmed();
    return pid;
}

void LocalSandbox::start(const QString &dataDir)
{
    m_ready = false;
    m_adoptedPid = 0;
    m_buffer.clear();
    m_lastWords.clear();
    QByteArray line;
    if (const qint64 pid = findRunning(dataDir, &line)) {
        QString error;
        const Endpoints e = SandboxEndpoints::parse(line, &error);
        if (e.api.isValid()) {
            qCInfo(lcRehearsal) << "adopting the sandbox still running as process" << pid;
            m_adoptedPid = pid;
            m_endpoints = e;
            m_ready = true;
            QTimer::singleShot(0, this, [this] { Q_EMIT ready(m_endpoints); });
            return;
        }
        qCWarning(lcRehearsal) << "a sandbox runs on" << dataDir
                               << "with an unusable ready line:" << error;
    }
    const QString program = findProgram();
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("onair-sandbox was not found next to onair or on PATH."));
        });
        return;
    }
    m_process.start(program,
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rtmp-port"),
                     QStringLiteral("0"), QStringLiteral("--auto-consent"),
                     QStringLiteral("--data-dir"), dataDir});
    m_startTimer->start(kStartTimeoutMs);
}

void LocalSandbox::stopLeftover(const QString &dataDir)
{
    QByteArray line;
    if (const qint64 pid = findRunning(dataDir, &line)) {
        qCInfo(lcRehearsal) << "stopping the sandbox left running as process" << pid;
        ProcessProbe::terminate(pid);
    }
}

void LocalSandbox::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_ready)
        return;
    const qsizetype eol = m_buffer.indexOf('\n');
    if (eol < 0)
        return;
    QString error;
    const Endpoints e = SandboxEndpoints::parse(m_buffer.left(eol), &error);
    m_buffer.remove(0, eol + 1);
    if (!e.api.isValid()) {
        Q_EMIT failed(tr("The sandbox answered oddly: %1").arg(error));
        stop();
        return;
    }
    m_endpoints = e;
    m_ready = true;
    m_startTimer->stop();
    qCInfo(lcRehearsal) << "sandbox ready at" << e.api.toString();
    Q_EMIT ready(m_endpoints);
}

void LocalSandbox::release()
{
    if (m_adoptedPid == 0)
        return;
    m_adoptedPid = 0;
    m_ready = false;
}

void LocalSandbox::stop()
{
    m_startTimer->stop();
    if (m_adoptedPid != 0) {
        // Not our child: it stops nginx and exits on SIGTERM like our own.
        ProcessProbe::terminate(m_adoptedPid);
        m_adoptedPid = 0;
        m_ready = false;
        return;
    }
    if (m_process.state() == QProcess::NotRunning)
        return;
    // The sandbox stops nginx and exits on SIGTERM; past 3 s it is killed. Never wait here.
    m_process.terminate();
    QTimer::singleShot(kStopWaitMs, &m_process, [p = &m_process] {
        if (p->state() != QProcess::NotRunning)
            p->kill();
    });
}

} // namespace onair
