#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QHttpServerRequest;
class QHttpServerResponder;
class QNetworkAccessManager;
class QProcess;
class QTemporaryDir;
class QTimer;

namespace onair::sandbox {

// What the ingest currently receives on one stream key.
struct IngestStatus
{
    bool publishing = false;
    int width = 0;
    int height = 0;
    double frameRate = 0;
    bool hasVideo = false;
    bool hasAudio = false;
    QString videoCodec;
    QString audioCodec;
    QDateTime lastDataAt;
};

// The real RTMP ingest: supervises nginx with the rtmp module as a child process (generated
// config in a temporary folder, loopback only), learns who publishes from nginx's publish
// callbacks and what they send from its stat page.
class RtmpIngest : public QObject
{
    Q_OBJECT

public:
    explicit RtmpIngest(QObject *parent = nullptr);
    ~RtmpIngest() override;

    void setKeyValidator(std::function<bool(const QString &streamKey)> isKnownKey);
    // Launches nginx as a child; false + qWarning on failure. rtmpPort 0 picks a free port.
    bool start(quint16 rtmpPort, const QString &callbackOrigin);
    void stop();

    QString rtmpUrl() const; // "rtmp://127.0.0.1:R/live2"
    IngestStatus status(const QString &streamKey) const;
    QString hlsDir(const QString &streamKey) const; // where nginx writes that key's HLS

    // nginx's callbacks under /_sandbox/rtmp/…; false (touching nothing) for other paths.
    bool handle(const QHttpServerRequest &request, QHttpServerResponder &responder);

Q_SIGNALS:
    void statusChanged(const QString &streamKey);

private:
    struct Track
    {
        IngestStatus status;
        quint64 bytesIn = 0;
        QDateTime publishedAt;
    };

    void launch();
    void pollStat();
    void applyStat(const QByteArray &xml);
    void setPublishing(const QString &streamKey, bool publishing);
    void endAllPublishing(bool notify);
    bool writeConfig(const QString &callbackOrigin);
    void shutdown(bool notify);

    std::function<bool(const QString &)> m_isKnownKey;
    QTemporaryDir *m_dir = nullptr;
    QProcess *m_nginx = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_pollTimer = nullptr;
    quint16 m_rtmpPort = 0;
    quint16 m_statPort = 0;
    bool m_statInFlight = false;
    bool m_stopping = false;
    int m_restarts = 0;
    QHash<QString, Track> m_tracks;
};

} // namespace onair::sandbox
