#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace onair::sandbox {

class RtmpIngest;

// What the player pages need to know about a broadcast.
struct EmbedInfo
{
    QString broadcastId;
    QString streamKey;      // of the bound stream; empty when unbound
    QDateTime monitorStart; // start of testing, or of live without testing; invalid before
    QString lifeCycleStatus;
};

// The monitor player: /embed/{broadcastId} (an HLS player built on hls.js), /iframe_api (the
// subset of the YouTube IFrame Player API that OnAir uses), their script assets, and the HLS
// files nginx writes.
class EmbedPages : public QObject
{
public:
    EmbedPages(RtmpIngest *ingest,
               std::function<std::optional<EmbedInfo>(const QString &broadcastId)> lookup,
               QObject *parent = nullptr);

    void setOrigin(const QString &origin);
    // /embed/{id}, /iframe_api, its JS assets, HLS files; false (touching nothing) otherwise.
    bool handle(const QHttpServerRequest &request, QHttpServerResponder &responder);

private:
    void serveHls(const QString &broadcastId, const QString &file, QHttpServerResponder &responder);
    void serveAsset(const QString &resource, const QByteArray &mimeType,
                    QHttpServerResponder &responder);
    void serveInfo(const QString &broadcastId, QHttpServerResponder &responder);

    RtmpIngest *m_ingest;
    std::function<std::optional<EmbedInfo>(const QString &)> m_lookup;
    QString m_origin;
};

} // namespace onair::sandbox
