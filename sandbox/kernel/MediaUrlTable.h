#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace onair::sandbox {

class VideoDirectory;

// What a service that "fetches a URL" (Telegram's sendPhoto by URL, Instagram's image_url)
// finds there. There is no internet: a URL resolves through this table only.
// - The sandbox's own thumbnail URLs (ORIGIN/vi/{videoId}/{size}.jpg of a video the YouTube
//   service knows) stand in for YouTube's public image host: the uploaded image, or YouTube's
//   own JPEG frame at that size's dimensions.
// - Entries a test adds (POST /_sandbox/kernel/media-urls): a URL with a MIME type, a size and
//   dimensions, to try the limits without real bytes.
// Anything else (another loopback, private or unknown URL) cannot be fetched.
struct MediaFetch
{
    QByteArray mimeType; // "image/jpeg"
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
};

class MediaUrlTable
{
public:
    void setOrigin(const QString &origin) { m_origin = origin; }
    // Where the videos are looked up (the kernel's VideoDirectory, once YouTube registers).
    void setVideos(std::function<const VideoDirectory *()> videos) { m_videos = std::move(videos); }

    // nullopt: the URL cannot be fetched.
    std::optional<MediaFetch> fetch(const QString &url) const;

    // {"url","mimeType","bytes","width","height"}; false with `error` on a bad entry.
    bool add(const QJsonObject &entry, QString *error);
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;

    // The dimensions in a JPEG's SOF or a PNG's IHDR; false when neither is found.
    static bool imageSize(const QByteArray &image, int *width, int *height);

private:
    std::optional<MediaFetch> thumbnail(const QUrl &url) const;

    QString m_origin;
    std::function<const VideoDirectory *()> m_videos;
    QHash<QString, MediaFetch> m_entries;
};

} // namespace onair::sandbox
