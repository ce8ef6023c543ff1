#pragma once

#include "net/Result.h"
#include "show/Lifecycle.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace onair {

// A youtube#liveStream, field names as in the discovery document.
struct LiveStream
{
    struct ConfigurationIssue
    {
        QString type;     // e.g. resolutionMismatch
        QString severity; // info | warning | error
        QString reason;
        QString description;
    };
    struct Snippet
    {
        QString title;
        QString description;
        QString channelId;
        QDateTime publishedAt; // read-only
    };
    struct IngestionInfo
    {
        QString streamName; // the stream key: a secret, never logged
        QString ingestionAddress;
        QString backupIngestionAddress;
        QString rtmpsIngestionAddress;
        QString rtmpsBackupIngestionAddress;
    };
    struct Cdn
    {
        QString ingestionType; // rtmp | dash | webrtc | hls
        QString resolution;    // 240p … 2160p | variable
        QString frameRate;     // 30fps | 60fps | variable
        IngestionInfo ingestionInfo;
    };
    struct Health
    {
        QString status; // good | ok | bad | noData | revoked
        qint64 lastUpdateTimeSeconds = 0;
        QList<ConfigurationIssue> configurationIssues;
    };
    struct Status
    {
        StreamStatus streamStatus = StreamStatus::Unknown;
        Health healthStatus;
    };
    struct ContentDetails
    {
        bool isReusable = true;
        QString closedCaptionsIngestionUrl;
    };

    QString id;
    QString etag;
    Snippet snippet;
    Cdn cdn;
    Status status;
    ContentDetails contentDetails;
    QStringList parts;

    static Result<LiveStream> fromJson(const QJsonObject &json);
    QJsonObject toJson(const QStringList &writeParts) const;
};

} // namespace onair
