#pragma once

#include "ingest/RtmpIngest.h"

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

// A liveBroadcast, which is also a video (title, description and privacy are shared).
struct Broadcast
{
    QString id; // 11 characters, a video id
    QString channelId;
    QString title;
    QString description;
    QDateTime publishedAt;
    QDateTime scheduledStartTime;
    QDateTime scheduledEndTime;
    QDateTime actualStartTime;
    QDateTime actualEndTime;
    QString privacyStatus = QStringLiteral("private");
    QString lifeCycleStatus = QStringLiteral("created");
    QString recordingStatus = QStringLiteral("notRecording");
    bool selfDeclaredMadeForKids = false;
    QString boundStreamId;
    QDateTime boundStreamLastUpdate;
    bool enableMonitorStream = true;
    qint64 broadcastStreamDelayMs = 0;
    bool enableEmbed = true;
    bool enableDvr = true;
    bool recordFromStart = true;
    bool enableClosedCaptions = false;
    QString closedCaptionsType = QStringLiteral("closedCaptionsDisabled");
    QString latencyPreference = QStringLiteral("normal");
    QString projection = QStringLiteral("rectangular");
    QString stereoLayout = QStringLiteral("mono");
    bool enableAutoStart = false;
    bool enableAutoStop = false;
    bool cuepointScheduleEnabled = false;
    QString pauseAdsUntil;
    // Video metadata.
    QString categoryId = QStringLiteral("22");
    QStringList tags;
    QString defaultLanguage;
    bool embeddable = true;
    QString license = QStringLiteral("youtube");
    bool publicStatsViewable = true;
    // Lifecycle bookkeeping.
    QString transitionTarget; // "testing"/"live" while testStarting/liveStarting
    QDateTime transitionDue;
    QDateTime monitorStart;    // start of testing, or of live when there was no testing
    QDateTime testingReached;  // when testing was reached; invalid when it never was
    QDateTime ingestStoppedAt; // for enableAutoStop
    bool hasThumbnail = false;
};

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

// One accepted cuepoint, with the time it arrived.
struct CuepointRecord
{
    QString id;
    QString etag;
    QString broadcastId;
    QString cueType;
    qint64 durationSecs = 30;
    std::optional<qint64> insertionOffsetTimeMs;
    std::optional<qint64> walltimeMs;
    qint64 arrivalMs = 0;
    qint64 monitorElapsedMs = -1; // how long the monitor stream had run; -1: unknown

    // As saved in --data-dir and shown by GET /_sandbox/cuepoints.
    QJsonObject toJson() const;
};

// The sandbox's state (broadcasts, streams, cuepoints, thumbnails) and the lifecycle that
// moves on its own: transitions settling after --transition-seconds, auto-start when the
// bound stream becomes active, auto-stop after ingest stops, stream status from the ingest.
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
    };

    explicit BroadcastStore(QObject *parent = nullptr);

    Settings &settings() { return m_settings; }
    void setOrigin(const QString &origin) { m_origin = origin; }
    QString origin() const { return m_origin; }
    void setIngestAddress(const QString &rtmpUrl) { m_rtmpUrl = rtmpUrl; }
    void setIngestStatusSource(std::function<IngestStatus(const QString &key)> source);
    void setStuckPredicate(std::function<bool(const QString &target)> isStuck);

    // A simulated encoder (for tests and rehearsal without one): overrides what the ingest
    // reports for a stream key until cleared.
    void setSimulatedIngest(const QString &streamKey, const IngestStatus &status);
    void clearSimulatedIngest(const QString &streamKey);
    IngestStatus ingestStatus(const QString &streamKey) const;

    QList<Broadcast> &broadcasts() { return m_broadcasts; }
    QList<Stream> &streams() { return m_streams; }
    QList<CuepointRecord> &cuepoints() { return m_cuepoints; }
    Broadcast *broadcast(const QString &id);
    Stream *stream(const QString &id);
    Stream *streamByKey(const QString &streamKey);
    bool isKnownStreamKey(const QString &streamKey) const;

    QString newVideoId() const;
    QString newStreamId(const QString &channelId) const;
    QString newStreamKey() const;
    QString newCuepointId() const;

    QString streamStatus(const Stream &stream) const;
    bool isStreamActive(const QString &streamId) const;

    // Lifecycle actions; the caller has checked that they are allowed.
    void beginTransition(Broadcast &broadcast, const QString &target);
    void complete(Broadcast &broadcast);
    void setThumbnail(const QString &videoId, const QByteArray &image, const QByteArray &mime);
    std::optional<QPair<QByteArray, QByteArray>> thumbnail(const QString &videoId) const;

    // Resources in the API's JSON, with only the requested parts (kind, etag, id always).
    QJsonObject broadcastJson(const Broadcast &broadcast, const QStringList &parts) const;
    QJsonObject streamJson(const Stream &stream, const QStringList &parts) const;
    QJsonObject videoJson(const Broadcast &broadcast, const QStringList &parts) const;
    QJsonObject cuepointJson(const CuepointRecord &cuepoint) const;
    QJsonObject thumbnailDetails(const QString &videoId) const;
    QString embedHtml(const QString &broadcastId) const;
    static QString etagOf(const QJsonObject &object);
    static QString timestamp(const QDateTime &time); // RFC 3339, UTC, milliseconds

    // Everything that moves with time; also run before each API call.
    void tick();
    void clear();

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void changed(); // state worth persisting changed

private:
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
    QHash<QString, QPair<QByteArray, QByteArray>> m_thumbnails; // video id → (bytes, mime)
    QTimer *m_ticker = nullptr;
};

} // namespace onair::sandbox
