#pragma once

#include "google/youtube/model/Video.h"
#include <QObject>

#include <QDateTime>
#include <QString>

#include <functional>

class QTimer;

namespace onair {

class ShowContext;
class YouTubeClient;

// After a show completes, YouTube turns its recording into a video: reads the video (1 quota
// unit) at once and then every PollingPolicy::kRecordingMs until its status.uploadStatus reads
// "processed", and stops there (or when it failed, was rejected or deleted). watchPublic follows
// an uploaded video the same way until its status.privacyStatus reads "public".
class RecordingWatch : public QObject
{
    Q_OBJECT

public:
    // true: processed; false: it will not be (failed, rejected, deleted, gone).
    using Done = std::function<void(bool processed)>;

    explicit RecordingWatch(ShowContext *context, QObject *parent = nullptr);
    // Reads through whichever client `client` gives at each read (an uploaded video's watch).
    explicit RecordingWatch(std::function<YouTubeClient *()> client, QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_intervalMs = ms; }
    bool isWatching() const { return !m_videoId.isEmpty(); }
    const QString &videoId() const { return m_videoId; }
    void watch(const QString &videoId, Done done);
    // Until the video is public (true) or will never be (false); the first read at `from` (its
    // publishAt), at once when that has passed.
    void watchPublic(const QString &videoId, const QDateTime &from, Done done);
    void stop();
    // The video as last read (its status says why it failed or was rejected).
    const Video &lastRead() const { return m_last; }

private:
    void read();

    std::function<YouTubeClient *()> m_client;
    Video m_last;
    QTimer *m_timer;
    QString m_videoId;
    Done m_done;
    int m_intervalMs;
    bool m_inFlight = false;
    bool m_untilPublic = false;
};

} // namespace onair
