#include "announce/ShowFields.h"

#include "google/youtube/model/LiveBroadcast.h"

namespace onair {

ShowFields ShowFields::of(const LiveBroadcast &broadcast, const QUrl &thumbnail)
{
    ShowFields f;
    f.title = broadcast.snippet.title;
    f.description = broadcast.snippet.description;
    f.url = watchPage(broadcast.id);
    f.start = broadcast.snippet.actualStartTime.isValid() ? broadcast.snippet.actualStartTime
                                                          : broadcast.snippet.scheduledStartTime;
    f.thumbnail = thumbnail;
    return f;
}

ShowFields ShowFields::ofUpload(const QString &title, const QString &description,
                                const QString &videoId)
{
    ShowFields f;
    f.title = title;
    f.description = description;
    f.url = watchPage(videoId);
    f.thumbnail = youtubeThumbnail(videoId);
    return f;
}

QUrl ShowFields::watchPage(const QString &videoId)
{
    return QUrl(QStringLiteral("https://www.youtube.com/watch?v=") + videoId);
}

QUrl ShowFields::youtubeThumbnail(const QString &videoId)
{
    return QUrl(QStringLiteral("https://i.ytimg.com/vi/%1/maxresdefault.jpg").arg(videoId));
}

} // namespace onair
