#include "announce/ShowFields.h"

#include "google/youtube/model/LiveBroadcast.h"

namespace onair {

ShowFields ShowFields::of(const LiveBroadcast &broadcast, const QUrl &thumbnail)
{
    ShowFields f;
    f.title = broadcast.snippet.title;
    f.description = broadcast.snippet.description;
    f.url = QUrl(QStringLiteral("https://www.youtube.com/watch?v=") + broadcast.id);
    f.start = broadcast.snippet.actualStartTime.isValid() ? broadcast.snippet.actualStartTime
                                                          : broadcast.snippet.scheduledStartTime;
    f.thumbnail = thumbnail;
    return f;
}

QUrl ShowFields::youtubeThumbnail(const QString &videoId)
{
    return QUrl(QStringLiteral("https://i.ytimg.com/vi/%1/maxresdefault.jpg").arg(videoId));
}

} // namespace onair
