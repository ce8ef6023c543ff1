#pragma once

#include <QString>

#include <optional>

namespace onair::sandbox {

// The typed states of the YouTube resources; their API spelling exists only here, at the JSON
// edge (answers, request parameters, the state file).
enum class LifeCycleStatus
{
    Created,
    Ready,
    TestStarting,
    Testing,
    LiveStarting,
    Live,
    Complete
};

enum class StreamStatus
{
    Created,
    Ready,
    Active,
    Inactive
};

enum class HealthStatus
{
    Good,
    Ok,
    Bad,
    NoData
};

enum class RecordingStatus
{
    NotRecording,
    Recording,
    Recorded
};

// To and from the API's strings ("testStarting", "noData", …).
class BroadcastStates
{
public:
    static QString toString(LifeCycleStatus status);
    static QString toString(StreamStatus status);
    static QString toString(HealthStatus status);
    static QString toString(RecordingStatus status);
    static std::optional<LifeCycleStatus> lifeCycleStatus(const QString &text);
    static std::optional<RecordingStatus> recordingStatus(const QString &text);
};

} // namespace onair::sandbox
