#pragma once

#include "net/Result.h"
#include "show/Lifecycle.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace onair {

// A youtube#liveBroadcast, field names as in the discovery document. `parts` lists the parts
// the JSON carried, so a read-modify-write sends back exactly what was read.
struct LiveBroadcast
{
    struct Snippet
    {
        QString title;
        QString description;
        QString channelId;
        QString liveChatId;
        QString categoryId;
        QDateTime scheduledStartTime;
        QDateTime scheduledEndTime;
        QDateTime actualStartTime; // read-only: set on going live
        QDateTime actualEndTime;   // read-only: set on complete
        QDateTime publishedAt;     // read-only
        // read-only: the largest of snippet.thumbnails (a public JPEG: YouTube's image host)
        QUrl thumbnailUrl;
    };
    struct Status
    {
        LifeCycleStatus lifeCycleStatus = LifeCycleStatus::Unspecified;
        QString privacyStatus; // public | unlisted | private
        QString recordingStatus;
        bool madeForKids = false; // read-only
        bool selfDeclaredMadeForKids = false;
    };
    struct MonitorStream
    {
        bool enableMonitorStream = true;
        quint32 broadcastStreamDelayMs = 0;
        QString embedHtml; // read-only
    };
    struct ContentDetails
    {
        QString boundStreamId; // read-only: changed through bind
        QDateTime boundStreamLastUpdateTimeMs;
        MonitorStream monitorStream;
        bool enableDvr = true;
        bool recordFromStart = true;
        bool enableEmbed = true;
        bool enableAutoStart = false;
        bool enableAutoStop = false;
        bool enableClosedCaptions = false;
        QString closedCaptionsType; // closedCaptionsDisabled | …HttpPost | …Embedded
        QString latencyPreference;  // normal | low | ultraLow
        QString projection;         // rectangular | 360 | mesh
        QString stereoLayout;
    };
    struct Statistics
    {
        qint64 concurrentViewers = -1; // -1: not reported
    };

    QString id;
    QString etag;
    Snippet snippet;
    Status status;
    ContentDetails contentDetails;
    Statistics statistics;
    QStringList parts;

    static Result<LiveBroadcast> fromJson(const QJsonObject &json);
    // The writable fields of the named parts (plus id when known), for insert and update.
    QJsonObject toJson(const QStringList &writeParts) const;
};

} // namespace onair
