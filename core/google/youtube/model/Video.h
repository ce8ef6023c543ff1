#pragma once

#include "net/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onair {

// A youtube#video, only the fields OnAir reads or edits. A live broadcast is also a video:
// category and tags are set here (videos.update), not on the liveBroadcast. `parts` lists
// the parts the JSON carried, so a read-modify-write sends back what was read.
struct Video
{
    struct Snippet
    {
        QString title;
        QString description;
        QString categoryId;
        QStringList tags;
        QString defaultLanguage;
        QString channelId;            // read-only
        QString liveBroadcastContent; // read-only: none | upcoming | live | completed
        QDateTime publishedAt;        // read-only
    };
    struct Status
    {
        QString privacyStatus; // public | unlisted | private
        bool embeddable = true;
        bool selfDeclaredMadeForKids = false;
        bool madeForKids = false; // read-only
        QString license;          // youtube | creativeCommon; sent back only when read
        bool publicStatsViewable = true;
        QString uploadStatus;    // read-only
        QString failureReason;   // read-only: why processing failed (uploadStatus failed)
        QString rejectionReason; // read-only: why YouTube rejected it (uploadStatus rejected)
    };
    struct LiveStreamingDetails
    {
        QDateTime scheduledStartTime;
        QDateTime scheduledEndTime;
        QDateTime actualStartTime;
        QDateTime actualEndTime;
        qint64 concurrentViewers = -1; // -1: not reported
        QString activeLiveChatId;
    };

    QString id;
    QString etag;
    Snippet snippet;
    Status status;
    LiveStreamingDetails liveStreamingDetails;
    QStringList parts;

    static Result<Video> fromJson(const QJsonObject &json);
    // The writable fields of the named parts (snippet, status) plus the id, for videos.update.
    QJsonObject toJson(const QStringList &writeParts) const;
};

} // namespace onair
