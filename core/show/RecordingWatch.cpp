#include "show/RecordingWatch.h"

#include "google/youtube/YouTubeClient.h"
#include "show/PollingPolicy.h"
#include "show/ShowContext.h"

#include <QTimer>

#include <limits>

namespace onair {

RecordingWatch::RecordingWatch(ShowContext *context, QObject *parent)
    : RecordingWatch([context] { return context->client(); }, parent)
{}

RecordingWatch::RecordingWatch(std::function<YouTubeClient *()> client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_timer(new QTimer(this))
    , m_intervalMs(PollingPolicy::kRecordingMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RecordingWatch::read);
}

void RecordingWatch::watch(const QString &videoId, Done done)
{
    if (videoId == m_videoId)
        return;
    stop();
    m_last = Video();
    m_videoId = videoId;
    m_done = std::move(done);
    m_untilPublic = false;
    read();
}

void RecordingWatch::watchPublic(const QString &videoId, const QDateTime &from, Done done)
{
    stop();
    m_last = Video();
    m_videoId = videoId;
    m_done = std::move(done);
    m_untilPublic = true;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(from);
    if (ms > 0)
        m_timer->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    else
        read();
}

void RecordingWatch::stop()
{
    m_timer->stop();
    m_videoId.clear();
    m_done = {};
}

void RecordingWatch::read()
{
    if (m_videoId.isEmpty() || m_inFlight)
        return;
    m_inFlight = true;
    m_client()->videos().get(
        m_videoId, {QStringLiteral("id"), QStringLiteral("status")}, this,
        [this, id = m_videoId](Result<Video> r) {
            m_inFlight = false;
            if (id != m_videoId) {
                read(); // another video is watched now
                return;
            }
            if (r.isOk())
                m_last = r.value();
            const QString upload = r.isOk() ? r.value().status.uploadStatus : QString();
            const bool processed = m_untilPublic ? r.isOk() && r.value().status.privacyStatus ==
                                                                   QLatin1String("public")
                                                 : upload == QLatin1String("processed");
            const bool never = upload == QLatin1String("failed") ||
                               upload == QLatin1String("rejected") ||
                               upload == QLatin1String("deleted") ||
                               (!r.isOk() && r.error().reason == QLatin1String("videoNotFound"));
            if (!processed && !never) {
                m_timer->start(m_intervalMs);
                return;
            }
            const Done done = m_done;
            stop();
            if (done)
                done(processed);
        });
}

} // namespace onair
