#include "TestEncoder.h"

#include <QStandardPaths>
#include <QTimer>

namespace onair {

namespace {

// How long ffmpeg gets to finish after SIGTERM before it is killed.
constexpr int kTerminateWaitMs = 2000;

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

TestEncoder::TestEncoder(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::started, this, &TestEncoder::started);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Keep only the tail: ffmpeg's last words say why it stopped.
        m_lastError.append(m_process.readAllStandardError());
        m_lastError = m_lastError.right(600);
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString why = m_stopping
                                ? QString()
                                : tr("ffmpeg stopped (code %1): %2")
                                      .arg(code)
                                      .arg(QString::fromUtf8(m_lastError).trimmed().right(200));
        m_stopping = false;
        Q_EMIT stopped(why);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT stopped(tr("Cannot start ffmpeg: %1").arg(m_process.errorString()));
    });
}

TestEncoder::~TestEncoder()
{
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

QStringList TestEncoder::arguments(const QString &ingestionAddress, const QString &streamName,
                                   const QString &resolution, const QString &frameRate)
{
    const QString rate =
        frameRate == QLatin1String("60fps") ? QStringLiteral("60") : QStringLiteral("30");
    QString url = ingestionAddress;
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    url += streamName;
    return {QStringLiteral("-hide_banner"),
            QStringLiteral("-loglevel"),
            QStringLiteral("error"),
            QStringLiteral("-re"),
            QStringLiteral("-f"),
            QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=%1:rate=%2").arg(sizeFor(resolution), rate),
            QStringLiteral("-f"),
            QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440"),
            QStringLiteral("-c:v"),
            QStringLiteral("libx264"),
            QStringLiteral("-preset"),
            QStringLiteral("ultrafast"),
            QStringLiteral("-tune"),
            QStringLiteral("zerolatency"),
            QStringLiteral("-g"),
            QString::number(rate.toInt() * 2),
            QStringLiteral("-c:a"),
            QStringLiteral("aac"),
            QStringLiteral("-f"),
            QStringLiteral("flv"),
            url};
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
    m_lastError.clear();
    m_process.start(ffmpeg, arguments(ingestionAddress, streamName, resolution, frameRate));
}

void TestEncoder::stop()
{
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

} // namespace onair
