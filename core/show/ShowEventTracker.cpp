#include "show/ShowEventTracker.h"

#include "show/Lifecycle.h"
#include "show/RecordingWatch.h"
#include "show/ShowContext.h"
#include "show/ShowEvents.h"

#include <QJsonArray>

namespace onair {

namespace {
const QLatin1String kKey("showEvents");
using Kind = ShowEvent::Kind;
} // namespace

ShowEventTracker::ShowEventTracker(ShowContext *context, ShowEvents *events, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_recording(new RecordingWatch(context, this))
{}

void ShowEventTracker::setRecordingPollMs(int ms)
{
    m_recording->setIntervalMs(ms);
}

void ShowEventTracker::created(const LiveBroadcast &broadcast)
{
    clear();
    m_broadcastId = broadcast.id;
    publishOnce(Kind::Created, broadcast, QDateTime::currentDateTimeUtc());
}

void ShowEventTracker::clear()
{
    m_recording->stop();
    m_broadcastId.clear();
    m_streamId.clear();
    m_published.clear();
}

void ShowEventTracker::adopt(const LiveBroadcast &b)
{
    clear();
    m_broadcastId = b.id;
    const LifeCycleStatus s = b.status.lifeCycleStatus;
    m_published.insert(Kind::Created);
    if (!b.contentDetails.boundStreamId.isEmpty())
        m_published.insert(Kind::StreamBound);
    if (s == LifeCycleStatus::Testing || s == LifeCycleStatus::LiveStarting ||
        s == LifeCycleStatus::Live || s == LifeCycleStatus::Complete)
        m_published.insert(Kind::TestingReached);
    if (s == LifeCycleStatus::Live || s == LifeCycleStatus::Complete)
        m_published.insert(Kind::LiveReached);
    if (s == LifeCycleStatus::Complete) {
        m_published.insert(Kind::Completed);
        m_published.insert(Kind::RecordingProcessed);
    }
}

void ShowEventTracker::observe(const LiveBroadcast &b)
{
    if (b.id != m_broadcastId)
        adopt(b);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!b.contentDetails.boundStreamId.isEmpty()) {
        m_streamId = b.contentDetails.boundStreamId;
        publishOnce(Kind::StreamBound, b, now);
    }
    switch (b.status.lifeCycleStatus) {
    case LifeCycleStatus::Testing:
        publishOnce(Kind::TestingReached, b, now);
        break;
    case LifeCycleStatus::Live:
        publishOnce(Kind::LiveReached, b,
                    b.snippet.actualStartTime.isValid() ? b.snippet.actualStartTime : now);
        break;
    case LifeCycleStatus::Complete:
        publishOnce(Kind::Completed, b,
                    b.snippet.actualEndTime.isValid() ? b.snippet.actualEndTime : now);
        break;
    default:
        break;
    }
    if (m_published.count(Kind::Completed) && !m_published.count(Kind::RecordingProcessed))
        watchRecording();
}

void ShowEventTracker::publishOnce(Kind kind, const LiveBroadcast &b, const QDateTime &at)
{
    if (m_published.count(kind))
        return;
    m_published.insert(kind);
    m_events->publish({kind, b.id, b.id, b.contentDetails.boundStreamId, at.toUTC()});
}

void ShowEventTracker::watchRecording()
{
    const QString id = m_broadcastId;
    m_recording->watch(id, [this, id](bool processed) {
        if (!processed || id != m_broadcastId || m_published.count(Kind::RecordingProcessed))
            return;
        m_published.insert(Kind::RecordingProcessed);
        m_events->publish(
            {Kind::RecordingProcessed, id, id, m_streamId, QDateTime::currentDateTimeUtc()});
    });
}

void ShowEventTracker::restore(const QJsonObject &extra)
{
    const QJsonObject record = extra.value(kKey).toObject();
    const QString id = record.value(QLatin1String("broadcastId")).toString();
    if (id == m_broadcastId)
        return; // the same show on screen keeps what it knows
    clear();
    if (id.isEmpty())
        return;
    m_broadcastId = id;
    m_streamId = record.value(QLatin1String("streamId")).toString();
    for (const QJsonValue &name : record.value(QLatin1String("published")).toArray())
        if (const auto kind = ShowEvent::fromName(name.toString()))
            m_published.insert(*kind);
}

void ShowEventTracker::save(QJsonObject *extra) const
{
    if (m_broadcastId.isEmpty())
        return;
    QJsonArray published;
    for (int k = int(Kind::Created); k <= int(Kind::RecordingProcessed); ++k)
        if (m_published.count(Kind(k)))
            published.append(ShowEvent::name(Kind(k)));
    extra->insert(kKey, QJsonObject{{QLatin1String("broadcastId"), m_broadcastId},
                                    {QLatin1String("streamId"), m_streamId},
                                    {QLatin1String("published"), published}});
}

} // namespace onair
