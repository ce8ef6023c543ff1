#include "google/youtube/VideosApi.h"

namespace onair {

namespace {

const QString kPath = QStringLiteral("youtube/v3/videos");
const QStringList kDefaultParts = {QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("status")};

} // namespace

void VideosApi::get(const QString &id, const QStringList &parts, QObject *context,
                    Done<Video> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(parts, kDefaultParts));
    q.addQueryItem(QStringLiteral("id"), id);
    m_calls.get<Video>(m_calls.request(QStringLiteral("videos.list"), "GET", kPath, q), id,
                       QStringLiteral("videoNotFound"), QStringLiteral("youtube.video"), context,
                       std::move(done));
}

void VideosApi::update(const Video &video, const QStringList &parts, QObject *context,
                       Done<Video> done) const
{
    const QStringList p = parts.isEmpty() ? video.parts : parts;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), ResourceCalls::joinParts(p, kDefaultParts));
    m_calls.write<Video>(
        m_calls.request(QStringLiteral("videos.update"), "PUT", kPath, q, video.toJson(p)), context,
        std::move(done));
}

} // namespace onair
