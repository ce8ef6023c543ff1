#pragma once

#include "ErrorEnvelope.h"
#include "HttpReply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace onair::sandbox {

class BroadcastStore;
struct Broadcast;

// One API call as the router sees it: the caller has authenticated it and charged quota.
struct ApiCall
{
    QString method;     // doc name, e.g. "liveBroadcasts.transition"
    QString httpMethod; // GET, POST, PUT, DELETE
    QString path;       // "/youtube/v3/liveBroadcasts"
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QPair<QString, QString>> params; // query (and form body) parameters, decoded
    QByteArray body;
    QByteArray contentType;
    QString channelId; // the signed-in channel ("mine")
    bool pretty = true;
};

// The YouTube Data API v3 methods OnAir uses, written from the discovery document and the
// reference (youtube-live-api.md): parameter and part validation, Google's error reasons, the
// lifecycle rules, paging, and the resources in the API's JSON.
class YouTubeApi
{
public:
    explicit YouTubeApi(BroadcastStore *store);

    // The doc name of the method at (httpMethod, path), e.g. ("POST",
    // "/youtube/v3/liveBroadcasts/bind") → "liveBroadcasts.bind"; empty when none.
    static QString methodName(const QString &httpMethod, const QString &path);
    // The OAuth scopes (full URLs) any of which lets a token call `method`.
    static QStringList acceptedScopes(const QString &method);
    // Whether a dropped connection fault applies the call before dropping the answer.
    static bool appliesBeforeDrop(const QString &method);

    HttpReply handle(const ApiCall &call);

private:
    using Result = std::variant<QJsonObject, ErrorEnvelope>;

    HttpReply broadcastsList(const ApiCall &call);
    HttpReply broadcastsInsert(const ApiCall &call);
    HttpReply broadcastsUpdate(const ApiCall &call);
    HttpReply broadcastsDelete(const ApiCall &call);
    HttpReply broadcastsBind(const ApiCall &call);
    HttpReply broadcastsTransition(const ApiCall &call);
    HttpReply broadcastsCuepoint(const ApiCall &call);
    HttpReply streamsList(const ApiCall &call);
    HttpReply streamsInsert(const ApiCall &call);
    HttpReply streamsUpdate(const ApiCall &call);
    HttpReply streamsDelete(const ApiCall &call);
    HttpReply videosList(const ApiCall &call);
    HttpReply videosUpdate(const ApiCall &call);
    HttpReply channelsList(const ApiCall &call);
    HttpReply thumbnailsSet(const ApiCall &call);
    HttpReply thumbnailsUpload(const ApiCall &call); // PUT to a resumable session
    HttpReply storeThumbnail(const QString &videoId, const QByteArray &image, const ApiCall &call);

    HttpReply json(const QJsonObject &object, const ApiCall &call, int status = 200) const;
    HttpReply listReply(const QString &kind, const QList<QJsonObject> &all, int maxResults,
                        int offset, const ApiCall &call) const;

    // A resumable thumbnail upload: kept in memory until its last byte arrives.
    struct UploadSession
    {
        QString videoId;
        QString channelId;
        qint64 total = -1; // -1: not known yet
        QByteArray data;
        std::optional<HttpReply> result; // repeated for status queries once complete
    };

    BroadcastStore *m_store;
    QHash<QString, UploadSession> m_uploads;
};

} // namespace onair::sandbox
