#pragma once

#include <QList>
#include <QString>

namespace onair::sandbox {

// An Instagram-Login user access token (long-lived).
struct GraphToken
{
    QString value;
    qint64 issuedAt = 0;          // Unix seconds
    qint64 expiresAt = 0;         // Unix seconds
    bool loggedOut = false;       // 190/467
    bool passwordChanged = false; // 190/460
};

// A media container (POST /{ig-user-id}/media): IN_PROGRESS, then FINISHED; PUBLISHED once
// used; EXPIRED 24 h after creation; ERROR when processing failed.
struct Container
{
    QString id;
    QString imageUrl;
    QString caption;
    qint64 createdAtMs = 0;
    QString outcome;      // the outcome= fault it was made under: "stuck", "error", "errorempty"
    QString mediaId;      // once published
    int publishCalls = 0; // media_publish calls that named it
};

// A published post.
struct Media
{
    QString id;
    QString containerId;
    QString caption;
    QString imageUrl;
    QString shortcode;
    qint64 timestamp = 0; // Unix seconds

    QString permalink() const
    {
        return QStringLiteral("https://www.instagram.com/p/") + shortcode + QLatin1Char('/');
    }
};

} // namespace onair::sandbox
