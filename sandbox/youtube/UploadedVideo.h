#pragma once

#include "youtube/Broadcast.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace onair::sandbox {

// A video created by videos.insert (an upload), not by a broadcast. `video` holds what it
// shares with a broadcast's video (id, channel, snippet and status fields); the rest is the
// upload's own: scheduled publishing, recording details, the file and its processing.
struct UploadedVideo
{
    Broadcast video;
    QDateTime publishAt; // private until then, public from then; invalid: not scheduled
    QDateTime recordingDate;
    QString locationDescription;
    QJsonObject location; // GeoPoint {latitude, longitude, altitude}; empty: none
    QString fileName;
    qint64 fileSize = 0;
    QByteArray sha256;
    // Processing: "processing" from the upload until processingDue, then its outcome.
    QDateTime processingStarted;
    QDateTime processingDue;
    QString outcome = QStringLiteral("processed"); // processed, failed or rejected
    QString outcomeReason;                         // failureReason / rejectionReason
    bool processingDone = false;

    QString uploadStatus() const { return processingDone ? outcome : QStringLiteral("uploaded"); }
};

} // namespace onair::sandbox
