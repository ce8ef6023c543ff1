#include "kernel/MediaUrlTable.h"

#include "kernel/VideoDirectory.h"

namespace onair::sandbox {

namespace {

struct ThumbnailSize
{
    const char *name;
    int width;
    int height;
};

// The sizes the sandbox's YouTube serves (ResourceJson::thumbnailDetails).
constexpr ThumbnailSize kSizes[] = {{"default", 120, 90},
                                    {"medium", 320, 180},
                                    {"high", 480, 360},
                                    {"standard", 640, 480},
                                    {"maxres", 1280, 720}};

quint16 bigEndian16(const QByteArray &data, qsizetype at)
{
    return quint16((quint8(data.at(at)) << 8) | quint8(data.at(at + 1)));
}

} // namespace

bool MediaUrlTable::imageSize(const QByteArray &image, int *width, int *height)
{
    if (image.startsWith("\x89PNG\r\n\x1a\n") && image.size() >= 24) {
        *width = int((quint32(quint8(image.at(16))) << 24) | (quint8(image.at(17)) << 16) |
                     (quint8(image.at(18)) << 8) | quint8(image.at(19)));
        *height = int((quint32(quint8(image.at(20))) << 24) | (quint8(image.at(21)) << 16) |
                      (quint8(image.at(22)) << 8) | quint8(image.at(23)));
        return true;
    }
    if (!image.startsWith("\xff\xd8"))
        return false;
    // JPEG markers up to a start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
    qsizetype at = 2;
    while (at + 9 < image.size()) {
        if (quint8(image.at(at)) != 0xff)
            return false;
        const quint8 marker = quint8(image.at(at + 1));
        const quint16 length = bigEndian16(image, at + 2);
        if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 &&
            marker != 0xcc) {
            *height = bigEndian16(image, at + 5);
            *width = bigEndian16(image, at + 7);
            return true;
        }
        at += 2 + length;
    }
    return false;
}

std::optional<MediaFetch> MediaUrlTable::fetch(const QString &url) const
{
    const auto entry = m_entries.constFind(url);
    if (entry != m_entries.cend())
        return *entry;
    return thumbnail(QUrl(url));
}

std::optional<MediaFetch> MediaUrlTable::thumbnail(const QUrl &url) const
{
    // ORIGIN/vi/{videoId}/{size}.jpg, nothing else on the sandbox's origin.
    if (m_origin.isEmpty() || !m_videos ||
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment) != QUrl(m_origin))
        return std::nullopt;
    const QStringList pieces = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (pieces.size() != 3 || pieces.at(0) != QLatin1String("vi"))
        return std::nullopt;
    const ThumbnailSize *size = nullptr;
    for (const ThumbnailSize &s : kSizes) {
        if (pieces.at(2) == QLatin1String(s.name) + QLatin1String(".jpg"))
            size = &s;
    }
    const VideoDirectory *videos = m_videos();
    const std::optional<VideoFacts> video = videos ? videos->video(pieces.at(1)) : std::nullopt;
    if (!size || !video)
        return std::nullopt;
    MediaFetch media;
    if (!video->thumbnail.isEmpty()) {
        media.mimeType = video->thumbnailType;
        media.bytes = video->thumbnail.size();
        if (!imageSize(video->thumbnail, &media.width, &media.height))
            return std::nullopt;
        return media;
    }
    // YouTube's own frame: a JPEG at the size's dimensions, about a bit per pixel.
    media.mimeType = QByteArrayLiteral("image/jpeg");
    media.width = size->width;
    media.height = size->height;
    media.bytes = qint64(size->width) * size->height / 8;
    return media;
}

bool MediaUrlTable::add(const QJsonObject &entry, QString *error)
{
    const QUrl url(entry.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    MediaFetch media;
    media.mimeType = entry.value(QStringLiteral("mimeType")).toString().toLatin1();
    media.bytes = qint64(entry.value(QStringLiteral("bytes")).toDouble(-1));
    media.width = entry.value(QStringLiteral("width")).toInt();
    media.height = entry.value(QStringLiteral("height")).toInt();
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        *error = QStringLiteral("url must be an absolute URL");
        return false;
    }
    if (media.mimeType.isEmpty() || media.bytes < 0 || media.width < 0 || media.height < 0) {
        *error = QStringLiteral("an entry needs mimeType, bytes (≥ 0), width and height");
        return false;
    }
    m_entries.insert(url.toString(), media);
    return true;
}

QJsonArray MediaUrlTable::toJson() const
{
    QJsonArray out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        out.append(QJsonObject{{QStringLiteral("url"), it.key()},
                               {QStringLiteral("mimeType"), QString::fromLatin1(it->mimeType)},
                               {QStringLiteral("bytes"), double(it->bytes)},
                               {QStringLiteral("width"), it->width},
                               {QStringLiteral("height"), it->height}});
    return out;
}

} // namespace onair::sandbox
