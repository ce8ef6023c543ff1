#pragma once

#include "google/youtube/upload/UploadMetadata.h"
#include "upload/UploadRecord.h"
#include "upload/UploadStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QFileSystemWatcher;

namespace onair {

class RecordingWatch;
class VideoUpload;
class YouTubeClient;

// One account's queue of video uploads: several files, one sending at a time by default
// (setMaxRunning for more), pause, resume, cancel (which ends the server session too) and
// reorder. Saved on every change (UploadStore), so that a restart resumes what was sending
// and keeps what was paused. Progress per item: bytes, percent, rate and time left.
// One process runs an account's uploads: the one holding the lock beside its file (the window,
// or `onair --headless`). Another one that opens the same file only shows them, reloaded as the
// runner saves them (progress as the offsets YouTube confirmed), and refuses changes; it tries
// the lock again as the file changes and every kTakeOverRetryMs, and once the runner stopped (or
// died: its lock is then stale) runs them itself, as if open() had taken the lock.
class UploadQueue : public QObject
{
    Q_OBJECT

public:
    struct Progress
    {
        qint64 bytes = 0;
        qint64 total = 0;
        double bytesPerSecond = 0; // 0 while unknown
        qint64 secondsLeft = -1;   // -1 while unknown
        qint64 sent = 0; // body bytes sent since this run started it, resent ones included
        int percent() const { return total > 0 ? int(bytes * 100 / total) : 0; }
    };

    static constexpr int kTakeOverRetryMs = 1000;

    explicit UploadQueue(YouTubeClient *client, QObject *parent = nullptr);
    ~UploadQueue() override;

    // The account's saved queue (UploadStore::pathForAccount): what was sending resumes.
    // Problems reading it are logged; nothing else is lost.
    void open(const QString &storePath);
    // Pauses what is sending (YouTube keeps it) and saves; used when the account changes.
    void close();
    // This process runs the uploads (false: another one holds the lock; they are only shown).
    bool isRunner() const { return m_lock != nullptr; }
    static QString lockPath(const QString &storePath);

    const QList<UploadRecord> &items() const { return m_items; }
    std::optional<UploadRecord> item(const QString &id) const;
    Progress progress(const QString &id) const;
    bool isSending() const;
    int maxRunning() const { return m_maxRunning; }
    void setMaxRunning(int n);
    // Chunk size of the uploads started from now on (tests; default VideoUpload's).
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }
    // How often processing is read after an upload (tests; default RecordingWatch's).
    void setProcessingIntervalMs(int ms) { m_processingIntervalMs = ms; }

    // Queues `path` once its identity is read (off the GUI thread): empty when the metadata
    // is valid, otherwise the sentence that says why not; a file that cannot be used is
    // logged. `show` is kept in the record (UploadRecord::show): the recording's show.
    QString add(const QString &path, const UploadMetadata &metadata,
                const QJsonObject &show = QJsonObject());
    void pause(const QString &id);
    void resume(const QString &id);
    void cancel(const QString &id);
    // Moves the item one place towards the front (-1) or the back (+1).
    void move(const QString &id, int delta);
    // Takes a finished, failed or cancelled item off the list.
    void remove(const QString &id);

Q_SIGNALS:
    void itemsChanged();
    void progressed(const QString &id);
    void logged(const QString &sentence, bool ok);
    void uploaded(const QString &id, const QString &videoId);
    // YouTube finished processing an uploaded video: processed (ok), or failed or rejected
    // (`reason` says why, as YouTube gives it).
    void processingFinished(const QString &id, const QString &videoId, bool ok,
                            const QString &reason);
    // The processed video is public: at once (uploaded public) or at its publishAt.
    void published(const QString &id, const QString &videoId);

private:
    // Takes the lock beside the file (m_lock), false when another process holds it.
    bool takeLock();
    // Runs the uploads once the lock is held: what was sending goes on, processing and
    // publication are followed again.
    void start();
    // Not the runner: takes the uploads over if the runner stopped (false: it still runs them).
    bool takeOver();
    // add() once the file's identity is read (off the GUI thread).
    void readNextAdded();
    struct Adding
    {
        QString path;
        UploadMetadata metadata;
        QJsonObject show;
    };
    void append(const FileIdentity &file, const Adding &added);
    // resume() once the file's identity is read: a changed file starts over.
    void requeue(const QString &id, const std::optional<FileIdentity> &now);
    void schedule();
    void launch(qsizetype index);
    void onRecordChanged(VideoUpload *upload);
    void onFinished(VideoUpload *upload);
    void setThumbnail(const UploadRecord &record);
    // Follows processing with a slow, one-unit read (RecordingWatch) until it ends; the
    // outcome is saved in the record, and open() follows again what had not ended.
    void followProcessing(const UploadRecord &record);
    // A processed video to be public (uploaded public, or with a publishAt): read at its
    // publishAt until YouTube says it is public; saved as `published`, followed again by open().
    void followPublication(const UploadRecord &record);
    void save();
    qsizetype indexOf(const QString &id) const;
    // Not the runner: the sentence that says so, logged (empty when this process runs them).
    QString refusedHere();
    // Not the runner: the runner's last save, read again.
    void reload();

    YouTubeClient *m_client;
    UploadStore m_store;
    std::unique_ptr<QLockFile> m_lock;     // held while this process runs the uploads
    QFileSystemWatcher *m_watch = nullptr; // the file's folder, while another process runs them
    QTimer m_takeOver;                     // while another process runs them: takeOver()
    QList<UploadRecord> m_items;
    QList<Adding> m_adding; // added files whose identity is being read
    QHash<QString, VideoUpload *> m_running;
    QHash<QString, RecordingWatch *> m_processing; // processing, then publication
    QHash<QString, Progress> m_progress;
    QHash<QString, QElapsedTimer> m_rateClock;
    QHash<QString, qint64> m_rateStartBytes;
    int m_maxRunning = 1;
    qint64 m_chunkBytes = 0;
    int m_processingIntervalMs = 0;
};

} // namespace onair
