#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace onair {

class ShowContext;

// After a show completes, YouTube turns its recording into a video: reads the video (1 quota
// unit) at once and then every PollingPolicy::kRecordingMs until its status.uploadStatus reads
// "processed", and stops there (or when it failed, was rejected or deleted).
class RecordingWatch : public QObject
{
    Q_OBJECT

public:
    // true: processed; false: it will not be (failed, rejected, deleted, gone).
    using Done = std::function<void(bool processed)>;

    explicit RecordingWatch(ShowContext *context, QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_intervalMs = ms; }
    bool isWatching() const { return !m_videoId.isEmpty(); }
    const QString &videoId() const { return m_videoId; }
    void watch(const QString &videoId, Done done);
    void stop();

private:
    void read();

    ShowContext *m_context;
    QTimer *m_timer;
    QString m_videoId;
    Done m_done;
    int m_intervalMs;
    bool m_inFlight = false;
};

} // namespace onair
