#include "youtube/BroadcastStore.h"

#include "youtube/BroadcastLifeCycle.h"
#include "youtube/BroadcastStoreState.h"
#include "youtube/ResourceJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace onair::sandbox {

namespace {

const QString kIdAlphabet =
    QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

QString randomText(int length, const QString &alphabet)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return out;
}

} // namespace

BroadcastStore::BroadcastStore(QObject *parent)
    : QObject(parent)
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &BroadcastStore::tick);
    m_ticker->start();
}

void BroadcastStore::setIngestStatusSource(std::function<IngestStatus(const QString &)> source)
{
    m_ingestSource = std::move(source);
}

void BroadcastStore::setStuckPredicate(std::function<bool(const QString &)> isStuck)
{
    m_isStuck = std::move(isStuck);
}

void BroadcastStore::setSimulatedIngest(const QString &streamKey, const IngestStatus &status)
{
    m_simulated.insert(streamKey, status);
    tick();
}

void BroadcastStore::clearSimulatedIngest(const QString &streamKey)
{
    m_simulated.remove(streamKey);
    tick();
}

IngestStatus BroadcastStore::ingestStatus(const QString &streamKey) const
{
    if (m_simulated.contains(streamKey))
        return m_simulated.value(streamKey);
    return m_ingestSource ? m_ingestSource(streamKey) : IngestStatus{};
}

Broadcast *BroadcastStore::find(const QString &id)
{
    for (Broadcast &b : m_broadcasts) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const Broadcast *BroadcastStore::broadcast(const QString &id) const
{
    for (const Broadcast &b : m_broadcasts) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const Stream *BroadcastStore::stream(const QString &id) const
{
    for (const Stream &s : m_streams) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

bool BroadcastStore::isKnownStreamKey(const QString &streamKey) const
{
    return std::any_of(m_streams.cbegin(), m_streams.cend(),
                       [&](const Stream &s) { return s.streamName == streamKey; });
}

const UploadedVideo *BroadcastStore::upload(const QString &id) const
{
    for (const UploadedVideo &u : m_uploads) {
        if (u.video.id == id)
            return &u;
    }
    return nullptr;
}

const Broadcast *BroadcastStore::video(const QString &id) const
{
    if (const Broadcast *b = broadcast(id))
        return b;
    const UploadedVideo *u = upload(id);
    return u ? &u->video : nullptr;
}

void BroadcastStore::addUpload(const UploadedVideo &upload)
{
    m_uploads.append(upload);
    Q_EMIT changed();
}

void BroadcastStore::updateUpload(const UploadedVideo &upload)
{
    for (UploadedVideo &u : m_uploads) {
        if (u.video.id == upload.video.id)
            u = upload;
    }
    Q_EMIT changed();
}

QString BroadcastStore::newVideoId() const
{
    // Video ids are 11 characters of base64url; the last one only takes 16 values.
    const QString tail = QStringLiteral("AEIMQUYcgkosw048");
    return randomText(10, kIdAlphabet) + randomText(1, tail);
}

QString BroadcastStore::newStreamId(const QString &channelId) const
{
    // Like YouTube's: the channel id without "UC", then a microsecond timestamp.
    return channelId.mid(2) + QString::number(QDateTime::currentMSecsSinceEpoch() * 1000 +
                                              QRandomGenerator::global()->bounded(1000));
}

QString BroadcastStore::newStreamKey() const
{
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QStringList groups;
    for (int i = 0; i < 5; ++i)
        groups.append(randomText(4, alphabet));
    return groups.join(QLatin1Char('-'));
}

QString BroadcastStore::newCuepointId() const
{
    return randomText(22, kIdAlphabet);
}

StreamStatus BroadcastStore::streamStatus(const Stream &stream) const
{
    if (stream.resolution.isEmpty() || stream.frameRate.isEmpty())
        return StreamStatus::Created;
    if (ingestStatus(stream.streamName).publishing)
        return StreamStatus::Active;
    return stream.everActive ? StreamStatus::Inactive : StreamStatus::Ready;
}

bool BroadcastStore::isStreamActive(const QString &streamId) const
{
    const Stream *s = stream(streamId);
    return s && streamStatus(*s) == StreamStatus::Active;
}

bool BroadcastStore::isBoundStreamActive(const Broadcast &broadcast) const
{
    return !broadcast.boundStreamId.isEmpty() && isStreamActive(broadcast.boundStreamId);
}

void BroadcastStore::addBroadcast(const Broadcast &broadcast)
{
    m_broadcasts.append(broadcast);
    Q_EMIT changed();
}

void BroadcastStore::updateBroadcast(const Broadcast &broadcast)
{
    if (Broadcast *b = find(broadcast.id)) {
        *b = broadcast;
        Q_EMIT changed();
    }
}

void BroadcastStore::removeBroadcast(const QString &id)
{
    m_broadcasts.removeIf([&](const Broadcast &b) { return b.id == id; });
    Q_EMIT changed();
}

void BroadcastStore::bind(const QString &broadcastId, const QString &streamId)
{
    Broadcast *b = find(broadcastId);
    if (!b)
        return;
    b->boundStreamId = streamId;
    b->boundStreamLastUpdate = QDateTime::currentDateTimeUtc();
    b->lifeCycleStatus = BroadcastLifeCycle::afterBinding(b->lifeCycleStatus, !streamId.isEmpty());
    Q_EMIT changed();
}

void BroadcastStore::addStream(const Stream &stream)
{
    m_streams.append(stream);
    Q_EMIT changed();
}

void BroadcastStore::updateStream(const Stream &stream)
{
    for (Stream &s : m_streams) {
        if (s.id == stream.id) {
            s = stream;
            Q_EMIT changed();
            return;
        }
    }
}

void BroadcastStore::removeStream(const QString &id)
{
    m_streams.removeIf([&](const Stream &s) { return s.id == id; });
    Q_EMIT changed();
}

void BroadcastStore::addCuepoint(const CuepointRecord &cuepoint)
{
    m_cuepoints.append(cuepoint);
    Q_EMIT changed();
}

void BroadcastStore::beginTransition(const QString &broadcastId, LifeCycleStatus target)
{
    if (Broadcast *b = find(broadcastId))
        begin(*b, target);
}

void BroadcastStore::begin(Broadcast &broadcast, LifeCycleStatus target)
{
    if (target == LifeCycleStatus::Complete) {
        complete(broadcast);
        return;
    }
    broadcast.lifeCycleStatus = BroadcastLifeCycle::startingState(target);
    broadcast.transitionTarget = target;
    broadcast.transitionDue =
        QDateTime::currentDateTimeUtc().addMSecs(qint64(m_settings.transitionSeconds * 1000));
    Q_EMIT changed();
}

void BroadcastStore::complete(Broadcast &broadcast)
{
    broadcast.lifeCycleStatus = LifeCycleStatus::Complete;
    broadcast.transitionTarget.reset();
    broadcast.actualEndTime = QDateTime::currentDateTimeUtc();
    if (broadcast.recordingStatus == RecordingStatus::Recording)
        broadcast.recordingStatus = RecordingStatus::Recorded;
    Q_EMIT changed();
}

void BroadcastStore::settle(Broadcast &broadcast)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (broadcast.transitionTarget == LifeCycleStatus::Testing) {
        broadcast.lifeCycleStatus = LifeCycleStatus::Testing;
        broadcast.testingReached = now;
    } else {
        broadcast.lifeCycleStatus = LifeCycleStatus::Live;
        broadcast.actualStartTime = now;
        broadcast.recordingStatus =
            broadcast.recordFromStart ? RecordingStatus::Recording : RecordingStatus::NotRecording;
    }
    if (!broadcast.monitorStart.isValid())
        broadcast.monitorStart = now;
    broadcast.transitionTarget.reset();
    broadcast.transitionDue = {};
}

void BroadcastStore::tick()
{
    bool dirty = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Stream &s : m_streams) {
        if (!s.everActive && ingestStatus(s.streamName).publishing) {
            s.everActive = true;
            dirty = true;
        }
    }
    for (Broadcast &b : m_broadcasts) {
        if (b.transitionTarget && now >= b.transitionDue &&
            !(m_isStuck && m_isStuck(BroadcastStates::toString(*b.transitionTarget)))) {
            settle(b);
            dirty = true;
        }
        const bool active = isBoundStreamActive(b);
        if (BroadcastLifeCycle::autoStarts(b.lifeCycleStatus) && b.enableAutoStart && active) {
            begin(b, LifeCycleStatus::Live);
            dirty = true;
        }
        if (b.lifeCycleStatus == LifeCycleStatus::Live && b.enableAutoStop) {
            if (active) {
                b.ingestStoppedAt = {};
            } else if (!b.ingestStoppedAt.isValid()) {
                b.ingestStoppedAt = now;
            } else if (b.ingestStoppedAt.msecsTo(now) >=
                       qint64(m_settings.autoStopSeconds) * 1000) {
                complete(b);
                dirty = true;
            }
        }
    }
    for (UploadedVideo &u : m_uploads) {
        if (!u.processingDone && now >= u.processingDue) {
            u.processingDone = true;
            dirty = true;
        }
        // A scheduled video turns public at its time (a rejected or failed one stays private).
        if (u.publishAt.isValid() && now >= u.publishAt &&
            u.outcome == QLatin1String("processed")) {
            u.video.privacyStatus = QStringLiteral("public");
            u.publishAt = {};
            dirty = true;
        }
    }
    if (dirty)
        Q_EMIT changed();
}

void BroadcastStore::clear()
{
    m_broadcasts.clear();
    m_streams.clear();
    m_cuepoints.clear();
    m_thumbnails.clear();
    m_simulated.clear();
    m_uploads.clear();
    Q_EMIT changed();
}

void BroadcastStore::setThumbnail(const QString &videoId, const QByteArray &image,
                                  const QByteArray &mime)
{
    m_thumbnails.insert(videoId, {image, mime});
    if (Broadcast *b = find(videoId))
        b->hasThumbnail = true;
    for (UploadedVideo &u : m_uploads) {
        if (u.video.id == videoId)
            u.video.hasThumbnail = true;
    }
    Q_EMIT changed();
}

std::optional<QPair<QByteArray, QByteArray>> BroadcastStore::thumbnail(const QString &videoId) const
{
    if (!m_thumbnails.contains(videoId))
        return std::nullopt;
    return m_thumbnails.value(videoId);
}

QJsonObject BroadcastStore::broadcastJson(const Broadcast &broadcast,
                                          const QStringList &parts) const
{
    return ResourceJson(*this).broadcast(broadcast, parts);
}

QJsonObject BroadcastStore::streamJson(const Stream &stream, const QStringList &parts) const
{
    return ResourceJson(*this).stream(stream, parts);
}

QJsonObject BroadcastStore::videoJson(const Broadcast &broadcast, const QStringList &parts) const
{
    return ResourceJson(*this).video(broadcast, parts);
}

QJsonObject BroadcastStore::uploadJson(const UploadedVideo &upload, const QStringList &parts,
                                       bool owner) const
{
    return ResourceJson(*this).uploadedVideo(upload, parts, owner);
}

QJsonObject BroadcastStore::cuepointJson(const CuepointRecord &cuepoint) const
{
    return ResourceJson(*this).cuepoint(cuepoint);
}

QJsonObject BroadcastStore::thumbnailDetails(const QString &videoId) const
{
    return ResourceJson(*this).thumbnailDetails(videoId);
}

QString BroadcastStore::etagOf(const QJsonObject &object)
{
    return ResourceJson::etagOf(object);
}

QString BroadcastStore::timestamp(const QDateTime &time)
{
    return ResourceJson::timestamp(time);
}

QJsonObject BroadcastStore::saveState() const
{
    return BroadcastStoreState::save(*this);
}

void BroadcastStore::restoreState(const QJsonObject &state)
{
    BroadcastStoreState::restore(*this, state);
}

} // namespace onair::sandbox
