#include "rehearsal/TestEncoder.h"

#include "rehearsal/TestPattern.h"

#include "rehearsal/ProcessProbe.h"
#include "rehearsal/RehearsalLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace onair {

namespace {

// How long ffmpeg gets to finish after SIGTERM before it is killed.
constexpr int kTerminateWaitMs = 2000;
// How often an adopted encoder (not our child: no signal when it ends) is looked at.
constexpr int kAdoptedWatchMs = 1000;
constexpr qint64 kLastWordsBytes = 600;

QString sizeFor(const QString &resolution)
{
    static const QList<std::pair<const char *, const char *>> sizes = {
        {"240p", "426x240"},    {"360p", "640x360"},    {"480p", "854x480"},   {"720p", "1280x720"},
        {"1080p", "1920x1080"}, {"1440p", "2560x1440"}, {"2160p", "3840x2160"}};
    for (const auto &[name, size] : sizes) {
        if (resolution == QLatin1String(name))
            return QString::fromLatin1(size);
    }
    return QStringLiteral("1280x720");
}

} // namespace

TestEncoder::TestEncoder(const QString &pidFile, QObject *parent)
    : QObject(parent)
    , m_pidFile(pidFile.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/test-encoder.json")
                    : pidFile)
    , m_adoptedWatch(new QTimer(this))
{
    // ffmpeg's messages go to a file, not a pipe: an encoder that outlives a crashed OnAir
    // must not die of SIGPIPE at its first message.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(logFile());
    connect(&m_process, &QProcess::started, this, [this] {
        writePidFile();
        Q_EMIT started();
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        QFile::remove(m_pidFile);
        QString said = lastWords();
        if (!m_streamName.isEmpty())
            said.replace(m_streamName, QStringLiteral("…"));
        const QString why = m_stopping
                                ? QString()
                                : tr("ffmpeg stopped (code %1): %2").arg(code).arg(said.right(200));
        m_stopping = false;
        Q_EMIT stopped(why);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT stopped(tr("Cannot start ffmpeg: %1").arg(m_process.errorString()));
    });
    m_adoptedWatch->setInterval(kAdoptedWatchMs);
    connect(m_adoptedWatch, &QTimer::timeout, this, &TestEncoder::watchAdopted);
}

TestEncoder::~TestEncoder()
{
    if (m_adoptedPid != 0) {
        // Not our child: asked to go, and it goes on its own.
        ProcessProbe::terminate(m_adoptedPid);
        QFile::remove(m_pidFile);
    }
    // Leaving (the window closes): here a short wait is fine, and ffmpeg must not outlive us.
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(kTerminateWaitMs)) {
        m_process.kill();
        m_process.waitForFinished(kTerminateWaitMs);
    }
}

QStringList TestEncoder::arguments(const QString &ingestionAddress, const QString &resolution,
                                   const QString &frameRate)
{
    TestPattern pattern;
    pattern.size = sizeFor(resolution);
    pattern.frameRate = frameRate == QLatin1String("60fps") ? 60 : 30;
    pattern.streamNameFromStdin = true;
    // The application's address only; the stream name (the key) comes with the preset.
    QString url = ingestionAddress;
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return pattern.arguments(url);
}

QByteArray TestEncoder::preset(const QString &streamName)
{
    // One `key=value` line: a key that could end the line early or add another is refused.
    if (streamName.isEmpty() || streamName.contains(QLatin1Char('\n')) ||
        streamName.contains(QLatin1Char('\r')) || streamName.contains(QLatin1Char('#')))
        return {};
    return "rtmp_playpath=" + streamName.toUtf8() + '\n';
}

void TestEncoder::start(const QString &ingestionAddress, const QString &streamName,
                        const QString &resolution, const QString &frameRate)
{
    stop();
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        Q_EMIT stopped(tr("ffmpeg is not installed."));
        return;
    }
    const QByteArray keyLine = preset(streamName);
    if (keyLine.isEmpty()) {
        Q_EMIT stopped(tr("The stream has no usable stream key."));
        return;
    }
    QDir().mkpath(QFileInfo(m_pidFile).absolutePath());
    m_streamName = streamName;
    m_process.start(ffmpeg, arguments(ingestionAddress, resolution, frameRate));
    // Buffered until ffmpeg runs; the end of its input ends the preset.
    m_process.write(keyLine);
    m_process.closeWriteChannel();
}

void TestEncoder::stop()
{
    if (m_adoptedPid != 0) {
        m_stopping = true;
        ProcessProbe::terminate(m_adoptedPid);
        QTimer::singleShot(kTerminateWaitMs, this, [this, pid = m_adoptedPid] {
            if (m_adoptedPid == pid)
                ProcessProbe::kill(pid);
        });
        return;
    }
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    // Never wait on the GUI thread: a stubborn ffmpeg is killed a little later.
    QTimer::singleShot(kTerminateWaitMs, &m_process, [p = &m_process] {
        if (p->state() != QProcess::NotRunning)
            p->kill();
    });
}

bool TestEncoder::isRunning() const
{
    return m_adoptedPid != 0 || m_process.state() != QProcess::NotRunning;
}

qint64 TestEncoder::pid() const
{
    return m_adoptedPid != 0 ? m_adoptedPid : m_process.processId();
}

QString TestEncoder::logFile() const
{
    return m_pidFile + QStringLiteral(".log");
}

QString TestEncoder::lastWords() const
{
    // Only the tail: ffmpeg's last words say why it stopped.
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > kLastWordsBytes)
        log.seek(log.size() - kLastWordsBytes);
    return QString::fromUtf8(log.readAll()).trimmed();
}

void TestEncoder::writePidFile()
{
    const qint64 pid = m_process.processId();
    const std::optional<ProcessProbe::Info> info = ProcessProbe::read(pid);
    QSaveFile file(m_pidFile);
    const QJsonObject o{
        {QStringLiteral("pid"), pid},
        {QStringLiteral("startTicks"), QString::number(info ? info->startTicks : 0)}};
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcRehearsal) << "cannot keep the encoder's pid in" << m_pidFile;
}

bool TestEncoder::takeOverLeftover(bool adopt)
{
    if (isRunning())
        return false;
    QFile file(m_pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    file.close();
    const qint64 pid = o.value(QLatin1String("pid")).toInteger();
    const quint64 ticks = o.value(QLatin1String("startTicks")).toString().toULongLong();
    if (pid <= 1 || ticks == 0 || !ProcessProbe::isRunning(pid, QStringLiteral("ffmpeg"), ticks)) {
        QFile::remove(m_pidFile); // gone, or the pid now belongs to someone else
        return false;
    }
    if (!adopt) {
        qCInfo(lcRehearsal) << "stopping the test encoder left running as process" << pid;
        ProcessProbe::terminate(pid);
        QFile::remove(m_pidFile);
        return false;
    }
    qCInfo(lcRehearsal) << "adopting the test encoder still running as process" << pid;
    m_adoptedPid = pid;
    m_adoptedTicks = ticks;
    m_stopping = false;
    m_adoptedWatch->start();
    Q_EMIT started();
    return true;
}

void TestEncoder::watchAdopted()
{
    if (ProcessProbe::isRunning(m_adoptedPid, QStringLiteral("ffmpeg"), m_adoptedTicks))
        return;
    m_adoptedWatch->stop();
    m_adoptedPid = 0;
    QFile::remove(m_pidFile);
    const QString why = m_stopping ? QString() : tr("ffmpeg stopped");
    m_stopping = false;
    Q_EMIT stopped(why);
}

} // namespace onair
