#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onair::sandbox {

class BroadcastStore;
struct Broadcast;
struct CuepointRecord;
struct Stream;
struct UploadedVideo;

// The YouTube resources in the API's JSON, with only the requested parts (kind, etag and id
// always): the one place where the typed states become the API's strings on the way out.
class ResourceJson
{
public:
    explicit ResourceJson(const BroadcastStore &store);

    QJsonObject broadcast(const Broadcast &b, const QStringList &parts) const;
    QJsonObject stream(const Stream &s, const QStringList &parts) const;
    QJsonObject video(const Broadcast &b, const QStringList &parts) const;
    QJsonObject uploadedVideo(const UploadedVideo &u, const QStringList &parts, bool owner) const;
    QJsonObject cuepoint(const CuepointRecord &c) const;
    QJsonObject thumbnailDetails(const QString &videoId) const;
    QString embedHtml(const QString &broadcastId) const;
    static QString etagOf(const QJsonObject &object);
    static QString timestamp(const QDateTime &time); // RFC 3339, UTC, milliseconds

private:
    const BroadcastStore &m_store;
};

} // namespace onair::sandbox
