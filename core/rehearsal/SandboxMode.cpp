#include "rehearsal/SandboxMode.h"

#include "rehearsal/TestEncoder.h"
#include "show/EventLog.h"

#include <QStandardPaths>

namespace onair {

SandboxMode::SandboxMode(EventLog *eventLog, QObject *parent)
    : QObject(parent)
    , m_log(eventLog)
    , m_sandbox(new LocalSandbox(this))
    , m_encoder(new TestEncoder(QString(), this))
{
    connect(m_sandbox, &LocalSandbox::ready, this, &SandboxMode::onReady);
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString &why) {
        log(tr("Sandbox"), false, why, QStringLiteral("sandbox"));
    });
    connect(m_encoder, &TestEncoder::started, this, [this] {
        Q_EMIT testEncoderRunningChanged(true);
        log(tr("Test encoder"), true, tr("ffmpeg publishes a test pattern and tone"));
    });
    connect(m_encoder, &TestEncoder::stopped, this, [this](const QString &why) {
        Q_EMIT testEncoderRunningChanged(false);
        log(tr("Test encoder"), why.isEmpty(), why.isEmpty() ? tr("Stopped") : why);
    });
}

SandboxMode::~SandboxMode()
{
    m_encoder->stop();
    m_sandbox->stop();
}

QString SandboxMode::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sandbox");
}

void SandboxMode::log(const QString &action, bool ok, const QString &text, const QString &reason)
{
    m_log->add(action, ok ? EventLog::Outcome::Ok : EventLog::Outcome::Failed, text, reason);
}

void SandboxMode::start()
{
    m_active = true;
    Q_EMIT modeChanged(true, QUrl());
    log(tr("Sandbox"), true, tr("Starting the local sandbox…"));
    // The sandbox and the test encoder outlive a crash of OnAir, as YouTube and a real
    // encoder would: a rehearsal picks them up again.
    m_sandbox->start(dataDir());
    if (m_encoder->takeOverLeftover(true))
        log(tr("Test encoder"), true,
            tr("ffmpeg was still publishing from before the restart (process %1): it is "
               "shown as running and stops with the button.")
                .arg(m_encoder->pid()));
}

void SandboxMode::attach(const QByteArray &readyLine)
{
    m_active = true;
    QString error;
    const LocalSandbox::Endpoints e = SandboxEndpoints::parse(readyLine, &error);
    if (!e.api.isValid()) {
        log(tr("Sandbox"), false, error);
        return;
    }
    onReady(e);
}

void SandboxMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_encoder->stop();
    m_sandbox->stop();
    m_endpoints = {};
    Q_EMIT modeChanged(false, QUrl());
}

void SandboxMode::stopLeftovers()
{
    LocalSandbox::stopLeftover(dataDir());
    m_encoder->takeOverLeftover(false);
}

void SandboxMode::setTestEncoder(bool on, const std::optional<LiveStream> &stream)
{
    if (!on) {
        m_encoder->stop();
        return;
    }
    if (!stream) {
        log(tr("Test encoder"), false, tr("Bind a stream first."));
        return;
    }
    m_encoder->start(stream->cdn.ingestionInfo.ingestionAddress,
                     stream->cdn.ingestionInfo.streamName, stream->cdn.resolution,
                     stream->cdn.frameRate);
}

void SandboxMode::onReady(const LocalSandbox::Endpoints &endpoints)
{
    if (!m_active)
        return; // a Google account took over while the sandbox was starting
    m_endpoints = endpoints;
    Q_EMIT modeChanged(true, endpoints.origin());
    if (m_sandbox->adoptedPid() != 0)
        log(tr("Sandbox"), true,
            tr("Found the sandbox still running from before the restart (process %1) at %2")
                .arg(m_sandbox->adoptedPid())
                .arg(endpoints.api.toString()));
    else
        log(tr("Sandbox"), true, tr("Ready at %1").arg(endpoints.api.toString()));
    Q_EMIT ready(endpoints);
}

} // namespace onair
