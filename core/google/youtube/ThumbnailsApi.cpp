#include "google/youtube/ThumbnailsApi.h"

#include "google/youtube/YouTubeClient.h"

namespace onair {

void ThumbnailsApi::set(const QString &videoId, const QByteArray &image, const QString &mimeType,
                        QObject *context, ResourceCalls::Done<bool> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("videoId"), videoId);
    q.addQueryItem(QStringLiteral("uploadType"), QStringLiteral("media"));
    NetRequest r = m_calls.request(QStringLiteral("thumbnails.set"), "POST",
                                   QStringLiteral("upload/youtube/v3/thumbnails/set"), q);
    r.body = image;
    r.contentType =
        mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : mimeType.toLatin1();
    r.timeoutMs = m_calls.endpoint()->uploadTimeoutMs();
    // Setting the same image twice has the same effect: safe to repeat.
    r.replay = RetryPolicy::Replay::Safe;
    m_calls.send(std::move(r), context,
                 [done = std::move(done)](Result<NetReply> res, NetCallInfo) {
                     if (!res)
                         return done(res.error());
                     Result<QJsonObject> json =
                         parseJsonObject(res.value().body, QStringLiteral("thumbnails.set"));
                     if (!json)
                         return done(json.error());
                     done(true);
                 });
}

} // namespace onair
