#include "google/youtube/upload/UploadQueue.h"

#include "google/ErrorMessages.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/upload/VideoUpload.h"
#include "presets/ThumbnailReader.h"
#include "show/RecordingWatch.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUuid>

namespace onair {

UploadQueue::UploadQueue(YouTubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_takeOver.setInterval(kTakeOverRetryMs);
    connect(&m_takeOver, &QTimer::timeout, this, &UploadQueue::takeOver);
}

UploadQueue::~UploadQueue()
{
    close();
}

QString UploadQueue::lockPath(const QString &storePath)
{
    return storePath + QStringLiteral(".lock");
}

void UploadQueue::open(const QString &storePath)
{
    close();
    m_store = UploadStore(storePath);
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    if (takeLock())
        return start();
    // Shown as the runner saves them: its file is replaced on every save, so its folder is what
    // is watched. The runner's lock beside it goes when it stops; a killed runner's stays, stale:
    // the timer finds that one.
    m_watch = new QFileSystemWatcher({QFileInfo(storePath).absolutePath()}, this);
    connect(m_watch, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!takeOver())
            reload();
    });
    m_takeOver.start();
    reload();
    Q_EMIT logged(refusedHere(), true);
}

bool UploadQueue::takeLock()
{
    m_lock = std::make_unique<QLockFile>(lockPath(m_store.path()));
    m_lock->setStaleLockTime(0); // only a lock whose process is gone is taken over
    if (m_lock->tryLock(0))
        return true;
    m_lock.reset();
    return false;
}

bool UploadQueue::takeOver()
{
    if (!m_watch || !takeLock())
        return false;
    m_takeOver.stop();
    m_watch->deleteLater(); // it may be the one calling
    m_watch = nullptr;
    Q_EMIT logged(tr("The OnAir that ran these uploads stopped: they are run here now."), true);
    start();
    return true;
}

void UploadQueue::start()
{
    QStringList errors;
    m_items = m_store.load(&errors);
    for (const QString &e : errors)
        Q_EMIT logged(e, false);
    for (UploadRecord &r : m_items) {
        // What was sending when OnAir stopped goes on by itself.
        if (r.state == UploadRecord::State::Uploading)
            r.state = UploadRecord::State::Queued;
        m_progress[r.id] = Progress{r.offset, r.file.size, 0, -1, 0};
    }
    Q_EMIT itemsChanged();
    // Videos YouTube was still processing when OnAir stopped are followed again.
    for (const UploadRecord &r : std::as_const(m_items)) {
        if (r.awaitsProcessing() && !r.resultId.isEmpty())
            followProcessing(r);
        else if (r.processing == QLatin1String("processed") && !r.published)
            followPublication(r);
    }
    schedule();
}

void UploadQueue::reload()
{
    m_items = m_store.load();
    for (const UploadRecord &r : std::as_const(m_items)) {
        Progress &p = m_progress[r.id];
        p.bytes = r.offset;
        p.total = r.file.size;
    }
    Q_EMIT itemsChanged();
    for (const UploadRecord &r : std::as_const(m_items))
        Q_EMIT progressed(r.id);
}

QString UploadQueue::refusedHere()
{
    if (m_lock || m_store.path().isEmpty())
        return {};
    qint64 pid = 0;
    QString host, app;
    QLockFile(lockPath(m_store.path())).getLockInfo(&pid, &host, &app);
    return tr("These uploads are run by another OnAir (process %1, e.g. onair --headless): "
              "they are shown here as it sends them. To change them, stop it: they are run "
              "here within seconds.")
        .arg(pid);
}

void UploadQueue::close()
{
    m_takeOver.stop();
    delete m_watch;
    m_watch = nullptr;
    const QList<VideoUpload *> running = m_running.values();
    for (VideoUpload *u : running) {
        u->pause();
        // Paused by OnAir, not by the operator: it resumes at the next start.
        const qsizetype i = indexOf(u->record().id);
        if (i >= 0) {
            m_items[i] = u->record();
            m_items[i].state = UploadRecord::State::Queued;
        }
        delete u;
    }
    m_running.clear();
    qDeleteAll(m_processing); // followed again at the next open()
    m_processing.clear();
    if (m_lock) {
        save();
        m_store.waitForSaved(); // the next open() (or the next run) reads what is on disk
    }
    m_lock.reset();
}

std::optional<UploadRecord> UploadQueue::item(const QString &id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_items.at(i);
}

UploadQueue::Progress UploadQueue::progress(const QString &id) const
{
    return m_progress.value(id);
}

bool UploadQueue::isSending() const
{
    return !m_running.isEmpty();
}

void UploadQueue::setMaxRunning(int n)
{
    m_maxRunning = std::max(1, n);
    schedule();
}

QString UploadQueue::add(const QString &path, const UploadMetadata &metadata,
                         const QJsonObject &show)
{
    const QStringList problems = metadata.problems();
    if (!problems.isEmpty())
        return problems.join(QLatin1Char(' '));
    if (const QString refused = refusedHere(); !refused.isEmpty())
        return refused;
    m_adding.append({path, metadata, show});
    if (m_adding.size() == 1)
        readNextAdded();
    return {};
}

void UploadQueue::readNextAdded()
{
    if (m_adding.isEmpty())
        return;
    // One identity read at a time, so that files join the queue in the order they were added.
    FileIdentity::read(m_adding.first().path, this,
                       [this](const std::optional<FileIdentity> &file, const QString &error) {
                           const Adding added = m_adding.takeFirst();
                           if (!file)
                               Q_EMIT logged(error, false);
                           else if (file->size == 0)
                               Q_EMIT logged(
                                   tr("%1 is empty: there is nothing to upload.").arg(added.path),
                                   false);
                           else
                               append(*file, added);
                           readNextAdded();
                       });
}

void UploadQueue::append(const FileIdentity &file, const Adding &added)
{
    UploadRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.file = file;
    r.metadata = added.metadata.toJson();
    r.show = added.show;
    r.created = QDateTime::currentDateTimeUtc();
    m_items.append(r);
    m_progress[r.id] = Progress{0, r.file.size, 0, -1, 0};
    save();
    Q_EMIT itemsChanged();
    Q_EMIT logged(tr("%1 queued for upload.").arg(QFileInfo(file.path).fileName()), true);
    schedule();
}

void UploadQueue::pause(const QString &id)
{
    if (const QString refused = refusedHere(); !refused.isEmpty())
        return Q_EMIT logged(refused, false);
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    if (VideoUpload *u = m_running.take(id)) {
        u->pause();
        m_items[i] = u->record();
        u->deleteLater();
    } else if (m_items[i].state == UploadRecord::State::Queued) {
        m_items[i].state = UploadRecord::State::Paused;
    }
    save();
    Q_EMIT itemsChanged();
    schedule();
}

void UploadQueue::resume(const QString &id)
{
    if (const QString refused = refusedHere(); !refused.isEmpty())
        return Q_EMIT logged(refused, false);
    const qsizetype i = indexOf(id);
    if (i < 0 || m_running.contains(id))
        return;
    const UploadRecord &r = m_items[i];
    if (r.state != UploadRecord::State::Paused && r.state != UploadRecord::State::Failed)
        return;
    // A changed file is never resumed (VideoUpload refuses it): resuming it starts it over.
    // Its identity is read on the thread pool.
    FileIdentity::read(
        r.file.path, this,
        [this, id](const std::optional<FileIdentity> &now, const QString &) { requeue(id, now); });
}

void UploadQueue::requeue(const QString &id, const std::optional<FileIdentity> &now)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_running.contains(id))
        return;
    UploadRecord &r = m_items[i];
    if (r.state != UploadRecord::State::Paused && r.state != UploadRecord::State::Failed)
        return; // cancelled or removed in the meantime
    if (now && !r.file.whyChanged(*now).isEmpty()) {
        r.file = *now;
        r.sessionUri.clear();
        r.offset = 0;
        m_progress[id] = Progress{0, r.file.size, 0, -1, 0};
        Q_EMIT logged(tr("%1 changed: it is uploaded again from the start.")
                          .arg(QFileInfo(r.file.path).fileName()),
                      true);
    }
    r.state = UploadRecord::State::Queued;
    r.lastError.clear();
    save();
    Q_EMIT itemsChanged();
    schedule();
}

void UploadQueue::cancel(const QString &id)
{
    if (const QString refused = refusedHere(); !refused.isEmpty())
        return Q_EMIT logged(refused, false);
    const qsizetype i = indexOf(id);
    if (i < 0 || m_items[i].isFinished())
        return;
    if (VideoUpload *u = m_running.take(id)) {
        u->cancel(); // ends the server session
        m_items[i] = u->record();
        // Kept alive until its DELETE is sent; the queue no longer counts it.
        QObject::disconnect(u, nullptr, this, nullptr);
        u->setParent(this);
        QTimer::singleShot(VideoUpload::kIdleTimeoutMs, u, &QObject::deleteLater);
    } else {
        // Not sending: a throwaway upload ends its saved session on the server.
        auto *ender = new VideoUpload(m_client, m_items[i], this);
        ender->cancel();
        m_items[i] = ender->record();
        QTimer::singleShot(VideoUpload::kIdleTimeoutMs, ender, &QObject::deleteLater);
    }
    save();
    Q_EMIT itemsChanged();
    schedule();
}

void UploadQueue::move(const QString &id, int delta)
{
    if (const QString refused = refusedHere(); !refused.isEmpty())
        return Q_EMIT logged(refused, false);
    const qsizetype i = indexOf(id);
    const qsizetype to = i + delta;
    if (i < 0 || to < 0 || to >= m_items.size())
        return;
    m_items.move(i, to);
    save();
    Q_EMIT itemsChanged();
}

void UploadQueue::remove(const QString &id)
{
    if (const QString refused = refusedHere(); !refused.isEmpty())
        return Q_EMIT logged(refused, false);
    const qsizetype i = indexOf(id);
    if (i < 0 || m_running.contains(id))
        return;
    const UploadRecord::State s = m_items[i].state;
    if (s == UploadRecord::State::Uploading || s == UploadRecord::State::Queued)
        return;
    if (!m_items[i].sessionUri.isEmpty() && !m_items[i].isFinished())
        cancel(id); // a paused or failed upload's session ends with it
    m_items.removeAt(indexOf(id));
    m_progress.remove(id);
    delete m_processing.take(id);
    save();
    Q_EMIT itemsChanged();
}

void UploadQueue::schedule()
{
    if (!m_lock)
        return; // another process runs them
    for (qsizetype i = 0; i < m_items.size() && m_running.size() < m_maxRunning; ++i) {
        if (m_items[i].state == UploadRecord::State::Queued && !m_running.contains(m_items[i].id))
            launch(i);
    }
}

void UploadQueue::launch(qsizetype index)
{
    const QString id = m_items[index].id;
    auto *u = new VideoUpload(m_client, m_items[index], this);
    if (m_chunkBytes > 0)
        u->setChunkBytes(m_chunkBytes);
    m_running.insert(id, u);
    m_rateClock[id].start();
    m_rateStartBytes[id] = m_items[index].offset;
    connect(u, &VideoUpload::recordChanged, this, [this, u] { onRecordChanged(u); });
    connect(u, &VideoUpload::logged, this, [this](const QString &s) { Q_EMIT logged(s, true); });
    const qint64 sentBefore = m_progress.value(id).sent;
    connect(u, &VideoUpload::progressed, this,
            [this, id, u, sentBefore](qint64 bytes, qint64 total) {
                Progress &p = m_progress[id];
                p.bytes = bytes;
                p.total = total;
                p.sent = sentBefore + u->bytesSent();
                const qint64 ms = m_rateClock[id].elapsed();
                const qint64 moved = bytes - m_rateStartBytes.value(id);
                if (ms >= 1000 && moved > 0) {
                    p.bytesPerSecond = double(moved) * 1000.0 / double(ms);
                    p.secondsLeft = qint64(double(total - bytes) / p.bytesPerSecond);
                }
                Q_EMIT progressed(id);
            });
    connect(u, &VideoUpload::finished, this, [this, u] { onFinished(u); });
    u->start();
}

void UploadQueue::onRecordChanged(VideoUpload *upload)
{
    const qsizetype i = indexOf(upload->record().id);
    if (i < 0)
        return;
    const bool stateChanged = m_items[i].state != upload->record().state;
    m_items[i] = upload->record();
    save();
    if (stateChanged)
        Q_EMIT itemsChanged();
}

void UploadQueue::onFinished(VideoUpload *upload)
{
    const UploadRecord r = upload->record();
    if (m_running.value(r.id) != upload)
        return;
    m_running.remove(r.id);
    upload->deleteLater();
    const qsizetype i = indexOf(r.id);
    if (i >= 0)
        m_items[i] = r;
    save();
    Q_EMIT itemsChanged();
    if (r.state == UploadRecord::State::Done) {
        Q_EMIT uploaded(r.id, r.resultId);
        setThumbnail(r);
        followProcessing(r);
    } else if (r.state == UploadRecord::State::Failed)
        Q_EMIT logged(r.lastError, false);
    schedule();
}

void UploadQueue::setThumbnail(const UploadRecord &r)
{
    // thumbnails.set needs the video: it follows the insert.
    const QString path = UploadMetadata::fromJson(r.metadata).thumbnailPath;
    if (path.isEmpty())
        return;
    ThumbnailReader::read(path, this, [this, videoId = r.resultId](ThumbnailReader::File f) {
        if (!f.isOk())
            return Q_EMIT logged(f.error, false);
        m_client->thumbnails().set(
            videoId, f.bytes, f.mimeType, this, [this, videoId](Result<bool> done) {
                if (done)
                    Q_EMIT logged(tr("Thumbnail set on video %1.").arg(videoId), true);
                else
                    Q_EMIT logged(ErrorMessages::describe(done.error()), false);
            });
    });
}

void UploadQueue::followProcessing(const UploadRecord &r)
{
    if (m_processing.contains(r.id))
        return;
    auto *watch = new RecordingWatch([this] { return m_client; }, this);
    if (m_processingIntervalMs > 0)
        watch->setIntervalMs(m_processingIntervalMs);
    m_processing.insert(r.id, watch);
    watch->watch(r.resultId, [this, watch, id = r.id, videoId = r.resultId](bool processed) {
        const Video::Status &status = watch->lastRead().status;
        const QString reason = !status.rejectionReason.isEmpty() ? status.rejectionReason
                               : !status.failureReason.isEmpty() ? status.failureReason
                                                                 : status.uploadStatus;
        if (const qsizetype i = indexOf(id); i >= 0) {
            m_items[i].processing =
                processed ? QStringLiteral("processed")
                : status.uploadStatus.isEmpty() || status.uploadStatus == QLatin1String("uploaded")
                    ? QStringLiteral("deleted")
                    : status.uploadStatus;
            m_items[i].processingReason = processed ? QString() : reason;
            save();
        }
        if (processed)
            Q_EMIT logged(tr("YouTube processed video %1.").arg(videoId), true);
        else
            Q_EMIT logged(tr("YouTube did not process video %1 (%2). Open it in YouTube Studio "
                             "to see why, then upload it again if needed.")
                              .arg(videoId, reason.isEmpty() ? tr("deleted") : reason),
                          false);
        Q_EMIT processingFinished(id, videoId, processed, reason);
        m_processing.remove(id);
        watch->deleteLater();
        if (const qsizetype i = indexOf(id); processed && i >= 0)
            followPublication(m_items[i]);
    });
}

void UploadQueue::followPublication(const UploadRecord &r)
{
    const UploadMetadata metadata = UploadMetadata::fromJson(r.metadata);
    if (m_processing.contains(r.id) ||
        (metadata.privacyStatus != QLatin1String("public") && !metadata.publishAt.isValid()))
        return;
    auto *watch = new RecordingWatch([this] { return m_client; }, this);
    if (m_processingIntervalMs > 0)
        watch->setIntervalMs(m_processingIntervalMs);
    m_processing.insert(r.id, watch);
    watch->watchPublic(r.resultId, metadata.publishAt,
                       [this, watch, id = r.id, videoId = r.resultId](bool isPublic) {
                           m_processing.remove(id);
                           watch->deleteLater();
                           const qsizetype i = indexOf(id);
                           if (!isPublic || i < 0)
                               return;
                           m_items[i].published = true;
                           save();
                           Q_EMIT logged(tr("Video %1 is public.").arg(videoId), true);
                           Q_EMIT published(id, videoId);
                       });
}

void UploadQueue::save()
{
    if (m_lock)
        m_store.saveLater(m_items, this,
                          [this](const QString &error) { Q_EMIT logged(error, false); });
}

qsizetype UploadQueue::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return i;
    }
    return -1;
}

} // namespace onair
