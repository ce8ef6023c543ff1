#pragma once

#include "youtube/BroadcastStates.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair::sandbox {

// A liveBroadcast, which is also a video (title, description and privacy are shared).
struct Broadcast
{
    QString id; // 11 characters, a video id
    QString channelId;
    QString title;
    QString description;
    QDateTime publishedAt;
    QDateTime scheduledStartTime;
    QDateTime scheduledEndTime;
    QDateTime actualStartTime;
    QDateTime actualEndTime;
    QString privacyStatus = QStringLiteral("private");
    LifeCycleStatus lifeCycleStatus = LifeCycleStatus::Created;
    RecordingStatus recordingStatus = RecordingStatus::NotRecording;
    bool selfDeclaredMadeForKids = false;
    QString boundStreamId;
    QDateTime boundStreamLastUpdate;
    bool enableMonitorStream = true;
    qint64 broadcastStreamDelayMs = 0;
    bool enableEmbed = true;
    bool enableDvr = true;
    bool recordFromStart = true;
    bool enableClosedCaptions = false;
    QString closedCaptionsType = QStringLiteral("closedCaptionsDisabled");
    QString latencyPreference = QStringLiteral("normal");
    QString projection = QStringLiteral("rectangular");
    QString stereoLayout = QStringLiteral("mono");
    bool enableAutoStart = false;
    bool enableAutoStop = false;
    bool cuepointScheduleEnabled = false;
    QString pauseAdsUntil;
    // Video metadata.
    QString categoryId = QStringLiteral("22");
    QStringList tags;
    QString defaultLanguage;
    bool embeddable = true;
    QString license = QStringLiteral("youtube");
    bool publicStatsViewable = true;
    // Lifecycle bookkeeping.
    std::optional<LifeCycleStatus> transitionTarget; // testing/live while testStarting/liveStarting
    QDateTime transitionDue;
    QDateTime monitorStart;    // start of testing, or of live when there was no testing
    QDateTime testingReached;  // when testing was reached; invalid when it never was
    QDateTime ingestStoppedAt; // for enableAutoStop
    bool hasThumbnail = false;
};

} // namespace onair::sandbox
