#pragma once

#include "net/ApiError.h"
#include "net/FileSliceBody.h"
#include "net/NetReply.h"
#include "net/Result.h"
#include "net/RetryPolicy.h"
#include "upload/UploadRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace onair {

class YouTubeClient;

// One video upload with YouTube's resumable protocol (reference §7.4): it knows its session
// URI, the offset the server confirmed, and how to ask the server for it. The file streams
// from disk in chunks that are multiples of 256 KiB through the account's RequestPipeline
// (bearer token, refresh and replay on 401, Google's error envelope).
//
// After any failure (dropped connection, stall, 500/502/503/504, rate limit) it waits as the
// seed does (full jitter over 2^n s, honouring Retry-After, at most 10 retries in a row), asks
// the server what it has (`Content-Range: bytes */TOTAL`) and goes on from there. A 404 on
// the session means it expired: a new session from byte 0. Progress resets the count of
// retries, so a week of occasional drops never runs out of tries.
//
// Every change worth keeping (session opened, offset confirmed, finished) is signalled with
// recordChanged() before the next byte goes out, so that a restart resumes it.
class VideoUpload : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kChunkQuantum = 256 * 1024;
    static constexpr qint64 kDefaultChunkBytes = 128 * kChunkQuantum; // 32 MiB
    // A chunk is given up when nothing moved for this long (not when it is merely slow).
    static constexpr int kIdleTimeoutMs = 60000;
    // Names the pipeline logs and the quota ledger charges: only the session's start is
    // charged (reference §8); its chunks, status queries and cancel are part of that call.
    static inline const QString kStartMethod = QStringLiteral("videos.insert");
    static inline const QString kMediaMethod = QStringLiteral("videos.insert.media");

    // Reasons in UploadRecord::lastError's companion log line.
    static inline const QString kFileChanged = QStringLiteral("fileChanged");

    // The seed's retries: 10, each waiting random × 2^n s (n = 1…), no wait over 5 minutes.
    static RetryPolicy defaultRetryPolicy();

    VideoUpload(YouTubeClient *client, UploadRecord record, QObject *parent = nullptr);
    ~VideoUpload() override;

    const UploadRecord &record() const { return m_record; }
    // Rounded down to a multiple of 256 KiB, at least 256 KiB.
    void setChunkBytes(qint64 bytes);
    qint64 chunkBytes() const { return m_chunkBytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Body bytes that went out in this run (read from the file by the network), resent ones
    // included.
    qint64 bytesSent() const;
    bool isRunning() const { return m_running; }
    // The API's reason (or kFileChanged) of the last failure, for scripts; empty if none.
    const QString &failureReason() const { return m_failureReason; }

    // Checks the file is the one the record names, then asks the server where a saved session
    // stands (or opens one) and sends the rest.
    void start();
    // Forgets the session and the file's old identity: the next start() begins from byte 0.
    void startOver();
    // Stops sending; the server keeps what it has, start() resumes.
    void pause();
    // Stops and ends the server's session.
    void cancel();

    // "bytes=0-N" → N + 1 bytes stored; no header → 0; nullopt for anything else.
    static std::optional<qint64> storedBytes(const QByteArray &rangeHeader);

Q_SIGNALS:
    void recordChanged();
    // Bytes the server has or that are on their way, of `total`.
    void progressed(qint64 bytes, qint64 total);
    void logged(const QString &sentence);
    // Done, Failed or Cancelled: record().state and record().lastError say which.
    void finished();

private:
    enum class Step
    {
        Open,
        Send,
        Ask,
    };

    // After start() found the file unchanged: asks about a saved session or opens one.
    void begin();
    void resume();
    void openSession();
    void sendChunk();
    void askServer();
    void onAnswer(Step step, const NetReply &reply);
    void onFailure(Step step, const ApiError &error);
    void complete(const QByteArray &body);
    void fail(const QString &sentence, const QString &reason = QString());
    void confirm(qint64 offset);
    QObject *newAttempt();
    // Adds the bytes of the chunk on its way to bytesSent() and forgets it.
    void countChunk();
    void stopAttempt();

    YouTubeClient *m_client;
    UploadRecord m_record;
    qint64 m_chunkBytes = kDefaultChunkBytes;
    RetryPolicy m_retry;
    QPointer<QObject> m_attempt;
    QTimer m_wait;
    int m_failures = 0;
    QElapsedTimer m_failingSince;
    qint64 m_bytesSent = 0;
    QPointer<FileSliceBody> m_body; // the chunk on its way
    bool m_running = false;
    QString m_failureReason;
};

} // namespace onair
