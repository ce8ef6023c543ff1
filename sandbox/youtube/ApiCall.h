#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace onair::sandbox {

// One YouTube API call as a resource sees it: the service has authenticated it and charged
// its quota.
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

    // A request header's value (trimmed; empty when absent), the name case-insensitive.
    QByteArray header(const char *name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second.trimmed();
        }
        return {};
    }
};

} // namespace onair::sandbox
