#include "youtube/BroadcastStates.h"

#include <QList>
#include <QPair>

namespace onair::sandbox {

namespace {

const QList<QPair<LifeCycleStatus, QString>> &lifeCycleNames()
{
    static const QList<QPair<LifeCycleStatus, QString>> names{
        {LifeCycleStatus::Created, QStringLiteral("created")},
        {LifeCycleStatus::Ready, QStringLiteral("ready")},
        {LifeCycleStatus::TestStarting, QStringLiteral("testStarting")},
        {LifeCycleStatus::Testing, QStringLiteral("testing")},
        {LifeCycleStatus::LiveStarting, QStringLiteral("liveStarting")},
        {LifeCycleStatus::Live, QStringLiteral("live")},
        {LifeCycleStatus::Complete, QStringLiteral("complete")}};
    return names;
}

const QList<QPair<RecordingStatus, QString>> &recordingNames()
{
    static const QList<QPair<RecordingStatus, QString>> names{
        {RecordingStatus::NotRecording, QStringLiteral("notRecording")},
        {RecordingStatus::Recording, QStringLiteral("recording")},
        {RecordingStatus::Recorded, QStringLiteral("recorded")}};
    return names;
}

template<typename E>
QString nameOf(const QList<QPair<E, QString>> &names, E value)
{
    for (const auto &n : names) {
        if (n.first == value)
            return n.second;
    }
    return {};
}

template<typename E>
std::optional<E> valueOf(const QList<QPair<E, QString>> &names, const QString &text)
{
    for (const auto &n : names) {
        if (n.second == text)
            return n.first;
    }
    return std::nullopt;
}

} // namespace

QString BroadcastStates::toString(LifeCycleStatus status)
{
    return nameOf(lifeCycleNames(), status);
}

QString BroadcastStates::toString(StreamStatus status)
{
    switch (status) {
    case StreamStatus::Created:
        return QStringLiteral("created");
    case StreamStatus::Ready:
        return QStringLiteral("ready");
    case StreamStatus::Active:
        return QStringLiteral("active");
    case StreamStatus::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

QString BroadcastStates::toString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Good:
        return QStringLiteral("good");
    case HealthStatus::Ok:
        return QStringLiteral("ok");
    case HealthStatus::Bad:
        return QStringLiteral("bad");
    case HealthStatus::NoData:
        return QStringLiteral("noData");
    }
    return {};
}

QString BroadcastStates::toString(RecordingStatus status)
{
    return nameOf(recordingNames(), status);
}

std::optional<LifeCycleStatus> BroadcastStates::lifeCycleStatus(const QString &text)
{
    return valueOf(lifeCycleNames(), text);
}

std::optional<RecordingStatus> BroadcastStates::recordingStatus(const QString &text)
{
    return valueOf(recordingNames(), text);
}

} // namespace onair::sandbox
