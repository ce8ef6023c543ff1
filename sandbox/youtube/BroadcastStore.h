#pragma once

#include "ingest/RtmpIngest.h"
#include "youtube/Broadcast.h"
#include "youtube/CuepointRecord.h"
#include "youtube/Stream.h"
#include "youtube/UploadedVideo.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace onair::sandbox {

// The sandbox's YouTube state (broadcasts, streams, cuepoints, thumbnails) and the lifecycle
// that moves on its own: transitions settling after --transition-seconds, auto-start when the
// bound stream becomes active, auto-stop after ingest stops, stream status from the ingest.
// Every change goes through the store, which says so with changed(); the rules of what may
// change when are BroadcastLifeCycle's.
class BroadcastStore : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        double transitionSeconds = 3;
        int autoStopSeconds = 60;
        bool strictCuepointWindow = false;
        bool requireUpdateFields = true; // the reference's three *Required checks on update
        bool completeFromTesting = true;
        double processingSeconds = 5; // an uploaded video is processed this long after its upload
    };

    explicit BroadcastStore(QObject *parent = nullptr);

    Settings &settings() { return m_settings; }
    const Settings &settings() const { return m_settings; }
    void setOrigin(const QString &origin) { m_origin = origin; }
    QString origin() const { return m_origin; }
    void setIngestAddress(const QString &rtmpUrl) { m_rtmpUrl = rtmpUrl; }
    QString ingestAddress() const { return m_rtmpUrl; }
    void setIngestStatusSource(std::function<IngestStatus(const QString &key)> source);
    // Whether a fault holds transitions to "testing" / "live" in their starting state.
    void setStuckPredicate(std::function<bool(const QString &target)> isStuck);

    // A simulated encoder (for tests and rehearsal without one): overrides what the ingest
    // reports for a stream key until cleared.
    void setSimulatedIngest(const QString &streamKey, const IngestStatus &status);
    void clearSimulatedIngest(const QString &streamKey);
    IngestStatus ingestStatus(const QString &streamKey) const;

    const QList<Broadcast> &broadcasts() const { return m_broadcasts; }
    const QList<Stream> &streams() const { return m_streams; }
    const QList<CuepointRecord> &cuepoints() const { return m_cuepoints; }
    const Broadcast *broadcast(const QString &id) const;
    const Stream *stream(const QString &id) const;
    bool isKnownStreamKey(const QString &streamKey) const;
    const QList<UploadedVideo> &uploads() const { return m_uploads; }
    const UploadedVideo *upload(const QString &id) const;
    // Any video: a broadcast's, or an uploaded one's `video`.
    const Broadcast *video(const QString &id) const;

    QString newVideoId() const;
    QString newStreamId(const QString &channelId) const;
    QString newStreamKey() const;
    QString newCuepointId() const;

    StreamStatus streamStatus(const Stream &stream) const;
    bool isStreamActive(const QString &streamId) const;
    // The broadcast's bound stream is active.
    bool isBoundStreamActive(const Broadcast &broadcast) const;

    // Changes; each emits changed(). The caller has checked that they are allowed.
    void addBroadcast(const Broadcast &broadcast);
    void updateBroadcast(const Broadcast &broadcast); // replaces the one with its id
    void removeBroadcast(const QString &id);
    void bind(const QString &broadcastId, const QString &streamId); // empty: unbind
    void addStream(const Stream &stream);
    void updateStream(const Stream &stream);
    void removeStream(const QString &id);
    void addCuepoint(const CuepointRecord &cuepoint);
    void addUpload(const UploadedVideo &upload);
    void updateUpload(const UploadedVideo &upload); // replaces the one with its id
    void beginTransition(const QString &broadcastId, LifeCycleStatus target);
    void setThumbnail(const QString &videoId, const QByteArray &image, const QByteArray &mime);
    std::optional<QPair<QByteArray, QByteArray>> thumbnail(const QString &videoId) const;

    // Resources in the API's JSON (ResourceJson), with only the requested parts.
    QJsonObject broadcastJson(const Broadcast &broadcast, const QStringList &parts) const;
    QJsonObject streamJson(const Stream &stream, const QStringList &parts) const;
    QJsonObject videoJson(const Broadcast &broadcast, const QStringList &parts) const;
    // An uploaded video; fileDetails only for its owner.
    QJsonObject uploadJson(const UploadedVideo &upload, const QStringList &parts, bool owner) const;
    QJsonObject cuepointJson(const CuepointRecord &cuepoint) const;
    QJsonObject thumbnailDetails(const QString &videoId) const;
    static QString etagOf(const QJsonObject &object);
    static QString timestamp(const QDateTime &time); // RFC 3339, UTC, milliseconds

    // Everything that moves with time; also run before each API call.
    void tick();
    void clear();

    // As kept in --data-dir (BroadcastStoreState).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void changed(); // state worth persisting changed

private:
    friend class BroadcastStoreState;

    Broadcast *find(const QString &id);
    void begin(Broadcast &broadcast, LifeCycleStatus target);
    void complete(Broadcast &broadcast);
    void settle(Broadcast &broadcast);

    Settings m_settings;
    QString m_origin;
    QString m_rtmpUrl;
    std::function<IngestStatus(const QString &)> m_ingestSource;
    std::function<bool(const QString &)> m_isStuck;
    QHash<QString, IngestStatus> m_simulated;
    QList<Broadcast> m_broadcasts;
    QList<Stream> m_streams;
    QList<CuepointRecord> m_cuepoints;
    QList<UploadedVideo> m_uploads;
    QHash<QString, QPair<QByteArray, QByteArray>> m_thumbnails; // video id → (bytes, mime)
    QTimer *m_ticker = nullptr;
};

} // namespace onair::sandbox
