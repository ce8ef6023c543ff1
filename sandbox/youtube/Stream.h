#pragma once

#include <QDateTime>
#include <QString>

namespace onair::sandbox {

// A liveStream: where an encoder publishes.
struct Stream
{
    QString id;
    QString channelId;
    QString title;
    QString description;
    QDateTime publishedAt;
    QString ingestionType = QStringLiteral("rtmp");
    QString resolution;
    QString frameRate;
    QString streamName; // the stream key
    bool isReusable = true;
    bool everActive = false; // ready before the first publish, inactive after one
};

} // namespace onair::sandbox
